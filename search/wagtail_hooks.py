"""Moderation sees which queries visitors ask and which find nothing (no visitor is recorded),
and promotes results for a query (Wagtail's search_promotions, under Settings)."""

from django_filters import BooleanFilter, DateFromToRangeFilter

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query
from wagtail.permission_policies import ModelPermissionPolicy

from search import stats

# Who may read the report: Moderation and Administration (offers/migrations/0012).
PERMISSION = "wagtailsearchpromotions.view_query"


class SearchQueriesFilterSet(WagtailFilterSet):
    period = DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget, method="counted_in_base_queryset"
    )
    without_results = BooleanFilter(label=_("Found nothing"), method="found_nothing")

    class Meta:
        model = Query
        fields = []

    def counted_in_base_queryset(self, queryset, name, value):
        return queryset  # the period limits the sums (SearchQueriesReport.get_base_queryset)

    def found_nothing(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(misses__gt=0) if value else queryset.filter(misses=0)


class SearchQueriesReport(ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    permission_policy = ModelPermissionPolicy(Query)
    permission_required = "view"
    index_url_name = "search_queries"
    index_results_url_name = "search_queries_results"
    filterset_class = SearchQueriesFilterSet
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    columns = [
        Column("query_string", label=_("Query"), sort_key="query_string"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("misses", label=_("Without results"), sort_key="misses"),
    ]
    list_export = ["query_string", "searches", "misses"]
    export_headings = {
        "query_string": _("Query"),
        "searches": _("Searches"),
        "misses": _("Without results"),
    }

    def get_base_queryset(self):
        period = None
        if self.filters and self.filters.is_valid():
            period = self.filters.form.cleaned_data.get("period")
        start, stop = (period.start, period.stop) if period else (None, None)
        return stats.by_query(start and start.date(), stop and stop.date())


class PermissionMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_search_queries_urls():
    return [
        path("reports/search-queries/", SearchQueriesReport.as_view(), name="search_queries"),
        path(
            "reports/search-queries/results/",
            SearchQueriesReport.as_view(results_only=True),
            name="search_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return PermissionMenuItem(
        _("Search queries"),
        reverse("search_queries"),
        name="search-queries",
        icon_name="search",
        order=1290,
    )


@hooks.register("construct_reports_menu")
def hide_superuser_search_terms(request, menu_items):
    """Wagtail's own "Search terms" (superusers only) says less than "Search queries"."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_permissions")
def register_search_queries_permission():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename="view_query"
    )
