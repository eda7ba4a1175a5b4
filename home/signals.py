"""Start a new content generation (home.content_cache) whenever what visitors see changes."""

from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from home.content_cache import new_generation
from home.frontend_cache import purge_pages_showing

# Saving a draft, locking or scheduling changes nothing a visitor sees.
DRAFT_ONLY_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "approved_go_live_at",
}
ALWAYS_SHOWN = (
    Page,
    Site,
    Locale,
    PageViewRestriction,
    Redirect,
    AbstractImage,
    AbstractDocument,
    Tag,
)
_paused = False


def shows_on_pages(instance) -> bool:
    """Whether visitors may see this object: pages, sites, images, snippets, settings …"""
    if isinstance(instance, ALWAYS_SHOWN):
        return True
    model = type(instance)
    return model in get_snippet_models() or model in settings_registry


@contextmanager
def one_generation_for_many_changes():
    """Bulk loads (the benchmark's data set) start one generation at the end, not per row."""
    global _paused
    _paused = True
    try:
        yield
    finally:
        _paused = False
        new_generation()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, instance=None, **kwargs) -> None:
    if not _paused:
        new_generation()
        if instance is not None:
            purge_pages_showing(instance)


@receiver(post_save)
def object_saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    if _paused or raw or not shows_on_pages(instance):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    # A page that is not live shows nowhere (an employer's submission makes such drafts all
    # day); its unpublishing, move and deletion have their own signals above and below.
    if isinstance(instance, Page) and not instance.live:
        return
    new_generation()


@receiver(post_delete)
def object_deleted(sender, instance, **kwargs) -> None:
    if not _paused and shows_on_pages(instance):
        new_generation()
