from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and magazine")

    def ready(self):
        from home import (
            admin_language,
            signals,  # noqa: F401  (connects the content generation receivers)
            translation_guard,
        )

        admin_language.connect()
        translation_guard.install()
