"""The OpenAPI 3.1 description of /api/v2/, built from the parameter forms and the models.

Served at /api/v2/openapi.json and shown at /api/v2/docs/; the tests validate every answer
of the API against it.
"""

from django import forms
from django.utils import translation

from search.facets import FACETS

from . import params, schemas
from .schemas import obj, ref

# The guide's examples, each one line a reader can copy (tests/test_api_guide.py runs them).
WORKSHOPS_EXAMPLE = (
    "/api/v2/pages/?type=offers.OfferPage&locale=en&offer_type=workshop&place=hildesheim"
    "&upcoming=true&order=date&fields=partner,starts_at"
)
SEARCH_EXAMPLE = (
    "/api/v2/search/?q=cloud&locale=en&content_type=offer&offer_type=workshop&place=hildesheim"
)

GUIDE = f"""
ProXLab's content (offers, challenges, partners, magazine articles, pages) and its search,
as JSON, in German (`de`, the source language) and English (`en`). No key is needed.

**Try it:**

1. Upcoming English workshops in Hildesheim, soonest first, with their partners (each item's
   `partner` has its `id` and `name`):

   `GET {WORKSHOPS_EXAMPLE}`

2. One of them with all its fields, among them its `translations` (id, locale, title,
   address), so its German original:

   `GET /api/v2/pages/{{id}}/`

   The German version itself, with every field of its type (the `meta.type` of the answer
   above; or take its `id` from `translations`):

   `GET /api/v2/pages/?translation_of={{id}}&locale=de&type=offers.OfferPage&fields=*`

3. A faceted search: hits, the count of every facet value, and which values are selected.
   Several values of a facet are repeated (`&offer_type=workshop&offer_type=talk`) or
   comma-separated (`&offer_type=workshop,talk`), on every endpoint alike:

   `GET {SEARCH_EXAMPLE}`

**Conventions.** Lists answer `{{"meta": {{"total_count": …}}, "items": […]}}`; `limit` is at
most 50. Only live, public pages appear: no drafts, no private pages, no offers past their last
day. Choose fields with `fields` (`*` for all). Every answer carries an `ETag`; send it back in
`If-None-Match` and an unchanged answer is a `304 Not Modified` without a body. Answers may be
cached for 60 seconds. A bad parameter is a `400` with one JSON error shape on every endpoint,
`{{"message": …, "errors": {{"<parameter>": ["…"]}}}}`, in English unless `locale` or
`Accept-Language` asks for German. The facets' parameters are the same on `/api/v2/pages/`,
`/api/v2/search/` and the site's listings (`offer_type`, `format`, `audience`, `topic`,
`competence`, `place`, `partner` by its slug, `status`, …). Browsers may
call the API from the origins the portal lists in `CORS_ALLOWED_ORIGINS`.

**Preview.** When an editor previews a draft in the admin's "External frontend" mode, the
frontend configured in `HEADLESS_PREVIEW_URL` receives `?token=…&type=…&locale=…`;
`GET /api/v2/pages/preview/?token=…` returns that draft for a few minutes; an expired or
altered token gets a `403` with a JSON error.
"""

ERROR_400 = {
    "description": "A parameter is unknown or invalid.",
    "content": {"application/json": {"schema": ref("Error")}},
}
ERROR_404 = {
    "description": "Nothing with this id is public.",
    "content": {"application/json": {"schema": ref("Error")}},
}


def _json(description: str, schema: dict, headers: bool = True) -> dict:
    response = {"description": description, "content": {"application/json": {"schema": schema}}}
    if headers:
        response["headers"] = {
            "ETag": {"description": "Send it as If-None-Match.", "schema": {"type": "string"}}
        }
    return response


NOT_MODIFIED = {"description": "Not modified: the ETag in If-None-Match is still current."}


def ecma_pattern(pattern: str) -> str:
    """A Python regular expression as OpenAPI's (ECMA-262) dialect reads it: JavaScript knows
    no \\A and \\Z (it reads \\Z as the letter Z)."""
    return pattern.replace(r"\A", "^").replace(r"\Z", "$")


