"""Clause structure from the dependency parse: which words govern a trigger, and its clause."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from tessera.language.table import TokenTable, token_table

# Dependencies that open a clause of their own: a trigger's clause stops there.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "relcl", "parataxis", "acl"})
VERBAL = frozenset({"VERB", "AUX"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Determiners that point at something already known ("the raid", "this crackdown", "those men").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Pronouns for people the report has named.
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "me", "we", "us"})
# Quantifiers standing alone for people the report has named: "each was fined", "both were
# released", "all were sent back".
DISTRIBUTIVES = frozenset({"each", "both", "all"})


def _is_clause_head_at(table: TokenTable, i: int) -> bool:
    """Does token `i` head a clause: the root, or a verb joined as a clause (CLAUSE_DEPS)?"""
    dep = table.dep[i]
    return dep == "ROOT" or (dep in CLAUSE_DEPS and table.pos[i] in VERBAL)


def clause_head(token: Token) -> Token:
    """The verb heading the clause that contains `token`."""
    table = token_table(token.doc)
    head = table.head
    current = token.i
    while not _is_clause_head_at(table, current) and head[current] != current:
        current = head[current]
    return token if current == token.i else token.doc[current]


def verb_above(token: Token) -> Token:
    """`token` if it is a verb or auxiliary, else the nearest one above it ("guards at the
    checkpoint beat her": from "checkpoint" up to "beat"), or the sentence's root if none is."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def governors(token: Token) -> Iterator[Token]:
    """The words above `token` up to and including its clause head, nearest first."""
    doc = token.doc
    for i in governor_indices(doc, token.i):
        yield doc[i]


def governor_indices(doc: Doc, i: int) -> tuple[int, ...]:
    """`governors`' indices, found once per word of a Doc (the rules walk up from the same
    trigger again and again: each background and status test starts there)."""
    known: dict[int, tuple[int, ...]] | None = doc.user_data.get("tessera_governors")
    if known is None:
        known = doc.user_data["tessera_governors"] = {}
    found = known.get(i)
    if found is None:
        table = token_table(doc)
        head = table.head
        chain: list[int] = []
        current = i
        while head[current] != current and not _is_clause_head_at(table, current):
            current = head[current]
            chain.append(current)
        found = known[i] = tuple(chain)
    return found


def clause_indices(head: Token) -> tuple[int, ...]:
    """`clause_tokens`' indices, in the same order, worked out once per clause head of a Doc
    (the rules ask for the same trigger's clause again and again)."""
    doc = head.doc
    known: dict[int, tuple[int, ...]] | None = doc.user_data.get("tessera_clause_indices")
    if known is None:
        known = doc.user_data["tessera_clause_indices"] = {}
    found = known.get(head.i)
    if found is None:
        table = token_table(doc)
        nested: set[int] = set()
        for child in table.children[head.i]:
            dep = table.dep[child]
            if dep in CLAUSE_DEPS and table.pos[child] in VERBAL and dep != "acl":
                nested.update(table.subtree(child))
        found = known[head.i] = tuple(i for i in table.subtree(head.i) if i not in nested)
    return found


def clause_tokens(head: Token) -> list[Token]:
    """The clause's own words: the head's subtree without the clauses nested in it."""
    doc = head.doc
    return [doc[i] for i in clause_indices(head)]


def clause_span(trigger: Token) -> tuple[int, int]:
    """Token range [start, end) of the contiguous run of the trigger's clause around it."""
    head = clause_head(trigger)
    kept = set(clause_indices(head)) | {trigger.i}
    for phrase in _telling_of_another(head, trigger):
        kept -= {t.i for t in phrase.subtree}
    start = end = trigger.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    doc = trigger.doc
    # Edges that are punctuation or a conjunction carry no content.
    while start < end and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].pos_ == "CCONJ"):
        end -= 1
    return start, end + 1


def _telling_of_another(head: Token, trigger: Token) -> list[Token]:
    """Phrases before the trigger that tell an event of their own in a verb ("In addition to the
    12 arrested in Yanji, police detained four in Hunchun"): not evidence of this event."""
    return [
        c
        for c in head.children
        if c.dep_ == "prep"
        and c.i < trigger.i
        and trigger.i not in {t.i for t in c.subtree}
        and any(t.dep_ in {"acl", "relcl", "pcomp"} and t.pos_ == "VERB" for t in c.subtree)
    ]


