"""Page choosers open in the language of the page or snippet being edited.

At the top of the page tree Wagtail's chooser lists every language's home page in tree order,
German first, so an editor linking from an English page starts among German pages. The chooser
is opened from the editor (its address is the Referer); the editor's own language comes first.
"""

import re
from urllib.parse import parse_qs, urlsplit

from django.db.models import Case, IntegerField, Value, When
from django.http import HttpRequest
from django.urls import Resolver404, resolve
from django.utils.http import url_has_allowed_host_and_scheme

from wagtail import hooks
from wagtail.models import Locale, Page, TranslatableMixin

EDITOR_VIEWS = re.compile(r"wagtailadmin_pages:(edit|add)$|wagtailsnippets_\w+_\w+:(edit|add)$")


def editing_locale(request: HttpRequest) -> int | None:
    """The locale id of what the person edits in the window that opened the chooser."""
    referer = request.headers.get("Referer", "")
    if not url_has_allowed_host_and_scheme(referer, {request.get_host()}):
        return None
    url = urlsplit(referer)
    try:
        match = resolve(url.path)
    except Resolver404:
        return None
    if not EDITOR_VIEWS.match(match.view_name or ""):
        return None
    if code := parse_qs(url.query).get("locale", [""])[0]:
        return Locale.objects.filter(language_code=code).values_list("pk", flat=True).first()
    kwargs = match.kwargs
    if page_id := kwargs.get("page_id") or kwargs.get("parent_page_id"):
        return Page.objects.filter(pk=page_id).values_list("locale_id", flat=True).first()
    model = getattr(match.func, "view_initkwargs", {}).get("model")
    if model is not None and issubclass(model, TranslatableMixin) and "pk" in kwargs:
        return model.objects.filter(pk=kwargs["pk"]).values_list("locale_id", flat=True).first()
    return None


@hooks.register("construct_page_chooser_queryset")
def own_language_first(pages, request):
    # Search results come in order of relevance; browsing lists pages in tree order.
    if request.resolver_match.url_name == "wagtailadmin_choose_page_search":
        return pages
    locale_id = editing_locale(request)
    if locale_id is None:
        return pages
    first = Case(
        When(locale_id=locale_id, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return pages.order_by(first, "path")
