"""What offers and challenges share: a partner, a format and place, topics and competences."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage
from offers.choices import Format


class ExchangePage(BasePage):
    """Abstract base of OfferPage and ChallengePage."""

    partner = models.ForeignKey(
        "offers.PartnerPage",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss",
        help_text=_("The partner who provides this; its profile lists it."),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.ON_SITE
    )
    place = models.ForeignKey(
        "home.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss",
    )
    address = models.TextField(_("address"), blank=True)
    competences = ParentalManyToManyField(
        "home.Competence", verbose_name=_("IT competences"), blank=True, related_name="%(class)ss"
    )

    card_related = ("listing_image__renditions", "partner", "place")

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("partner"),
        SynchronizedField("format"),
        SynchronizedField("place"),
        SynchronizedField("address"),
        SynchronizedField("competences"),
        SynchronizedField("topics"),
    ]

    class Meta:
        abstract = True

    @staticmethod
    def where_panel() -> MultiFieldPanel:
        return MultiFieldPanel(
            [FieldPanel("format"), FieldPanel("place"), FieldPanel("address")],
            heading=_("Where"),
        )

    @staticmethod
    def taxonomy_panel() -> MultiFieldPanel:
        return MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("competences")], heading=_("Topics and competences")
        )

    def validation_errors(self) -> dict:
        """Field errors of this page; subclasses add theirs so an editor sees all at once."""
        errors = {}
        if self.format != Format.ONLINE and not self.place_id:
            errors["place"] = _("Choose a place, or set the format to online.")
        return errors

    def clean(self):
        super().clean()
        if errors := self.validation_errors():
            raise ValidationError(errors)
