"""Ingest stage: reads reports (text, HTML, JSON lines, directories, standard input) as Documents.

`read_inputs(paths)` yields a Document for each report read and an InputError for each input
that could not be read, so that one bad file never stops a run.
"""

from tessera.ingest.errors import DescribedFailure, InputError, failure_note
from tessera.ingest.readers import DEFAULT_MAX_BYTES, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "DescribedFailure", "InputError", "failure_note", "read_inputs"]
