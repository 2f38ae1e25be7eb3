"""Cheap text comparison for "does the evidence say the same thing?".

Evidence of two reports of one event shares its content words (the place, the number, the verb)
even when the sentences differ. A stopword list and a table of variant forms (data/merge/text.json)
and the Snowball English stemmer (snowballstemmer) are enough for that; no model is needed, which
keeps the merge fast at 100,000 events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import snowballstemmer

from tessera.data import load_json
from tessera.daynames import without_days
from tessera.numbers import SIZED_GROUP_NOUNS, parse_number

_WORD = re.compile(r"[a-z0-9]+")


@cache
def _lexicon() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    data = load_json("merge", "text.json")
    return frozenset(data["stopwords"]), dict(data["word_forms"]), frozenset(data["place_suffixes"])


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@cache
def normalise_word(word: str) -> str | None:
    """One comparable form of a lower-case word, or None for a stopword: irregular forms from
    the word table ("sent" -> "send"), then the Snowball English stemmer, so that "repatriated",
    "repatriation" and "repatriates" compare equal."""
    stop, forms, _ = _lexicon()
    word = forms.get(word, word)
    if word in stop:
        return None
    return _stemmer().stemWord(word)


def content_tokens(text: str) -> frozenset[str]:
    """The set of normalised content words of a text."""
    out = set()
    for raw in _WORD.findall(text.lower()):
        token = normalise_word(raw)
        if token:
            out.add(token)
    return frozenset(out)


def tokens_of(texts: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for t in texts:
        out |= content_tokens(t)
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def place_key(name: str | None) -> str:
    """A place name without case, punctuation or administrative words: "Hyesan City" -> "hyesan"."""
    if not name:
        return ""
    _, _, place_suffixes = _lexicon()
    words = [w for w in _WORD.findall(name.lower()) if w not in place_suffixes and w != "the"]
    return " ".join(words)


def title_key(title: str | None) -> str:
    """A headline reduced to its words, for spotting two copies of one article."""
    if not title:
        return ""
    # A parenthetical note an archive adds ("title from URL slug") is not part of the headline.
    text = re.sub(r"\([^)]*\)", " ", title.lower())
    words = _WORD.findall(text)
    return " ".join(words) if len(words) >= 4 else ""


@cache
def _sex_words() -> tuple[frozenset[str], frozenset[str]]:
    # The events stage's words, so that both stages tell a woman from a man alike.
    data = load_json("events", "people.json")
    return frozenset(data["female_words"]), frozenset(data["male_words"])


def _sex_told(text: str | None, female_words: frozenset[str], male_words: frozenset[str]) -> str | None:
    """ "f" when the text has words of the first list and none of the second, "m" the other way
    round, None when it has both or neither."""
    if not text:
        return None
    words = set(_WORD.findall(text.lower()))
    female, male = bool(words & female_words), bool(words & male_words)
    return "f" if female and not male else "m" if male and not female else None


@cache
def one_person_words() -> frozenset[str]:
    """The sex words that name one person ("woman", "she", "him"): not the plurals ("women") nor
    the possessive "his", which names someone else's people ("his sons")."""
    female, male = _sex_words()
    return (female | male) - {"women", "men", "his"}


def person_sex(text: str | None) -> str | None:
    """ "f" for "a woman in her 30s", "m" for "the man", None when the words do not say."""
    return _sex_told(text, *_sex_words())


@cache
def _group_sex_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("merge", "text.json")["group_sex_words"]
    return frozenset(data["f"]), frozenset(data["m"])


def group_sex(text: str | None) -> str | None:
    """ "f" for a group told as all women ("several North Korean women"), "m" for one told as all
    men ("three Korean-Chinese men"), None when its plural nouns name both or neither ("two women
    and a man", "five defectors", "her sister's family of five")."""
    return _sex_told(text, *_group_sex_words())


