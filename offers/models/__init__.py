from .challenge import (
    ChallengeIndexPage,
    ChallengePage,
    ChallengePageTag,
    ChallengePhase,
    ChallengeQuerySet,
)
from .offer import OfferIndexPage, OfferPage, OfferPageTag, OfferQuerySet, OfferSession
from .partner import PartnerIndexPage, PartnerPage
from .submission import OPEN_STATUSES, OfferSubmission, SubmissionStatus

__all__ = [
    "OPEN_STATUSES",
    "ChallengeIndexPage",
    "ChallengePage",
    "ChallengePageTag",
    "ChallengePhase",
    "ChallengeQuerySet",
    "OfferIndexPage",
    "OfferPage",
    "OfferPageTag",
    "OfferQuerySet",
    "OfferSession",
    "OfferSubmission",
    "PartnerIndexPage",
    "PartnerPage",
    "SubmissionStatus",
]
