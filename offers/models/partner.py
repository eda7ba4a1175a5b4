"""Partners: employers and institutions that offer, pose challenges and take part."""

from urllib.parse import urlencode

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api import ImageRenditionsField, PlacesField
from home.content_cache import remember
from home.models import BasePage, IndexPage
from home.pagination import paginate
from offers import structured_data
from offers.choices import CompanySize, PartnerKind

from .results import ChallengeResult


class PartnerIndexPage(IndexPage):
    subpage_types = ["offers.PartnerPage"]

    class Meta:
        verbose_name = _("partner index")
        verbose_name_plural = _("partner indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = paginate(request, self.partners(), per_page=24)
        return context

    def partners(self):
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .prefetch_related("logo__renditions", "cities")
            .order_by("title")
        )


class PartnerPage(BasePage):
    """Profile of an employer or institution, with its current offers and challenges."""

    card_template = "components/card_partner.html"
    card_name = "partner"

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    industry = models.CharField(_("industry"), max_length=120, blank=True)
    size = models.CharField(_("size"), max_length=10, choices=CompanySize.choices, blank=True)
    cities = ParentalManyToManyField(
        "home.Place", verbose_name=_("locations"), blank=True, related_name="partners"
    )
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("teaser"),
        FieldPanel(
            "logo",
            help_text=_(
                "Shown on the partner's page, on its card and in previews of shared links."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("industry"), FieldPanel("size"), FieldPanel("cities")],
            heading=_("Profile"),
        ),
        FieldPanel("website"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("description"),
        index.SearchField("industry"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("industry"),
        TranslatableField("description"),
        SynchronizedField("logo"),
        SynchronizedField("kind"),
        SynchronizedField("size"),
        SynchronizedField("cities"),
        SynchronizedField("website"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]
    card_related = ("logo__renditions", "cities")
    api_fields = BasePage.api_fields + [
        APIField(
            "logo",
            serializer=ImageRenditionsField(small="max-240x120", large="max-480x240"),
        ),
        APIField("kind"),
        APIField("industry"),
        APIField("size"),
        APIField("cities", serializer=PlacesField()),
        APIField("website"),
        APIField("description"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("contact_phone"),
    ]

    parent_page_types = ["offers.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def structured_data(self, request) -> dict:
        return structured_data.partner(self, request)

    def social_image(self):
        return self.listing_image or self.logo

    # How many of its next offers and challenges a partner's page shows; the rest are a
    # link away, in the listings filtered by this partner.
    next_offers = 6
    next_challenges = 3

    def team_results(self) -> list[ChallengeResult]:
        """What the teams achieved in this partner's challenges (shown once each finished)."""
        return list(
            ChallengeResult.objects.filter(challenge__partner=self, challenge__live=True)
            .select_related("challenge", "image", "document")
            .prefetch_related("image__renditions")
            .order_by(
                models.F("challenge__ends_on").desc(nulls_last=True), "challenge_id", "sort_order"
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Reverse relations of ExchangePage.partner; they use each type's own queryset.
        offers = (
            self.offerpages.live()
            .public()
            .current()
            .select_related("listing_image", "place")
            .prefetch_related("listing_image__renditions")
            .open_first()
        )
        challenges = (
            self.challengepages.live()
            .public()
            .filter(models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=timezone.localdate()))
            .select_related("listing_image", "place")
            .prefetch_related("listing_image__renditions")
            .with_closures()
            .order_by(models.F("starts_on").asc(nulls_last=True), "title")
        )
        context["offers"] = offers[: self.next_offers]
        context["challenges"] = challenges[: self.next_challenges]
        context["offer_listing_url"] = self._listing_url("OfferIndexPage")
        context["challenge_listing_url"] = self._listing_url("ChallengeIndexPage")
        today = timezone.localdate()
        context["team_results"] = [
            result
            for result in remember(f"partner-results:{self.pk}", self.team_results)
            if result.challenge.ends_on and result.challenge.ends_on < today
        ]
        return context

    def _listing_url(self, model_name: str) -> str:
        """The listing of this language filtered by this partner, or "" without one."""

        def find() -> str:
            model = apps.get_model("offers", model_name)
            index = model.objects.live().filter(locale_id=self.locale_id).first()
            return index.url if index else ""

        url = remember(f"listing-url:{model_name}:{self.locale_id}", find)
        return f"{url}?{urlencode({'partner': self.slug})}" if url else ""


def partners_in(locale):
    """Live partners of one language, for filter choices."""
    return PartnerPage.objects.live().filter(locale=locale).only("slug", "title").order_by("title")
