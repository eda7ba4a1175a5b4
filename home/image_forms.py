"""Replacing the file of an image that a live page shows is a moderator's decision.

A new file changes every page that uses the image at once, without any review. Someone who may
not publish each of those pages (an editor, Redaktion) is told to upload the picture as a new
image instead and choose it in the page, whose change then goes through the workflow.
Installed through WAGTAILIMAGES_IMAGE_FORM_BASE, so every form that edits an image has it.
"""

from django import forms
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from wagtail.images.forms import BaseImageForm
from wagtail.images.models import AbstractImage
from wagtail.models import Page, ReferenceIndex

SHOWN_TITLES = 3


def live_pages_using(image: AbstractImage) -> list[Page]:
    """The live pages whose content refers to the image (Wagtail's reference index)."""
    page_ids = ReferenceIndex.get_references_to(image).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids = {int(object_id) for object_id in page_ids.values_list("object_id", flat=True)}
    return list(Page.objects.filter(pk__in=ids, live=True).order_by("title"))


def refuses_file_change(image: AbstractImage, user: AbstractBaseUser | None) -> list[Page]:
    """The live pages this user may not publish that a new file for the image (or deleting it,
    home.image_delete) would change."""
    if user is None or not image.pk:
        return []
    return [
        page
        for page in live_pages_using(image)
        if not page.permissions_for_user(user).can_publish()
    ]


def page_titles(pages: list[Page]) -> str:
    """The first few pages by title, for a refusal message."""
    titles = ", ".join(f"„{page.title}“" for page in pages[:SHOWN_TITLES])
    if len(pages) > SHOWN_TITLES:
        titles += _(" and %(count)s more") % {"count": len(pages) - SHOWN_TITLES}
    return titles


class ReviewedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if "file" in self.changed_data and self.instance.pk:
            pages = refuses_file_change(self.instance, self.user)
            if pages:
                titles = page_titles(pages)
                self.add_error(
                    "file",
                    forms.ValidationError(
                        _(
                            "This image is shown on published pages (%(pages)s). A new file "
                            "would change them without review: upload the picture as a new "
                            "image and choose it in the page, or ask a moderator to replace it."
                        )
                        % {"pages": titles}
                    ),
                )
        return cleaned_data
