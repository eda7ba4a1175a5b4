"""What the home page shows of the exchange: the next dates and the partners' logos.

Registered with home.registry by OffersConfig.ready(), so home names no offers model.
"""

from django.http import HttpRequest

from wagtail.models import Page

from home.registry import HomeSection

from .models import OfferPage, PartnerPage


def upcoming_dates(home: Page, request: HttpRequest, sections: dict[str, Page]) -> dict | None:
    """The next four dated offers in the home page's language, soonest first."""
    offers = list(
        OfferPage.objects.live()
        .public()
        .filter(locale_id=home.locale_id)
        .current()
        .upcoming()
        .select_related("listing_image", "partner", "place")
        .prefetch_related("listing_image__renditions")[:4]
    )
    if not offers:
        return None
    return {"offers": offers, "index": sections.get("offerindexpage")}


def partner_logos(home: Page, request: HttpRequest, sections: dict[str, Page]) -> dict | None:
    """Up to twelve partners with a logo, for the logo strip."""
    partners = list(
        PartnerPage.objects.live()
        .public()
        .filter(locale_id=home.locale_id, logo__isnull=False)
        .select_related("logo")
        .prefetch_related("logo__renditions")
        .order_by("title")[:12]
    )
    if not partners:
        return None
    return {"partners": partners, "index": sections.get("partnerindexpage")}


SECTIONS = (
    HomeSection(template="offers/sections/upcoming_dates.html", order=20, context=upcoming_dates),
    HomeSection(template="offers/sections/partner_logos.html", order=40, context=partner_logos),
)