def field_parameter_schema(field: forms.Field) -> dict:
    if isinstance(field, params.ListField):
        return {"type": "array", "items": field_parameter_schema(field.item)}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [value for value, _label in field.choices]}
    if isinstance(field, forms.IntegerField):
        return {"type": "integer", "minimum": field.min_value, "maximum": field.max_value}
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    schema = {"type": "string", "maxLength": field.max_length}
    if isinstance(field, forms.SlugField):
        schema["pattern"] = r"^[-a-zA-Z0-9_]+$"
    for validator in field.validators:
        if pattern := getattr(validator, "regex", None):
            schema["pattern"] = ecma_pattern(pattern.pattern)
    if field.required:
        schema["minLength"] = 1
    return schema


def parameters(form_class: type[forms.Form]) -> list[dict]:
    """The query parameters one form validates, as OpenAPI parameters."""
    result = []
    for name, field in form_class().fields.items():
        parameter = {
            "name": name,
            "in": "query",
            "required": field.required,
            "description": str(field.help_text),
            "schema": field_parameter_schema(field),
        }
        if isinstance(field, params.ListField):
            # Comma-separated as described; repeating the parameter is read alike.
            parameter.update(style="form", explode=False)
        result.append(parameter)
    return result


ID_PATH = {
    "name": "id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 1, "maximum": params.MAX_ID},
}


def _endpoint(tag: str, summary: str, form_class, responses: dict, path_id=False) -> dict:
    operation = {
        "tags": [tag],
        "summary": summary,
        "operationId": f"{tag}_{summary}".lower().replace(" ", "_").replace(",", ""),
        "parameters": ([ID_PATH] if path_id else []) + parameters(form_class),
        "responses": {**responses, "304": NOT_MODIFIED, "400": ERROR_400},
    }
    return {"get": operation}


def _resource_paths(tag: str, list_schema: str, item_schema: str, list_form) -> dict:
    return {
        f"/api/v2/{tag}/": _endpoint(
            tag, f"List {tag}", list_form, {"200": _json(f"A page of {tag}.", ref(list_schema))}
        ),
        f"/api/v2/{tag}/{{id}}/": _endpoint(
            tag,
            f"One of the {tag}",
            params.DetailParameters,
            {"200": _json("All its fields.", ref(item_schema)), "404": ERROR_404},
            path_id=True,
        ),
        f"/api/v2/{tag}/find/": _endpoint(
            tag,
            f"Find {tag} by id or path",
            params.FindParameters,
            {
                "302": {"description": "Found: Location is its detail address."},
                "404": ERROR_404,
            },
        ),
    }


def description() -> dict:
    """The whole OpenAPI document."""
    paths = {
        **_resource_paths("pages", "PageList", "AnyPage", params.PageListParameters),
        "/api/v2/pages/preview/": _endpoint(
            "pages",
            "A draft under preview",
            params.PreviewParameters,
            {
                "200": _json("The draft as the editor sees it.", ref("AnyPage")),
                "403": {
                    "description": "The token is invalid or has expired.",
                    "content": {"application/json": {"schema": ref("Error")}},
                },
            },
        ),
        **_resource_paths("images", "ImageList", "Image", params.MediaListParameters),
        **_resource_paths("documents", "DocumentList", "Document", params.MediaListParameters),
        **search_paths(),
    }
    paths["/api/v2/pages/"]["get"]["description"] = (
        "Live, public pages of both languages. Filter by `type`, `locale`, `translation_of`, "
        "the tree (`child_of`, `descendant_of`) and the search's facets; a facet filter needs "
        "`type` set to a type that has it."
    )
    return {
        "openapi": "3.1.0",
        "info": {"title": "ProXLab API", "version": "2", "description": GUIDE.strip()},
        "tags": [
            {"name": "pages", "description": "Offers, challenges, partners, articles, pages."},
            {"name": "search", "description": "Full-text search with facet counts."},
            {"name": "images", "description": "Images with renditions in two sizes."},
            {"name": "documents", "description": "Downloadable files."},
        ],
        "paths": paths,
        "components": {"schemas": {**schemas.component_schemas(), **search_schemas()}},
    }


