from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Offers and partners")

    def ready(self):
        # Tell the foundation what the exchange adds to it: home names no offers model.
        from home.registry import (
            register_header_links,
            register_home_section,
            register_page_types,
        )

        from .home_sections import SECTIONS, header_links

        register_page_types(
            "section",
            "offers.OfferIndexPage",
            "offers.ChallengeIndexPage",
            "offers.PartnerIndexPage",
        )
        register_page_types("featured", "offers.OfferPage", "offers.ChallengePage")
        for section in SECTIONS:
            register_home_section(section)
        register_header_links(header_links)

        from offers import signals

        signals.connect()
        register_search()


def register_search() -> None:
    """Make offers, challenges and partners searchable, with their facets."""
    from search import adapters, facets

    from .search_adapters import ADAPTERS
    from .search_facets import FACETS

    for adapter in ADAPTERS:
        adapters.register(adapter)
    for facet in FACETS:
        facets.register(facet)
