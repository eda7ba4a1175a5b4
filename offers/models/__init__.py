from .challenge import (
    ChallengeIndexPage,
    ChallengePage,
    ChallengePageTag,
    ChallengePhase,
    ChallengeQuerySet,
)
from .offer import OfferIndexPage, OfferPage, OfferPageTag, OfferQuerySet
from .partner import PartnerIndexPage, PartnerPage

__all__ = [
    "ChallengeIndexPage",
    "ChallengePage",
    "ChallengePageTag",
    "ChallengePhase",
    "ChallengeQuerySet",
    "OfferIndexPage",
    "OfferPage",
    "OfferPageTag",
    "OfferQuerySet",
    "PartnerIndexPage",
    "PartnerPage",
]
