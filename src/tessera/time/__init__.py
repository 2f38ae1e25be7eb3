"""Time stage: gives each event the date range the report supports, with its precision.

`date_events(events, analysis)` is what the pipeline calls. The parts are reusable on their own:
- `report_date(document)` → ReportDate: the report's own date, stated or inferred;
- `resolve_expression(phrase, report)` → TimeSpan | None: one phrase against a report date;
- `find_mentions(text)` → the time expressions of a text.
"""

from __future__ import annotations

from tessera.lazy import lazy_attributes

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

# Loaded on first use: dating needs the language model, while the store, the merge and the
# exports only read a `published` field (`from_published`) and must not pay for spaCy.
_LAZY = {
    "Mention": "tessera.time.mentions",
    "ReportDate": "tessera.time.report",
    "date_events": "tessera.time.dating",
    "find_mentions": "tessera.time.mentions",
    "from_published": "tessera.time.report",
    "infer_report_date": "tessera.time.infer",
    "occasion_date": "tessera.time.resolve",
    "report_date": "tessera.time.infer",
    "resolve_expression": "tessera.time.resolve",
    "resolve_mention": "tessera.time.resolve",
}


__getattr__ = lazy_attributes(__name__, _LAZY)
