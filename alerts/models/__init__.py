from .pages import (
    AdviceIndexPage,
    AdvicePage,
    AlertIndexPage,
    AlertPage,
    AlertUpdate,
)
from .snippets import Audience, FraudType, Partner, Region

__all__ = [
    "AdviceIndexPage",
    "AdvicePage",
    "AlertIndexPage",
    "AlertPage",
    "AlertUpdate",
    "Audience",
    "FraudType",
    "Partner",
    "Region",
]