@cache
def _another_opening() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load_json("merge", "text.json")["another_openings"]["patterns"]))
    # (an ordinal joined by a hyphen is part of an adjective, not another person: "a third-year
    # student", "a second-generation defector")
    return re.compile(rf"\s*(?:{words})(?![a-z-])")


def names_another(text: str | None) -> bool:
    """Does a description of people open by telling them as others than some already told
    ("another family", "a second soldier", "a third man who helped them")?"""
    return bool(text and _another_opening().match(text.lower()))


@cache
def _relatives_words() -> frozenset[str]:
    return frozenset(load_json("merge", "text.json")["relatives_words"])


@cache
def _household_of() -> re.Pattern[str]:
    data = load_json("merge", "text.json")
    households = "|".join(map(re.escape, data["household_words"]))
    determiners = "|".join(map(re.escape, data["kin_of_determiners"]))
    return re.compile(rf"\b(?:{households})\s+of\s+(?:{determiners})\b")


def names_relatives(text: str | None) -> bool:
    """Does a description of people name someone's relatives ("the runaway's
    grandparents", "relatives of the escapee", "the families of the two pilots") rather than the
    people a story is about?

    A household "of" someone ("the family of the deserter", "the households of those jailed")
    is that person's kin, as "relatives of" is; a household "of" a number ("a family of five")
    is the people the story is about, counted."""
    if not text:
        return False
    lowered = text.lower()
    return bool(set(_WORD.findall(lowered)) & _relatives_words()) or bool(_household_of().search(lowered))


@cache
def _associate_words() -> frozenset[str]:
    return frozenset(load_json("merge", "text.json")["associate_words"])


_POSSESSIVE = re.compile(r"(?:\w['\u2019](?:s\b|\s)|\b(?:his|her|their|of)\b)", re.IGNORECASE)


def names_associates(text: str | None) -> bool:
    """Does a description of people name them by their tie to someone else, not kin
    (`associate_words`): "her sister's neighbour", "the runaway's teacher", "colleagues of the
    two men", "their neighbours"? Such people are questioned, held or punished because of another
    person the story is about, and are other people than that person: "a woman was taken to the
    police station" and "her neighbour had been detained" are two arrests."""
    if not text:
        return False
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()))
    return bool(words & _associate_words()) and bool(_POSSESSIVE.search(text))


_POSSESSIVE_OPENING = re.compile(r"\s*(?:his|her|their)\b", re.IGNORECASE)


def names_kin_of_another(text: str | None) -> bool:
    """Does a description open with a possessive and name members of a family ("his wife and
    teenage son", "her parents", "their children")? Of a punishment, such people are punished for
    another's deed (the convicted man's household sent to a camp after his trial): other people
    than those the trial sentenced, as "relatives of" are."""
    return bool(text and _POSSESSIVE_OPENING.match(text) and names_kin(text))


_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?![a-z])"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b"
)


def names_month(text: str | None) -> bool:
    """Does a date phrase name a month of the calendar ("in early February", "mid-Oct.",
    "between 3 and 5 May"), rather than a period relative to its report ("earlier this month")?"""
    return bool(text and _MONTH.search(text.lower()))


# Nationalities that contain "Korean" (or "Korea") but name no one who fled North Korea: a South
# Korean missionary, a citizen of South Korea, a Korean-Chinese (ethnic Korean citizen of China) guide.
_NOT_FLEEING = re.compile(
    r"south\s+korea(?:ns?)?|republic\s+of\s+korea|korean\s*-\s*chinese|chinese\s*-\s*koreans?|ethnic\s+koreans?"
)


@cache
def _helper_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("merge", "text.json")
    return frozenset(data["helper_words"]), frozenset(data["escapee_words"])


