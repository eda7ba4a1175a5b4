"""What the search index holds of offers, challenges and partners: one adapter per page type,
registered with search when Django starts (offers.apps)."""

import datetime

from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from offers.choices import Audience, OfferLanguage, OfferType, WorkingLanguage
from offers.models import ChallengePage, OfferPage, PartnerPage
from search.adapters import Adapter, iso, many, stream_text
from search.documents import label_in


class ExchangeAdapter(Adapter):
    tagged = True

    def load(self, language: str) -> QuerySet:
        # The partner's and place's names as columns: no partner page built per offer.
        return (
            super()
            .load(language)
            .annotate(
                place_slug=F("place__slug"),
                place_title=F("place__name"),
                partner_slug=F("partner__slug"),
                partner_title=F("partner__title"),
            )
        )

    def fields(self, page, related: dict) -> dict:
        return {
            "format": page.format,
            "place": [page.place_slug] if page.place_id else [],
            "place_name": page.place_title if page.place_id else "",
            "partner": page.partner_slug if page.partner_id else None,
            "partner_name": page.partner_title if page.partner_id else "",
        }


# The languages an offer is held in, as the working-language facet's values: one held in
# both is found by either.
WORKING_LANGUAGES = {
    OfferLanguage.GERMAN: [WorkingLanguage.GERMAN.value],
    OfferLanguage.ENGLISH: [WorkingLanguage.ENGLISH.value],
    OfferLanguage.BOTH: [WorkingLanguage.GERMAN.value, WorkingLanguage.ENGLISH.value],
}


class OfferAdapter(ExchangeAdapter):
    model = OfferPage
    content_type = "offer"
    label = _("Offers")
    date_field = "starts_at"
    end_date_field = "ends_at"

    def current(self, now: datetime.datetime) -> Q:
        """An offer leaves search the day after its last day, before it is unpublished."""
        valid = Q(expires_on__isnull=True) | Q(expires_on__gte=timezone.localdate(now))
        return super().current(now) & valid

    def closed(self, now: datetime.datetime) -> Q:
        # Registering ends at the end of the deadline day or at the start (registration_closes).
        return Q(registration_deadline__lt=timezone.localdate(now)) | Q(starts_at__lte=now)

    def working_language(self, page: OfferPage) -> list[str]:
        return WORKING_LANGUAGES.get(page.language, [])

    def fields(self, page: OfferPage, related: dict) -> dict:
        audience = [
            code
            for code, chosen in (
                (Audience.STUDENTS, page.for_students),
                (Audience.GRADUATES, page.for_graduates),
                (Audience.EMPLOYERS, page.for_employers),
            )
            if chosen
        ]
        return {
            **super().fields(page, related),
            "body": stream_text(page.body),
            "offer_type": page.offer_type,
            "type_name": label_in(OfferType(page.offer_type).label, page.locale.language_code),
            "audience": [str(code) for code in audience],
            "working_language": self.working_language(page),
            "date": iso(page.starts_at),
            "end_date": iso(page.ends_at),
            "expires_on": iso(page.expires_on),
            "closes": iso(page.registration_closes),
        }


class ChallengeAdapter(ExchangeAdapter):
    model = ChallengePage
    content_type = "challenge"
    label = _("Challenges")
    date_field = "starts_on"
    end_date_field = "ends_on"

    def fields(self, page: ChallengePage, related: dict) -> dict:
        return {
            **super().fields(page, related),
            "body": strip_tags(f"{page.problem} {page.expected_results}"),
            "date": iso(page.starts_on),
            "end_date": iso(page.ends_on),
            "application_opens": iso(page.application_opens),
            "application_closes": iso(page.application_closes),
        }


class PartnerAdapter(Adapter):
    model = PartnerPage
    content_type = "partner"
    label = _("Partners")

    def related(self, pages: QuerySet) -> dict[str, dict[int, list[tuple]]]:
        return {"cities": many(self.model, "cities", pages, "slug", "name")}

    def fields(self, page: PartnerPage, related: dict) -> dict:
        cities = related["cities"].get(page.pk, [])
        return {
            "body": strip_tags(f"{page.industry} {page.description}"),
            "place": [slug for slug, _name in cities],
            "place_name": " ".join(name for _slug, name in cities),
            "partner": page.slug,
            "partner_name": page.title,
        }


ADAPTERS = (OfferAdapter(), ChallengeAdapter(), PartnerAdapter())
