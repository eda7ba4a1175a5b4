from django.conf import settings
from django.utils import translation


class AdminDefaultLanguageMiddleware:
    """The Wagtail admin speaks German unless an editor chose another language in their account.

    Without this, LocaleMiddleware would follow the browser's language outside /de/ and /en/.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