def names_helpers(text: str | None) -> bool | None:
    """Whom a description of people names: those who helped the flight (True: "three brokers",
    "two Chinese nationals who worked as guides", "a Chinese driver"), the people who fled
    (False: "nine defectors", "a family of North Koreans", "six refugees and their guide"), or
    neither that can be told (None: "the group", "five people").

    Raids on an escape route take both, and reports tell the two arrests apart by whom they
    name: "police detained eight North Koreans" and "at least three Chinese guides were also
    held" are two arrests of one raid. A description that names the fleeing people names them
    even when it adds their helpers ("seven defectors and their guides"); "South Korean" and
    "Korean-Chinese" are no words of the fleeing (a South Korean missionary, a Korean-Chinese
    driver: helpers' nationalities)."""
    if not text:
        return None
    helpers, escapees = _helper_words()
    words = set(_WORD.findall(_NOT_FLEEING.sub("other", text.lower())))
    if words & escapees:
        return False
    return True if words & helpers else None


@cache
def _force_words() -> dict[str, frozenset[str]]:
    """Kind of authority -> the normalised words that name a force of that kind: the head word
    of every phrase the events stage finds actors by (events/actors.json: "border guards" ->
    guard, "public security bureau" -> bureau, "soldiers" -> soldier), and for every kind the
    words that refer back to a force named before ("officers", "agents", "investigators")."""
    data = load_json("events", "actors.json")
    shared = {*data.get("referring_nouns", ()), *data.get("member_nouns", {}).get("nouns", ())}
    out: dict[str, set[str]] = {}
    for entry in data["actors"]:
        words = out.setdefault(entry["kind"], set())
        for phrase in entry["phrases"]:
            words.update(phrase.split()[-1].split("|"))
    return {
        kind: frozenset(t for w in words | shared if (t := normalise_word(w))) for kind, words in out.items()
    }


def names_force(kind: str, texts: Iterable[str | None]) -> bool:
    """Does the evidence name a force of this kind ("were detained by border troops" names border
    guards; "officers took them away" names a force of any kind)?

    An actor the evidence does not name was read from another clause of the report (the police of
    the next sentence, the agents who will question people once they are back) or given by
    default: it tells who acted in the story, not surely in this event."""
    tokens = {t for text in texts if text for w in _WORD.findall(text.lower()) if (t := normalise_word(w))}
    return bool(_force_words().get(kind, frozenset()) & tokens)


# The data keys of `text.json` that sort an act into kinds, each one dimension of its kind, and the
# prefix its kinds carry ("" for what the act is or looks for; "thing:" for what a search goes
# through; "wording:" for a telling both reports may share that disagrees with none, as a closure
# of a whole town). Kinds are compared within one dimension (compare.py `_kinds_differ`).
KIND_DIMENSIONS = (("act_kinds", ""), ("searched_things", "thing:"), ("act_wordings", "wording:"))


@cache
def _act_kinds() -> dict[str, dict[str, frozenset[str]]]:
    out: dict[str, dict[str, frozenset[str]]] = {}
    for key, prefix in KIND_DIMENSIONS:
        for event_type, kinds in load_json("merge", "text.json")[key].items():
            if event_type.startswith("_"):
                continue
            out.setdefault(event_type, {}).update(
                {
                    prefix + kind: frozenset(t for w in words if (t := normalise_word(w)))
                    for kind, words in kinds.items()
                }
            )
    return out


def act_kinds(event_type: str, tokens: frozenset[str]) -> frozenset[str]:
    """The kinds of act that normalised evidence words name for an event type: a punishment told
    with "jailed for three years" is confinement, one told with "banished to the countryside" is
    banishment. A search has a second dimension, what it goes through (`searched_things`, kinds
    "thing:homes", "thing:belongings"): "a house-to-house search for phones" is of kinds phones
    and thing:homes. Types without kinds, or evidence that names none, give the empty set."""
    kinds = _act_kinds().get(event_type)
    if not kinds:
        return frozenset()
    return frozenset(kind for kind, words in kinds.items() if words & tokens)


@cache
def _implied_kinds() -> dict[str, frozenset[str]]:
    """Wording kind ("wording:closure") -> the kinds of act it agrees with (text.json
    `act_wordings._implies`)."""
    implies = load_json("merge", "text.json")["act_wordings"].get("_implies", {})
    return {"wording:" + w: frozenset(kinds) for w, kinds in implies.items()}


