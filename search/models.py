"""What the search app stores: index updates still to retry, and how often queries are asked."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexFailure(models.Model):
    """A page whose document could not be updated; the next successful update retries it."""

    page_id = models.PositiveIntegerField()
    language = models.CharField(max_length=5)
    attempts = models.PositiveIntegerField(default=1)
    error = models.TextField(blank=True)
    failed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page_id", "language"], name="one_failure_per_page")
        ]

    def __str__(self) -> str:
        return f"page {self.page_id} ({self.language})"


class SearchQuery(models.Model):
    """How often a query was asked and how often it found nothing; no visitor is recorded."""

    language = models.CharField(_("language"), max_length=5)
    query = models.CharField(_("query"), max_length=100)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_hits = models.PositiveIntegerField(_("without results"), default=0)
    last_searched = models.DateField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        ordering = ["-searches", "query"]
        constraints = [
            models.UniqueConstraint(fields=["language", "query"], name="one_row_per_query")
        ]

    def __str__(self) -> str:
        return self.query
