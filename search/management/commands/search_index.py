"""search_index --rebuild | --check [--fix] | --retry: maintain the per-language indexes."""

import sys

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.adapters import searchable_ids
from search.documents import LANGUAGES
from search.elastic import UNAVAILABLE, get_client
from search.tasks import retry_failures

BULK_TIMEOUT = 60.0


class Command(BaseCommand):
    help = "Rebuild the search indexes, or check them against the live pages (and fix them)."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="fresh indexes, alias swap")
        parser.add_argument("--check", action="store_true", help="report missing/extra pages")
        parser.add_argument("--fix", action="store_true", help="with --check: repair them")
        parser.add_argument("--retry", action="store_true", help="retry recorded failures")
        parser.add_argument("--language", choices=LANGUAGES, action="append")

    def handle(self, *args, **options):
        if not (options["rebuild"] or options["check"] or options["retry"]):
            raise CommandError("Choose --rebuild, --check [--fix] or --retry.")
        if options["fix"] and not options["check"]:
            raise CommandError("--fix goes with --check.")
        client = get_client(BULK_TIMEOUT)
        if client is None:
            raise CommandError("ELASTICSEARCH_URL is not set: search runs on the database.")
        languages = options["language"] or LANGUAGES
        try:
            if options["retry"]:
                self.stdout.write(f"Retried {retry_failures(limit=10_000)} failed update(s).")
            for language in languages:
                if options["rebuild"]:
                    self._rebuild(client, language)
                if options["check"]:
                    self._check(client, language, options["fix"])
        except UNAVAILABLE as error:
            raise CommandError(f"Elasticsearch did not answer: {error}") from error

    def _rebuild(self, client, language: str) -> None:
        total = len(searchable_ids(language))
        interactive = sys.stdout.isatty() and self.stdout._out is sys.stdout

        def progress(done: int) -> None:
            if interactive or done == total:
                width = 30
                filled = width * done // max(total, 1)
                self.stdout.write(
                    f"\r{language}: [{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
                    ending="",
                )
                self.stdout.flush()

        count = indexing.rebuild(client, language, progress)
        if count == 0:
            progress(0)
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"{language}: {count} documents in {indexing.concrete_indexes(client, language)[0]}"
                f" (alias {indexing.index_name(language)})"
            )
        )

    def _check(self, client, language: str, fix: bool) -> None:
        missing, extra = indexing.check(client, language)
        if not missing and not extra:
            self.stdout.write(self.style.SUCCESS(f"{language}: index complete."))
            return
        self.stdout.write(
            f"{language}: {len(missing)} missing ({', '.join(sorted(missing)) or '-'}), "
            f"{len(extra)} extra ({', '.join(sorted(extra)) or '-'})."
        )
        if fix:
            indexing.fix(client, language, missing, extra)
            self.stdout.write(self.style.SUCCESS(f"{language}: fixed."))