def agreeing_kinds(acts: frozenset[str]) -> frozenset[str]:
    """The kinds an event's acts agree with: its own, and those its wordings imply ("placed under
    lockdown" agrees with checkpoints on the roads and with residents kept indoors). Used for
    agreement only: what a wording implies never contradicts another kind (`_kinds_differ` reads
    the acts themselves)."""
    implied = _implied_kinds()
    extra = [implied[k] for k in acts if k in implied]
    return acts.union(*extra) if extra else acts


_CAMP_TEXT = str.maketrans({"-": " ", "'": " ", "\u2019": " "})


@cache
def _camp_kinds() -> dict[str, re.Pattern[str]]:
    data = load_json("merge", "text.json")["camp_kinds"]
    return {
        kind: re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z])")
        for kind, phrases in data.items()
        if not kind.startswith("_")
    }


def camp_kinds(texts: Iterable[str | None]) -> frozenset[str]:
    """The kinds of North Korean camp the evidence names a confinement in: a political prison
    camp, a reform-through-labour camp (kyohwaso) or a labour-training camp ("two men got 15
    years in a reform-through-labour camp" names the second, "his wife and son were sent to a
    political prison camp" the first). Evidence that names a prison or camp of no kind ("jailed",
    "sent to a camp") gives the empty set: it disagrees with none."""
    text = " ".join(t for t in texts if t).lower().translate(_CAMP_TEXT)
    text = re.sub(r"\blabor\b", "labour", re.sub(r"\s+", " ", text))
    return frozenset(kind for kind, pattern in _camp_kinds().items() if pattern.search(text))


# One home: a singular determiner or possessive before the noun, an adjective or two between
# ("her flat", "the house in Songbong-dong", "a night-time house search"); "home inspections",
# "a raid on apartment blocks" and "from house to house" name none.
_ONE_HOME = re.compile(
    r"\b(?:the|a|an|his|her|their|its|one|whose|that)\s+"
    r"(?:(?!(?:on|in|of|at|to|for|from|by|with|and|or)\s)[a-z'-]+\s+){0,2}?"
    r"(?:house|home|flat|apartment|dwelling|residence)(?![a-z-])(?!\s+(?:to|blocks?|buildings?|complex(?:es)?)\b)"
)
_MANY_HOMES = re.compile(
    r"(?<![a-z-])(?:houses|homes|households|flats|apartments|dwellings|residences)(?![a-z])"
    r"|\b(?:house|door|home)[- ]to[- ](?:house|door|home)\b"
    r"|\b(?:every|each)\s+(?:house|home|household|flat|apartment)\b"
)


def searched_homes(texts: Iterable[str | None]) -> frozenset[str]:
    """How many homes a search's evidence goes through: one ("officers searched her flat", "a
    night-time house search", "went through every room of the house": kind "homes:one") or many
    ("agents have searched about 30 homes in his street", "five other flats were searched",
    "house-to-house checks": "homes:many"). A report that tells the search of one household and
    one that tells a sweep of many tell two searches of one story, even of one town and week.
    Evidence that names homes both ways, or none, gives the empty set: it disagrees with none."""
    text = " ".join(t for t in texts if t).lower()
    many, one = bool(_MANY_HOMES.search(text)), bool(_ONE_HOME.search(text))
    if many == one:
        return frozenset()
    return frozenset({"homes:many" if many else "homes:one"})


# A term of a sentence: a number of years or months after a word that gives or serves it ("sentenced
# to five years", "sentenced to ten years of hard labour", "given 15 years", "for six months", "to a year each");
# "a year after he was sentenced" is a time, not a term.
_TERM = re.compile(
    r"\b(?:to|of|given|got|gets|received|receives|serve|serves|serving|served|for)\s+"
    r"(?:a\s+term\s+of\s+)?([a-z0-9-]+)[\s-]+(years?|months?)\b(?!\s+(?:ago|after|before|later|earlier))"
)
_DEATH = re.compile(r"\bsentenced?\s+(?:\w+\s+)?to\s+death\b|\bdeath\s+sentences?\b")
_LIFE = re.compile(r"\blife\s+(?:imprisonment|sentences?|terms?|in\s+prison)\b|\bfor\s+life\b")


