"""Exports (CSV and Excel) as staff read them, for every admin list that offers them: times in
the staff member's time zone, where Wagtail writes UTC (spreadsheets know no time zones), and
CSV cells that never start a formula.

What employers and teams typed reaches the CSV export as it was written; a cell starting with
= + - @ would run in a spreadsheet (OWASP "CSV injection"). Wagtail guards its Excel export
only; an apostrophe keeps such a CSV cell text."""

import datetime

from django.utils import timezone

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.feeds import xml_text

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _local(value: datetime.datetime) -> datetime.datetime:
    return timezone.make_naive(timezone.localtime(value))


def _as_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return f"'{value}"
    return value


class StaffExport:
    """Put before Wagtail's index view: `class View(StaffExport, IndexView)`."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_XLSX: _local,
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: f"{_local(value):%Y-%m-%d %H:%M}",
        },
    }

    def preprocess_field_value(self, field, value, export_format):
        # Control characters (stored before the public forms refused them) break Excel files.
        value = super().preprocess_field_value(field, value, export_format)
        return xml_text(value) if isinstance(value, str) else value

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: _as_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
