"""What the home page shows of the exchange (the next dates and the partners' logos) and what
the header's navigation links to (jobs, the employers' form).

Registered with home.registry by OffersConfig.ready(), so home names no offers model.
"""

from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page

from home.registry import HomeSection

from .choices import JOB_OFFER_TYPES
from .models import OfferIndexPage, OfferPage, PartnerPage


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


def header_links(locale, request: HttpRequest | None) -> list[tuple[str, str]]:
    """Jobs (the offer listing filtered to job ads) and the employers' submission form."""
    links = []
    with translation.override(locale.language_code):
        index = OfferIndexPage.objects.live().public().filter(locale=locale).first()
        if index is not None:
            query = urlencode([("offer_type", kind) for kind in sorted(JOB_OFFER_TYPES)])
            links.append((gettext("Jobs"), f"{index.get_url(request)}?{query}"))
        links.append((gettext("Submit an offer"), reverse("submit_offer")))
    return links
