"""A challenge's status from its stored phase dates, written once for SQL and for Python."""

import datetime
import operator

from django.db import models

from offers.choices import ChallengeStatus


def status_rules(today: datetime.date) -> list[tuple[ChallengeStatus, models.Q]]:
    """The one definition of a challenge's status from its stored phase dates: the first rule
    that matches wins, and a challenge no rule matches is running. Listings evaluate it in SQL
    (``with_status``), the page in Python (``status``)."""
    Q = models.Q
    return [
        (ChallengeStatus.FINISHED, Q(ends_on__lt=today)),
        (
            ChallengeStatus.APPLICATION_OPEN,
            Q(application_opens__lte=today, application_closes__gte=today),
        ),
        (
            ChallengeStatus.ANNOUNCED,
            Q(application_opens__gt=today)
            | Q(application_opens__isnull=True, starts_on__gt=today)
            | Q(starts_on__isnull=True),
        ),
    ]


def matches(instance, condition: models.Q) -> bool:
    """Evaluate a Q of plain comparisons on an instance, with SQL's rule that NULL matches none."""
    results = []
    for child in condition.children:
        if isinstance(child, models.Q):
            results.append(matches(instance, child))
            continue
        lookup, expected = child
        name, _sep, operator = lookup.partition("__")
        actual = getattr(instance, name)
        if operator == "isnull":
            results.append((actual is None) == expected)
        elif actual is None:
            results.append(False)
        else:
            results.append(COMPARISONS[operator or "exact"](actual, expected))
    matched = all(results) if condition.connector == models.Q.AND else any(results)
    return not matched if condition.negated else matched


COMPARISONS = {
    "exact": operator.eq,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}
