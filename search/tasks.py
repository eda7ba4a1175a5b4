"""Index updates as background tasks: at once in development and tests, through the
database and `manage.py db_worker` in production. A failed update is recorded and retried;
it never reaches the editor who saved the page."""

import logging

from django_tasks import task

from django.db import transaction
from django.db.models import F

from search.elastic import UNAVAILABLE, available_client, report_failure
from search.indexing import sync_page
from search.models import IndexFailure

logger = logging.getLogger(__name__)

RETRY_BATCH = 50


def _sync(page_id: int, language: str) -> bool:
    """Update one document; on failure record it for a retry. True when it worked."""
    client = available_client()
    error = "Elasticsearch is not answering (breaker open)."
    if client is not None:
        try:
            sync_page(client, page_id, language)
        except UNAVAILABLE as exc:
            report_failure()
            error = str(exc)[:500] or exc.__class__.__name__
        else:
            IndexFailure.objects.filter(page_id=page_id, language=language).delete()
            return True
    logger.warning("search index update of page %s (%s) failed: %s", page_id, language, error)
    failure, created = IndexFailure.objects.get_or_create(
        page_id=page_id, language=language, defaults={"error": error}
    )
    if not created:
        IndexFailure.objects.filter(pk=failure.pk).update(attempts=F("attempts") + 1, error=error)
    return False


def retry_failures(limit: int = RETRY_BATCH) -> int:
    """Retry recorded failures, oldest first, until one fails again; returns how many worked."""
    done = 0
    for failure in IndexFailure.objects.order_by("failed_at")[:limit]:
        if not _sync(failure.page_id, failure.language):
            break
        done += 1
    return done


@task()
def update_document(page_id: int, language: str) -> None:
    """Index, re-index or remove one page's document in its language's index."""
    if _sync(page_id, language):
        retry_failures()


@task()
def retry_failed_updates() -> int:
    return retry_failures()


def schedule_update(page_id: int, language: str) -> None:
    """Queue an update once the editor's transaction has committed; never raise into a save."""
    if not _enabled():
        return

    def enqueue():
        try:
            update_document.enqueue(page_id, language)
        except Exception:  # a broken queue must not break publishing
            logger.exception("could not queue the search update of page %s", page_id)

    transaction.on_commit(enqueue)


def _enabled() -> bool:
    from django.conf import settings

    return bool(settings.ELASTICSEARCH_URL)
