"""An event as read from one trigger, before the mentions of one event in a report are joined."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tessera.model import Event


@dataclass
class Found:
    """An event as read from one trigger, before mentions of the same event are joined."""

    event: Event
    entity: int | None
    trigger: Token
    dates: set[str] = field(default_factory=set)
    anaphoric: bool = False  # "the execution", "their defection": points back to an event
    own_people: bool = True  # its people were read from its own words, not carried from earlier
    # A decision told as taken ("its decision to turn over nine defectors"): it joins the report's
    # telling of the act done and is never an event alone.
    decided: bool = False
    listed: bool = False  # a group the sentence sets apart with its own count ("…, 40 others in July")
    # The content words of its trigger phrases ("raid", "buffer", "zone"), gathered as mentions join.
    keys: set[str] = field(default_factory=set)
    # The sexes ("f", "m") of the one person the mentions joined to it told ("who was detained
    # … He was held for ten days"): an event whose first telling gave none has them from these.
    sexes: set[str] = field(default_factory=set)
