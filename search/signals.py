"""Publish, unpublish, move and delete of a searchable page queue an update of its document."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.expiry import expiry_shared
from search.adapters import MODELS
from search.tasks import schedule_update


def _searchable_type(page: Page) -> bool:
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    return model in MODELS


def _changed(sender, instance: Page, **kwargs) -> None:
    if _searchable_type(instance):
        schedule_update(instance.pk, instance.locale.language_code)


def _moved(sender, instance: Page, **kwargs) -> None:
    """A moved page changes its URL, and so do the pages below it."""
    for page in Page.objects.descendant_of(instance, inclusive=True).select_related("locale"):
        _changed(sender, page)


def _restricted(sender, instance: PageViewRestriction, **kwargs) -> None:
    # A restriction added, changed or lifted: the page and every page below it leave the
    # index at once, or come back (the adapters index only public pages).
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _moved(sender, page)


def _deleted(sender, instance: Page, **kwargs) -> None:
    if instance.pk is not None and _searchable_type(instance):
        schedule_update(instance.pk, instance.locale.language_code)


def _expiry_shared(sender, pages: list[Page], **kwargs) -> None:
    for page in pages:
        _changed(sender, page)


def connect() -> None:
    expiry_shared.connect(_expiry_shared, dispatch_uid="search_expiry_shared")
    page_published.connect(_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="search_page_moved")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="search_page_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _restricted, sender=PageViewRestriction, dispatch_uid=f"search_restricted_{signal}"
        )
