from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.content_cache import mark_cacheable
from home.lookups import is_expired
from home.models import Competence, NavigationMenu, Place, Topic
from home.translation_guard import refuse_untranslated_publish


class CompetenceViewSet(SnippetViewSet):
    model = Competence
    icon = "tag"
    list_display = ["code", "name", "area"]
    list_filter = ["area"]
    search_fields = ["name", "code"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "kind"]
    list_filter = ["kind"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "tag"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    items = (TopicViewSet, CompetenceViewSet, PlaceViewSet)


class NavigationViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["__str__", "slot"]


register_snippet(TaxonomyGroup)
register_snippet(NavigationViewSet)

# Before wagtail-localize's own before_edit_page hook, which serves the translation editor.
hooks.register("before_edit_page", refuse_untranslated_publish, order=-10)


@hooks.register("before_serve_page", order=-10)
def hide_expired_page(page, request, serve_args, serve_kwargs):
    # Past its expiry the page and its routes (calendar, feed) are gone, not only once
    # `publish_scheduled` has run.
    if is_expired(page):
        raise Http404


@hooks.register("before_serve_page")
def allow_page_cache(page, request, serve_args, serve_kwargs):
    # Pages opt in; cms.page_cache still refuses whatever sets a cookie or varies on it.
    if getattr(page, "page_cache", False):
        mark_cacheable(request)


@hooks.register("insert_editor_css")
def editor_css() -> str:
    """The editor's competence checkboxes in columns, grouped by e-CF area."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
