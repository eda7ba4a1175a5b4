"""What the search app stores: index updates still to retry, and how often a query found
nothing (how often it was asked is Wagtail's search_promotions `Query`)."""

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


class QueryDailyMisses(models.Model):
    """How often a query found nothing on a day, beside Wagtail's daily hits of the same query
    (search_promotions counts searches, not misses); no visitor is recorded."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="daily_misses",
        verbose_name=_("query"),
    )
    date = models.DateField(_("date"))
    misses = models.PositiveIntegerField(_("without results"), default=0)

    class Meta:
        verbose_name = _("searches without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="one_miss_count_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.query} ({self.date})"
