from .challenge import (
    ApplicationState,
    ChallengeIndexPage,
    ChallengePage,
    ChallengePageTag,
    ChallengePhase,
    ChallengeQuerySet,
)
from .offer import OfferIndexPage, OfferPage, OfferPageTag, OfferQuerySet, OfferSession
from .partner import PartnerIndexPage, PartnerPage
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
    "OfferIndexPage",
    "OfferPage",
    "OfferPageTag",
    "OfferQuerySet",
    "OfferSession",
    "OfferSubmission",
    "PartnerIndexPage",
    "PartnerPage",
    "SubmissionStatus",
    "TeamApplication",
    "TeamStatus",
    "TeammateMessage",
    "TeammateNote",
]
