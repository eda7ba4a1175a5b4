"""The endpoints of /api/v2/: Wagtail's pages, images and documents, held to the description.

Every parameter passes a form from `cms.api.params` first; a bad one is a 400 with a JSON
error, never a 500. Lists prefetch what their fields show, so a list of 50 costs the same
queries as a list of 5.
"""

from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from django.db.models import prefetch_related_objects
from django.http import Http404
from django.urls import path
from django.utils import translation

from modelcluster.models import get_all_child_relations
from wagtail.api import APIField
from wagtail.api.v2.filters import ChildOfFilter, DescendantOfFilter, TranslationOfFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Locale, Site

from home.api import (
    DescribedField,
    HtmlUrlField,
    ImageRenditionsField,
    TagNamesField,
    translations_of,
)
from home.preview import PreviewTokenError, load_preview
from offers.submissions import unreviewed_images
from search.views import api_language, unknown_parameters

from . import params
from .filters import InvalidParameters, apply_facets, apply_order, visible_pages


class StrictParametersMixin:
    """Only documented parameters, each validated; errors as JSON."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    filter_backends: list = []
    parameter_forms: dict[str, type] = {}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.parameters = {}
        form_class = self.parameter_forms.get(self.action)
        if form_class is None:  # OPTIONS: nothing is read
            return
        # Messages in English unless the request asks for another language (search.views).
        with translation.override(api_language(request, request.GET.get("locale"))):
            form = form_class(request.GET)
            errors = unknown_parameters(request, form.fields)
            if not form.is_valid() or errors:
                errors |= {name: list(messages) for name, messages in form.errors.items()}
                raise InvalidParameters(errors)
        self.parameters = form.cleaned_data

    def find_object(self, queryset, request):
        """By the validated id (Wagtail's own reads the raw parameter)."""
        if object_id := self.parameters.get("id"):
            return queryset.filter(pk=object_id).first()
        return None

    def check_query_parameters(self, queryset):
        """Done by the parameter forms in `initial`."""

    def handle_exception(self, exc):
        if isinstance(exc, InvalidParameters):
            with translation.override(api_language(self.request, self.request.GET.get("locale"))):
                message = str(exc.args[0])
            return Response({"message": message, "errors": exc.errors}, status=400)
        if isinstance(exc, BadRequestError):  # Wagtail's own checks: the same shape
            return Response({"message": str(exc), "errors": {}}, status=400)
        return super().handle_exception(exc)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return apply_order(queryset, self.parameters.get("order", ""))

    def paginate_queryset(self, queryset):
        items = list(super().paginate_queryset(queryset))
        self.prefetch(items)
        return items

    def prefetch(self, items: list) -> None:
        """Load what the chosen fields show, a fixed number of queries for the whole list."""
        if not items:
            return
        model = type(items[0])
        chosen = set(self.get_serializer_class().Meta.fields)
        lookups = []
        for field in self.get_body_fields(model) + self.get_meta_fields(model):
            if field.name in chosen and isinstance(field.serializer, DescribedField):
                lookups.extend(field.serializer.prefetch_lookups(field.name))
            elif field.name in chosen and field.name in self.child_relations(model):
                lookups.append(field.name)
        prefetch_related_objects(items, *lookups)
        if "translations" in chosen:
            translations = translations_of(items)
            for item in items:
                item.api_translations = translations[item.pk]

    @staticmethod
    def child_relations(model) -> set[str]:
        return {relation.get_accessor_name() for relation in get_all_child_relations(model)}


class ProXLabPagesAPIViewSet(StrictParametersMixin, PagesAPIViewSet):
    filter_backends = [ChildOfFilter, DescendantOfFilter, TranslationOfFilter]
    parameter_forms = {
        "listing_view": params.PageListParameters,
        "detail_view": params.DetailParameters,
        "find_view": params.FindParameters,
        "preview_view": params.PreviewParameters,
    }
    meta_fields = [
        APIField("html_url", serializer=HtmlUrlField()) if name == "html_url" else name
        for name in PagesAPIViewSet.meta_fields
    ]

    @classmethod
    def get_urlpatterns(cls):
        return [
            *super().get_urlpatterns(),
            path("preview/", cls.as_view({"get": "preview_view"}), name="preview"),
        ]

    @classmethod
    def get_listing_default_fields(cls, model):
        """Wagtail's defaults, plus every field of one type that is not long text."""
        defaults = super().get_listing_default_fields(model)
        long_text = {"body", "problem", "expected_results", "results", "description"}
        return defaults + [
            field.name
            for field in cls._convert_api_fields(getattr(model, "api_fields", ()))
            if field.name not in long_text
        ]

    def get_base_queryset(self):
        # Built once per request: building it reads every view restriction and the site.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = visible_pages(super().get_base_queryset())
        return self._base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        if locale := self.parameters.get("locale"):
            queryset = queryset.filter(locale__language_code=locale)
        if slug := self.parameters.get("slug"):
            queryset = queryset.filter(slug=slug)
        if self.action == "listing_view":
            queryset = apply_facets(queryset, self.parameters)
        return queryset

    def prefetch(self, items: list) -> None:
        super().prefetch(items)
        prefetch_related_objects(items, "locale")

    def find_object(self, queryset, request):
        """`html_path` with its language prefix (`/en/offers/…`), as the site shows it."""
        html_path = self.parameters.get("html_path")
        if not html_path:
            return super().find_object(queryset, request)
        components = [part for part in html_path.split("/") if part]
        site = Site.find_for_request(request)
        if site is None:
            return None
        root = site.root_page
        if components and (locale := Locale.objects.filter(language_code=components[0]).first()):
            root = root.get_translation_or_none(locale) or root
            components = components[1:]
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None

    def get_object(self):
        if self.action == "preview_view":
            return self._preview_page
        return super().get_object()

    def preview_view(self, request):
        """The draft an editor is previewing, for the holder of a fresh token only."""
        try:
            self._preview_page = load_preview(self.parameters["token"])
        except PreviewTokenError:
            return Response({"message": "The preview token is invalid or has expired."}, 403)
        serializer = self.get_serializer(self._preview_page)
        return Response(serializer.data)


class ProXLabImagesAPIViewSet(StrictParametersMixin, ImagesAPIViewSet):
    parameter_forms = {
        "listing_view": params.MediaListParameters,
        "detail_view": params.DetailParameters,
        "find_view": params.FindParameters,
    }
    body_fields = ImagesAPIViewSet.body_fields + [
        APIField("renditions", serializer=ImageRenditionsField(source="*"))
    ]
    meta_fields = [
        APIField("tags", serializer=TagNamesField()) if name == "tags" else name
        for name in ImagesAPIViewSet.meta_fields
    ]
    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["renditions"]

    def get_queryset(self):
        # An employer's image is public once its offer is.
        queryset = super().get_queryset().exclude(pk__in=unreviewed_images())
        return queryset.prefetch_related("renditions")


class ProXLabDocumentsAPIViewSet(StrictParametersMixin, DocumentsAPIViewSet):
    parameter_forms = {
        "listing_view": params.MediaListParameters,
        "detail_view": params.DetailParameters,
        "find_view": params.FindParameters,
    }
    meta_fields = [
        APIField("tags", serializer=TagNamesField()) if name == "tags" else name
        for name in DocumentsAPIViewSet.meta_fields
    ]

    def get_queryset(self):
        # Documents of a private collection (and the collections below it) are not listed.
        private = Collection.objects.none()
        for root in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
            private = private | Collection.objects.filter(path__startswith=root)
        return super().get_queryset().exclude(collection__in=private)
