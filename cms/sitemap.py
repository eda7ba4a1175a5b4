"""/sitemap.xml with the live pages of every language tree, not only the default site root's."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap

from home.lookups import public_pages


class AllLanguagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            public_pages()
            .filter(in_a_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
