from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import home.chooser_locale  # registers its hook
import home.image_delete  # noqa: F401  (registers its hooks)
from home.content_cache import mark_cacheable
from home.content_checks import add_portal_checks
from home.lookups import is_expired
from home.models import Competence, NavigationMenu, Place, Topic
from home.publish_rule import incomplete, refusal, refuse_untranslated_publish
from home.translation_review import submit_translation


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

# Before wagtail-localize's own hooks, which serve the translation editor.
hooks.register("before_edit_page", refuse_untranslated_publish, order=-10)
hooks.register("before_edit_snippet", refuse_untranslated_publish, order=-10)
hooks.register("construct_wagtail_userbar", add_portal_checks)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def say_what_a_draft_lacks(request, page):
    """After "Save draft", what the page still lacks before it may be submitted or published,
    so an editor learns it while writing rather than at the end."""
    if any(key.startswith("action-") for key in request.POST):
        return
    if errors := incomplete(page.specific):
        messages.warning(
            request,
            _("Saved as a draft. Before publishing or submitting for review: %(errors)s")
            % {"errors": " ".join(errors)},
        )


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_untranslated(request, action_type, objects, action):
    """Bulk "Publish" in the explorer publishes nothing when any chosen page breaks the rule,
    and names each one (home.publish_rule also stops them one by one)."""
    if action_type != "publish" or Page not in action.models:
        return None
    reasons = []
    for page in objects:
        revision = page.get_latest_revision()
        if revision is not None and (reason := refusal(revision.as_object())):
            reasons.append(f"{page.get_admin_display_title()}: {reason}")
    if not reasons:
        return None
    messages.error(request, " ".join(reasons))
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_explore_root")


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
        mark_cacheable(request, page.page_cache_parameters)


@hooks.register("insert_editor_css")
def editor_css() -> str:
    """The editor's competence checkboxes in columns, grouped by e-CF area."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_admin_urls")
def translation_review_urls() -> list:
    return [
        path(
            "translations/<int:translation_id>/submit/",
            submit_translation,
            name="proxlab_submit_translation",
        )
    ]
