"""modeltranslation registrations: the only place translated fields are declared."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    AdviceIndexPage,
    AdvicePage,
    AlertIndexPage,
    AlertPage,
    AlertUpdate,
    Audience,
    FraudType,
    Partner,
    Region,
)


@register(FraudType)
@register(Audience)
@register(Region)
class TaxonTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description")


@register(AlertIndexPage)
@register(AdviceIndexPage)
class IndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(AlertPage)
class AlertPageTranslation(TranslationOptions):
    fields = ("summary", "body", "what_to_do", "withdrawn_reason", "search_text")


@register(AlertUpdate)
class AlertUpdateTranslation(TranslationOptions):
    fields = ("text",)


@register(AdvicePage)
class AdvicePageTranslation(TranslationOptions):
    fields = ("summary", "body", "search_text")