def prep_objects(word: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of the prepositions among `preps` that hang on a word: "hunt for foreign
    films" gives [films] for {"for"}, "the parents of one of the pupils" [one] for {"of"}."""
    return [
        o
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]


def agents_of(verb: Token) -> list[Token]:
    """The doers a passive verb names by "by": "was taken in by a navy patrol" gives [patrol],
    "were beaten by guards and police" [guards] (the conjuncts hang on the first)."""
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def holds_phrase(words: list[Token], phrase: tuple[str, ...]) -> bool:
    """Whether the words hold the phrase as consecutive words (each by its form or lemma):
    "a county detention centre" holds ("detention", "centre"). A hyphen joins two words as a
    space would, in the text and in the phrase ("a labour-training camp" holds ("labour",
    "training"), "a reform-through-labour camp" holds ("labour", "camp"), "a re-education
    camp" holds ("re-education", "camp") however the hyphen was split)."""
    return holds_any_phrase(words, (phrase,))


def holds_any_phrase(words: list[Token], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether the words hold any of the phrases (as `holds_phrase` reads each): the words' keys
    are read once for all of them (a goal list has dozens of phrases)."""
    keys = [part_keys for t in words if t.text not in HYPHENS for part_keys in _hyphen_parts(t)]
    for phrase in phrases:
        wanted = [part for word in phrase for part in _split_hyphens(word)]
        if any(
            all(wanted[k] in keys[i + k] for k in range(len(wanted)))
            for i in range(len(keys) - len(wanted) + 1)
        ):
            return True
    return False


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _split_hyphens(word: str) -> list[str]:
    parts = [p for p in word.replace("\u2010", "-").replace("\u2011", "-").split("-") if p]
    return parts or [word]


def _hyphen_parts(token: Token) -> list[tuple[str, ...]]:
    """A token's keys (form, lemma) for each part of a hyphenated word ("re-education": "re",
    "education"); a word without a hyphen is one part."""
    form = _split_hyphens(token.lower_)
    if len(form) == 1:
        return [(token.lower_, token.lemma_.lower())]
    return [(part,) for part in form]


DATELINE_DASHES = frozenset({"—", "–", "--"})


def _past_a_dateline(subject: Token) -> Token:
    """ "SEOUL, Aug. 19 (AWK) — An ethnic Korean pastor who ran a shelter has not been heard from
    since Sunday": the parse can make the dateline's city the subject and hang the true subject
    on it as an apposition after the dash; the subject is that apposition (a city in capitals
    never does what the sentence tells)."""
    if not (subject.text.isupper() and len(subject.text) > 3):
        return subject
    doc = subject.doc
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and any(t.text in DATELINE_DASHES for t in doc[subject.i + 1 : child.left_edge.i])
        ):
            return child
    return subject


HEADING_MARKS = DATELINE_DASHES | {":"}


def _item_heading(subject: Token, subjects: list[int]) -> bool:
    """ "Onsong, December 27 — A young man was caught by border guards", "Hamhung, South Hamgyong,
    April: a family of four was detained": in a roundup each item opens with its place and date
    set off by a dash or a colon, and the parse can take the place for a first subject beside
    the true one. A proper name opening the sentence, with a heading's mark between it and
    another subject of the same verb, is no subject."""
    if subject.tag_ != "NNP" or subject.left_edge.i != sentence_of(subject).start:
        return False
    doc = subject.doc
    later = [doc[c] for c in subjects if c > subject.i]
    return any(
        any(t.text in HEADING_MARKS for t in doc[subject.i + 1 : other.left_edge.i]) for other in later
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, looking through conjoined verbs that share it ("were shot and killed").
    Found once per word of a Doc: the rules ask for the subjects of the same few clauses again
    and again (tens of times for each event)."""
    known: dict[int, Token | None] | None = verb.doc.user_data.get("tessera_subjects")
    if known is None:
        known = verb.doc.user_data["tessera_subjects"] = {}
    if verb.i not in known:
        known[verb.i] = _find_subject(verb)
    return known[verb.i]


def _find_subject(verb: Token) -> Token | None:
    doc = verb.doc
    table = token_table(doc)
    dep, head = table.dep, table.head
    current = verb.i
    for _ in range(6):
        subjects = [c for c in table.children[current] if dep[c] in SUBJECT_DEPS]
        if subjects:
            # A dateline ("YANJI, China --") can parse as a second subject: not that one.
            texts = table.text
            child = next(
                (
                    c
                    for c in subjects
                    if not (texts[c].isupper() and len(texts[c]) > 3) and not _item_heading(doc[c], subjects)
                ),
                subjects[0],
            )
            child = _past_a_dateline(doc[child]).i
            if table.tag[child] in {"WP", "WDT"} and dep[current] == "relcl":
                # "an agent who was arrested": the agent
                return _list_a_plural_relative_describes(doc[current])
            return doc[child]
        stranded = _stranded_part_subject(doc[current]) if dep[current] in {"conj", "advcl"} else None
        if stranded is not None:
            return stranded
        if dep[current] == "conj" and _disagrees_with_relative(doc[current]):
            current = head[head[head[current]]]  # the verb whose object the relative clause describes
            continue
        if dep[current] in {"conj", "xcomp", "advcl", "acomp", "attr"} and head[current] != current:
            current = head[current]
            continue
        if (
            dep[current] == "relcl"
            and table.pos[head[current]] in {"VERB", "AUX"}
            and head[current] != current
        ):
            # "Two workers sent home from Russia were detained on arrival": the parse took the
            # participle of a reduced relative for the main verb and hung the main verb on it as
            # a relative clause, which only a noun can have; the people are that verb's subject.
            current = head[current]
            continue
        if dep[current] == "relcl" or (dep[current] == "acl" and table.tag[current] in {"VBG", "VBN"}):
            # "two citizens who were trying to cross": the noun the clause describes
            return doc[head[current]]
        if dep[current] == "acl" and head[head[current]] != head[current]:
            # "received help from a broker to escape": the subject of the verb the noun depends on.
            current = head[head[current]]
            continue
        return None
    return None


def _stranded_part_subject(verb: Token) -> Token | None:
    """ "Five traders were detained, and two of them, a couple in their forties, were sent to a
    camp": a counted part set off by an appositive can parse as a conjunct of the first verb,
    leaving the second verb (a conjunct or a clause hung on it) with no subject of its own; that part ("two of them"), standing
    between the two verbs, is the second verb's subject, not the first verb's."""
    first = verb.head
    for word in first.children:
        if not (first.i < word.i < verb.i) or word.dep_ != "conj" or word.pos_ not in {"NUM", "PRON"}:
            continue
        inner = [o for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        if inner and any(c.dep_ == "appos" for c in word.children):
            return word
    return None


def _list_a_plural_relative_describes(relative: Token) -> Token:
    """The noun a relative clause describes. "her mother and younger sister, who have not been
    seen since": the parse hangs the clause on the last of a list of single people, but a plural
    verb ("have", "were") agrees with the whole list, so the clause tells of the list (its first
    noun heads it)."""
    noun = relative.head
    if noun.tag_ not in {"NN", "NNP"}:
        return noun
    tensed = [relative, *(c for c in relative.children if c.dep_ in {"aux", "auxpass"})]
    if not any(t.tag_ == "VBP" or t.lower_ == "were" for t in tensed):
        return noun
    if noun.dep_ == "pobj" and (owner := _plural_owner_of_place(noun)) is not None:
        return owner
    if noun.dep_ != "conj":
        return noun
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    return first


def _plural_owner_of_place(noun: Token) -> Token | None:
    """ "Five soldiers from a border guard company who were detained", "two women from a village
    near Hyesan who were caught": a plural verb in a relative clause hung on one thing (a unit,
    a village) that is where people come from agrees with those people, the plural noun the
    "from"/"of" phrase hangs on."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in {"from", "of", "at", "in"}:
        return None
    owner = prep.head
    if owner.tag_ not in {"NNS", "NNPS"} or owner.pos_ not in {"NOUN", "PROPN"}:
        return None
    return owner


def _disagrees_with_relative(verb: Token) -> bool:
    """ "Police detained a man who fled a camp and are preparing to deport him": a verb the parser
    joined to a relative clause, in the plural present ("are") while the clause's noun is one
    person ("a man"), cannot share that noun; it goes with the main clause's subject."""
    relative = verb.head
    if relative.dep_ != "relcl" or relative.head.head.i == relative.head.i:
        return False
    tensed = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    plural = any(t.tag_ == "VBP" for t in tensed)
    return plural and relative.head.tag_ == "NN" and relative.head.head.pos_ in {"VERB", "AUX"}


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    if verb.tag_ in {"VBN", "VBD"} and any(c.dep_ == "agent" for c in verb.children):
        # "The two officials handed back by China in May were questioned": a "by" phrase of the
        # doer comes only after a passive, even where the parse took the reduced relative's
        # participle for the sentence's main verb and its noun for that verb's subject
        return not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    # A reduced relative or a passive conjunct: "defectors caught in China", "were shot and killed".
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"}:
        # ("a report that the state had deported them": a perfect with its own subject is active)
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or not any(
            c.dep_ == "nsubj" for c in verb.children
        )
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "the dozens of North Koreans returned from China last month": a participle the tagger
        # took for a past tense; hung on a noun with no subject or auxiliary of its own, it is a
        # reduced relative, which is passive ("who returned" would say the people went back)
        return not any(c.dep_ in {"nsubj", "aux", "dobj"} for c in verb.children)
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    if verb.tag_ == "VBD":
        # "was detained overnight and questioned about her": a participle the tagger took for a
        # past tense, with no subject or object of its own, shares the first verb's voice
        own = any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)
        joined = any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
        return joined and not own and is_passive(verb.head)
    return verb.tag_ == "VBN" and is_passive(verb.head)


def doc_text(doc: Doc) -> str:
    """Doc.text, kept once per Doc: Doc.text joins every token on each call, and rules that look
    at the line or the characters around a word ask for it per event. This is the text spaCy
    read (decorations blanked, lone hyphens as dashes), not the report's own characters that
    evidence quotes (user_data "tessera_text")."""
    text = doc.user_data.get("tessera_doc_text")
    if text is None:
        text = doc.user_data["tessera_doc_text"] = doc.text
    return text


# The verb "face" as a reader meets it, whatever the parser made of it ("returnees face prison",
# "the two face months of questioning").
FACE_FORMS = frozenset({"face", "faces"})


def face_before(trigger: Token, within: int | None = None) -> Token | None:
    """The nearest "face" or "faces" before the trigger in its sentence (at most `within` words
    back): the verb whose object the act may be where the parse lost it."""
    doc = trigger.doc
    start = sentence_of(trigger).start
    if within is not None:
        start = max(start, trigger.i - within)
    # (the words read in the Doc's table: asked for most triggers, and most sentences hold no "face")
    lower = token_table(doc).lower
    return next((doc[i] for i in range(trigger.i - 1, start - 1, -1) if lower[i] in FACE_FORMS), None)


def told_in_present(verb: Token) -> bool:
    """Told in the present: "is being beaten", "are checking", "face torture", and in a relative
    clause "who leave", "who are sent back", "who have tried" (a kind of people, where "who were
    caught" tells of some)."""
    return verb.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def present_perfect(verb: Token) -> bool:
    """ "have launched", "has been detained", "have been stopping": told as part of the present."""
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children
    )


