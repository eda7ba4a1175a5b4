"""JSON schemas of what the endpoints return, written from the models' `api_fields`.

A field with a custom serializer brings its own schema (`home.api.DescribedField.schema`);
model fields are described from their Django type. A field that cannot be described stops
the description from being built, so no field reaches the API undocumented.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import models

from modelcluster.models import get_all_child_relations
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from home.api import DescribedField

from .views import ProXLabDocumentsAPIViewSet, ProXLabImagesAPIViewSet, ProXLabPagesAPIViewSet


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    if "$ref" in schema or ("enum" in schema and "type" not in schema):
        return {"anyOf": [schema, {"type": "null"}]}
    kind = schema.get("type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    if "null" in kinds:
        return schema
    result = {**schema, "type": [*kinds, "null"]}
    if "enum" in result:
        result["enum"] = [*result["enum"], None]
    return result


def obj(properties: dict, required: tuple[str, ...] = (), additional: bool = False) -> dict:
    schema = {"type": "object", "properties": properties, "additionalProperties": additional}
    if required:
        schema["required"] = list(required)
    return schema


STREAM = {
    "type": "array",
    "description": "StreamField blocks; images in blocks are image ids (see /api/v2/images/).",
    "items": obj(
        {"type": {"type": "string"}, "value": {}, "id": {"type": "string"}},
        required=("type", "value"),
        additional=True,
    ),
}
NESTED_OBJECT = obj(
    {
        "id": {"type": "integer"},
        "meta": obj(
            {
                "type": {"type": "string"},
                "detail_url": {"type": "string"},
                "html_url": {"type": ["string", "null"]},
                "download_url": {"type": "string"},
            },
            additional=True,
        ),
        "title": {"type": "string"},
    },
    additional=True,
)


def model_field_schema(field: models.Field) -> dict:
    """The JSON schema of one Django field as Django REST framework writes it."""
    if isinstance(field, StreamField):
        return STREAM
    if isinstance(field, RichTextField):
        schema = {"type": "string", "description": "Rich text in the chosen rich_text_format."}
    elif field.choices:
        values = [value for value, _label in field.flatchoices]
        schema = {"type": "string", "enum": values + ([""] if field.blank else [])}
    elif isinstance(field, models.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, models.DateTimeField):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(field, models.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, models.DecimalField):
        schema = {"type": "string", "pattern": r"^-?\d+(\.\d+)?$", "description": "A decimal."}
    elif isinstance(field, models.IntegerField | models.AutoField):
        schema = {"type": "integer"}
    elif isinstance(field, models.ForeignKey):
        schema = NESTED_OBJECT
    elif isinstance(field, models.CharField | models.TextField):
        schema = {"type": "string"}
    else:
        raise ImproperlyConfigured(f"No API schema for {field.model.__name__}.{field.name}")
    return nullable(schema) if field.null else schema


def child_schema(model: type[models.Model]) -> dict:
    """An inline item (a challenge's phase, an article's author) inside its page."""
    properties = {"id": {"type": "integer"}, "meta": obj({"type": {"type": "string"}})}
    for api_field in BaseAPIViewSet._convert_api_fields(getattr(model, "api_fields", ())):
        properties[api_field.name] = field_schema(model, api_field)
    return obj(properties)


def field_schema(model: type[models.Model], api_field) -> dict:
    if isinstance(api_field.serializer, DescribedField):
        return api_field.serializer.schema
    if api_field.serializer is not None:
        raise ImproperlyConfigured(f"Describe {model.__name__}.{api_field.name}: a DescribedField")
    relations = {r.get_accessor_name(): r.related_model for r in get_all_child_relations(model)}
    if api_field.name in relations:
        return {"type": "array", "items": child_schema(relations[api_field.name])}
    return model_field_schema(model._meta.get_field(api_field.name))


PAGE_META = obj(
    {
        "type": {"type": "string", "description": "The page type, e.g. offers.OfferPage."},
        "detail_url": {"type": "string", "format": "uri"},
        "html_url": {"type": ["string", "null"], "description": "The page on the site."},
        "slug": {"type": "string"},
        "show_in_menus": {"type": "boolean"},
        "seo_title": {"type": "string"},
        "search_description": {"type": "string"},
        "first_published_at": {"type": ["string", "null"], "format": "date-time"},
        "alias_of": nullable(NESTED_OBJECT),
        "parent": nullable(NESTED_OBJECT),
        "locale": {"type": "string", "enum": ["de", "en"]},
    }
)


def type_name(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def page_schema(model) -> dict:
    properties = {"id": {"type": "integer"}, "meta": ref("PageMeta"), "title": {"type": "string"}}
    for api_field in ProXLabPagesAPIViewSet.get_body_fields(model):
        if api_field.name not in properties:
            properties[api_field.name] = field_schema(model, api_field)
    schema = obj(properties)
    schema["description"] = (
        f"A page of type `{type_name(model)}`. Listings show the fields named in `fields` "
        "(or the defaults); the detail endpoint shows all of them."
    )
    return schema


def page_models() -> list[type]:
    return sorted(get_page_models(), key=type_name)


def media_schema(viewset, model) -> dict:
    properties = {"id": {"type": "integer"}}
    meta = {"type": {"type": "string"}, "detail_url": {"type": "string", "format": "uri"}}
    for api_field in viewset.get_meta_fields(model):
        if api_field.name in meta:
            continue
        meta[api_field.name] = (
            field_schema(model, api_field)
            if api_field.name != "download_url"
            else {"type": "string", "description": "The file itself."}
        )
    properties["meta"] = obj(meta)
    for api_field in viewset.get_body_fields(model):
        if api_field.name not in properties:
            properties[api_field.name] = field_schema(model, api_field)
    return obj(properties)


def component_schemas() -> dict:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    page_types = [model for model in page_models() if model is not Page]
    schemas = {
        "Error": obj(
            {
                "message": {"type": "string"},
                "errors": {
                    "type": "object",
                    "description": "Each invalid parameter with what is wrong with it.",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
            required=("message",),
        ),
        "PageMeta": PAGE_META,
        "Page": {**page_schema(Page), "description": "A page of any type (its common fields)."},
    }
    for model in page_types:
        schemas[model.__name__] = page_schema(model)
    any_page = {"anyOf": [ref("Page"), *[ref(model.__name__) for model in page_types]]}
    schemas["AnyPage"] = any_page
    schemas["PageList"] = list_schema(ref("AnyPage"))
    schemas["Image"] = media_schema(ProXLabImagesAPIViewSet, get_image_model())
    schemas["ImageList"] = list_schema(ref("Image"))
    schemas["Document"] = media_schema(ProXLabDocumentsAPIViewSet, get_document_model())
    schemas["DocumentList"] = list_schema(ref("Document"))
    return schemas


def list_schema(item: dict) -> dict:
    return obj(
        {
            "meta": obj({"total_count": {"type": "integer"}}, required=("total_count",)),
            "items": {"type": "array", "items": item},
        },
        required=("meta", "items"),
    )
