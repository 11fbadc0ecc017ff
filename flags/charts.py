"""Stacked weekly column charts as plain SVG geometry, rendered by
templates/flags/admin/chart.html: no JavaScript, readable as an image with a text
alternative, and always shown beside a table of the same figures."""

from dataclasses import dataclass

from django.utils.formats import date_format

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MAX_SERIES = len(PALETTE)
WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 40


@dataclass
class Segment:
    x: float
    y: float
    width: float
    height: float
    colour: str
    tooltip: str


@dataclass
class Chart:
    breakdown: object
    segments: list
    legend: list  # [(colour, label)]
    x_labels: list  # [(x, text)]
    y_max: int
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    plot_bottom: int = HEIGHT - BOTTOM


def _series(breakdown, other_label):
    """[(label, colour, [count per week])], the largest categories and then "Other"."""
    keys = breakdown.categories()
    shown = keys if len(keys) <= MAX_SERIES else keys[: MAX_SERIES - 1]
    series = [
        (
            breakdown.labels[key],
            PALETTE[i],
            [breakdown.counts.get((week, key), 0) for week in breakdown.weeks],
        )
        for i, key in enumerate(shown)
    ]
    rest = keys[len(shown) :]
    if rest:
        series.append(
            (
                other_label,
                PALETTE[MAX_SERIES - 1],
                [
                    sum(breakdown.counts.get((week, key), 0) for key in rest)
                    for week in breakdown.weeks
                ],
            )
        )
    return series


def stacked_weekly(breakdown, other_label):
    series = _series(breakdown, other_label)
    weeks = breakdown.weeks
    y_max = max(breakdown.week_totals() or [0]) or 1
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    step = plot_width / len(weeks)
    bar = step * 0.7
    segments = []
    for i, week in enumerate(weeks):
        x = LEFT + i * step + (step - bar) / 2
        base = HEIGHT - BOTTOM
        for label, colour, values in series:
            n = values[i]
            if not n:
                continue
            h = plot_height * n / y_max
            base -= h
            segments.append(
                Segment(
                    round(x, 1),
                    round(base, 1),
                    round(bar, 1),
                    round(h, 1),
                    colour,
                    f"{date_format(week, 'SHORT_DATE_FORMAT')}: {label} {n}",
                )
            )
    every = max(1, len(weeks) // 6)
    x_labels = [
        (round(LEFT + i * step + step / 2, 1), date_format(week, "j M"))
        for i, week in enumerate(weeks)
        if i % every == 0
    ]
    return Chart(
        breakdown, segments, [(colour, label) for label, colour, _v in series], x_labels, y_max
    )
