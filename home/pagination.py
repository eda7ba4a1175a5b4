from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest

PAGE_SIZE = 12


def paginate(request: HttpRequest, items, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """The requested page of a listing; a bad or too large page number shows the nearest page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
