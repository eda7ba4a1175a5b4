"""Editors see which queries visitors ask and which find nothing (no visitor is recorded)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from search.models import SearchQuery


class SearchQueryViewSet(ModelViewSet):
    model = SearchQuery
    icon = "search"
    menu_label = _("Search queries")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["query", "language", "searches", "zero_hits", "last_searched"]
    list_filter = ["language"]
    search_fields = ["query"]
    form_fields = ["query"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_search_queries():
    return SearchQueryViewSet("search_queries")
