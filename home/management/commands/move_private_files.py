"""Move files uploaded before private storage existed out of the public media folder."""

import shutil
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from home.storage import private_folders


class Command(BaseCommand):
    help = (
        "Move documents, team applications' PDFs and employer uploads from MEDIA_ROOT to "
        "PRIVATE_MEDIA_ROOT, where only permission-checked views serve them. Their stored "
        "names stay the same; run it once after upgrading, safe to run again."
    )

    def handle(self, *args, verbosity: int = 1, **options):
        public, private = Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)
        moved = 0
        for folder in private_folders():
            source = public / folder
            if not source.is_dir():
                continue
            for path in sorted(p for p in source.rglob("*") if p.is_file()):
                target = private / path.relative_to(public)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(path, target)
                moved += 1
            shutil.rmtree(source, ignore_errors=True)
        if verbosity:
            self.stdout.write(f"Moved {moved} files to {private}.")
