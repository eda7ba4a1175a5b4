"""Demo dates that match real life: on working days only, never on a weekend, a public holiday
of Lower Saxony or between 24 December and 2 January."""

import datetime

DAY = datetime.timedelta(days=1)
EVENING = datetime.time(17, 0)


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lunar = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lunar) // 451
    month, day = divmod(h + lunar - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def public_holidays(year: int) -> set[datetime.date]:
    """The public holidays of Lower Saxony (Niedersachsen)."""
    easter = easter_sunday(year)
    fixed = [(1, 1), (5, 1), (10, 3), (10, 31), (12, 25), (12, 26)]
    moving = [-2, 1, 39, 50]  # Good Friday, Easter Monday, Ascension Day, Whit Monday
    return {datetime.date(year, m, d) for m, d in fixed} | {
        easter + datetime.timedelta(days=offset) for offset in moving
    }


def is_open_day(day: datetime.date, weekday_only: bool = False) -> bool:
    """Whether the demo may hold a date on this day: a working day (Monday to Friday) outside
    the break from 24 December to 2 January. ``weekday_only`` is kept for the callers that
    ask for evenings; every open day is a weekday."""
    if day.weekday() >= 5:
        return False
    if (day.month, day.day) >= (12, 24) or (day.month, day.day) <= (1, 2):
        return False
    return day not in public_holidays(day.year)


def next_open_day(day: datetime.date, weekday_only: bool = False) -> datetime.date:
    """This day, or the first day after it the demo may hold a date on."""
    while not is_open_day(day, weekday_only):
        day += DAY
    return day


def open_span(start: datetime.date, days: int, weekday_only: bool = False) -> datetime.date:
    """The first start on or after ``start`` from which ``days`` days in a row are all open."""
    start = next_open_day(start, weekday_only)
    # A working week holds at most five days in a row; longer spans need open ends only.
    inner = range(days) if days <= 5 else (0, days - 1)
    while not all(is_open_day(start + n * DAY, weekday_only) for n in inner):
        start = next_open_day(start + DAY, weekday_only)
    return start
