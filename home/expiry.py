"""One expiry for a page in every language: the German page's Wagtail expiry ("Expiry date/time"
under Settings) is its translations' too, whichever of them is published when, so an English
offer never outlives its German original. Moderators set it once, on the German page."""

from django.dispatch import Signal

from wagtail.models import Locale, Page

# Sent with the translations whose expiry changed (their search documents hold it).
expiry_shared = Signal()


def share_expiry(sender, instance: Page, **kwargs) -> None:
    """page_published: the source page's expiry goes to its translations; a translation
    published on its own takes its source's."""
    source = (
        Page.objects.filter(translation_key=instance.translation_key, locale=Locale.get_default())
        .only("pk", "expire_at")
        .first()
    )
    if source is None:
        return
    others = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=source.pk)
    if instance.pk != source.pk:
        others = others.filter(pk=instance.pk)
        instance.expire_at = source.expire_at
    changed = list(others.exclude(expire_at=source.expire_at).select_related("locale"))
    if changed:
        Page.objects.filter(pk__in=[page.pk for page in changed]).update(expire_at=source.expire_at)
        expiry_shared.send(sender=Page, pages=changed)
