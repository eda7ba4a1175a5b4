"""Atom feeds of the offer and challenge listings, narrowed by the listing's filters."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from home.feeds import xml_text


class ListingFeed(Feed):
    feed_type = Atom1Feed
    limit = 50

    def __init__(self, index_page, items, query: str):
        super().__init__()
        self.index_page = index_page
        self.listing_items = items
        self.query = query

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return xml_text(f"{self.index_page.title} · ProXLab")

    def link(self) -> str:
        url = self.index_page.get_full_url(self.request)
        return f"{url}?{self.query}" if self.query else url

    def feed_url(self) -> str:
        return self.request.build_absolute_uri()

    def subtitle(self) -> str:
        return xml_text(self.index_page.intro or self.index_page.summary)

    def items(self):
        return self.listing_items[: self.limit]

    def item_title(self, item) -> str:
        return xml_text(item.title)

    def item_description(self, item) -> str:
        return xml_text(item.summary)

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_pubdate(self, item) -> datetime.datetime:
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item) -> datetime.datetime:
        return item.last_published_at or self.item_pubdate(item)