def sentence_terms(texts: Iterable[str | None]) -> frozenset[str]:
    """The terms a punishment's evidence names, as kinds "term:N" (months), "term:life" and
    "term:death": "sentenced to ten years of hard labour" is term:120, "was sentenced to five
    years in a kyohwaso" term:60, "six months to a year" both term:6 and term:12. Two punishments
    that name terms and share none are two sentences (one trial gives each defendant his own:
    "he was sentenced to death" and "a second man tried alongside him got 15 years"); evidence
    that names no term ("faces a long term", "sent to a camp") disagrees with none."""
    text = " ".join(t for t in texts if t).lower()
    out: set[str] = set()
    for m in _TERM.finditer(text):
        n = parse_number(m.group(1))
        if n:
            out.add(f"term:{n * 12 if m.group(2).startswith('year') else n}")
    if _DEATH.search(text):
        out.add("term:death")
    if _LIFE.search(text):
        out.add("term:life")
    return frozenset(out)


@cache
def _prior_occasion() -> re.Pattern[str]:
    return re.compile("|".join(load_json("merge", "text.json")["prior_occasion_patterns"]["patterns"]))


def told_as_prior(texts: Iterable[str | None]) -> bool:
    """Does the evidence tell its act as an earlier occasion of the kind, before the story's
    ("a woman who had already been sent back once, in 2019", "had previously been held", "he had
    once been jailed")? Such a telling is someone's history, not the act the story reports."""
    return any(t and _prior_occasion().search(t.lower()) for t in texts)


@cache
def _border_words() -> frozenset[str]:
    return frozenset(load_json("merge", "text.json")["border_words"])


def names_border(name: str | None) -> bool:
    """Does a place name a border area ("the border region", "the frontier", "the DMZ")? Such an
    area lies on both sides of the line, whichever country a report or a gazetteer gives it."""
    if not name:
        return False
    return bool(set(_WORD.findall(name.lower())) & _border_words())


# "Before the X" and "since/after the X": the event is told on one side of another happening of
# the story. A verb of appearing before "before" means in front of ("brought before the court").
_ANCHOR = re.compile(
    r"(?<![a-z])(?:(?P<appear>brought|appeared?|appears|stood|stand|paraded|dragged)\s+)?"
    r"(?P<side>before|ahead of|prior to|until|since|after|following|in the wake of)\s+"
    r"(?:the|a|an|this|that|their|his|her|its)\s+(?P<words>[a-z]+(?:\s+[a-z]+)?)"
)
_BEFORE_WORDS = frozenset({"before", "ahead of", "prior to", "until"})


def anchored_order(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """On which side of another happening the evidence places its event: ("before", "execut") for
    "agents searched homes in the days before the execution", ("after", "execut") for "since the
    execution, phones have been inspected". The happening is the last content word of the one or
    two words after the determiner, normalised as the evidence is ("the public execution" and
    "the execution" are one anchor). A happening named on both sides says nothing."""
    seen: dict[str, set[str]] = {}
    for text in texts:
        for m in _ANCHOR.finditer(text.lower()):
            if m.group("appear") and m.group("side") == "before":
                continue
            head = None
            for raw in m.group("words").split():
                token = normalise_word(raw)
                if token is None:
                    break  # a function word ends the noun phrase: "the execution in the city"
                head = token
            if head:
                side = "before" if m.group("side") in _BEFORE_WORDS else "after"
                seen.setdefault(head, set()).add(side)
    return frozenset((next(iter(sides)), head) for head, sides in seen.items() if len(sides) == 1)


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


@cache
def _day_edge() -> re.Pattern[str]:
    data = load_json("merge", "text.json")
    words = "|".join(map(re.escape, data["day_edge_words"]))
    modifiers = "|".join(map(re.escape, data["day_edge_modifiers"]))
    # "overnight", "shortly before dawn", "on Monday night"; "late Monday", "early on Tuesday",
    # "in the early hours": a modifier counts only before a weekday or "hours" ("early this year"
    # is no time of day).
    return re.compile(
        rf"(?<![a-z])(?:(?:{words})(?![a-z])|(?:{modifiers})\s+(?:on\s+)?(?:{_WEEKDAY}|hours)(?![a-z]))"
    )


def names_day_edge(texts: Iterable[str | None]) -> bool:
    """Does the evidence or the date phrase put the event at the turn of a day ("late Monday",
    "early on Tuesday", "overnight", "shortly before dawn", "on Friday night")? What happens
    around midnight is dated to one day by one outlet and to the next by another (or by the
    time zone it writes from)."""
    pattern = _day_edge()
    return any(pattern.search(t.lower()) for t in texts if t)


# English number words a hedged count is written with ("about twenty", "some two dozen").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|score)"
)


