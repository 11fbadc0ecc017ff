"""A spreadsheet export: one alert per row, a header row naming the columns.

Columns (case and order do not matter; id and title are required, the rest optional):
id, title, summary, body (HTML), url, published, categories (separated by ";").
"""

import csv
import io

from imports.items import RawItem

REQUIRED = {"id", "title"}
KNOWN = REQUIRED | {"summary", "body", "url", "published", "categories"}


def _header(text):
    first_line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    return {name.strip().lower() for name in next(csv.reader([first_line]), [])}


def looks_like_csv(text):
    return REQUIRED <= _header(text)


def items(text):
    """(raw items, problems): a row with the wrong number of cells is a problem, not an item."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = [name.strip().lower() for name in next(reader)]
    found, problems = [], []
    for row in reader:
        position = f"line {reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(
                (position, f"{len(row)} cells where the header has {len(header)}")
            )
            continue
        cells = dict(zip(header, row, strict=True))
        found.append(
            RawItem(
                position=position,
                original_id=cells.get("id", ""),
                title=cells.get("title", ""),
                summary=cells.get("summary", ""),
                body_html=cells.get("body", ""),
                link=cells.get("url", ""),
                date=cells.get("published", ""),
                categories=cells.get("categories", "").split(";"),
            )
        )
    return found, problems
