from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest

PAGE_SIZE = 12
# No listing or search goes this deep; a larger number shows the last page, like any past the end.
MAX_PAGE = 1000


def parse_page(value: str | None) -> int:
    """A page number from a URL: 1 for anything but a positive whole number in ASCII digits,
    at most MAX_PAGE. Every listing reads ``?page=`` through here (the search form's
    IntegerField shares MAX_PAGE and reports a bad value instead)."""
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit()):  # "²" and "٣" are digits to str.isdigit
        return 1
    digits = value.lstrip("0")
    number = int(digits or "0") if len(digits) <= 4 else MAX_PAGE  # no 5000-digit int()
    return min(max(number, 1), MAX_PAGE)


def page_number(request: HttpRequest) -> int:
    """The requested page number of a listing (see parse_page)."""
    return parse_page(request.GET.get("page"))


def paginate(request: HttpRequest, items, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """The requested page of a listing; page 0, a negative or malformed number shows the first
    page, a too large one the last."""
    return Paginator(items, per_page).get_page(page_number(request))
