from wagtail import hooks

from offers.admin_teams import team_application_viewset
from offers.admin_views import offer_submission_viewset


@hooks.register("register_admin_viewset")
def register_submission_queue():
    return offer_submission_viewset


@hooks.register("register_admin_viewset")
def register_team_applications():
    return team_application_viewset
