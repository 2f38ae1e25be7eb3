"""Which time expression governs an event, read from the dependency parse.

A careful coder does not take the nearest date: "arrested last month and repatriated at the
beginning of August" gives each event its own. For each event the mentions of its sentence are
ranked by how they hang on the trigger in the parse:
  0  the mention modifies the trigger itself ("the December 19 execution", "arrested last month")
  1  the mention and the trigger share their verb ("the execution was held on December 19")
  2  the mention's verb governs the trigger, other than through a coordination, a relative
     clause in the present or with a modal, or a clause in the past perfect ("dismissed on
     Tuesday reports that students had been detained": the detention came before)
  3  anything else in the sentence: another clause's date, which does not govern the event
  4  the mention dates a noun with a date of its own ("the SPA elections on March 10")
Ranks 0-2 govern. A mention that hangs on a reporting verb ("a source told Daily NK on Monday")
or opens a wire dateline ("SEOUL, Nov. 18 (Yonhap) --") dates the report, never the event; a
duration ("for more than 10 days") dates nothing. Two links do not break rank 2: a clause of the
same time under the trigger ("caught while trying to cross in early January", "arrested since
the campaign began in late October"), and a verb coordinated by "and" with the dated one that
shares its subject ("raided the flat on April 3 and arrested three women").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tessera.language.table import expanded_span, token_table
from tessera.model import TimeSpan
from tessera.time.lexicon import lexicon
from tessera.time.mentions import Mention, is_dateline

GOVERNING_RANK = 2
OTHER_CLAUSE_RANK = 3
OCCASION_RANK = 4  # the date of a noun with its own date ("the elections on March 10")
_VERBAL = ("VERB", "AUX")
_ARGUMENTS = ("dobj", "nsubj", "nsubjpass")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|(?<=[.!?\"”’)])[ \t]*\n")


@dataclass(frozen=True)
class PlacedMention:
    """A mention with where it sits in the parse and what it resolved to."""

    mention: Mention
    span: TimeSpan | None
    sentence: int  # index of its sentence in the Doc
    paragraph: int
    chain: tuple[int, ...]  # token indices from the mention's root up to its first verb
    governor: int | None  # token index of the verb it hangs on
    attribution: bool  # hangs on a reporting verb: it dates the report, not an event
    future: bool  # looked ahead to ("the upcoming elections"): when the report was, not the event
    # Where in `chain` a "since" opens the phrase or clause holding the mention ("since the
    # campaign began in late October"): what lies above it spans from the date to the report.
    since_at: int | None = None
    # "since" names when a lasting state began ("not seen since mid-May", "held since March"):
    # the date is the event's start, not a span to the report.
    onset: bool = False


def paragraph_of(text: str, offset: int) -> int:
    """Paragraph number of a character offset: blank lines and line ends after a full stop break.

    The breaks counted are those `_PARAGRAPH_BREAK.finditer(text, 0, offset)` finds. The rules
    ask this of the same report hundreds of times, so the breaks of the whole text are found once
    (`_break_ends`): those ending by `offset` are the same in both scans, and only the stretch
    after the last of them is scanned again (a break running past `offset` may still match,
    shorter, in the text cut there)."""
    ends = _break_ends(text)
    whole = bisect_right(ends, offset)
    resume = ends[whole - 1] if whole else 0
    return whole + sum(1 for _ in _PARAGRAPH_BREAK.finditer(text, resume, offset))


@lru_cache(maxsize=4)
def _break_ends(text: str) -> tuple[int, ...]:
    """Where each paragraph break of the whole text ends, in order (kept for the few texts read
    at a time: a report and its sections)."""
    return tuple(m.end() for m in _PARAGRAPH_BREAK.finditer(text))


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Where the paragraph holding a character offset starts and ends."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text, 0, offset):
        start = m.end()
    after = _PARAGRAPH_BREAK.search(text, offset)
    return start, after.start() if after else len(text)


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    return expanded_span(doc, start, end)


def head_chain(token: Token, stop: set[int] | None = None) -> list[Token]:
    """Tokens above `token` up to and including its first verb (or the sentence root)."""
    chain: list[Token] = []
    current = token
    while current.head.i != current.i:
        current = current.head
        if stop and current.i in stop:
            continue
        chain.append(current)
        if current.pos_ in _VERBAL and not _named_by_gerund(current):
            break
    return chain


def _named_by_gerund(token: Token) -> bool:
    """Whether an "-ing" word the parser took for a verb is a noun: it has a determiner, a
    possessive or a noun before it ("the crossing", "the Tumen-Namyang crossing").

    "handed over at the Tumen-Namyang crossing on June 5": "the crossing" is a place, so the
    date above it is the handing over's, not a crossing's.
    """
    return token.tag_ == "VBG" and any(c.dep_ in _NOUN_MARKS and c.i < token.i for c in token.children)


_NOUN_MARKS = frozenset({"det", "poss", "compound"})


def governing_verb(token: Token) -> Token:
    """The token itself if a verb, else the first verb above it."""
    if token.pos_ in _VERBAL:
        return token
    chain = head_chain(token)
    return chain[-1] if chain else token


def place_mention(
    doc: Doc,
    text: str,
    mention: Mention,
    span: TimeSpan | None,
    found: Sequence[Mention],
    future: bool = False,
) -> PlacedMention | None:
    """Where `mention` sits in the parse: the verb it dates and how (a source's telling, an
    onset, ...). `found` is every mention of the report's text, as the dating stage read them,
    so that the phrases near this one are judged by the same reading, not a second one."""
    tokens = token_span(doc, mention.start, mention.end)
    if tokens is None or len(tokens) == 0:
        return None
    inside = {t.i for t in tokens}
    root = tokens.root
    if mention.kind == "year" and root.dep_ in ("nummod", "quantmod"):
        return None  # "2000 people": a count, not a year
    if mention.kind == "month" and mention.year is None and all(t.ent_type_ == "PERSON" for t in tokens):
        return None  # "the activist June Lee": a name the parser tells apart from a month
    chain = head_chain(root, stop=inside)
    governor = chain[-1] if chain and chain[-1].pos_ in _VERBAL else None
    if governor is not None and _noun_to_noun(governor):
        # "went door to door through the district on the night of March 5": the parser may
        # read the idiom's second noun as an infinitive ("to door") and hang the date on it;
        # the idiom is a phrase of the going, which the date dates.
        governor = governor.head
        chain = [*chain, governor]
    if governor is not None and (
        _before_coordinator(doc, tokens[0].i, tokens[-1].i, governor)
        or _before_subordinator(tokens[-1].i, governor)
    ):
        # "disappeared ... on February 19 and police are viewing ...": a date before "and"
        # belongs to the first clause, whatever the parser hung it on; likewise "arrested last
        # month after a Bible was found": a date before "after" dates the main clause.
        governor = governor.head
        chain = [*chain, governor]
    outer_act = _second_time_of_participle(tokens[0].i, chain, governor, found)
    if outer_act is not None:
        governor = outer_act
        chain = [*chain, outer_act]
    relative = _relative_before_verb(doc, tokens[0].i, tokens[-1].i, governor)
    if relative is not None:
        governor = relative
        chain = [relative]
    reported = _reported_clause(doc, tokens[0].i, governor, tokens[-1].i)
    if reported is not None:
        # "crossed the border yesterday, the military said": a date before a trailing
        # reporting clause belongs to what is reported, whatever the parser hung it on.
        governor = reported
        chain = [*chain, reported]
    # "a source told Daily NK on Monday", "reported this week": the day the source spoke. A date
    # of a noun under the reporting verb ("to inform them of her deportation on October 9")
    # is that noun's, not the telling's.
    attribution = (
        is_dateline(text, mention)
        or (
            governor is not None
            and governor.lemma_.lower() in lexicon().reporting_verbs
            and not _going_to_report(governor)
            and mention.kind in ("date", "weekday", "rel_day", "days", "week", "rel_month_day")
            and not any(_dated_noun(t) for t in chain[:-1])
        )
        or _reacted_on(mention, governor, chain)
        or _at_telling(text, mention, governor)
        or _month_of_telling(mention, governor, chain)
        or _telling_put_out(governor)
    )
    since_at = _since_position(chain, governor)
    outer = _outer_verb(chain, since_at, governor, mention.since)
    sentence = sentence_index(doc, root)
    return PlacedMention(
        mention,
        span,
        sentence,
        paragraph_of(text, mention.start),
        tuple(t.i for t in chain),
        governor.i if governor is not None else None,
        attribution,
        future,
        since_at,
        (mention.since or since_at is not None) and outer is not None and _opens_state(outer),
    )


def _second_time_of_participle(
    first: int, chain: list[Token], governor: Token | None, found: Sequence[Mention]
) -> Token | None:
    """The verb above a reduced relative's noun, when the relative already has a time of its own.

    A participle on a noun tells one past happening at one time, so a second time phrase the
    parser hung on it, after its own ("China sent three women caught in Dalian in March back to
    North Korea in mid-April"), dates the verb that takes the noun: mid-April is the sending
    back's, March stays the catching's. None when the mention is the participle's first time or
    the noun is not the argument of a verb.
    """
    if governor is None or len(chain) < 2 or chain[-2].dep_ != "prep":
        return None
    # the tagger may take the participle for a past tense ("men detained in Yanji")
    if not (governor.dep_ == "acl" and governor.tag_ in ("VBN", "VBD") and governor.head.i < governor.i):
        return None
    noun = governor.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.head.pos_ not in _VERBAL:
        return None
    earlier = [
        c
        for c in governor.children
        if c.dep_ in ("prep", "npadvmod") and c.right_edge.i < first and _has_time(c, found)
    ]
    return noun.head if earlier else None


def _has_time(phrase: Token, found: Sequence[Mention]) -> bool:
    """Whether a phrase names a date ("in March", "on Tuesday"): a date among the report's
    mentions (`found`) that lies in the phrase's characters."""
    start = phrase.left_edge.idx
    end = phrase.right_edge.idx + len(phrase.right_edge)
    return any(m.is_date and start < m.end and m.start < end for m in found)


def _going_to_report(verb: Token) -> bool:
    """A reporting verb told as a step of the story, not as the source's telling.

    "vanished after reporting to the police station on 3 May": a gerund under "after",
    "before" or "upon" with nothing reported (no clause) is the person presenting themself, so
    its date is the story's, not the day a source spoke.
    """
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in _STEP_PREPOSITIONS
        and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    )