def paragraph_start(doc: Doc, start: int) -> int:
    """The first token of the paragraph holding token `start` (after the last line break before it)."""
    i = start
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def paragraph_tokens(doc: Doc, index: int) -> range:
    """The token indices of the paragraph holding token `index` (from `paragraph_start` to the
    token before the next line break, or the end of the report)."""
    end = index
    while end < len(doc) - 1 and "\n" not in doc[end].text_with_ws:
        end += 1
    return range(paragraph_start(doc, index), end + 1)


def sentence_of(token: Token) -> Span:
    """The token's sentence, from a table built once per Doc (Token.sent scans on every call)."""
    doc = token.doc
    table = doc.user_data.get("tessera_sentences")
    if table is None:
        table = [None] * len(doc)
        for sentence in doc.sents:
            for i in range(sentence.start, sentence.end):
                table[i] = sentence
        doc.user_data["tessera_sentences"] = table
    return table[token.i]


def sentences_back(doc: Doc, start: int, count: int) -> int:
    """The first token of the sentence `count` sentences before the one starting at `start`."""
    for _ in range(count):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    return start


def noun_chunks_of(sentence: Span) -> list[Span]:
    """The noun chunks of a sentence, computed once per Doc (Span.noun_chunks walks the Doc)."""
    doc = sentence.doc
    chunks = doc.user_data.get("tessera_chunks")
    if chunks is None:
        chunks = list(doc.noun_chunks)
        doc.user_data["tessera_chunks"] = chunks
        doc.user_data["tessera_chunk_starts"] = [c.start for c in chunks]
        doc.user_data["tessera_chunk_ends"] = [c.end for c in chunks]
    # Chunks come in order: only those that start inside the sentence are looked at, found by
    # their starts (a scan of all of them for each sentence made a long report quadratic; a copy
    # of the rest of the list, and each chunk's offsets read from its Span, still cost).
    starts = doc.user_data["tessera_chunk_starts"]
    ends = doc.user_data["tessera_chunk_ends"]
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end, first)
    end = sentence.end
    return [chunks[k] for k in range(first, last) if ends[k] <= end]


