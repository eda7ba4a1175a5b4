"""The magazine's Atom feed."""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

# Control characters (but tab and line breaks) and the non-characters U+FFFE/U+FFFF: no one
# types them on purpose, XML 1.0 refuses them (Django's feed writer raises, a 500 for every
# reader) and so do Excel files; text pasted from word processors carries them (a vertical tab
# for a line break). The public forms drop them too.
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def xml_text(value: str) -> str:
    return NOT_IN_XML.sub("", value or "")


class ArticleFeed(Feed):
    feed_type = Atom1Feed
    limit = 20

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return xml_text(f"{self.index_page.title} · ProXLab")

    def link(self) -> str:
        return self.index_page.get_full_url(self.request)

    def subtitle(self) -> str:
        return xml_text(self.index_page.intro or self.index_page.summary)

    def items(self):
        return self.index_page.articles().defer_streamfields()[: self.limit]

    def item_title(self, item) -> str:
        return xml_text(item.title)

    def item_description(self, item) -> str:
        return xml_text(item.summary)

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_pubdate(self, item) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8)))

    def item_updateddate(self, item) -> datetime.datetime:
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item) -> str:
        return ", ".join(author.name for author in item.authors.all())
