"""Public forms of the exchange, below the language prefix (/de/angebot-einreichen/ …)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from offers.views.submission import SubmissionStatusView, SubmitOfferView
from offers.views.team import (
    TeamApplicationStatusView,
    TeamApplicationView,
    TeammateMessageView,
    TeammateNoteStatusView,
    TeammateNoteView,
)

urlpatterns = [
    path(
        pgettext_lazy("URL", "submit-offer/"),
        SubmitOfferView.as_view(),
        name="submit_offer",
    ),
    path(
        pgettext_lazy("URL", "submit-offer/status/<str:token>/"),
        SubmissionStatusView.as_view(),
        name="offer_submission_status",
    ),
    path(
        pgettext_lazy("URL", "challenges/<int:challenge_id>/apply/"),
        TeamApplicationView.as_view(),
        name="team_application",
    ),
    path(
        pgettext_lazy("URL", "team-application/status/<str:token>/"),
        TeamApplicationStatusView.as_view(),
        name="team_application_status",
    ),
    path(
        pgettext_lazy("URL", "challenges/<int:challenge_id>/teammates/"),
        TeammateNoteView.as_view(),
        name="teammate_note",
    ),
    path(
        pgettext_lazy("URL", "challenges/<int:challenge_id>/teammates/<int:note_id>/"),
        TeammateMessageView.as_view(),
        name="teammate_message",
    ),
    path(
        pgettext_lazy("URL", "teammate-note/<str:token>/"),
        TeammateNoteStatusView.as_view(),
        name="teammate_note_status",
    ),
]