_STEP_PREPOSITIONS = frozenset({"after", "before", "upon"})


def _noun_to_noun(token: Token) -> bool:
    """The second noun of a "door to door", "house to house", "village to village" idiom read
    as an infinitive verb under the verb the idiom goes with."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].lower_ == "to"
        and doc[token.i - 2].lower_ == token.lower_
        and token.head.i != token.i
        and token.head.pos_ in _VERBAL
    )


def _reacted_on(mention: Mention, governor: Token | None, chain: list[Token]) -> bool:
    """A day on a verb of public reaction is when the reaction was voiced, not when what it
    reacts to happened: "a rights group on Friday condemned the execution of three men last
    month", "the ministry on Wednesday denied that a pastor had been detained". Only a day of
    the telling (a weekday, "today", "yesterday") on the verb in the past tense: a date under a
    noun it governs ("condemned the execution on March 3") stays that noun's, and the present
    ("strongly condemns the return of 40 people on Tuesday") reacts now to what the day dates."""
    return (
        governor is not None
        and governor.lemma_.lower() in lexicon().reaction_verbs
        and governor.tag_ == "VBD"
        and mention.kind in ("weekday", "rel_day")
        and not any(_dated_noun(t) for t in chain[:-1])
    )


def _month_of_telling(mention: Mention, governor: Token | None, chain: list[Token]) -> bool:
    """ "she said in an interview in Seoul last month", "he told the group this month": a month
    counted from the report ("last month", "this month") on a verb of speaking is when the
    source spoke, not when what she told of happened (years before, in a retold story)."""
    return (
        governor is not None
        and mention.kind == "month"
        and mention.rel is not None
        and not mention.years_back
        and governor.lemma_.lower() in lexicon().speaking_verbs
        # "recalled from Kuwait last month": called back, not telling
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in governor.children)
        and not any(_dated_noun(t) for t in chain[:-1])
    )


def _telling_put_out(governor: Token | None) -> bool:
    """ "according to a report released by the group on Thursday", "a statement issued last
    month": the day a telling came out, not a day of what it tells."""
    return (
        governor is not None
        and governor.dep_ == "acl"
        and governor.tag_ == "VBN"
        # "a court notice, dated May 26": a document's own date is the decision it records
        and governor.lemma_.lower() != "date"
        and governor.head.lemma_.lower() in lexicon().reporting_nouns
        # not what the telling says ("reports that two men were executed last month")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in governor.children)
    )


