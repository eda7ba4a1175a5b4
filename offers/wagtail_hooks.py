from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from offers.admin_teams import team_application_viewset
from offers.admin_views import offer_submission_viewset
from offers.submissions import unreviewed_images


@hooks.register("register_admin_viewset")
def register_submission_queue():
    return offer_submission_viewset


@hooks.register("insert_editor_js")
def offer_editor_js() -> str:
    """Shows an offer's event panels or job-ad panels, by its type."""
    return format_html('<script src="{}" defer></script>', static("js/offer-editor.js"))


@hooks.register("register_admin_viewset")
def register_team_applications():
    return team_application_viewset


@hooks.register("construct_image_chooser_queryset")
def hide_unreviewed_images(images, request):
    """Editors cannot put an employer's image on another page before its offer is approved."""
    return images.exclude(pk__in=unreviewed_images())
