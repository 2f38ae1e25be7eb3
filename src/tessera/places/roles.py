"""Which place is where an event happened, where people came from, where they went.

In the event's own sentence, each place mention is read by the word that governs it
("from" → origin, "to/into" → destination, "in/at/through" → where) and ranked by its distance
in the parse tree from the event's trigger. Mentions that only say where a *source* is ("a source
in Ryanggang Province said") are not the event's place. When the sentence names no place, the
fallback order is, measured on the gold files:
1. a unit word in the sentence ("the local county MSS office") → the last place of that precision;
2. the last place the report named before the event (the report's running context);
3. the country: China when the sentence names Chinese authorities, else North Korea.
Movement events: an escape starts in North Korea unless the text says otherwise (or, for flight
onward to a third country, in China); a repatriation goes from China (or the last Chinese place
named) to North Korea.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tessera.model import Event, Place
from tessera.places.gazetteer import Gazetteer
from tessera.places.mentions import Mention
from tessera.places.resolve import country_place, to_place

_CONJ = re.compile(r"^\s*(,|and|or|,\s*and)\s*$")
FROM = frozenset({"from"})
TO = frozenset({"to", "into", "toward", "towards", "for"})
AT = frozenset(
    {"in", "at", "near", "inside", "within", "around", "outside", "across", "through", "throughout", "on", "along", "via", "of", "between"}
)  # fmt: skip
SOURCE_NOUNS = frozenset({"source", "informant", "correspondent", "contact"})
CHINESE_WORDS = ("chinese", "china's", "china’s")
UNIT_CUES = {"county": "county", "provincial": "province", "province": "province", "city": "city"}
MOVEMENT = frozenset({"escape", "repatriation"})
THIRD_COUNTRIES = frozenset({"KR", "VN", "LA", "TH", "MN", "KH", "MM", "JP", None})
MAX_TREE_DISTANCE = 6
# Where "to X" is where the event happened: sent to a camp, banished to a county, taken to a centre.
TO_IS_WHERE = frozenset({"punishment", "arrest"})
# A coarser reading yields to a finer one nearby: "transferred to North Korea's holding centres in Sinuiju".
COARSE_PENALTY = {"country": 2, "region": 1}


@dataclass
class Reading:
    mention: Mention
    place: Place
    prep: str  # "from", "to", "at" or "" (a modifier or subject)
    distance: int
    source: bool  # names where a source is, not where the event is
    agent: bool  # the subject or "by" object: "China repatriated", "repatriated by China"


def _head(doc: Doc, m: Mention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governor(tok: Token) -> Token:
    """Climb through compounds, appositions and conjunctions to the phrase's own head."""
    while (
        tok.dep_ in ("compound", "appos", "conj", "poss", "nmod", "amod", "npadvmod") and tok.head is not tok
    ):
        tok = tok.head
    return tok


def _distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return n + ids_b[t.i]
    return 99


def read(doc: Doc, m: Mention, place: Place, trigger: Token | None) -> Reading:
    head = _head(doc, m)
    if head is None:
        return Reading(m, place, "", 99, False, False)
    gov = _governor(head)
    prep, source, agent = "", False, gov.dep_ in ("nsubj", "nsubjpass") and place.precision == "country"
    # "the Sukchon MSS", "North Korea's Ministry": the place of an institution, not a goal
    attributive = head.dep_ in ("compound", "poss", "nmod", "amod") and gov.i == head.head.i
    if gov.dep_ == "pobj" and not attributive:
        word = gov.head.lower_
        prep = "from" if word in FROM else "to" if word in TO else "at" if word in AT else ""
        agent = word == "by"
        source = gov.head.head.lemma_.lower() in SOURCE_NOUNS
    distance = _distance(head, trigger) if trigger is not None else 99
    return Reading(m, place, prep, distance, source, agent)


