"""Compile locale/*.po to .mo with polib, so no GNU gettext install is needed."""

from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's gettext catalogues (locale/<lang>/LC_MESSAGES/*.po)."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_file in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_file = po_file.with_suffix(".mo")
                if mo_file.exists() and mo_file.stat().st_mtime >= po_file.stat().st_mtime:
                    continue
                polib.pofile(str(po_file)).save_as_mofile(str(mo_file))
                if options["verbosity"]:
                    self.stdout.write(f"compiled {po_file.relative_to(settings.BASE_DIR)}")
