from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from offers.admin_dashboard import add_queue_panels, count_queue_menu_items
from offers.admin_listing import challenge_page_viewset, offer_page_viewset
from offers.admin_teams import team_application_viewset
from offers.admin_translations import translation_board
from offers.admin_views import offer_submission_viewset, outgoing_mail_viewset
from offers.submissions import unreviewed_images


@hooks.register("register_admin_viewset")
def register_submission_queue():
    return offer_submission_viewset


@hooks.register("register_admin_viewset")
def register_offer_and_challenge_explorers():
    return [offer_page_viewset, challenge_page_viewset]


@hooks.register("insert_editor_js")
def offer_editor_js() -> str:
    """Shows an offer's event panels or job-ad panels, by its type."""
    return format_html('<script src="{}" defer></script>', static("js/offer-editor.js"))


@hooks.register("insert_global_admin_css")
def admin_menu_css() -> str:
    """The count badges of the queues' menu items."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-menu.css"))


@hooks.register("register_admin_viewset")
def register_team_applications():
    return team_application_viewset


@hooks.register("register_admin_viewset")
def register_outgoing_mail():
    return outgoing_mail_viewset


@hooks.register("register_admin_urls")
def translation_board_urls() -> list:
    return [path("translations/", translation_board, name="proxlab_translation_board")]


@hooks.register("register_admin_menu_item")
def translation_board_menu_item() -> MenuItem:
    return MenuItem(
        _("Translation status"), reverse("proxlab_translation_board"), icon_name="site", order=250
    )


hooks.register("construct_homepage_panels", add_queue_panels)
hooks.register("construct_main_menu", count_queue_menu_items)


@hooks.register("construct_image_chooser_queryset")
def hide_unreviewed_images(images, request):
    """Editors cannot put an employer's image on another page before its offer is approved."""
    return images.exclude(pk__in=unreviewed_images())