def _words_pattern(key: str) -> str:
    return "|".join(map(re.escape, load_json("merge", "text.json")[key]))


@cache
def _approximate() -> re.Pattern[str]:
    before, after = _words_pattern("approximate_words"), _words_pattern("approximate_after_words")
    number = rf"(?:[0-9][0-9,]*|{_NUMBER_WORD})"
    return re.compile(
        rf"(?<![a-z])(?:{before})\.?\s+(?:a\s+)?(?:[0-9]|{_NUMBER_WORD}(?![a-z]))"
        rf"|(?<![a-z]){number}s?[-\s]+(?:{after})(?![a-z])"
    )


@cache
def _lower_bound() -> re.Pattern[str]:
    words = _words_pattern("lower_bound_words")
    return re.compile(rf"(?<![a-z])(?:{words})\s+(?:a\s+)?(?:[0-9]|{_NUMBER_WORD}(?![a-z]))")


def approximates_count(text: str | None) -> bool:
    """Does a description of people hedge its number ("about 10 North Koreans", "some 800
    soldiers", "roughly a dozen", "as many as 60 people", "twenty-odd soldiers", "30 or so
    workers")? Such a number is the reporter's estimate, not a count."""
    return bool(text) and bool(_approximate().search(text.lower()))  # type: ignore[union-attr]


def bounds_count_below(text: str | None) -> bool:
    """Does a description of people give its number as a lower bound ("more than a dozen
    soldiers", "over 20 workers", "at least nine people")? The events stage now reads them as
    bounds; events stored by earlier versions hold the number itself, and the people are that
    many or more."""
    return bool(text) and bool(_lower_bound().search(text.lower()))  # type: ignore[union-attr]


# The smallest reading of an order-of-magnitude word from which it names a crowd, not a handful:
# "dozens" (24) and "hundreds" (200) do, "several" (3) and "a few" (2) do not.
ORDER_WORD_MIN = 12


