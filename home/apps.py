from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and magazine")

    def ready(self):
        from django.db.models.signals import post_save

        from wagtail.signals import page_published

        from home import (
            admin_language,
            expiry,
            localize_patches,
            publish_rule,
            signals,  # noqa: F401  (connects the content generation receivers)
        )

        admin_language.connect()
        localize_patches.install()
        page_published.connect(expiry.share_expiry, dispatch_uid="share_expiry")
        post_save.connect(
            publish_rule.keep_cross_locale_aliases_unpublished,
            dispatch_uid="keep_cross_locale_aliases_unpublished",
        )
