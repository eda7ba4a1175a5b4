"""/api/v2/: pages, images, documents, the OpenAPI description and its documentation page."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter

from . import docs
from .views import ProXLabDocumentsAPIViewSet, ProXLabImagesAPIViewSet, ProXLabPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ProXLabPagesAPIViewSet)
api_router.register_endpoint("images", ProXLabImagesAPIViewSet)
api_router.register_endpoint("documents", ProXLabDocumentsAPIViewSet)

urlpatterns = [
    path("openapi.json", docs.openapi_json, name="api-openapi"),
    path("docs/", docs.documentation, name="api-docs"),
    path("", api_router.urls),
]