# Prepositions that place one act in time by another ("the day after the execution").
TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until"})


# Nouns of a stretch of time that date by the act they are "of" ("within days of the arrest").
TIME_SPAN_NOUNS = frozenset({"hour", "day", "week", "month"})


def dates_another_act(head: Token) -> bool:
    """An act named only to date another one ("the families were banished the day after the
    execution", "a week before the trial", "were sent to a farm within days of the hanging",
    "in the week of the arrest"): it does not make the clause's act its own type."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ in TIME_PREPOSITIONS:
        return True
    # (a stretch of time that is itself a time phrase: "within days of", "in the week of")
    span = preposition.head
    return (
        preposition.lower_ == "of"
        and span.lemma_.lower() in TIME_SPAN_NOUNS
        and span.dep_ in {"pobj", "npadvmod"}
    )


def names_people_by_an_act(head: Token) -> bool:
    """An act named only to say who people are ("the relatives of the executed women were
    banished to a farm", "families of the arrested men"): a participle before a noun describes
    the people; it does not make the clause's act its own type."""
    return head.dep_ == "amod" and head.tag_ == "VBN" and head.head.pos_ in {"NOUN", "PROPN"}


def own_subject(verb: Token) -> bool:
    """ "She said she had been beaten regularly, and that she was detained in a raid": a conjunct
    with a subject of its own is a clause of its own, which the first verb's adverbs of habit or
    time do not cover (in "were beaten and detained" the second verb shares the first's)."""
    return verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


# Verbs of custody told as a state people are in ("are being held", "kept").
HOLDING_STATE_VERBS = frozenset({"hold", "keep"})
# Verbs that send people back, alone or with a particle ("sent back", "handed over").
RETURNING_VERBS = frozenset({"return", "repatriate", "deport", "extradite"})
# Verbs that pass people from one hand to another ("handed over", "turned her over to the police").
HANDING_VERBS = frozenset({"hand", "turn"})


def held_after_return(trigger: Token) -> bool:
    """Is the trigger a custody told as a state (held, kept) in a clause joined to a return told
    before it ("were sent back across the bridge at Tumen and are now being held in Onsong",
    "were handed over to North Korea and are now held by the provincial state security
    department")? The receiving side holds people it took over in its own country: this custody
    is not the taking abroad going on, and the places and forces of the return's clause are not
    its own."""
    if trigger.lemma_.lower() not in HOLDING_STATE_VERBS or trigger.dep_ != "conj":
        return False
    verb = trigger.head
    if verb.i > trigger.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    lemma = verb.lemma_.lower()
    return lemma in RETURNING_VERBS or "back" in particles or (lemma in HANDING_VERBS and "over" in particles)


def placing_prepositions(noun: Token, words: frozenset[str]) -> list[Token]:
    """The prepositions (of `words`) that place a noun, and those that place their objects in turn:
    "a police raid on villages around Helong" gives "on" and "around". Two deep at most (the raid,
    the villages it was on); a place further out describes the place, not the act."""
    first = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in words]
    second = [
        c
        for prep in first
        for obj in prep.children
        if obj.dep_ == "pobj"
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ in words
    ]
    return first + second


