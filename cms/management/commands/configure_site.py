"""Point the default Wagtail site at the public address, so canonical links, hreflang,
sitemaps, feeds and calendar files name it (instead of the development 'localhost')."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default site's host name and port from SITE_URL (e.g. https://proxlab.example.org)."

    def handle(self, *args, **options):
        if not settings.SITE_URL:
            self.stdout.write("SITE_URL is not set; the site keeps its host name.")
            return
        address = urlsplit(settings.SITE_URL)
        if address.scheme not in {"http", "https"} or not address.hostname:
            raise CommandError(
                f"SITE_URL must look like https://proxlab.example.org, not {settings.SITE_URL!r}."
            )
        port = address.port or (443 if address.scheme == "https" else 80)
        updated = Site.objects.filter(is_default_site=True).update(
            hostname=address.hostname, port=port
        )
        if not updated:
            raise CommandError("There is no default site; run the migrations first.")
        self.stdout.write(f"Default site: {address.hostname}:{port}")
