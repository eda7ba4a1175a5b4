"""Public forms of the exchange, below the language prefix (/de/angebot-einreichen/ …)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from offers.views.submission import SubmissionStatusView, SubmitOfferView

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
]