def _opens_state(verb: Token) -> bool:
    """The verb a "since" hangs on tells a lasting state from its start, or completes one that
    does: "have barred boats from putting to sea since late January" (the parser hangs the date
    on "putting"; the ban is what began then)."""
    if is_onset(verb):
        return True
    above = verb.head
    if verb.dep_ == "pcomp" and above.dep_ == "prep":
        above = above.head
    elif verb.dep_ != "xcomp":
        return False
    return above.i != verb.i and above.pos_ in _VERBAL and is_onset(above)


# "at a forum in Seoul", "during a briefing": the occasion of a telling, just before a day
_AT_TELLING = re.compile(
    r"\b(?:at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,?\s+(?:on\s+)?$"
)
_TELLING_DAY_KINDS = ("date", "weekday", "rel_day")


def _at_telling(text: str, mention: Mention, governor: Token | None) -> bool:
    """A day told right after the occasion of a telling, in a sentence about telling, is when
    the source spoke, wherever the parser hung it: "A woman described her treatment after
    being sent back from China at a forum in Seoul on Wednesday" — the forum was on
    Wednesday, the return years before."""
    if governor is None or mention.kind not in _TELLING_DAY_KINDS:
        return False
    start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    m = _AT_TELLING.search(text, start, mention.start)
    if m is None or m["noun"] not in lexicon().reporting_nouns:
        return False
    verbs = lexicon().reporting_verbs
    return any(t.lemma_.lower() in verbs for t in [governor, *head_chain(governor)])


