"""/sitemap.xml with the live pages of every language tree, not only the default site root's;
without private, expired or out-of-date pages, like the API."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap

from cms.api.filters import visible_pages
from home.lookups import public_pages


class AllLanguagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            visible_pages(public_pages().filter(in_a_tree).live())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
