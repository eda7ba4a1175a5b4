from .challenge import (
    ApplicationState,
    ChallengeIndexPage,
    ChallengePage,
    ChallengePageTag,
    ChallengePhase,
    ChallengeQuerySet,
)
from .offer import OfferIndexPage, OfferPage, OfferPageTag, OfferQuerySet, OfferSession
from .outgoing_mail import OutgoingMail
from .partner import PartnerIndexPage, PartnerPage
from .public_record import FollowUp
from .results import ChallengeResult
from .submission import OPEN_STATUSES, OfferSubmission, SubmissionStatus
from .team import (
    EarlyClosure,
    TeamApplication,
    TeammateMessage,
    TeammateNote,
    TeamStatus,
)

__all__ = [
    "OPEN_STATUSES",
    "ApplicationState",
    "ChallengeIndexPage",
    "ChallengePage",
    "ChallengePageTag",
    "ChallengePhase",
    "ChallengeQuerySet",
    "ChallengeResult",
    "EarlyClosure",
    "FollowUp",
    "OfferIndexPage",
    "OfferPage",
    "OfferPageTag",
    "OfferQuerySet",
    "OfferSession",
    "OfferSubmission",
    "OutgoingMail",
    "PartnerIndexPage",
    "PartnerPage",
    "SubmissionStatus",
    "TeamApplication",
    "TeamStatus",
    "TeammateMessage",
    "TeammateNote",
]
