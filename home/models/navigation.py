"""Navigation menus as translatable snippets: editors choose the main and footer links."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.reviewed import ReviewedSnippet


class MenuSlot(models.TextChoices):
    MAIN = "main", _("Main navigation")
    FOOTER = "footer", _("Footer")


class NavigationMenu(ReviewedSnippet, ClusterableModel):
    slot = models.CharField(_("place on the page"), max_length=10, choices=MenuSlot.choices)
    text = models.TextField(
        _("text"), blank=True, help_text=_("Shown above the footer links, e.g. what ProXLab is.")
    )

    panels = [
        FieldPanel("slot"),
        FieldPanel("text"),
        InlinePanel("items", heading=_("Links"), label=_("Link")),
    ]
    translatable_fields = [
        SynchronizedField("slot"),
        TranslatableField("text"),
        TranslatableField("items"),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slot"], name="unique_menu_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.get_slot_display()} ({self.locale})"

    @classmethod
    def for_language(cls, language_code: str) -> dict[str, "NavigationMenu"]:
        """Every slot's published menu in this language (one query, and one each for items and
        their pages). A slot without a live menu in this language is left out: another
        language's menu would put its words on this language's pages."""
        menus = cls.objects.filter(live=True, locale__language_code=language_code)
        return {menu.slot: menu for menu in menus.prefetch_related("items__page")}


class NavigationItem(TranslatableMixin, Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Empty: the page's title.")
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]
    translatable_fields = [SynchronizedField("page"), TranslatableField("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
