"""What <head> tells search engines and feed readers about the page."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

from home.models.base import public_root_url

register = template.Library()

# Keep JSON inside <script> from closing the element or starting markup.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context) -> str:
    """The page's schema.org JSON-LD as a script element, or nothing for non-content pages."""
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "structured_data"):
        return ""
    data = json.dumps(page.structured_data(request), cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(data.translate(_SCRIPT_ESCAPES))
    )


# Open Graph locales of the portal's languages.
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def social_card(context) -> dict:
    """Title, description, type and an absolute image URL for Open Graph and Twitter cards:
    the page's own picture (a partner's logo), else the portal's default picture."""
    page = context.get("page")
    request = context.get("request")
    is_page = isinstance(page, Page)
    card = {
        "type": getattr(page, "og_type", "website"),
        "title": (page.seo_title or page.title) if is_page else settings.WAGTAIL_SITE_NAME,
        "description": (page.search_description or getattr(page, "teaser", "")) if is_page else "",
        "locale": OG_LOCALES.get(translation.get_language(), "de_DE"),
    }
    root = public_root_url(request)
    image = page.social_image() if is_page and hasattr(page, "social_image") else None
    if image is not None:
        wide = image is getattr(page, "listing_image", None)
        rendition = image.get_rendition("fill-1200x630" if wide else "max-1200x630")
        card["image"] = {
            "url": f"{root}{rendition.url}" if rendition.url.startswith("/") else rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": _image_alt(image, card["title"]),
            "wide": wide,
        }
    else:
        card["image"] = {
            "url": f"{root}{static('img/social-card.png')}",
            "width": 1200,
            "height": 630,
            "alt": settings.WAGTAIL_SITE_NAME,
            "wide": True,
        }
    return card


def _image_alt(image, title: str) -> str:
    """Image titles are written in German: pages of another language describe the picture by
    their own title."""
    if translation.get_language() != settings.LANGUAGE_CODE:
        return title
    return image.default_alt_text or title
