"""StreamField blocks shared by every content type."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class LinkStructValue(blocks.StructValue):
    """A call to action links to a page or to an address; templates just ask for url()."""

    def url(self) -> str:
        page = self.get("page")
        return page.url if page else self.get("link", "")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    link = blocks.URLBlock(label=_("or address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("link"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": [_("Choose a page or enter an address.")]}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"
        value_class = LinkStructValue


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it; empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        icon="title",
        form_classname="title",
        template="components/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
