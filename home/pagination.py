from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest

PAGE_SIZE = 12


def page_number(request: HttpRequest) -> int:
    """The requested page number: 1 for anything but a positive whole number."""
    value = request.GET.get("page", "")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def paginate(request: HttpRequest, items, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """The requested page of a listing; page 0, a negative or malformed number shows the first
    page, a too large one the last."""
    return Paginator(items, per_page).get_page(page_number(request))