def _relative_before_verb(doc: Doc, first: int, last: int, governor: Token | None) -> Token | None:
    """The relative clause a date closes when it sits between that clause and the main verb.

    "The parents of a man who fled the county, in the north, last autumn have been banished":
    an adverb does not part a subject from its verb unless set off by commas, so a date right
    before the main verb, after a relative clause in its subject, ends that clause (the parser
    may hang it on the main verb). None when the mention is not in that position.
    """
    if governor is None or governor.i <= last or governor.i > last + 4:
        return None
    if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in doc[last + 1 : governor.i]):
        return None  # another word between it and the verb: "..., last autumn, have been"
    if first == 0 or doc[last + 1].text == ",":
        return None
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return _participle_misread_as_main(governor, first)
    if subjects[0].i > first:
        return None
    # "women arrested in Yanji last month were sent back": a reduced relative (a participle on
    # the subject) is closed by the date as a relative clause is
    clauses = [
        t
        for t in subjects[0].subtree
        if (t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBN"))
        and t.pos_ in _VERBAL
        and t.i < first
        and t.right_edge.i < governor.i
    ]
    return clauses[-1] if clauses else None


# How the parser hangs a sentence's main verb: the root, or the clause a trailing "…, a source
# said" reports
_MAIN = frozenset({"ROOT", "ccomp"})


def _participle_misread_as_main(verb: Token, first: int) -> Token | None:
    """The subject's participle, when the parser made it the main verb of the sentence and the
    date stands right before the true main verb `verb` (see `misread_main_verb`)."""
    participle = verb.head
    main = misread_main_verb(participle) if participle.i < first else None
    return participle if main is not None and main.i == verb.i else None


def misread_main_verb(participle: Token) -> Token | None:
    """The sentence's main verb, when the parser made the subject's participle the main verb.

    "Seven North Koreans detained in Dandong earlier this month were sent back on Friday": the
    parser may read "detained" as the main verb (a past tense) with a subject of its own and
    hang "were sent back" below it. A passive or perfect verb with no subject of its own after
    a bare participle that has one is the sentence's main verb, and the participle is a reduced
    relative on the subject. None when the words do not stand so.
    """
    if participle.tag_ not in ("VBN", "VBD") or participle.dep_ not in _MAIN:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None  # "were detained in Dandong last month and were sent back": a clause of its own
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < participle.i for c in participle.children):
        return None
    return next(
        (
            c
            for c in participle.children
            if c.i > participle.i
            and c.pos_ in _VERBAL
            and c.dep_ in ("advcl", "dep", "ccomp")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and any(g.dep_ in ("aux", "auxpass") and g.i < c.i for g in c.children)
            and not any(t.text == "," for t in participle.doc[participle.i : c.i])
        ),
        None,
    )


def _reported_clause(doc: Doc, first: int, governor: Token | None, last: int | None = None) -> Token | None:
    """The verb of the reported clause when a mention sits before a trailing reporting clause.

    "Two fishermen reached the island yesterday, the coast guard said": the parser may hang
    "yesterday" on "said", but a reporting verb's own date comes after its subject ("the coast
    guard said on Monday") or opens the sentence ("On Monday, the coast guard said ...").
    None when the mention is not in that position.
    """
    if governor is None or governor.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    if governor.i <= first:
        return None
    # The subject nearest the verb: after a wire dateline the parser may make the city's name
    # a second subject ("SEOUL, May 3 -- ..., officials said").
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        # "was executed in Kanggye on November 12, a source in the province told the paper":
        # the parser may take the teller for an apposition of the date and leave the reporting
        # verb with no subject; a date between the told clause and the verb is the told one's.
        told = [
            c
            for c in governor.children
            if c.dep_ in ("ccomp", "parataxis") and c.i < first and c.pos_ in _VERBAL
        ]
        return told[-1] if told else None
    if subjects[-1].left_edge.i <= first:
        return None
    # (the sentence's start from the Doc's table: Token.sent scans the Doc on every call)
    sentence_start = token_table(doc).sent_start[governor.i]
    told_before = [t for t in doc[sentence_start:first] if t.pos_ in _VERBAL and t.dep_ != "aux"]
    if not told_before:
        # The date opens the sentence: the telling's own ("On Monday, the coast guard said
        # ..."), unless what is told comes between it and the teller ("On Thursday a sergeant
        # crossed into China, the source said"): then it opens the told clause.
        end = first if last is None else last
        told_after = [
            t
            for t in doc[end + 1 : subjects[-1].left_edge.i]
            if t.pos_ in _VERBAL and t.dep_ != "aux" and t.lemma_.lower() not in lexicon().reporting_verbs
        ]
        return told_after[0] if told_after else None
    if governor.head.i != governor.i and governor.head.pos_ in _VERBAL and governor.head.i < first:
        return governor.head  # the parser made the reporting clause hang on the reported one
    reported = [
        c for c in governor.children if c.dep_ in ("ccomp", "parataxis") and c.i < first and c.pos_ in _VERBAL
    ]
    if reported:
        return reported[-1]
    # "SEOUL, May 3 (Wire) -- A soldier crossed the border early Friday, officials said
    # Saturday": after a wire dateline the parser may hang the reported clause on the city's
    # name, not on the reporting verb; the told verb nearest before the date is then its verb.
    told = [t for t in told_before if t.lemma_.lower() not in lexicon().reporting_verbs]
    return told[-1] if told else None


def in_other_relative_clause(mention: PlacedMention, doc: Doc, trigger: Token) -> bool:
    """Whether the mention dates a relative clause on a noun other than the event's trigger.

    "Police have detained a woman who fled the country two years ago": the date is the
    flight's, not the detention's, even inside the words quoted for the detention. A reduced
    relative on people, a past participle after a noun for people, is such a clause too: in
    "the wife of a man detained last month has been banished" last month dates the detention,
    not the banishment (on a thing the event made, "an order issued in late August authorised
    soldiers to fire", the clause dates the event itself).
    A clause on the trigger itself ("a campaign that began in March", "a crackdown launched in
    May") or holding it is the event's own.
    """
    if mention.governor is None:
        return False
    verb = doc[mention.governor]
    if _alleged(verb, trigger):
        return True
    verb = _first_conjunct(verb)
    if not (verb.dep_ == "relcl" or _on_people(verb)) or _clause_of(verb, trigger, any_verb=True):
        return False
    if _caught_in_the_act(verb, trigger):
        return False
    return not verb.left_edge.i <= trigger.i <= verb.right_edge.i