# The search (search/views.py) validates its own parameters; documented here with the rest.
def _search_value(facet) -> dict:
    if facet.choices is not None:
        return {"type": "string", "enum": list(facet.choices)}
    return {"type": "string", "pattern": ecma_pattern(facet.pattern)}


def _search_parameters() -> list[dict]:
    base = [
        {
            "name": "q",
            "in": "query",
            "description": "What to search for.",
            "schema": {"type": "string", "maxLength": 200},
        },
        {
            "name": "locale",
            "in": "query",
            "description": "Language of the index: de (default) or en.",
            "schema": {"type": "string", "enum": ["de", "en"]},
        },
        {
            "name": "sort",
            "in": "query",
            "description": "relevance (default), date (upcoming first) or newest.",
            "schema": {"type": "string", "enum": ["relevance", "date", "newest"]},
        },
        {
            "name": "page",
            "in": "query",
            "description": "Page of results, from 1.",
            "schema": {"type": "integer", "minimum": 1, "maximum": 1000},
        },
    ]
    with translation.override("en"):
        facets = [
            {
                "name": facet.name,
                "in": "query",
                "description": (
                    f"{facet.label}. Several values (OR) repeated, as here, or comma-separated."
                ),
                "schema": {"type": "array", "items": _search_value(facet)},
                "style": "form",
                "explode": True,
            }
            for facet in FACETS
        ]
    return base + facets


def search_paths() -> dict:
    bad = {
        "description": "A parameter is invalid.",
        "content": {"application/json": {"schema": ref("Error")}},
    }
    return {
        "/api/v2/search/": {
            "get": {
                "tags": ["search"],
                "summary": "Search with facets",
                "operationId": "search",
                "parameters": _search_parameters(),
                "responses": {
                    "200": _json("Hits, facet counts, a spelling suggestion.", ref("SearchResult")),
                    "304": NOT_MODIFIED,
                    "400": bad,
                },
            }
        },
        "/api/v2/search/autocomplete/": {
            "get": {
                "tags": ["search"],
                "summary": "Complete what was typed",
                "operationId": "search_autocomplete",
                "parameters": _search_parameters()[:2],
                "responses": {
                    "200": _json("Up to 8 titles.", ref("Autocomplete")),
                    "304": NOT_MODIFIED,
                    "400": bad,
                },
            }
        },
    }


def search_schemas() -> dict:
    string_or_null = {"type": ["string", "null"]}
    facet_value = obj(
        {
            "value": {"type": "string"},
            "label": {"type": "string"},
            "count": {"type": "integer", "minimum": 0},
            "selected": {"type": "boolean"},
        },
        required=("value", "label", "count", "selected"),
    )
    hit = obj(
        {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "type": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "teaser": {"type": "string"},
            "highlight": {"type": "string", "description": "HTML with <mark> around matches."},
            "dates": obj({"start": string_or_null, "end": string_or_null}),
        },
        required=("title", "type", "url", "teaser", "highlight", "dates"),
    )
    return {
        "SearchResult": obj(
            {
                "count": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "results": {"type": "array", "items": hit},
                "facets": {
                    "type": "object",
                    "description": "For each facet, its values with their counts.",
                    "additionalProperties": {"type": "array", "items": facet_value},
                },
                "suggestion": string_or_null,
                "dropped_words": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Words left out because no page has every word (empty when "
                    "the results match all words).",
                },
                "backend": {"type": "string", "enum": ["elasticsearch", "database"]},
            },
            required=("count", "results", "facets", "suggestion", "dropped_words", "backend"),
        ),
        "Autocomplete": obj(
            {
                "suggestions": {
                    "type": "array",
                    "maxItems": 8,
                    "items": obj(
                        {
                            "title": {"type": "string"},
                            "url": {"type": "string", "format": "uri"},
                            "type": {"type": "string"},
                        },
                        required=("title", "url"),
                    ),
                },
                "backend": {"type": "string", "enum": ["elasticsearch", "database", "none"]},
            },
            required=("suggestions", "backend"),
        ),
    }
