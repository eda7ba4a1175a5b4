"""Headless preview: an editor's unsaved page, handed to an external frontend for a short time.

The admin's preview stores the page as it is in the editor in the shared cache (the one every
gunicorn worker reads: the database cache, or Redis through CACHE_URL) and signs a
token naming that entry; the frontend at HEADLESS_PREVIEW_URL receives the token and asks the
API (/api/v2/pages/preview/?token=…) for the draft. Without a valid, fresh token no draft leaves
the portal.
"""

import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home.content_cache import shared_cache

SALT = "proxlab.headless-preview"
MODE = "headless"


class PreviewTokenError(Exception):
    """The token is malformed, forged or older than HEADLESS_PREVIEW_MAX_AGE."""


def _cache_key(key: str) -> str:
    return f"headless-preview:{key}"


def create_preview_token(page: Page) -> str:
    """Keep the page as the editor sees it and return a signed token that names it."""
    key = secrets.token_urlsafe(16)
    content_type = f"{page._meta.app_label}.{page._meta.model_name}"
    shared_cache().set(
        _cache_key(key),
        {"content_type": content_type, "content": page.serializable_data()},
        timeout=settings.HEADLESS_PREVIEW_MAX_AGE,
    )
    return signing.dumps({"key": key}, salt=SALT)


def load_preview(token: str) -> Page:
    """The page a valid, fresh token names; PreviewTokenError otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise PreviewTokenError(str(error)) from error
    stored = shared_cache().get(_cache_key(data.get("key", ""))) if isinstance(data, dict) else None
    if stored is None:
        raise PreviewTokenError("The preview has expired.")
    from django.apps import apps

    model = apps.get_model(stored["content_type"])
    return model.from_serializable_data(stored["content"], check_fks=False, strict_fks=False)


def preview_url(page: Page) -> str:
    """Where the external frontend shows this page's draft."""
    query = urlencode(
        {
            "token": create_preview_token(page),
            "type": f"{page._meta.app_label}.{page.__class__.__name__}",
            "locale": page.locale.language_code if page.locale_id else "",
        }
    )
    separator = "&" if "?" in settings.HEADLESS_PREVIEW_URL else "?"
    return f"{settings.HEADLESS_PREVIEW_URL}{separator}{query}"


class HeadlessPreviewMixin:
    """Adds "External frontend" to the admin's preview modes when HEADLESS_PREVIEW_URL is set."""

    @property
    def preview_modes(self) -> list[tuple[str, str]]:
        modes = list(super().preview_modes)
        if settings.HEADLESS_PREVIEW_URL:
            modes.append((MODE, _("External frontend")))
        return modes

    def make_preview_request(self, original_request=None, preview_mode=None, *args, **kwargs):
        # Above serve_preview, which routable pages answer with their own view.
        if preview_mode != MODE:
            return super().make_preview_request(original_request, preview_mode, *args, **kwargs)
        # A page that was never saved has no id the frontend could fetch translations for.
        url = preview_url(self) if self.pk else None
        response = TemplateResponse(
            original_request, "home/headless_preview.html", {"preview_url": url}
        )
        return response.render()
