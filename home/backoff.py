"""One growing pause for everything that retries (index updates, form follow-ups, mail)."""


def doubling_delay(attempts: int, first: int, most: int) -> int:
    """Seconds before the next attempt after `attempts` failures: `first`, then doubling, at
    most `most` (the exponent is capped so a long outage never builds a huge number)."""
    return min(most, first * 2 ** min(max(attempts - 1, 0), 20))