def is_definite(noun: Token) -> bool:
    """Does the noun point back at people the report has named: a pronoun ("they"), a lone
    quantifier ("each", "all of them") or a noun with a definite determiner ("the nine")?"""
    if noun.tag_ == "PRP" and noun.lower_ in PRONOUNS:
        return True  # "they were taken away for questioning" (joins only when it names no other people)
    if noun.lower_ in DISTRIBUTIVES:
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if not preps:
            return True  # "a court fined them … Each was fined 500 dollars"
        # "All of them face being sent back", "each of the men": the people already told (not
        # "each of five others", who are counted anew)
        return any(
            c.lower_ == "of" and any(o.dep_ == "pobj" and is_definite(o) for o in c.children) for c in preps
        )
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def date_after_clause(clause: Token) -> bool:
    """ "a family of four who crossed the sea border last week had been planning it for a year",
    "five men caught in northern Laos last month were sent back": a date told right after a
    relative clause (or a participle) on the subject, before the main verb, is the clause's own,
    wherever the parser hangs it (an adverb does not part a subject from its verb)."""
    if clause.dep_ not in {"relcl", "acl"} or clause.head.i == clause.i:
        return False
    doc = clause.doc
    after = clause.right_edge.i + 1
    described = clause.head
    # ("a family of four who …": the clause hangs on the count, the "of" phrase on the subject;
    # "four men, including a child, who …": on the last of those counted)
    noun = described.head.head if described.dep_ == "pobj" else described
    verb = noun.head
    if after >= len(doc) or noun.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in VERBAL:
        return False
    return doc[after].ent_type_ in {"DATE", "TIME"} and after < verb.i
