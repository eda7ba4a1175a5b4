"""Navigation menus as translatable snippets: editors choose the main and footer links."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class MenuSlot(models.TextChoices):
    MAIN = "main", _("Main navigation")
    FOOTER = "footer", _("Footer")


class NavigationMenu(TranslatableMixin, ClusterableModel):
    slot = models.CharField(_("place on the page"), max_length=10, choices=MenuSlot.choices)
    text = models.TextField(
        _("text"), blank=True, help_text=_("Shown above the footer links, e.g. what ProXLab is.")
    )

    panels = [FieldPanel("slot"), FieldPanel("text"), InlinePanel("items", label=_("Links"))]
    translatable_fields = [
        SynchronizedField("slot"),
        TranslatableField("text"),
        TranslatableField("items"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slot"], name="unique_menu_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.get_slot_display()} ({self.locale})"

    @classmethod
    def for_slot(cls, slot: str) -> "NavigationMenu | None":
        """The menu in the active language, else the default language's."""
        menus = {
            menu.locale_id: menu
            for menu in cls.objects.filter(
                slot=slot, locale__in=[Locale.get_active(), Locale.get_default()]
            ).prefetch_related("items__page")
        }
        return menus.get(Locale.get_active().pk) or menus.get(Locale.get_default().pk)


class NavigationItem(Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Empty: the page's title.")
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]
    translatable_fields = [SynchronizedField("page"), TranslatableField("label")]

    @property
    def text(self) -> str:
        return self.label or self.page.title
