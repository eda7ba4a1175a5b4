"""How an offer or challenge listing finds its items: from the ORM here, or from a faster
service with counts that another app registers upwards (offers knows nothing of search).

An app answers listings by registering a function under the Wagtail hook
``exchange_listing``: it gets a ``ListingRequest`` and returns a ``ListingAnswer``, or None
when it cannot answer that listing (the ORM then does).
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK = "exchange_listing"


@dataclass(frozen=True)
class ListingRequest:
    index: object  # the ExchangeIndexPage
    form: object  # its validated filter form (offers.filters)
    page: int
    per_page: int


@dataclass
class ListingAnswer:
    ids: list[int]  # the requested page's items, in listing order
    count: int  # every item the filters let through
    page: int  # the page answered: a number past the end answers the last page
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # field -> value -> count
    reduced: bool = False  # a fallback answered while Elasticsearch is down: exact words only
    cacheable: bool = True  # False during an outage: keep no copy of this answer


def answer(request: ListingRequest) -> ListingAnswer | None:
    """The first registered service's answer, or None: the listing then uses the ORM."""
    for answer_listing in hooks.get_hooks(HOOK):
        found = answer_listing(request)
        if found is not None:
            return found
    return None
