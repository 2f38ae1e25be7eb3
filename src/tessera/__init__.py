"""Tessera: news reports about human-rights events, turned into a verified, mapped record."""

__version__ = "0.1.0"
