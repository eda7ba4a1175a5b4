"""The search page (/de/suche/, /en/search/) and the JSON API (/api/v2/search/)."""

import logging
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.http import require_safe

from search import promotions, service, stats
from search.documents import LANGUAGES
from search.facets import FACETS, FACETS_BY_NAME
from search.forms import SearchForm

logger = logging.getLogger(__name__)


def _run(query) -> service.Result:
    result = service.search(query)
    last = max(1, -(-result.count // query.per_page))
    if query.page > last:  # a page number past the end shows the last page
        query.page = last
        result = service.search(query)
    return result


def _counted(response: HttpResponse, result: service.Result) -> HttpResponse:
    """Count a search's first page once the answer is sent (the WSGI server closes the
    response then): the visitor never waits for the statistics' write, and a busy database
    costs one count, never the answer."""
    query = result.query
    if query.text and query.page == 1:

        def count() -> None:
            try:
                stats.record(query.text, result.count)
            except DatabaseError:
                logger.warning("search not counted: the database was busy", exc_info=True)

        response._resource_closers.append(count)  # run by HttpResponse.close()
    return response


def _active_filters(form: SearchForm, result: service.Result) -> list[dict]:
    """Every chosen facet value with the URL that removes just that one."""
    active = []
    for name, values in result.facets.items():
        for value in values:
            if value.selected:
                params = form.data.copy()
                params.setlist(name, [v for v in params.getlist(name) if v != value.value])
                params.pop("page", None)
                active.append(
                    {
                        "facet": FACETS_BY_NAME[name].label,
                        "label": value.label,
                        "remove_url": f"?{params.urlencode()}" if params else "?",
                    }
                )
    return active


def _query_string(query: service.Query) -> str:
    """The valid text, sort and facets of a search: what its pagination links carry."""
    params = [("q", query.text)] if query.text else []
    if query.sort != "relevance":
        params.append(("sort", query.sort))
    params += [(name, value) for name, values in query.filters.items() for value in values]
    return urlencode(params)


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    language = translation.get_language()
    form = SearchForm(request.GET)
    query = form.query(language)
    result = _run(query)
    pages = Paginator(range(result.count), query.per_page).get_page(query.page)
    groups = [
        {"facet": facet, "values": result.facets[facet.name]}
        for facet in FACETS
        if result.facets[facet.name]
    ]
    response = TemplateResponse(
        request,
        "search/search_page.html",
        {
            "form": form,
            "result": result,
            "pages": pages,
            "query": _query_string(query),
            "facet_groups": groups,
            "active_filters": _active_filters(form, result),
            "other_languages": [code for code in LANGUAGES if code != language],
            "promotions": promotions.promoted(query.text, language, request)
            if query.page == 1
            else [],
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return _counted(response, result)


def api_language(request: HttpRequest, locale: str | None = None) -> str:
    """The language of a JSON answer's messages: the requested ``locale``, else the first
    language of Accept-Language the portal speaks, else English."""
    if locale in LANGUAGES:
        return locale
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return "en"


def bad_request(errors: dict[str, list[str]]) -> JsonResponse:
    """The one error shape of the JSON endpoints: a message and each parameter's problems."""
    return JsonResponse({"message": _("Invalid parameters."), "errors": errors}, status=400)


def unknown_parameters(request: HttpRequest, known) -> dict[str, list[str]]:
    """A misspelt parameter (`?offer_typ=talk`, `?offer_type[]=talk`) is refused by name on
    every JSON endpoint: silently ignored, it would answer an unfiltered result."""
    message = str(_("Not a parameter of this endpoint."))
    return {name: [message] for name in sorted(set(request.GET) - set(known))}


def _locale(request: HttpRequest) -> tuple[str, str | None]:
    locale = request.GET.get("locale", LANGUAGES[0])
    if locale not in LANGUAGES:
        return LANGUAGES[0], _("Choose one of: %(choices)s.") % {"choices": ", ".join(LANGUAGES)}
    return locale, None


@require_safe
def search_api(request: HttpRequest) -> JsonResponse:
    with translation.override(api_language(request, request.GET.get("locale"))):
        form = SearchForm(request.GET)
        language, locale_error = _locale(request)
        errors = unknown_parameters(request, {*form.fields, "locale"})
        if not form.is_valid() or locale_error or errors:
            errors |= form.error_messages() | ({"locale": [locale_error]} if locale_error else {})
            return bad_request(errors)
    with translation.override(language):
        query = form.query(language)
        result = _run(query)
        body = {
            "count": result.count,
            "page": query.page,
            "results": [
                {
                    "id": hit.page_id,
                    "title": hit.title,
                    "type": hit.content_type,
                    "url": request.build_absolute_uri(hit.url),
                    "teaser": hit.teaser,
                    "highlight": hit.highlight,
                    "dates": {"start": hit.date, "end": hit.end_date},
                }
                for hit in result.hits
            ],
            "facets": {
                name: [
                    {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                    for v in values
                ]
                for name, values in result.facets.items()
            },
            "suggestion": result.suggestion,
            "dropped_words": result.dropped_words,
            "backend": result.backend,
        }
    return _counted(JsonResponse(body, json_dumps_params={"ensure_ascii": False}), result)


@require_safe
def autocomplete_api(request: HttpRequest) -> JsonResponse:
    text = request.GET.get("q", "").strip()
    with translation.override(api_language(request, request.GET.get("locale"))):
        language, locale_error = _locale(request)
        errors = unknown_parameters(request, {"q", "locale"})
        if locale_error or len(text) > 100 or errors:
            if locale_error:
                errors["locale"] = [locale_error]
            if len(text) > 100:
                errors["q"] = [_("At most 100 characters.")]
            return bad_request(errors)
    if len(text) < 2:
        return JsonResponse({"suggestions": [], "backend": "none"})
    suggestions, backend = service.autocomplete(text, language)
    for suggestion in suggestions:
        suggestion["url"] = request.build_absolute_uri(suggestion["url"])
    return JsonResponse(
        {"suggestions": suggestions, "backend": backend}, json_dumps_params={"ensure_ascii": False}
    )
