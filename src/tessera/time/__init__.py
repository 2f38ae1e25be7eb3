"""Time stage: gives each event the date range the report supports, with its precision.

`date_events(events, analysis)` is what the pipeline calls. The parts are reusable on their own:
- `report_date(document)` → ReportDate: the report's own date, stated or inferred;
- `resolve_expression(phrase, report)` → TimeSpan | None: one phrase against a report date;
- `find_mentions(text)` → the time expressions of a text.
"""

from __future__ import annotations

from tessera.time.dating import date_events
from tessera.time.infer import infer_report_date, report_date
from tessera.time.mentions import Mention, find_mentions
from tessera.time.report import ReportDate, from_published
from tessera.time.resolve import occasion_date, resolve_expression, resolve_mention

__all__ = [
    "Mention",
    "ReportDate",
    "date_events",
    "find_mentions",
    "from_published",
    "infer_report_date",
    "occasion_date",
    "report_date",
    "resolve_expression",
    "resolve_mention",
]
