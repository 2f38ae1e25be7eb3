"""Cells that spreadsheets show as written: no formula runs from an exported report's words.

A CSV cell that begins with `=`, `+`, `-` or `@` (or a tab, carriage return or line feed before
one) is read by Excel, LibreOffice and Google Sheets as a formula, and a formula can fetch URLs or
run commands (OWASP, "CSV Injection"). Outlets, ids, titles and summaries come from reports
anyone can write, so every text cell that could start a formula gets OWASP's remedy: a leading
single quote, which spreadsheets show as text and do not evaluate. Spreadsheets skip leading
spaces before a formula, so the check looks past them; the full-width forms of the four signs are
read as formulas by East Asian spreadsheet settings, so they count too. Numeric columns keep their
numbers (a negative longitude stays a number), and anything else in them is treated as text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

# OWASP's list, the line feed that some spreadsheets also accept, and the full-width signs.
FORMULA_STARTS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z")


def text_cell(value: Any) -> str:
    """A text cell no spreadsheet evaluates: a single quote before anything formula-like."""
    text = "" if value is None else str(value)
    if text and (text[0] in FORMULA_STARTS or text.lstrip()[:1] in FORMULA_STARTS):
        return "'" + text
    return text


def number_cell(value: Any) -> Any:
    """A numeric column's cell: a number stays a number (written unquoted, as written);
    empty stays empty; anything else is text, made safe."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    if _NUMBER.match(text):
        # Decimal keeps the text as formatted ("41.4000") and counts as a number for csv.
        return Decimal(text)
    return text_cell(text)
