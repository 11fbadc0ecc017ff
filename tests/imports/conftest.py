from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

SAMPLES = Path(__file__).parent / "samples"


class Run:
    def __init__(self, output, error):
        self.output = output
        self.error = error

    @property
    def failed(self):
        return self.error is not None


def run_command(name, *args):
    """Run a management command; the outcome holds its output and the CommandError if any."""
    out = StringIO()
    try:
        call_command(name, *[str(arg) for arg in args], stdout=out, stderr=StringIO())
    except CommandError as error:
        return Run(out.getvalue(), error)
    return Run(out.getvalue(), None)


@pytest.fixture
def samples():
    return SAMPLES


@pytest.fixture
def import_alerts(site):
    def run(*args):
        return run_command("import_alerts", *args)

    return run
