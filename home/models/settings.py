"""What staff configure in the admin (Settings → Portal) instead of names in code: the review
workflows, the moderators' group and the privacy page. A rename in the admin changes nothing
else; a choice left empty is reported where it is needed."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Locale


@register_setting(icon="cog")
class PortalSettings(BaseGenericSetting):
    submission_workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("workflow for employer submissions"),
        help_text=_("What employers send through the public form is reviewed in it."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    section_workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("workflow for new sections"),
        help_text=_("Every new section page gets it, so everything below it is reviewed."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderators = models.ForeignKey(
        "auth.Group",
        verbose_name=_("moderators"),
        help_text=_(
            "Its members hear of new team applications and of forms whose follow-up failed."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        help_text=_("Every public form links to it, in the visitor's language."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("submission_workflow"), FieldPanel("section_workflow")],
            heading=_("Workflows"),
        ),
        FieldPanel("moderators"),
        FieldPanel("privacy_page"),
    ]

    class Meta:
        verbose_name = _("portal")
        verbose_name_plural = _("portal")

    def privacy_url(self) -> str:
        """The live privacy page in the active language (else the chosen one); '' if none."""
        page = self.privacy_page
        if page is None:
            return ""
        for candidate in (page.get_translation_or_none(Locale.get_active()), page):
            if candidate is not None and candidate.live:
                return candidate.url or ""
        return ""