def reduced_relative(verb: Token) -> bool:
    """A past participle standing after a noun as its clause ("defectors arrested in Shenyang")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i


def _on_people(verb: Token) -> bool:
    """A reduced relative on a noun for people ("a man detained last month", "pupils arrested in
    May"): it tells what happened to them before, not the sentence's own event."""
    if not reduced_relative(verb):
        return False
    noun = verb.head
    people = _people_nouns()
    return noun.lemma_.lower() in people or noun.lower_ in people


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people and for kin (the events stage's lists, read once)."""
    from tessera.events.victims import counted_person_nouns, kin_words  # (late: events imports time)

    return counted_person_nouns() | kin_words()


def _first_conjunct(verb: Token) -> Token:
    """The first of the coordinated verbs `verb` belongs to, or `verb` itself.

    A relative clause may tell a series of happenings: in "two men who were caught in Laos last
    year and sent back this spring were executed in August" the sending back is a conjunct of
    the clause's "were caught", so its date is the clause's (the men's story), not the
    execution's.
    """
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i and current.head.pos_ in ("VERB", "AUX"):
        current = current.head
    return current


def _caught_in_the_act(verb: Token, trigger: Token) -> bool:
    """A relative clause in the past progressive on the event's object tells what the person
    was doing as the event struck: in "guards shot a man who was crossing the river on Monday
    night", Monday night dates the shooting too; so does one on the agent ("beaten by soldiers
    who were stealing grain last month"). A verb of trying in the simple past does the same on
    the object ("guards fired on a woman who tried to cross on the 4th"), but not on the
    subject: "a captain who tried to sail south in May was executed" was punished later."""
    noun = verb.head
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children
    )
    tried = verb.tag_ == "VBD" and verb.lemma_.lower() in lexicon().attempt_verbs
    if progressive and noun.dep_ in ("dobj", "nsubjpass"):
        above = noun.head  # "shot and killed a man who was crossing": the object of either verb
    elif tried and noun.dep_ == "dobj":
        above = noun.head
    elif (progressive or tried) and noun.dep_ == "pobj" and noun.head.dep_ in ("agent", "prep"):
        # "beaten by soldiers who were ...", "opened fire on a man who tried to ..."
        if tried and noun.head.dep_ == "agent":
            return False
        above = noun.head.head
    else:
        return False
    return (
        above.i == trigger.i
        or (above.dep_ == "conj" and above.head.i == trigger.i)
        or (trigger.dep_ == "conj" and trigger.head.i == above.i)
    )


# Words of an accusation: what follows them ("accused of helping a family cross in January")
# is the act alleged, told with its own time.
_ACCUSING = frozenset({"accuse", "suspect", "charge", "convict", "blame"})


def _alleged(verb: Token, trigger: Token) -> bool:
    """Whether the dated verb tells an act alleged against the event's people, below an
    accusation on them: in "arrested two residents accused of helping a family escape to China
    in January", January dates the escape, not the arrest."""
    current = verb
    while current.head.i != current.i and current.i != trigger.i:
        head = current.head
        if head.i == trigger.i:
            return False
        if head.lemma_.lower() in _ACCUSING and head.dep_ in ("acl", "relcl", "amod") and current.i > head.i:
            return head.head.i != trigger.i and not _charged_with_a_trade(verb, head)
        current = head
    return False


def _charged_with_a_trade(verb: Token, charge: Token) -> bool:
    """Whether the dated word is the gerund of a trade named as the charge itself ("a man
    convicted of selling copper on April 14", "five people suspected of smuggling in a raid on
    Thursday"): a trade is a calling carried on over time, which a lede does not date by a day,
    so the date tells when the sentence's own act struck them (the execution, the detention).
    A one-off act charged ("accused of helping a family escape in January") keeps its date."""
    from tessera.events.lexicon import lexicon as event_words  # (late: events imports time)

    # "convicted of selling copper": the gerund with an object is a pcomp; "convicted of
    # smuggling" alone, the parser takes as the preposition's object
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.head.i != charge.i:
        return False
    return verb.lemma_.lower() in event_words().cues["trade_words"]


def on_trigger_noun(mention: PlacedMention, doc: Doc, trigger: Token) -> bool:
    """A date in a clause on the trigger noun itself: "the campaign that began in March",
    "the raids, which took place on Friday"."""
    if mention.governor is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = doc[mention.governor]
    return verb.dep_ in ("relcl", "acl") and _clause_of(verb, trigger)


def _clause_of(verb: Token, noun: Token, any_verb: bool = False) -> bool:
    """Whether a relative clause hangs on `noun`, or on the object of a preposition after it:
    the parser often hangs "the campaign against smuggling that began in March" on "smuggling"
    and "a lockdown of the border that was imposed in 2020" on "border". Only a clause telling
    a start is surely the noun's own ("detention in Onsong, where he was sent in May" is the
    place's); `any_verb` takes any clause there as possibly the noun's. A clause telling a start
    may hang deeper in the noun's phrase, on a later object or a word joined to one ("a
    crackdown on the sale of foreign storage devices that began in early November", "a campaign
    against smuggling and illegal phone calls that the department launched in January"): a
    start belongs to a happening, and the phrase's head is the one that can have begun."""
    head = verb.head
    if head.i == noun.i:
        return True
    onset = verb.lemma_.lower() in lexicon().onset_verbs
    if not (any_verb or onset):
        return False
    current = head
    for _ in range(_PHRASE_DEPTH if onset else 1):
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "smuggling and illegal phone calls": the first conjunct
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return False
        current = current.head.head
        if current.i == noun.i:
            return True
    return False


# How many prepositional phrases deep in a noun's phrase a clause telling a start may hang.
_PHRASE_DEPTH = 3


def _dated_noun(token: Token) -> bool:
    """A noun a date may belong to: any but the telling itself ("in a statement on Monday")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in lexicon().reporting_nouns


def _before_subordinator(last: int, governor: Token) -> bool:
    """Whether the mention comes before the subordinator of the clause the parser hung it in."""
    if governor.dep_ != "advcl" or governor.head.pos_ not in _VERBAL:
        return False
    return any(c.dep_ == "mark" and c.i > last for c in governor.children)


def _since_position(chain: list[Token], governor: Token | None) -> int | None:
    """Where a "since" (a preposition above the mention, or its clause's subordinator) sits."""
    for k, t in enumerate(chain):
        if t.lower_ == "since" and t.dep_ in ("prep", "mark"):
            return k
        if t is governor and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
            return k
    return None


def _outer_verb(
    chain: list[Token], since_at: int | None, governor: Token | None, since_word: bool
) -> Token | None:
    """The verb the "since" phrase or clause hangs on: the state it opens."""
    if since_word or since_at is None:
        return governor
    if governor is not None and since_at == len(chain) - 1 and chain[since_at] is governor:
        return governor.head if governor.head.pos_ in _VERBAL else None  # "since X began in ..."
    return governor


def is_onset(verb: Token) -> bool:
    """Whether a verb tells a lasting state from its start: negated, or a word of such a state."""
    states = lexicon().onset_states
    if any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in states:
        return True
    # "has been detained since early July" tells the state the detention left her in; the
    # active "have detained 20 people since July" and a counted "at least five people have been
    # detained since" tell a tally, so only the passive's form with an uncounted subject.
    if verb.lower_ in states and any(c.dep_ == "auxpass" for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return not any(t.like_num for s in subjects for t in s.subtree)
    near = [c for c in verb.children if c.dep_ in ("acomp", "attr", "prep")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in states for t in near)


def _before_coordinator(doc: Doc, first: int, last: int, governor: Token) -> bool:
    """Whether the mention ends a clause the parser hung on the next one: "X, on May 3 and Y"."""
    if governor.i <= last or governor.head.i >= first or governor.head.pos_ not in _VERBAL:
        return False
    return any(doc[i].dep_ == "cc" for i in range(last + 1, governor.i))


def sentence_index(doc: Doc, token: Token) -> int:
    # The sentence starts are found once per Doc: walking doc.sents on every call made a long
    # report's time quadratic in its length.
    starts = doc.user_data.get("tessera_sentence_starts")
    if starts is None:
        starts = doc.user_data["tessera_sentence_starts"] = [sent.start for sent in doc.sents]
    return bisect_right(starts, token.i) - 1 if 0 <= token.i < len(doc) else -1


def rank(mention: PlacedMention, trigger: Token) -> int:
    """How directly a mention governs the event whose trigger is `trigger` (see module notes)."""
    nouns = lexicon().occasion_nouns
    for k, i in enumerate(mention.chain):
        if i == trigger.i:
            opened = mention.mention.since or (mention.since_at is not None and mention.since_at < k)
            if opened and _first_since(trigger):
                # "the first executions since the border closed in May were held on June 2":
                # the "since" dates the gap before the event, not the event
                return OTHER_CLAUSE_RANK
            return 0
        # "the elections on March 10" have their own date; "executed at a rally on March 3"
        # took place at the rally, so its date is the event's.
        if (
            trigger.doc[i].lower_ in nouns
            and i != mention.governor
            and not _at_gathering(trigger.doc[i])
            and not _names_occasion(mention, k)
        ):
            return OCCASION_RANK
    if on_trigger_noun(mention, trigger.doc, trigger):
        return 0
    if counted_gap(trigger):
        return OTHER_CLAUSE_RANK
    trigger_verb = governing_verb(trigger)
    told = _verb_after_since_clause(trigger, trigger_verb)
    if told is not None:
        # "the first raids since the order took effect in May were carried out on June 2"
        # parsed as the raids being the subject of "took effect": the event's verb is the one
        # after the "since" clause
        if mention.governor == trigger_verb.i:
            return OTHER_CLAUSE_RANK
        trigger_verb = told
    if mention.governor is not None and mention.governor == trigger_verb.i:
        return 1
    if mention.governor is None:
        return OTHER_CLAUSE_RANK
    if _done_to_under_causative(trigger.doc[mention.governor], trigger_verb):
        return 1
    clause = _relative_clause_above(trigger.doc[mention.governor])
    if clause is not None and _caught_in_the_act(clause, trigger_verb):
        return 2
    if _same_time_clause(trigger.doc[mention.governor], trigger_verb):
        return 2
    if _dates_verb_pair(trigger.doc[mention.governor], trigger_verb, mention):
        return 2
    if _dates_sent_to_do(trigger.doc[mention.governor], trigger_verb, mention):
        return 2
    # The mention's verb above the trigger, reached without passing a coordination (unless the
    # coordinated verb shares the dated verb's subject and time) or a relative clause in another
    # tense ("taken over by the police, who will investigate them").
    if pluperfect(trigger_verb):
        # "dismissed on Tuesday reports that students had been detained": the past perfect
        # tells a time before the dated verb's, so that date is not the event's.
        return OTHER_CLAUSE_RANK
    current = trigger_verb
    while current.head.i != current.i:
        if current.dep_ == "conj" and not _shares_date(current, mention):
            return OTHER_CLAUSE_RANK
        if current.dep_ == "relcl" and _not_past(current):
            return OTHER_CLAUSE_RANK
        current = current.head
        if current.i == mention.governor:
            return 2
    return OTHER_CLAUSE_RANK


# Verbs that, with an object and a past participle, tell what was done to the subject ("had
# their bags checked", "got his phone taken"): the participle's time is the verb's own.
_CAUSATIVE_LEMMAS = frozenset({"have", "get"})


def _done_to_under_causative(dated: Token, trigger_verb: Token) -> bool:
    """Whether the dated verb is the participle of a causative "have" or "get" that is the
    event's verb: "Pupils had their bags checked by police in mid-April" (parsed with the date
    on "checked", the clause "their bags checked" under "had") is checked in mid-April. The
    two verbs tell one happening, so the date is shared as if on one verb."""
    return (
        trigger_verb.lemma_.lower() in _CAUSATIVE_LEMMAS
        and dated.head.i == trigger_verb.i
        and dated.i > trigger_verb.i
        # the parser may tag the participle as a past ("checked" after a long object)
        and dated.tag_ in ("VBN", "VBD")
        and dated.dep_ in ("ccomp", "xcomp", "dep", "oprd")
    )


def _relative_clause_above(verb: Token) -> Token | None:
    """The relative clause the dated verb heads, or that holds it as the infinitive of its verb
    ("a man who tried to cross on the 4th": cross → tried), else None."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


_GAP_PREPOSITIONS = frozenset({"after", "before", "following"})


def counted_gap(noun: Token) -> bool:
    """A happening named after "a week after", "two days before": the clause's date is a
    counted time away from it, not its own ("handed them over on Thursday, less than a week
    after their arrest": the arrest came days before Thursday)."""
    return gap_unit(noun) is not None


def gap_unit(noun: Token) -> Token | None:
    """The unit word of the counted time that names `noun` as the happening it is counted from
    ("week" in "a week after their arrest"), None when `noun` is no such happening."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in _GAP_PREPOSITIONS:
        return None
    units = lexicon().units
    before = noun.doc[max(token_table(noun.doc).sent_start[prep.i], prep.i - 4) : prep.i]
    return next((t for t in before if t.lower_ in units and t.dep_ == "npadvmod"), None)


def _names_occasion(mention: PlacedMention, k: int) -> bool:
    """ "after the Lunar New Year holiday": the mention is the occasion's own name, so the noun
    it names is the date, not an occasion with a date of its own ("the elections on March 10")."""
    return k == 0 and mention.mention.kind == "occasion"


def _verb_after_since_clause(trigger: Token, verb: Token) -> Token | None:
    """A noun trigger the parser made the subject of the "since" clause that follows it: the verb
    coordinated after that clause is the trigger's own (None when the parse is not of that shape)."""
    if (
        trigger.pos_ not in ("NOUN", "PROPN")
        or trigger.dep_ not in ("nsubj", "nsubjpass")
        or trigger.head.i != verb.i
    ):
        return None
    mark = next(
        (
            c
            for c in [*verb.children, *trigger.children]
            if c.dep_ in ("mark", "prep") and c.lower_ == "since"
        ),
        None,
    )
    if mark is None or mark.i < trigger.i:
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in _VERBAL and c.i > verb.i), None)


_FIRST_WORDS = frozenset({"first", "only", "last"})


def _first_since(noun: Token) -> bool:
    """ "the first repatriation since", "the largest crackdown since": a rank in a series."""
    return any(c.lower_ in _FIRST_WORDS or c.tag_ == "JJS" for c in noun.children)


def pluperfect(verb: Token) -> bool:
    """A verb in the past perfect ("had been detained", "had fled")."""
    # (read in the Doc's table: asked of every verb a date may reach)
    table = token_table(verb.doc)
    return table.has_child(verb.i, ("aux",), ("had", "'d")) and table.tag[verb.i] == "VBN"


def _not_past(verb: Token) -> bool:
    """A clause told with a modal or in the simple present: "who will question them", "where they
    face torture". Past dates of the clause above do not reach it."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return not has_aux and verb.tag_ in ("VBP", "VBZ")


def _same_time_clause(verb: Token, trigger_verb: Token) -> bool:
    """Whether `verb` heads a clause of the same time under the trigger's verb.

    "caught ... while trying to cross ... in early January": cross → trying (while) → caught;
    "sentenced ... at a public trial held in late November": held → trial (at) → sentenced.
    """
    marks = lexicon().same_time_marks
    current = verb
    while current.head.i != current.i and current.i != trigger_verb.i:
        if current.dep_ == "advcl":
            # The parser marks "when" and "as" as adverbs at least as often as subordinators.
            # A bare present participle tells what was going on then: "arrested a family
            # trying to cross on New Year's Day".
            bare_participle = current.tag_ == "VBG" and not any(c.dep_ == "mark" for c in current.children)
            if not bare_participle and not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in current.children
            ):
                return False
        elif current.dep_ == "acl" and _at_gathering(current.head):
            # Up to the verb the gathering is the setting of; the parser often hangs "at a
            # trial" on a gerund ("for sharing videos at a trial"), so pass over those.
            current = current.head
            while current.head.i != current.i and (current.pos_ not in _VERBAL or current.dep_ == "pcomp"):
                current = current.head
            if current.i == trigger_verb.i:
                return True
            continue
        elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.dep_ in _ARGUMENTS:
            # "shot a man trying to cross the river late last month": what the man was doing
            # when the event befell him.
            current = current.head
        elif (
            current.dep_ == "conj"
            and current.i != verb.i
            and current.head.i == trigger_verb.i
            and not _own_subject(current)
        ):
            # "shot and killed a man trying to cross": the object, and its clause, hang on the
            # last of two verbs that share a subject and a time.
            return True
        elif current.dep_ == "pcomp" and _means_of(current, trigger_verb):
            return True
        elif current.dep_ != "xcomp":
            return False
        current = current.head
        if current.i == trigger_verb.i:
            return True
    return False


def _means_of(gerund: Token, trigger_verb: Token) -> bool:
    """A "by" + gerund phrase on the trigger's verb tells how the act was done, so a date on the
    gerund is the act's own: "two guards were executed by firing squad in Hoeryong in May" (the
    parser reads "firing" as a verb and hangs "in May" on it), "they punished him by cutting his
    rations in April". The gerund's own subject would make it another clause, so none is allowed.
    """
    by = gerund.head
    return (
        gerund.tag_ == "VBG"
        and by.lower_ == "by"
        and by.head.i == trigger_verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children)
    )


def _dates_verb_pair(dated: Token, trigger_verb: Token, mention: PlacedMention) -> bool:
    """A date after the second of two verbs joined by "and" with one subject and auxiliary dates
    both: "was detained and questioned on March 4", "were beaten and arrested last week". Not
    when the second verb has a subject or auxiliary of its own ("fled in May and was caught on
    June 2"), a word setting it later ("arrested and later shot on Friday"), or the date comes
    before it."""
    if dated.dep_ != "conj" or dated.head.i != trigger_verb.i or dated.pos_ not in _VERBAL:
        return False
    if mention.mention.start < dated.idx:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in dated.children):
        return False
    doc, words = dated.doc, lexicon().sequence_words
    between = doc[trigger_verb.i + 1 : dated.i]
    if len(between) > 3 or not any(t.dep_ == "cc" and t.lower_ == "and" for t in between):
        return False
    return not any(t.lower_ in words for t in between) and not any(
        c.lower_ in words for c in dated.children if c.dep_ in ("advmod", "prep")
    )


# Prepositions that place a happening in a time, as against bounding it ("by May", "until
# 2019") or counting from it ("after May").
_IN_TIME = frozenset({"in", "on", "at", "during"})


def _dates_sent_to_do(dated: Token, trigger_verb: Token, mention: PlacedMention) -> bool:
    """A date on the infinitive after a passive in the past dates the passive: "the family
    were sent to live on a farm in April", "she was sent to work in a mine in 2020". What the
    infinitive tells began with the sending and has no time of its own; the parser hangs the
    date on it because it comes last. Not a date bounding it ("was ordered to leave by May 1")
    nor a passive in the present perfect, which tells the state now."""
    if (
        dated.dep_ not in ("xcomp", "advcl")
        or dated.head.i != trigger_verb.i
        or dated.idx > mention.mention.start
    ):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in dated.children):
        return False  # "was sent back after he fled in May": a clause of its own
    if trigger_verb.tag_ != "VBN" or not any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in trigger_verb.children
    ):
        return False
    before = dated.doc.char_span(mention.mention.start, mention.mention.end, alignment_mode="expand")
    prep = before[0].nbor(-1) if before is not None and before.start > 0 else None
    return prep is not None and prep.lower_ in _IN_TIME


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _at_gathering(noun: Token) -> bool:
    lx = lexicon()
    return noun.lemma_.lower() in lx.gatherings and noun.head.lower_ in lx.gathering_preps


def _shares_date(conj: Token, mention: PlacedMention) -> bool:
    """Whether a verb coordinated by "and" with the one before shares its date.

    It must come after the date, have no subject or tense of its own ("were moved on Sunday
    and are expected to be repatriated" tells two times), unless the date opens the sentence
    before the first subject ("Since May, 30 were questioned and four were jailed"), and have
    no word setting it later.
    """
    head = conj.head
    if conj.idx < mention.mention.end or head.pos_ not in _VERBAL:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    fronted = bool(subjects) and mention.mention.end <= subjects[0].left_edge.idx
    own = ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
    if not fronted and any(c.dep_ in own for c in conj.children):
        return False
    doc, words = conj.doc, lexicon().sequence_words
    between = doc[head.i + 1 : conj.i]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in between):
        return False
    if any(t.lower_ in words for t in between):
        return False
    return not any(c.lower_ in words for c in conj.children if c.dep_ in ("advmod", "prep"))
