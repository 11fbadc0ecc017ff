"""What an import did: counts per outcome, and every error, conflict and warning by position."""

from dataclasses import dataclass, field

OUTCOMES = ("created", "updated", "unchanged", "conflicts", "errors")


@dataclass
class Report:
    format: str = ""
    dry_run: bool = False
    counts: dict = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    redirects: dict = field(default_factory=lambda: {"created": 0, "updated": 0})
    errors: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def add(self, outcome):
        self.counts[outcome] += 1

    def error(self, position, message):
        self.counts["errors"] += 1
        self.errors.append(f"{position}: {message}")

    def conflict(self, position, message):
        self.conflicts.append(f"{position}: {message}")

    def warn(self, position, message):
        self.warnings.append(f"{position}: {message}")

    @property
    def failed(self):
        return self.counts["errors"] > 0

    def lines(self):
        """The report as text lines: a summary, then one line per error/conflict/warning."""
        head = f"{self.format}: " if self.format else ""
        summary = ", ".join(f"{self.counts[name]} {name}" for name in OUTCOMES)
        yield f"{head}{summary}"
        if any(self.redirects.values()):
            yield (f"redirects: {self.redirects['created']} created, "
                   f"{self.redirects['updated']} updated")
        for label, entries in (("error", self.errors), ("conflict", self.conflicts),
                               ("warning", self.warnings)):
            for entry in entries:
                yield f"  {label} {entry}"
        if self.dry_run:
            yield "dry run: nothing was saved"
