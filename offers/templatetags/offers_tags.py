"""What other apps' templates show of the exchange: next dates and partner logos."""

from django import template

from home.locales import context_locale
from offers.models import OfferPage, PartnerPage

register = template.Library()


@register.simple_tag(takes_context=True)
def upcoming_offers(context, limit: int = 4) -> list[OfferPage]:
    """The next dated offers in the page's language, soonest first."""
    return list(
        OfferPage.objects.live()
        .public()
        .filter(locale=context_locale(context))
        .current()
        .upcoming()
        .select_related("listing_image", "partner", "place")
        .prefetch_related("listing_image__renditions")[:limit]
    )


@register.simple_tag(takes_context=True)
def partner_logos(context, limit: int = 12) -> list[PartnerPage]:
    """Partners with a logo, for the logo strip."""
    return list(
        PartnerPage.objects.live()
        .public()
        .filter(locale=context_locale(context), logo__isnull=False)
        .select_related("logo")
        .prefetch_related("logo__renditions")
        .order_by("title")[:limit]
    )