@cache
def _order_words() -> re.Pattern[str]:
    """The events stage's vague plurals that bound a count only below ("dozens", "scores",
    "hundreds", "several thousand"), as one pattern."""
    counts = load_json("events", "cues.json")["approximate_counts"]
    words = sorted(
        (
            w
            for w, (low, high) in counts.items()
            if high is None and low is not None and low >= ORDER_WORD_MIN
        ),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def counts_by_order(text: str | None) -> bool:
    """Does a description of people give their number as an order of magnitude, with no figure
    ("dozens of North Koreans", "hundreds of workers", "scores of families")?

    The events stage reads such a word as its smallest value and no upper bound ("dozens" is 24
    or more), but the word spans its whole order: "dozens" is what an outlet says of 30 or 90
    people, so another report's "more than 100" may count the same group. A figure in the
    description ("dozens, perhaps 40") is a count and is read as one."""
    if not text or any(ch.isdigit() for ch in text):
        return False
    return bool(_order_words().search(text.lower()))


@cache
def _count_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_json("merge", "text.json")
    return (
        frozenset(data["count_determiners"]),
        frozenset(data["count_universal_words"]),
        frozenset(data["kin_words"]),
    )


def names_no_one(text: str | None) -> bool:
    """Does a description the extractor counted as one person name nobody in particular?

    One person is told with a determiner or a pronoun: "a woman", "the soldier", "his wife",
    "he", or by name ("Colonel Ri"). A bare noun ("government", "surveillance", "spokesperson"
    read from "a government spokesperson said") is a word picked out of another phrase, and a universal ("every worker
    on the site", "each of the guards") is everyone of a kind: neither says how many people the
    event befell. Unknown (False) when there is no description."""
    if not text:
        return False
    first = re.search(r"[A-Za-z0-9]+", text)
    if first is None:
        return False
    word = first.group().lower()
    determiners, universal, _ = _count_words()
    if word in universal:
        return True
    # A capitalised first word is a name or a title ("Jang Song-thaek", "Colonel Ri"): one person.
    return word not in determiners and not first.group()[0].isupper()


def names_kin(text: str | None) -> bool:
    """Does a description of people name members of a family ("the couple", "their two
    daughters", "his wife and teenage son")? Such people are often part of a group another report
    counts whole ("a family of six", "seven North Koreans")."""
    if not text:
        return False
    return bool(set(_WORD.findall(text.lower())) & _count_words()[2])


# "along with a co-worker", "together with his wife": one person told with whoever went with them.
_ALONG_WITH = re.compile(r"(?<![a-z])(?:along|together) with\s+(?:a|an|her|his|their|two|three)(?![a-z])")
# "with her son", "and his teenage daughter": one person told with a member of their family.
_WITH_KIN = re.compile(r"(?<![a-z])(?:with|and) (?:her|his)\s+((?:[a-z0-9-]+\s+){0,2}[a-z-]+)")


def names_companions(texts: Iterable[str | None]) -> bool:
    """Does the evidence or the description tell one person together with those who went with
    them ("a North Korean woman and her seven-year-old son", "was put on a train home along with
    a co-worker", "the woman detained with her son")?

    Another report that follows the one person ("she", "the woman") counts one of them: the
    person the story is about, not another event."""
    kin = _count_words()[2]
    for text in texts:
        if not text:
            continue
        low = text.lower()
        if _ALONG_WITH.search(low):
            return True
        if any(set(m.group(1).split()) & kin for m in _WITH_KIN.finditer(low)):
            return True
    return False


@cache
def _additive() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load_json("merge", "text.json")["additive_words"]))
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


def names_others(texts: Iterable[str | None]) -> bool:
    """Does a telling add people or acts to others the report told ("police also detained two
    brokers", "three other defendants were jailed", "his commander was questioned as well")?

    Such words mark a second event of the kind, of other people, however alike its day and
    place are to the first one's."""
    return any(t and _additive().search(t.lower()) for t in texts)


_RELATIVE_OPENING = re.compile(r"\s*(?:who|whom)\b", re.IGNORECASE)
_CAUSE_OPENING = re.compile(r"\s*after\b", re.IGNORECASE)


def told_as_cause(texts: Iterable[str | None]) -> bool:
    """Is an event told in a clause that gives it as what came before another happening ("a
    conscript died after senior soldiers beat him", "was released after he had been questioned
    for a week")? The first span of the event's evidence opens with "after": the act is the
    cause or the prelude the sentence tells, and the sentence's main act (a death) may be left
    out of the evidence."""
    first = next((t for t in texts if t), None)
    return bool(first and _CAUSE_OPENING.match(first))


def told_in_relative_clause(texts: Iterable[str | None]) -> bool:
    """Is an event told only in a relative clause that names its people by it ("two workers who
    fled a building site in May were sent home", "a man who was arrested last year has died")?

    Such a clause picks out the people the report follows, and they may be some of those the act
    befell: the two of a group of four who fled, the one of three arrested who was later sent back.
    The first span of the event's evidence opens with the relative pronoun."""
    first = next((t for t in texts if t), None)
    return bool(first and _RELATIVE_OPENING.match(first))


