"""Listing filters: URL parameters validated by Django forms before they touch a queryset.

A malformed value never raises: the form reports it on the page and the listing ignores it.
"""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
from wagtail.models import Locale

from home.content_cache import remember
from home.models import Competence, Place, Topic
from offers.choices import Audience, ChallengeStatus, Format, OfferType

AUDIENCE_FIELDS = {
    Audience.STUDENTS: "for_students",
    Audience.GRADUATES: "for_graduates",
    Audience.EMPLOYERS: "for_employers",
}


def _checkboxes(choices, label) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label, choices=choices, required=False, widget=forms.CheckboxSelectMultiple
    )


class ExchangeFilterForm(forms.Form):
    """Filters that offers and challenges share; choices come from the active locale."""

    format = _checkboxes(Format.choices, _("Format"))
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    competence = forms.ChoiceField(label=_("IT competence"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    partner = forms.ChoiceField(label=_("Partner"), required=False)

    def __init__(
        self, data, *, items: QuerySet, partners: QuerySet, locale: Locale, listing: str = ""
    ):
        """``listing`` names the listing, so its choices are looked up once per worker and
        content generation (home.content_cache) instead of four queries per view."""
        super().__init__(data)
        everyone = [("", _("All"))]

        def build() -> dict[str, list]:
            return self.choices_for(items, partners, locale)

        choices = remember(f"filter-choices:{listing}", build) if listing else build()
        for name, field_choices in choices.items():
            self.fields[name].choices = everyone + field_choices

    @staticmethod
    def choices_for(items: QuerySet, partners: QuerySet, locale: Locale) -> dict[str, list]:
        topic_names = Topic.names(locale.language_code)
        # Only the topics of the items this listing shows: live, public, of its language.
        tagged = items.model.topics.through.objects.filter(content_object__in=items.values("pk"))
        tags = Tag.objects.filter(pk__in=tagged.values("tag_id"))
        return {
            "topic": sorted(
                ((tag.slug, topic_names.get(tag.pk, tag.name)) for tag in tags),
                key=lambda choice: choice[1].lower(),
            ),
            "competence": [
                (competence.code, str(competence))
                for competence in Competence.objects.filter(locale=locale)
            ],
            "place": [(place.slug, place.name) for place in Place.objects.filter(locale=locale)],
            "partner": [(partner.slug, partner.title) for partner in partners],
        }

    def apply(self, items: QuerySet) -> QuerySet:
        """Narrow the items by every valid filter; invalid ones are left out."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("format"):
            items = items.filter(format__in=data["format"])
        if data.get("topic"):
            items = items.filter(tagged_items__tag__slug=data["topic"])
        if data.get("competence"):
            items = items.filter(competences__code=data["competence"])
        if data.get("place"):
            items = items.filter(place__slug=data["place"])
        if data.get("partner"):
            items = items.filter(partner__slug=data["partner"])
        return items.distinct() if data.get("topic") or data.get("competence") else items

    @property
    def is_filtered(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)


class OfferFilterForm(ExchangeFilterForm):
    type = _checkboxes(OfferType.choices, _("Offer type"))
    audience = _checkboxes(Audience.choices, _("Audience"))
    upcoming = forms.BooleanField(label=_("Upcoming dates only"), required=False)

    field_order = ["type", "audience", "format", "topic", "competence", "place", "partner"]

    def apply(self, items: QuerySet) -> QuerySet:
        items = super().apply(items)
        data = self.cleaned_data
        if data.get("type"):
            items = items.filter(offer_type__in=data["type"])
        for audience in data.get("audience", []):
            items = items.filter(**{AUDIENCE_FIELDS[audience]: True})
        if data.get("upcoming"):
            return items.upcoming()
        return items


class ChallengeFilterForm(ExchangeFilterForm):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *ChallengeStatus.choices]
    )

    field_order = ["status", "format", "topic", "competence", "place", "partner"]

    def apply(self, items: QuerySet) -> QuerySet:
        items = super().apply(items)
        if self.cleaned_data.get("status"):
            items = items.with_status(self.cleaned_data["status"])
        return items
