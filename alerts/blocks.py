"""StreamField blocks for advice pages (and alert bodies): plain-language building parts."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class WarningSignsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    signs = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("warning signs"))

    class Meta:
        icon = "warning"
        label = _("Warning signs")
        template = "blocks/warning_signs.html"


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    steps = blocks.ListBlock(blocks.CharBlock(max_length=400), label=_("steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps.html"


class CalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Call-out")
        template = "blocks/callout.html"


class ReportItBlock(blocks.StructBlock):
    """Where to report: Report Fraud, the bank, 999. The standard wording is in the template."""

    extra = blocks.RichTextBlock(
        label=_("extra advice"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "pick"
        label = _("Report it")
        template = "blocks/report_it.html"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"


class LeafletBlock(blocks.StructBlock):
    """A downloadable leaflet; each language's body can point at its own document."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), max_length=150)

    class Meta:
        icon = "doc-full"
        label = _("Leaflet")
        template = "blocks/leaflet.html"


class AdviceBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=150, form_classname="title", template="blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    warning_signs = WarningSignsBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    report_it = ReportItBlock()
    image = FigureBlock()
    leaflet = LeafletBlock()
