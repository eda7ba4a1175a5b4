"""What <head> tells search engines and feed readers about the page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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