def _trigger(doc: Doc, ev: Event) -> Token | None:
    if ev.anchor is None:
        return None
    span = doc.char_span(ev.anchor.trigger_start, ev.anchor.trigger_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _sentence(doc: Doc, ev: Event) -> tuple[int, int]:
    if ev.anchor is not None:
        return ev.anchor.sentence_start, ev.anchor.sentence_end
    start = ev.evidence[0].start if ev.evidence else 0
    end = ev.evidence[0].end if ev.evidence else 0
    for s in doc.sents:
        if s.start_char <= start < s.end_char:
            return s.start_char, max(s.end_char, end)
    return start, end


def _nearest(readings: list[Reading], preps: set[str]) -> Reading | None:
    pool = [r for r in readings if r.prep in preps and r.distance <= MAX_TREE_DISTANCE]
    return min(pool, key=lambda r: (r.distance, r.mention.start), default=None)


def _context(
    placed: list[tuple[Mention, Place]], before: int, precision: str | None = None, country: str | None = None
) -> Place | None:
    """The last place named before `before` (of that precision / country, when given)."""
    for m, p in reversed(placed):
        if m.start >= before or (m.chosen is not None and m.chosen.kind == "river"):
            continue
        if precision and p.precision != precision:
            continue
        if country and p.country != country:
            continue
        return p
    return None


def _ahead(placed: list[tuple[Mention, Place]], after: int, country: str) -> Place | None:
    """The first place of that country named after `after`: the report's place, named later."""
    for m, p in placed:
        if m.start >= after and p.country == country and p.precision not in ("country", "region"):
            return p
    return None


def _conjuncts(text: str, readings: list[Reading], best: Reading) -> list[Reading]:
    """best and the places joined to it by "and" or commas: "through Dandong and Tumen"."""
    ordered = sorted(readings, key=lambda r: r.mention.start)
    chain = [best]
    for r in ordered:
        if r.mention.start > chain[-1].mention.end and _CONJ.match(
            text[chain[-1].mention.end : r.mention.start]
        ):
            chain.append(r)
    return chain


class RoleFinder:
    def __init__(self, doc: Doc, text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
        self.doc, self.text, self.gaz = doc, text, gaz
        self.placed = [(m, p) for m in mentions if not m.absorbed and (p := to_place(m)) is not None]

    @staticmethod
    def _expected_country(sentence: str) -> str:
        low = sentence.lower()
        return "CN" if any(w in low for w in CHINESE_WORDS) else "KP"

    def _fallback_where(self, start: int, end: int, sentence: str) -> Place | None:
        # unit words outside place names: "the local county office", not "Ryanggang Province"
        low = sentence
        for m, _ in self.placed:
            if start <= m.start < end:
                low = low.replace(m.text, " ")
        low = low.lower()
        for cue, precision in UNIT_CUES.items():
            if cue in low:
                p = _context(self.placed, start, precision)
                if p is not None:
                    return p
        country = self._expected_country(sentence)
        return (
            _context(self.placed, start, country=country)
            or _ahead(self.placed, end, country)
            or country_place(self.gaz, country)
        )

    def _evidence_sentences(self, ev: Event, s_start: int, s_end: int) -> list[tuple[int, int, Token | None]]:
        """The anchor's sentence with its trigger, then each other evidence span with its own root:
        the events stage may gather one event's evidence from several sentences."""
        out = [(s_start, s_end, _trigger(self.doc, ev))]
        for span in ev.evidence:
            if s_start <= span.start < s_end:
                continue
            cs = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if cs is not None and len(cs):
                out.append((span.start, span.end, cs.root))
        return out

    def assign(self, ev: Event, nth: int = 0) -> Event:
        s_start, s_end = _sentence(self.doc, ev)
        sentence = self.text[s_start:s_end]
        readings = []
        for start, end, trigger in self._evidence_sentences(ev, s_start, s_end):
            readings += [read(self.doc, m, p, trigger) for m, p in self.placed if start <= m.start < end]
        own = [
            r
            for r in readings
            if not r.source and not (r.mention.chosen and r.mention.chosen.kind == "river")
        ]
        if ev.type in MOVEMENT:
            return self._movement(ev, own, s_start, sentence)
        usable = [
            r for r in own if r.distance <= MAX_TREE_DISTANCE and (r.prep != "to" or ev.type in TO_IS_WHERE)
        ]
        best = min(
            usable,
            key=lambda r: (
                r.distance + (1 if r.prep == "from" else 0) + COARSE_PENALTY.get(r.place.precision, 0),
                r.mention.start,
            ),
            default=None,
        )
        if best is None:
            return ev.with_(where=self._fallback_where(s_start, s_end, sentence))
        chain = _conjuncts(self.text, usable, best)
        return ev.with_(where=chain[nth % len(chain)].place)

    def _movement(self, ev: Event, own: list[Reading], s_start: int, sentence: str) -> Event:
        trigger_at = ev.anchor.trigger_start if ev.anchor is not None else s_start
        origin_r = _nearest(own, {"from"})
        dest_r = _nearest(own, {"to"})
        at_r = _nearest(own, {"at"})
        destination = dest_r.place if dest_r else None
        if ev.type == "escape":
            origin = origin_r.place if origin_r else None
            if origin is None:
                kp_here = [
                    r for r in own if r.place.country == "KP" and r.prep in ("at", "") and r is not dest_r
                ]
                if kp_here:
                    origin = min(kp_here, key=lambda r: r.distance).place
            if origin is None and destination is not None and destination.country in THIRD_COUNTRIES:
                origin = _context(self.placed, s_start, country="CN") or country_place(self.gaz, "CN")
            if origin is None:
                origin = _context(self.placed, s_start, country="KP") or country_place(self.gaz, "KP")
            where = at_r.place if at_r else origin
            return ev.with_(origin=origin, destination=destination, where=where)
        # repatriation: from China (or wherever the people were held) to North Korea
        abroad = [r for r in own if r.place.country != "KP" and r.distance <= MAX_TREE_DISTANCE]
        finest = min(
            abroad, key=lambda r: (COARSE_PENALTY.get(r.place.precision, 0), r.distance), default=None
        )
        origin = origin_r or finest
        origin_place = origin.place if origin else None
        if origin_place is None:
            origin_place = _context(self.placed, trigger_at, country="CN") or country_place(self.gaz, "CN")
        if destination is None or destination.country == origin_place.country:
            destination = country_place(self.gaz, "KP")
        where = at_r.place if at_r else origin_place
        return ev.with_(origin=origin_place, destination=destination, where=where)
