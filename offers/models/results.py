"""What the accepted teams of a challenge achieved, published by an editor with the challenge
page (and through its review workflow), shown once the challenge has finished."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api import ImageRenditionsField


class ChallengeResult(TranslatableMixin, Orderable):
    challenge = ParentalKey(
        "offers.ChallengePage", on_delete=models.CASCADE, related_name="team_results"
    )
    title = models.CharField(_("title"), max_length=160)
    summary = models.TextField(_("short summary"), max_length=600)
    team_name = models.CharField(
        _("team name"),
        max_length=120,
        blank=True,
        help_text=_("Only if the team agreed (see its application); otherwise leave it empty."),
    )
    link = models.URLField(_("link"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("team_name"), FieldPanel("link")]),
        FieldRowPanel([FieldPanel("image"), FieldPanel("document")]),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        SynchronizedField("team_name"),
        SynchronizedField("link"),
        SynchronizedField("image"),
        SynchronizedField("document"),
    ]

    api_fields = [
        APIField("title"),
        APIField("summary"),
        APIField("team_name"),
        APIField("link"),
        APIField("image", serializer=ImageRenditionsField()),
        APIField("document"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("team result")
        verbose_name_plural = _("team results")

    def __str__(self) -> str:
        return self.title
