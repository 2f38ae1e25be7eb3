"""A problem with one input, stated in one line that names the file (and line)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True)
class InputError:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class DescribedFailure(RuntimeError):
    """A failure already told as `failure_note` tells it (in a worker process, say): its message
    holds no report text and is shown as it is."""


def failure_note(exc: BaseException) -> str:
    """What failed and where, never what the exception says: a message may quote the report it
    choked on (hostile text, or a person's name), and a failure line goes to terminals and logs.

    A KeyError raised at line 88 of tessera/events/clauses.py, in `_objects`, is told as
    "KeyError at tessera/events/clauses.py:88 in _objects".
    """
    if isinstance(exc, DescribedFailure):
        return str(exc)
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    # The deepest frame of Tessera's own code says most; else the deepest of any library's.
    ours = [f for f in frames if "tessera" in PurePath(f.filename).parts]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return type(exc).__name__
    parts = PurePath(frame.filename).parts
    start = len(parts) - 1 - parts[::-1].index("tessera") if "tessera" in parts else len(parts) - 1
    return f"{type(exc).__name__} at {'/'.join(parts[start:])}:{frame.lineno} in {frame.name}"
