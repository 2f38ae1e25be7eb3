"""The store's one error type, in a module of its own: the command line catches it in every
command, and importing it must not load the database libraries `tessera extract` never uses."""

from __future__ import annotations


class StoreError(Exception):
    """A problem the user can fix (a bad URL, an unreachable server): one line, no traceback."""
