"""Deleting an image that a live page shows is a moderator's decision, like replacing its file.

The pages would lose their picture at once, without review. The rule of home.image_forms applies
to every way of deleting: Wagtail's delete action (the admin's delete view and any API that uses
it), the admin's delete view (which says why on the image's edit page) and bulk "Delete" (the
refused images are listed as not deletable by this user).
"""

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.actions.delete import DeleteAction, DeletePermissionError
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction
from wagtail.images.views.images import DeleteView

from home.image_forms import page_titles, refuses_file_change


def delete_refusal(image: AbstractImage, user: AbstractBaseUser | None) -> str | None:
    """Why this user may not delete the image, or None when they may."""
    pages = refuses_file_change(image, user)
    if not pages:
        return None
    return _(
        "This image is shown on published pages (%(pages)s). Deleting it would change them "
        "without review: choose another image in those pages, or ask a moderator to delete it."
    ) % {"pages": page_titles(pages)}


class ReviewedImageDeleteAction(DeleteAction):
    def execute(self, skip_permission_checks: bool = False):
        # A content rule, not a permission: it holds where the view skips the permission check.
        if reason := delete_refusal(self.instance, self.user):
            raise DeletePermissionError(reason)
        return super().execute(skip_permission_checks=skip_permission_checks)


class ReviewedImageDeleteView(DeleteView):
    """Says why on the image's edit page (after Wagtail's permission check in dispatch)."""

    def get(self, request, *args, **kwargs) -> HttpResponse:
        return self.refused() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs) -> HttpResponse:
        return self.refused() or super().post(request, *args, **kwargs)

    def refused(self) -> HttpResponse | None:
        if reason := delete_refusal(self.object, self.request.user):
            messages.error(self.request, reason)
            return redirect("wagtailimages:edit", self.object.pk)
        return None


class ReviewedImageDeleteBulkAction(DeleteBulkAction):
    def check_perm(self, image) -> bool:
        return super().check_perm(image) and delete_refusal(image, self.request.user) is None


@hooks.register("register_actions")
def register_image_delete_action(registry) -> None:
    registry.register(get_image_model(), ReviewedImageDeleteAction)


# Before wagtail.images' own admin URLs, so this view answers the same address and URL name.
@hooks.register("register_admin_urls", order=-1)
def image_delete_url() -> list:
    view = ReviewedImageDeleteView.as_view()
    return [path("images/<int:image_id>/delete/", view, name="wagtailimages_reviewed_delete")]


# After wagtail.images registers its own bulk "Delete", so this one replaces it.
hooks.register("register_bulk_action", ReviewedImageDeleteBulkAction, order=1)