# "Two of the pupils", "five of his subordinates", "most of those held", "three of them".
_PARTITIVE = re.compile(
    r"\s*(?:at\s+least\s+|only\s+|all\s+but\s+)?([a-z]+|\d[\d,]*)\s+of\s+"
    r"(?:the|them|those|these|his|her|their|its|our)\b",
    re.IGNORECASE,
)
_PARTITIVE_QUANTIFIERS = frozenset({"some", "most", "several", "many", "few", "half"})


def names_part_of_group(text: str | None) -> bool:
    """Does the victims' description count its people as a part of a group ("two of the pupils
    detained last month", "five of his subordinates", "most of those held")?

    A report that follows some of a group counts those it follows, and another report counts
    the whole group ("six pupils were detained in Hyesan" against "two of the pupils were sent to
    a labour camp"): the fewer are some of the others, no other people. A description that opens
    with a number, or a word of quantity, followed by "of the", "of them" or a possessive."""
    if not text:
        return False
    m = _PARTITIVE.match(text)
    if m is None:
        return False
    word = m.group(1).lower()
    # "One of the women we support" picks one person out of a population, not a part of a group
    # the other report counts: only parts of two or more, or of a quantity, count.
    return word in _PARTITIVE_QUANTIFIERS or (parse_number(word) or 0) >= 2


_NUMBER_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*|\d[\d,]*(?![\w.])")


@cache
def _not_people_after_number() -> frozenset[str]:
    # The events stage's time nouns ("three days", "two years") and the merge's measures
    # ("five kilometres", "20 percent"): a number before one of them counts no people.
    return frozenset(load_json("events", "people.json")["time_nouns"]) | frozenset(
        load_json("merge", "text.json")["measure_words"]
    )


def counts_named(texts: Iterable[str | None]) -> frozenset[int]:
    """The numbers of two or more that the evidence names before a word other than a stretch of
    time or a measure ("two brothers were hanged", "the 14 loggers flown home", "some thirty
    traders"), except after an age word ("aged 30"), years ("in 2024") and days ("on Aug. 28").

    A report whose count the extractor read from another phrase ("one person" for an event whose
    evidence says "two brothers were hanged") still names the people's number in its evidence:
    the merge compares that too (`compare._counts`)."""
    skip = _not_people_after_number()
    out: set[int] = set()
    for text in texts:
        if not text:
            continue
        # (a day of a month is no count: "SEOUL, Aug. 28 -- North Korea executed two officials")
        words = _NUMBER_TOKEN.findall(without_days(text))
        for i, w in enumerate(words):
            n = SIZED_GROUP_NOUNS.get(w) or parse_number(w)  # ("a trio of doctors": three)
            if n is None or n < 2 or w in ("both", "couple") or (w.isdigit() and 1900 <= n <= 2100):
                continue  # (a year: "in 2024")
            if i > 0 and words[i - 1] in ("aged", "age", "ages"):
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in skip or nxt.split("-")[0] in skip:
                continue
            out.add(n)
    return frozenset(out)


@cache
def _plain_people_words() -> frozenset[str]:
    """The stems of words that name people without telling which (`plain_people_words`)."""
    data = load_json("merge", "text.json")
    return frozenset(w for raw in data["plain_people_words"] if (w := normalise_word(raw)))


def describing_words(text: str | None) -> frozenset[str]:
    """The content words of a description of people that tell who they were: "a phone broker
    from Hyesan" -> {phone, broker, hyesan}. Words any group of people may be called ("men",
    "residents", "defectors"), ages and numbers ("eleven", "more than 20") are left out: what
    two reports' numbers say is compared as counts."""
    if not text:
        return frozenset()
    plain = _plain_people_words()
    out = set()
    for raw in _WORD.findall(text.lower()):
        token = normalise_word(raw)
        if token and token not in plain and parse_number(raw) is None:
            out.add(token)
    return frozenset(out)
