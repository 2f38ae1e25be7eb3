"""Mentions of one event in a report become one event ("defected", later "their defection").

Two mentions of a type join when they are about the same people, when one points back to an
event already told ("the execution", "the two arrested agents"), or when
one says whom and the other does not; mentions told with different days, with different statuses
("were sent back to China" and "face being deported to the North"), or marked as another event
("the broker was also arrested", "eight other defectors"), or told after the report moves to
another place ("In Hoeryong, the police chief was dismissed") never join. Some of a counted group
("two of them received six years") or the rest that completes it ("the other two"), "all of
them", and two verbs done to the same person ("slapped me and beat me") are the event told again.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tessera.daynames import day_keys
from tessera.events.actors import actor_words
from tessera.events.background import words as background_words
from tessera.events.choosing import chosen_to_stay
from tessera.events.clauses import (
    DEFINITE,
    HANDING_VERBS,
    HOLDING_STATE_VERBS,
    PRONOUNS,
    TIME_PREPOSITIONS,
    clause_head,
    dates_another_act,
    doc_text,
    held_after_return,
    is_definite,
    paragraph_start,
    placing_prepositions,
    prep_objects,
    sentence_of,
    sentences_back,
    subject_of,
)
from tessera.events.found import Found
from tessera.events.leaving import place_name
from tessera.events.lexicon import lexicon
from tessera.events.people import with_companions
from tessera.events.retyping import BORDER_RIVER_WORDS, MODIFIER_DEPS, reaches_further_places
from tessera.events.victims import kin_words, people_words, subject_lost_to_a_participle, victim_phrase
from tessera.language import PLACE_ENTITY_LABELS
from tessera.language.table import doc_ents, expanded_span, token_table
from tessera.model import ARRESTING_POLICE, PEOPLE_EVENT_TYPES, Span, Victims
from tessera.numbers import parse_number
from tessera.places.dateline import find_dateline
from tessera.places.gazetteer import load as load_gazetteer
from tessera.places.lookup import countries_of_name
from tessera.places.variants import UNIT_NOUNS, key_tokens
from tessera.time.report import from_published
from tessera.time.resolve import resolve_expression

# Words that mark a mention as a further event of the same kind, not a restatement.
ANOTHER_WORDS = frozenset({"also", "too", "likewise", "again"})
OTHER_WORDS = frozenset({"other", "others", "another"})
# Adjectives that make an event noun one more of the kind told ("similar searches", "further raids").
LIKE_WORDS = frozenset({"similar", "further", "other", "more"})
# After "a", the ordinals do too ("a second group", "a third execution").
ONE_MORE_WORDS = LIKE_WORDS | {"second", "third", "fourth"}
# People whose kind is not said ("North Koreans", "the two") fit any group; so does a pronoun.
OPEN_GROUPS = frozenset({"other", "residents"})


def _date_entities(doc: Doc) -> list[SpacySpan]:
    cached = doc.user_data.get("tessera_dates")
    if cached is None:
        cached = doc.user_data["tessera_dates"] = [
            e for e in doc.ents if e.label_ == "DATE" and not _is_dateline(e)
        ]
    return cached


def _is_dateline(ent: SpacySpan) -> bool:
    """ "Nov. 21 (UPI) --", "SEOUL, May 3 (Yonhap) —": the day the report was filed, at the head
    of the text before a dash or an outlet in brackets, not a day of an event."""
    if ent.start > 4:
        return False
    after = ent.doc[ent.end : ent.end + 4]
    return any(t.text in {"--", "—", "–", "("} for t in after[:2])


def dates_in(doc: Doc, start: int, end: int) -> set[str]:
    """Days named in a token range, as month-day keys: two mentions told with different days
    are different events ("On August 30 …", "On September 25 …")."""
    keys: set[str] = set()
    for ent in _date_entities(doc):
        if start <= ent.start and ent.end <= end:
            keys |= day_keys(ent.text)
    return keys


def join_mentions(found: list[Found]) -> list[Found]:
    """Mentions of the same event in one report become one event with all their evidence."""
    joined: list[Found] = []
    folded: list[tuple[Found, Found]] = []  # (a mention joined to an event told before, that event)
    lead = _lead_sentence(found)
    _note_people_told_before(found)
    _note_returns_told(found)
    for item in found:
        if item.event.type == "punishment":
            item.keys |= {PENALTY_KEY + kind for kind in _penalty_kinds(item)}
    for item in (f for f in found if not f.decided):
        # A group set apart with its own count is an event of its own, not a restatement of an
        # event of another sentence (two triggers of one sentence may both set it apart).
        target = next(
            (
                j
                for j in reversed(joined)
                if (not item.listed or _same_sentence(j, item) or _terms_of_a_group_told(j, item))
                and (_same_event(j, item) or _told_as(j, item))
            ),
            None,
        )
        if target is None:
            target = _folded_beside(folded, item)
        if target is None:
            target = _arrest_raided(joined, item)
        if target is None and not item.listed:
            target = _whole_group_told(joined, item)
        if target is None:
            landed = _custody_on_arrival(joined, item)
            if landed is not None:
                _fold(landed, item, actors=False)  # (the troops who received them did the flight no harm)
                continue
        if target is None:
            returned = _custody_after_return(joined, folded, item)
            if returned is not None:
                _fold(returned, item, actors=False)  # (the receiving side's officers did not send them back)
                continue
        if target is None and not item.listed:
            target = _lead_measure_detailed(joined, item, lead)
        if target is None and not item.listed:
            target = _control_points_of_a_restriction(joined, item)
        if target is None and not item.listed:
            target = _passage_of_a_seal(joined, item)
        if target is None and not item.listed:
            retold = _lead_act_retold(joined, item, lead)
            if retold is not None:
                # The body's telling, which names the people, is the act in full: it stands for the
                # event with its own place, count and days (the lead's town with the body's count
                # is a telling no sentence gives, and matches another report's look-alike that
                # neither telling alone matches). The lead's whole telling stays cited after it:
                # other reports sum the news up in the same words.
                joined[joined.index(retold)] = item
                item.event.evidence.extend(retold.event.evidence)
                _fold(item, retold)
                folded.append((retold, item))
                continue
        if target is None and not item.listed and _choice_to_stay_after_a_crossing(joined, item):
            # (its sentence is left out of the crossing's evidence: it names the places of the
            # talks about the men, "Seoul will tell Pyongyang …", not of the crossing)
            continue
        if target is None:
            joined.append(item)
            continue
        if _setting_gives_way(target, item):
            # "three were identified during questioning … all eight were interrogated for a
            # week": the questioning told in full speaks for the event, its people and days
            joined[joined.index(target)] = item
            _fold(item, target)
            folded.append((target, item))
            continue
        if item.event.type in _yields_to(target.event.type) and not _kind_of_act(item.trigger):
            target.event.type = item.event.type  # "five women were shot", then "…were executed"
        _fold(target, item)
        folded.append((item, target))
    for item in (f for f in found if f.decided):
        done = _act_decided(joined, item)
        if done is not None:
            _fold(done, item)
    for event in joined:
        _flight_only_believed(event, [m for m, t in folded if t is event])
    return joined


# Verbs that tell someone went away from a place, not that he crossed a border or defected: a
# leaving is a flight only if something else says so ("left his post", "walked out of the dormitory").
LEAVING_VERBS = frozenset({"leave", "walk", "abandon", "desert", "quit"})


def _flight_only_believed(event: Found, mentions: list[Found]) -> None:
    """ "The guard left his post with his rifle. Officials suspect he has fled to China": the
    leaving is known, the flight is what officials believe. An escape whose tellings as done are
    all verbs of leaving, joined to a telling that says the flight is believed or suspected, is a
    suspected escape (a telling that says it crossed or defected keeps it occurred)."""
    if event.event.type != "escape" or event.event.status != "occurred":
        return
    tellings = [event, *mentions]
    if not any(m.event.status == "suspected" for m in tellings):
        return
    done = [m for m in tellings if m.event.status == "occurred"]
    if all(m.trigger.lemma_.lower() in LEAVING_VERBS for m in done):
        event.event.status = "suspected"


def _choice_to_stay_after_a_crossing(joined: list[Found], item: Found) -> bool:
    """The crossing a report told before a choice to stay in the South: "two fishermen who sailed
    across the sea border last week are being questioned … the other man has asked to stay in the
    South". The choice ends the journey told before (it is how that defection is told again), not
    a second flight: undated, after a crossing told as done, it is no event of its own. A choice
    with no crossing told before stays an event (choosing.py)."""
    if item.event.type != "escape" or item.dates or not chosen_to_stay(item.trigger):
        return False
    return any(j.event.type == "escape" and j.event.status == "occurred" for j in joined)


def _folded_beside(folded: list[tuple[Found, Found]], item: Found) -> Found | None:
    """The event a mention of the same sentence was joined to, when the two mentions tell one
    event: "Six clerks were sentenced … Two of them received six years and one four years at a
    trial" keeps "one four years" with "two of them", which joined the sentencing."""
    for mention, target in reversed(folded):
        if _same_sentence(mention, item) and _same_event(mention, item):
            # (not when the event joined names other people in a clause of its own: "the two
            # were sentenced at a public trial, and their families were sent to a farm")
            return None if _penalties_of_two_clauses(target, item) else target
    return None


# Nouns for a police operation that a report names again by "the raid" after telling whom it caught.
RAID_NOUNS = frozenset({"raid", "raids", "swoop"})


def _arrest_raided(joined: list[Found], item: Found) -> Found | None:
    """ "Police detained eight migrants in Dandong … The raid was carried out last Thursday by
    state security agents", "the broker has not been seen since the raid": "the raid" points
    back to the operation the report told as the arrest, no search of its own. Only when the
    report has told no search it could point back to ("agents searched the flat … the raid
    lasted two hours" is that search)."""
    trigger = item.trigger
    if item.event.type != "search" or not item.anaphoric or trigger.lower_ not in RAID_NOUNS:
        return None
    if any(j.event.type == "search" for j in joined):
        return None
    arrests = [j for j in joined if j.event.type == "arrest" and j.event.status == "occurred"]
    return arrests[-1] if arrests else None


# Words that open a phrase counting again people already told ("all six", "the six", "both").
WHOLE_GROUP_WORDS = frozenset({"all", "the", "both"})


def _whole_group_told(joined: list[Found], item: Found) -> Found | None:
    """ "Guards caught three traders and a driver near the river. All four were taken to a police
    post": a later definite count ("all four", "the four", "both") that equals the people one
    earlier act counted in its several groups together is that act told again (each group alone
    counts fewer, so the count alone does not join them). Not when marked as another ("four
    others", "also"), set apart, or told with another day, month, year or country."""
    victims = item.event.victims
    words = (victims.text or "").lower().split() if victims else []
    if victims is None or victims.count_min is None or victims.count_min < 2 or not words:
        return None
    if item.event.type not in PEOPLE_EVENT_TYPES or words[0] not in WHOLE_GROUP_WORDS:
        return None
    if len(words) > 1 and words[0] == "the" and parse_number(words[1]) is None:
        return None  # ("the six women": a noun of its own, decided by the count and the group)
    if _set_apart(item) or _marked_as_another(item) or _told_again(item):
        return None
    groups: dict[int, list[Found]] = {}
    for j in joined:
        if j.event.type == item.event.type and j.event.status == item.event.status:
            groups.setdefault(j.trigger.i, []).append(j)
    for mentions in reversed(list(groups.values())):
        counted = {
            (m.event.victims.text or "").lower(): m.event.victims.count_min
            for m in mentions
            if m.own_people and m.event.victims is not None and m.event.victims.count_min is not None
        }
        if len(counted) < 2 or sum(counted.values()) != victims.count_min:
            continue
        earlier = mentions[0]
        if earlier.dates and item.dates and not earlier.dates & item.dates:
            return None
        if _months_apart(earlier, item) or _years_apart(earlier, item) or _other_country(earlier, item):
            return None
        return earlier
    return None


# Countries whose forces take in people fleeing the North: custody there ends a flight.
SAFE_COUNTRIES = frozenset({"KR"})


def _custody_on_arrival(joined: list[Found], item: Found) -> Found | None:
    """ "A North Korean fisherman rowed across the sea border and was taken into custody by the
    South Korean coast guard": custody by the forces of the country people fled to is how their
    flight ended, the flight told again, not an arrest of its own. It joins the flight told of
    the same people (one sentence, one person or group, or the same count); not when marked as
    another act ("was also detained")."""
    event = item.event
    if event.type != "arrest" or event.status != "occurred" or _marked_as_another(item):
        return None
    if not any(actor.country in SAFE_COUNTRIES for actor in event.perpetrators):
        return None
    for earlier in reversed(joined):
        if earlier.event.type != "escape" or earlier.event.status != "occurred":
            continue
        va, vb = earlier.event.victims, event.victims
        same_count = bool(va and vb and va.count_min is not None and va.count_min == vb.count_min)
        if (
            _same_sentence(earlier, item)
            or (earlier.entity is not None and earlier.entity == item.entity)
            or same_count
        ):
            return earlier
    return None


# Nouns for people who have been sent back ("the returnees were taken to the bureau").
RETURNED_PEOPLE_NOUNS = frozenset({"returnee", "deportee", "repatriate"})
# How many sentences back a return told as done may stand and still be the one a move goes on from
# ("China sent 60 back on Friday. Most had been held for months. The returnees were taken to ...").
RETURN_REACH = 2


def _custody_after_return(
    joined: list[Found], folded: list[tuple[Found, Found]], item: Found
) -> Found | None:
    """ "China handed 60 North Koreans over on Friday … The returnees were taken by bus to the
    state security bureau in Onsong", "they were handed over at the bridge and driven straight to
    a holding facility": people already in custody, handed back across the border, are carried on
    by the North's officers to where they hold them. The move to the place of custody is the end
    of the return, told again, not a taking-in of its own. It joins a return to the North told as
    done in its own sentence or one of the two before (by any of its mentions), when it is told
    of the same people (a pronoun, "the returnees", "the group") by a verb of moving to a place,
    not one of taking in ("were arrested", "taken away", "taken into custody"). A third country
    that receives people and takes them to its own detention centre holds them pending a return
    of its own: an arrest there."""
    event = item.event
    if event.type != "arrest" or event.status != "occurred" or _marked_as_another(item):
        return None
    trigger = item.trigger
    if not _moved_to_a_place(trigger):
        return None
    subject = _subject_token(trigger)
    moved = subject if subject is not None and subject.dep_ == "nsubjpass" else None
    if moved is None:
        moved = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if moved is None or not (moved.lemma_.lower() in RETURNED_PEOPLE_NOUNS or is_definite(moved)):
        return None
    if any(actor.country not in {None, "KP"} for actor in event.perpetrators):
        return None  # ("Chinese police took them to a detention facility": custody abroad)
    # (the first word of the sentence RETURN_REACH sentences back)
    reach = sentences_back(trigger.doc, sentence_of(trigger).start, RETURN_REACH)
    for earlier in reversed(joined):
        if earlier.event.type != "repatriation" or earlier.event.status != "occurred":
            continue
        mentions = [earlier, *(m for m, t in folded if t is earlier)]
        if {_receiving_country(m.trigger) for m in mentions} - {None, "KP"}:
            # ("Lao officers handed them to Chinese police, who took them to a detention facility
            # in Mengla": a third country's police take people in, pending a return of their own)
            continue
        if any(reach <= m.trigger.i < trigger.i for m in mentions):
            return earlier
    return None


def _moved_to_a_place(trigger: Token) -> bool:
    """Is the trigger a verb of moving people to a place ("taken to the bureau", "driven straight
    to a holding facility"), and not "taken away" or "taken into custody"?"""
    # (handing people on to the body that holds them ends a return too: "on arrival the group was
    # handed to the provincial state security department")
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in MOVING_VERBS | HANDING_VERBS:
        return False
    if any(c.dep_ == "prt" and c.lower_ == "away" for c in trigger.children):
        return False
    goals = [
        o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"to", "into"} for o in p.children
    ]
    return bool(goals) and not any(g.lemma_.lower() == "custody" for g in goals)


# Measures a lead sums up as one operation that the body then tells step by step: a search, and
# a campaign ("has stepped up a crackdown on Chinese phones … detection teams have been tracing
# calls"), which a report names once as a whole and then by its acts. Not restrictions: a report lists several of them (a border closed, checkpoints set up, permits
# stopped), each a measure of its own, in the lead and again in the body.
DETAILED_MEASURES = frozenset({"search", "crackdown"})


def _lead_sentence(found: list[Found]) -> int | None:
    """Where the report's lead starts: the first sentence that tells an event."""
    starts = [sentence_of(f.trigger).start for f in found]
    return min(starts, default=None)


def _lead_measure_detailed(joined: list[Found], item: Found, lead: int | None) -> Found | None:
    """A news lead sums up a measure and the body then tells it in detail with other words:
    "Police have stepped up house searches in border villages, a source said. … In Hoeryong,
    officers went door to door checking phones for two days" is one search. The first later
    mention of the kind restates the lead's measure, unless it is set apart, marked as another
    ("also", "other", "similar", "again"), or told with another day, month, year or country; a further
    mention is counted as another measure (see `_same_event`)."""
    if lead is None or item.event.type not in DETAILED_MEASURES:
        return None
    kin = [j for j in joined if j.event.type == item.event.type]
    if len(kin) != 1:
        return None
    earlier = kin[0]
    if sentence_of(earlier.trigger).start != lead or _same_sentence(earlier, item):
        return None
    if earlier.event.status != item.event.status or earlier.entity is not None or item.entity is not None:
        return None
    if reaches_further_places(earlier.trigger) or reaches_further_places(item.trigger):
        # an act told as reaching a further place is the act done there, a further event of the
        # kind: "extended its ban from Kilju to Tanchon … the ban began in Kilju" are two places
        return None
    if _body_tells_another(earlier, item):
        return None  # "agents searched homes in Hyesan … In Musan, police searched the market"
    if item.event.type == "search" and _occasions_apart(earlier, item):
        return None  # "have been searching homes since May … on Saturday officers emptied bags"
    return earlier


# Adverbs that tell an act as the one that came next ("officers then searched the houses nearby").
NEXT_ACT_ADVERBS = frozenset({"then", "afterwards", "subsequently", "later"})


def _occasions_apart(lead: Found, body: Found) -> bool:
    """A search told in a lead as going on ("police have been going door to door since early
    December, searching homes") and one occasion of it the body dates on its own ("in the Hoesang
    district, teams searched more than 100 houses last week"), or the other way round (a search
    "last week", then checks every night "since then"), or a body search told as the next act
    ("officers then searched a dozen neighbouring houses"), are two searches: a report counts each
    occasion it dates, not only the measure as a whole. A body mention that points back ("the
    searches are part of a winter campaign announced at the end of November") is the lead's
    search told again, whatever its clause dates."""
    if body.anaphoric and body.trigger.pos_ == "NOUN":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in NEXT_ACT_ADVERBS for c in body.trigger.children):
        return True
    return (_told_as_going_on(lead) and _dated_once(body)) or (_told_as_going_on(body) and _dated_once(lead))


def _told_as_going_on(item: Found) -> bool:
    """Whether a mention's clause tells its act as going on from a time "since" ("have been
    searching homes since early July", "since then, heads have been ordered to check every
    household"); not when the act is itself that time ("held since last week's hunt for grain")."""
    doc = item.trigger.doc
    since = [
        c
        for verb in _verbs_of(item.trigger)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "since"
    ]
    since += [
        doc[ent.start - 1]
        for ent in _clause_dates(item)
        if ent.start > 0 and doc[ent.start - 1].lower_ == "since"
    ]
    return any(not (word.left_edge.i <= item.trigger.i <= word.right_edge.i) for word in since)


def _dated_once(item: Found) -> bool:
    """Whether a mention's own clause, or a clause it is joined to or hangs on, dates it, and not
    as going on ("on Saturday", "last week"; "sealed off the district last week and searched
    every house")."""
    if _told_as_going_on(item):
        return False
    by_clause = _dates_by_clause(item.trigger.doc)
    return bool(_clause_dates(item)) or any(by_clause.get(v.i) for v in _verbs_of(item.trigger))


# Links by which a verb shares the time of the verb above it ("sealed off … and searched",
# "ordered to check", "arrested after agents found", "found a radio hidden … during an inspection").
SHARED_TIME_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})


def _verbs_of(trigger: Token) -> list[Token]:
    """The trigger, its clause head, and the verbs that clause is joined to or hangs on."""
    verbs = [trigger]
    current = clause_head(trigger)
    while True:
        verbs.append(current)
        if current.dep_ not in SHARED_TIME_DEPS or current.head.i == current.i:
            return verbs
        current = clause_head(current.head)


def _body_tells_another(lead: Found, body: Found) -> bool:
    """Whether a body's mention of the lead's kind tells another act, not the lead's one told
    again: set apart, marked as another ("also", "other", "again"), its subject like another's,
    or told with another day, month, year, country or town ("police detained a woman in Yanji …
    In Tumen, officers arrested a man")."""
    if (
        _set_apart(body)
        or _marked_as_another(body)
        or _told_again(body)
        or _subject_like_another(body.trigger)
    ):
        return True
    if lead.dates and body.dates and not lead.dates & body.dates:
        return True
    if _months_apart(lead, body) or _years_apart(lead, body) or _other_country(lead, body):
        return True
    here, there = _settlements_named(lead.trigger), _settlements_named(body.trigger)
    return bool(
        here and there and not here & there and not any(_lies_within_any(name, here) for name in there)
    )


def _lead_act_retold(joined: list[Found], item: Found, lead: int | None) -> Found | None:
    """A lead whose people the parse could not read, retold in the body with them: "BEIJING,
    Jan 9 -- China has returned to North Korea a soldier who ... ¶ The man was handed over to
    border guards at the Sinuiju crossing on January 4" is one return. The lead sums up the
    news; the first later mention of the same act, with the same status and people of its own,
    restates it unless it is set apart, marked as another ("also", "other", "again") or told
    with another day, month, year, country, town or destination. (Between two sentences of the
    body, a verb with no people of its own is another event: `_same_event`.)"""
    if lead is None or item.event.type not in PEOPLE_EVENT_TYPES:
        return None
    kin = [j for j in joined if j.event.type == item.event.type]
    if len(kin) != 1:
        return None
    earlier = kin[0]
    if sentence_of(earlier.trigger).start != lead or _same_sentence(earlier, item):
        return None
    if earlier.trigger.tag_ not in {"VBD", "VBN"}:
        # The lead tells its act done, by a past or perfect verb; a noun ("began to make arrests in
        # the border towns") may be many acts, and a present verb a habit, not the one act retold.
        return None
    if earlier.event.victims is not None or item.event.victims is None:
        return None  # the lead named its people (`_same_event` judged them), or neither names any
    if earlier.event.status != item.event.status:
        return None
    if _body_tells_another(earlier, item) or _one_more_of_its_kind(item):
        return None
    if item.event.type == "repatriation" and _other_destination(earlier.trigger, item.trigger):
        return None  # "sent back to China … returned to North Korea": two handings
    return earlier


def _subject_like_another(trigger: Token) -> bool:
    """ "A similar campaign started in Musan", "another sweep began": a verb whose subject is
    marked as one more of the kind told is a further measure, not the lead's told in detail."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    subject = subject_of(clause_head(trigger))
    if subject is None:
        return False
    return any(
        (c.dep_ == "amod" and c.lower_ in LIKE_WORDS) or (c.dep_ == "det" and c.lower_ in OTHER_WORDS)
        for c in subject.children
    )


# Kinds of gazetteer entry that are landmarks an operation runs along, not a place of its own.
LANDMARK_KINDS = frozenset({"river", "border"})


def _settlements_named(trigger: Token) -> set[str]:
    """The places a trigger's sentence names that can set one operation apart from another: towns,
    districts, villages, counties, provinces and countries (`_places_named`). Left out: the
    dateline's city ("SEOUL, March 8 (Yonhap) —", where the report was filed), and rivers and
    borders ("homes near the Tumen were searched": the landmark the operation runs along)."""
    doc = trigger.doc
    gazetteer = load_gazetteer()
    named: set[str] = set()
    for name in _places_named(trigger):
        words = key_tokens(name)
        if words[:1] == ("the",):
            words = words[1:]
        if "river" in words or (
            words[:1] and words[0] in BORDER_RIVER_WORDS and _told_as_river(trigger, words[0])
        ):
            continue  # "the Tumen", "the Yalu River": the river, whatever town shares its name
        entries = [key.entry for key in gazetteer.index.get(words, [])]
        if entries and all(entry.kind in LANDMARK_KINDS for entry in entries):
            continue
        if _dateline_place(doc, name):
            continue
        named.add(" ".join(words))
    return named


def _told_as_river(trigger: Token, word: str) -> bool:
    """A border river's name in the trigger's sentence is told as the river ("the Tumen",
    "Tumen River"), not the town of that name ("a detention centre in Tumen")."""
    sentence = sentence_of(trigger)
    doc = trigger.doc
    for t in sentence:
        if t.lower_ != word:
            continue
        before = doc[t.i - 1].lower_ if t.i > 0 else ""
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if before == "the" or after == "river":
            return True
    return False


def _dateline_place(doc: Doc, name: str) -> bool:
    """The name stands in the report's dateline ("SEOUL, March 8 (Yonhap) —", as the places stage
    finds it): where the report was filed."""
    found = find_dateline(doc_text(doc))
    if found is None:
        return False
    dateline = expanded_span(doc, found[0], found[1])
    return dateline is not None and any(t.lower_ == name.split()[0] for t in dateline)


def _lies_within_any(name: str, wider: set[str]) -> bool:
    """`_lies_within`, and a place of a country the lead named as a whole ("North Korea has
    stepped up … in Ryanggang Province")."""
    if _lies_within(name, wider):
        return True
    gazetteer = load_gazetteer()
    countries = {
        key.entry.country
        for w in wider
        for key in gazetteer.index.get(key_tokens(w), [])
        if key.entry.kind == "country"
    }
    return any(key.entry.country in countries for key in gazetteer.index.get(key_tokens(name), []))


# Adjectives and verbs that make control points more of them, set up beside a measure told before
# ("extra checkpoints", "has added checkpoints", "new checkpoints have gone up"): a measure of
# their own.
MORE_POINTS_WORDS = frozenset({"extra", "additional", "more", "further", "other", "similar", "new", "add"})


def _control_point(trigger: Token) -> bool:
    """The trigger is a control point, or a verb whose object or place is one ("posted at
    checkpoints")."""
    points = background_words()["control_point_nouns"]
    if trigger.lower_ in points:
        return True
    return any(
        o.lower_ in points for o in [*trigger.children, *prep_objects(trigger, frozenset({"at", "on"}))]
    )


def _control_points_of_a_restriction(joined: list[Found], item: Found) -> Found | None:
    """ "Authorities have banned residents from leaving the city without a permit, a source said.
    Checkpoints have been set up on every road out of the city." Control points told in the next
    sentence or two after a ban, a seal or a lockdown are how it is enforced: one movement
    restriction, told with its means. They are another measure when marked as more ("also",
    "extra checkpoints", "has added checkpoints", "a new checkpoint"), set apart, told in
    another month, year or country, or told with places the ban did not name."""
    if item.event.type != "movement_restriction" or not _control_point(item.trigger):
        return None
    earlier = next((j for j in reversed(joined) if j.event.type == "movement_restriction"), None)
    if earlier is None or _control_point(earlier.trigger) or _same_sentence(earlier, item):
        return None
    if earlier.trigger.i > item.trigger.i or _sentences_between(earlier, item) > 2:
        return None
    if earlier.event.status != item.event.status:
        return None
    if _set_apart(item) or _marked_as_another(item) or _told_again(item) or _more_points(item.trigger):
        return None
    if _months_apart(earlier, item) or _years_apart(earlier, item) or _other_country(earlier, item):
        return None
    here, there = _places_named(earlier.trigger), _places_named(item.trigger)
    if there and not all(name in here or _lies_within(name, here) for name in there):
        return None  # "… checkpoints on every road, and trains between Onsong and Hoeryong stopped": places of its own
    return earlier


# Words of a place shut as a whole: who may pass it is what the shutting means.
SEAL_LEMMAS = frozenset({"seal", "cordon", "close", "lockdown", "lock", "closure"})
# Words by which a rule names no one or everyone ("nobody was allowed in or out").
ALL_OR_NONE_WORDS = frozenset({"no", "nobody", "none", "anyone", "everyone"})


def _passage_of_a_seal(joined: list[Found], item: Found) -> Found | None:
    """ "Police sealed off the village on Monday. Nobody was allowed in or out for three days":
    who may pass, told of no one or everyone in the next sentence or two after a seal, a cordon
    or a lockdown, is what the seal means, one restriction told twice (where a ban told of some
    people, "traders may not leave the county", is a measure of its own)."""
    if item.event.type != "movement_restriction":
        return None
    subject = [c for c in item.trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not any(t.lower_ in ALL_OR_NONE_WORDS for c in subject for t in c.subtree):
        return None
    earlier = next((j for j in reversed(joined) if j.event.type == "movement_restriction"), None)
    if earlier is None or earlier.trigger.lemma_.lower() not in SEAL_LEMMAS:
        return None
    if earlier.trigger.i > item.trigger.i or _sentences_between(earlier, item) > 2:
        return None
    return earlier if earlier.event.status == item.event.status else None


def _more_points(trigger: Token) -> bool:
    """ "extra checkpoints", "has added checkpoints", "were also set up": words on the control
    point or on the verb that sets it up that make it more of them."""
    words = list(trigger.children)
    verb = trigger.head if trigger.dep_ in {"dobj", "nsubjpass", "pobj"} else trigger
    if verb.dep_ == "prep":
        verb = verb.head  # "posted at checkpoints"
    if verb.i != trigger.i:
        words += [verb, *verb.children]
    return any(w.lemma_.lower() in MORE_POINTS_WORDS or w.lower_ in ANOTHER_WORDS for w in words)


def _lies_within(name: str, wider: set[str]) -> bool:
    """Whether a place the body names lies in one the lead named ("in Yanbian" … "in Helong"),
    by the gazetteer's chain of the places that hold it."""
    gazetteer = load_gazetteer()
    wide = {key_tokens(w) for w in wider}
    for key in gazetteer.index.get(key_tokens(name), []):
        chain = gazetteer.parent_chain(key.entry)
        if any(key_tokens(p.name) in wide or key_tokens(p.display_name) in wide for p in chain):
            return True
    return False


def _act_decided(joined: list[Found], decision: Found) -> Found | None:
    """The report's telling of the act a decision named ("its decision to turn over nine
    defectors … the nine were returned via China"): the nearest event of its kind told as done,
    with no count that contradicts the decision's; none when the report never tells it done."""
    count = decision.event.victims.count_min if decision.event.victims else None
    done = [
        j
        for j in joined
        if j.event.type == decision.event.type
        and j.event.status == "occurred"
        and not (
            count is not None
            and j.event.victims is not None
            and j.event.victims.count_min not in (None, count)
        )
    ]
    return min(done, key=lambda j: abs(j.trigger.i - decision.trigger.i), default=None)


def _fold(target: Found, item: Found, actors: bool = True) -> None:
    """Another mention's evidence, count, actors and dates join the event it tells again."""
    event = target.event
    event.evidence.extend(
        s
        for s in _restatement(item)
        if not any(e.start <= s.start and s.end <= e.end for e in event.evidence)
    )
    if (event.victims is None or event.victims.count_min is None) and not _as_a_setting(item.trigger):
        # (a questioning named as the time of a beating names only those beaten: "two of the
        # women were beaten during questioning" does not count the people questioned)
        event.victims = item.event.victims or event.victims
    elif _counts_them_with_companions(event.victims, item):
        event.victims = item.event.victims
    for actor in item.event.perpetrators if actors else []:
        if actor not in event.perpetrators:
            event.perpetrators.append(actor)
    if any(a.name != ARRESTING_POLICE for a in event.perpetrators):
        # the police put in for an arrest told with no doer yield to the force another telling names
        event.perpetrators = [a for a in event.perpetrators if a.name != ARRESTING_POLICE]
    for actor in item.event.facilitators if actors else []:
        if actor not in event.facilitators:
            event.facilitators.append(actor)
    event.confidence = min(0.98, max(event.confidence, item.event.confidence) + 0.03)
    target.dates |= item.dates
    target.keys |= item.keys
    sex = _sex_of(item)
    if sex is not None:
        target.sexes.add(sex)
    if target.entity is None:
        target.entity = item.entity


def _counts_them_with_companions(told: Victims | None, item: Found) -> bool:
    """Whether a later telling counts the people told before together with companions it
    names: "he was detained for stealing cable … The boy was arrested with two friends" (three
    were arrested, not one). The later count is the earlier one plus the companions of the
    later telling, so the later group holds the people told first and is the fuller count."""
    later = item.event.victims
    if told is None or told.count_min is None or later is None or later.count_min is None:
        return False
    if later.count_min <= told.count_min:
        return False
    joined = with_companions(item.trigger, told)
    return joined is not None and joined.count_min == later.count_min


def _yields_to(event_type: str) -> tuple[str, ...]:
    return tuple(lexicon().cues["yields"].get(event_type, ()))


def _told_as(earlier: Found, later: Found) -> bool:
    """One event told as two kinds across sentences: "five women were executed … the five women
    were shot" is the execution, not also violence. The more specific kind (`yields` in
    cues.json) names it when both mentions are about the same number of the same people."""
    if later.event.type not in _yields_to(earlier.event.type) and earlier.event.type not in _yields_to(
        later.event.type
    ):
        return False
    if earlier.dates and later.dates and not earlier.dates & later.dates:
        return False
    if any(
        dates_another_act(one.trigger) and one.event.type in _yields_to(other.event.type)
        for one, other in ((earlier, later), (later, earlier))
    ):
        return False  # "the families were banished the day after the execution": two acts
    if "at_risk" in {earlier.event.status, later.event.status}:
        return False  # "they will be punished … either executed or sent to a camp": outcomes feared
    if _kin_and_other_people(earlier, later):
        return False  # "three men were executed … the families of the three were sent to farms"
    if _harm_before_a_killing(earlier, later):
        return False  # "he was executed … he had been beaten during questioning": two acts
    if earlier.entity is not None and earlier.entity == later.entity:
        return True
    if _trial_of(earlier, later):
        return True
    if (_subject_brought_in(later.trigger) or _people_brought_in(None, later)) and not _same_sentence(
        earlier, later
    ):
        # "a man was executed in one town … a man was shot in another": two men; so "the public
        # execution of a man … the case of a 19-year-old who was sentenced to ten years" (the
        # people a relative clause or an "of" phrase brings in by "a")
        return False
    va, vb = earlier.event.victims, later.event.victims
    return bool(
        va
        and vb
        and va.count_min is not None
        and va.count_min == vb.count_min
        and (va.group == vb.group or _open_group(va) or _open_group(vb))
    )


def _harm_before_a_killing(earlier: Found, later: Found) -> bool:
    """ "A fisherman was executed by firing squad in June … he was beaten so badly during
    questioning that he could not stand at his trial", "two men were shot at the airfield …
    three accomplices were sentenced to life in a kyohwaso": harm told by blows or a method of
    torture (cues.json's 'blows' of violence_kinds and violence_methods), and a penalty of a
    kind that leaves its people alive (a term, banishment, a lost post, a fine: penalty_kinds),
    is an act of its own beside an execution, not the execution told again; only a telling that
    kills ("the five were shot", "beaten to death", "sentenced to death") retells it."""
    for act, other in ((earlier, later), (later, earlier)):
        if other.event.type != "execution":
            continue
        if act.event.type == "violence":
            return _harm_that_kills_no_one(act.trigger)
        if act.event.type == "punishment":
            return any(k.startswith(PENALTY_KEY) for k in act.keys)
    return False


def _harm_that_kills_no_one(trigger: Token) -> bool:
    """Whether a violence trigger is a word of blows or torture with no death told on it
    ("beaten", "tortured"; not "beaten to death")."""
    harm = _harm_words()
    if trigger.lemma_.lower() not in harm and trigger.lower_ not in harm:
        return False
    return not any(t.lemma_.lower() in DEATH_WORDS for t in trigger.subtree)


@lru_cache(maxsize=1)
def _harm_words() -> frozenset[str]:
    """Words of blows and of torture's methods (cues.json), read once."""
    cues = lexicon().cues
    return frozenset(cues["violence_kinds"]["blows"]) | frozenset(cues["violence_methods"])


# Words that make harm a killing: "beaten to death", "tortured until he was dead".
DEATH_WORDS = frozenset({"death", "dead", "die", "kill"})


# Articles that bring someone new into a report: "a man", "another woman".
NEW_REFERENT_WORDS = frozenset({"a", "an", "another"})


def _subject_brought_in(trigger: Token) -> bool:
    """ "a man was executed in Hamhung … a man was shot by border guards near the river": people
    told with the indefinite article are someone the report has not named yet, so a mention
    of them in a later sentence tells another event, not the earlier one by another kind."""
    if trigger.pos_ != "VERB":
        return False
    # (the parser may give a dated verb two subjects: "In mid-May a man was shot")
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and subject_of(clause_head(trigger)) is not None:
        subjects = [subject_of(clause_head(trigger))]
    return any(c.dep_ == "det" and c.lower_ in NEW_REFERENT_WORDS for s in subjects for c in s.children)


def _subject_token(trigger: Token) -> Token | None:
    """The subject of a verb mention, its own or its clause's (None for a noun)."""
    if trigger.pos_ != "VERB":
        return None
    own = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return own if own is not None else subject_of(clause_head(trigger))


# Verbs whose subject is the one the act befalls ("a woman died", "a soldier fled").
UNDERGOING_VERBS = frozenset({"die", "flee", "escape", "defect", "cross", "disappear", "vanish"})


def _undergoer(trigger: Token) -> Token | None:
    """The subject of a verb mention when it names whom the act befell: a passive subject ("a
    political officer was dismissed") or the subject of a verb of undergoing ("an elderly man
    died"); not the doer ("a female guard searched her", "a patrol opened fire")."""
    subject = _subject_token(trigger)
    if subject is None:
        return None
    if subject.dep_ == "nsubjpass" or trigger.lemma_.lower() in UNDERGOING_VERBS:
        return subject
    return None


def _brought_in(subject: Token | None) -> bool:
    return subject is not None and any(
        c.dep_ == "det" and c.lower_ in NEW_REFERENT_WORDS for c in subject.children
    )


def _people_brought_in(subject: Token | None, item: Found) -> bool:
    """Are a mention's people brought in by an indefinite article, on its subject or, when the
    parse gives it none, at the head of the people it read from its own words ("a man moving
    goods")? People carried from an earlier mention are not its own."""
    if _brought_in(subject):
        return True
    victims = item.event.victims
    words = (victims.text or "").lower().split() if victims and item.own_people else []
    return len(words) >= 2 and words[0] in NEW_REFERENT_WORDS


def _someone_else_brought_in(earlier: Found, later: Found) -> bool:
    """English brings a person it has not told of yet into the story by an indefinite article
    ("a man", "an officer"), and points back to one it has told by a pronoun or a definite
    article. A later mention whose subject is brought in so, as someone other than the earlier
    mention's subject, tells of another person when the earlier subject is
    - itself brought in, in the same sentence: "an officer commanding a border company was handed
      ten years, and a regimental political officer was dismissed" (two clauses, two people);
    - itself brought in, in another sentence, the two naming places, none the same:
      "Mid-July: a man carrying goods was shot near Manpo. … Late July: an elderly man held in
      a cell in Haeju died" (a lead's "a man" retold as "a 30-year-old man" in the same town
      stays one person);
    - a pronoun for one person, told in an earlier sentence: "she was kicked … a woman in the
      neighbouring cell died after guards beat her" (the pronoun's person is told already)."""
    first, second = _undergoer(earlier.trigger), _undergoer(later.trigger)
    if second is None or (first is not None and first.i == second.i) or not _brought_in(second):
        return False
    if _same_sentence(earlier, later):
        if earlier.trigger.tag_ == "NN" and earlier.event.victims is None:
            return False  # "an execution was carried out in May, when a man was shot": its person (not one of "seven executions")
        # (the later clause's own subject: a verb sharing the first's subject tells its person)
        return second.head.i == later.trigger.i and second.i > earlier.trigger.i
    if _people_brought_in(first, earlier):
        return _names_another_place(earlier, later)
    return first is not None and first.lower_ in {"he", "she"}


def _names_another_place(earlier: Found, later: Found) -> bool:
    """Do the two mentions' sentences each name places, none of them the same? ("A family was
    caught at the river … a man, his wife and their daughter tried to cross the Tumen near
    Musan" names the place once: the body may only say where the lead's event was.)"""

    def places(item: Found) -> set[str]:
        # (the tagger may take a county town for an organisation: the gazetteer knows it)
        return {
            t.lower_
            for t in sentence_of(item.trigger)
            if t.text[:1].isupper()
            and t.lower_ not in UNIT_NOUNS
            and (t.ent_type_ in PLACE_ENTITY_LABELS or (t.pos_ == "PROPN" and _gazetteer_name(t)))
        }

    first, second = places(earlier), places(later)
    return bool(first and second) and not first & second


def _gazetteer_name(token: Token) -> bool:
    return bool(load_gazetteer().index.get(key_tokens(token.text)))


# Nouns for the hearing at which a sentence is passed.
TRIAL_NOUNS = frozenset({"trial", "verdict"})


def _trial_of(earlier: Found, later: Found) -> bool:
    """ "Two men were executed by firing squad in Hyesan. The sentence was handed down at an open
    trial at the airfield": a trial told with no people of its own, in the sentence after an
    execution, is the hearing that sentenced those executed, not a penalty of its own ("five
    others were sentenced at the same trial" names its own people, "another trial was held"
    is another hearing, "the trial sentenced twelve defendants" has people of its own)."""
    if earlier.event.type != "execution" or "execution" not in _yields_to(later.event.type):
        return False
    if later.trigger.pos_ != "NOUN" or later.trigger.lemma_.lower() not in TRIAL_NOUNS:
        return False
    if later.event.victims is not None or later.trigger.i < earlier.trigger.i:
        return False
    trial = later.trigger
    if any(c.lower_ in OTHER_WORDS | {"same"} for c in trial.children):
        return False  # "another trial was held at the same time as the execution"
    if trial.dep_ == "nsubj" and trial.head.pos_ == "VERB":
        return False  # "the trial sentenced twelve defendants": a hearing with people of its own
    return _sentences_between(earlier, later) <= 1


def refers_back(trigger: Token) -> bool:
    """Whether a mention points back to an event the report has told: a noun with a possessive
    or a definite article ("their defection", "the execution"), a participle inside a definite
    phrase ("the two arrested agents were brought back"), or a verb whose subject is a definite
    phrase or a pronoun ("the seven men were detained for two weeks", "they were questioned")."""
    if trigger.pos_ == "NOUN":
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children)
    if trigger.dep_ == "amod" and trigger.head.pos_ in {"NOUN", "PROPN"}:
        noun = trigger.head
        while noun.dep_ in {"compound", "amod", "nmod"} and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # "the two arrested Party agents": the determiner is the phrase head's
        # (the parser may hang "the two" on the participle as its subject)
        return is_definite(noun) or any(
            c.dep_ in {"nsubj", "nsubjpass"} and is_definite(c) for c in trigger.children
        )
    if trigger.tag_ == "VBN" and trigger.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}:
        return True  # a participle used as a noun for people: "put the number of arrested at 15"
    if trigger.pos_ != "VERB":
        return False
    subject = subject_of(clause_head(trigger)) or subject_lost_to_a_participle(clause_head(trigger))
    return subject is not None and is_definite(subject)


# Prepositions that date one act by another: "soon after their arrest", "upon their arrest".
TIMING_PREPOSITIONS = TIME_PREPOSITIONS | {"upon"}


def _time_by_a_told_act(trigger: Token) -> bool:
    """ "Activists believe the women were sent back soon after their arrest", "Since the family's
    escape, agents have been searching the town": an event noun with an owner, after a
    preposition of time, dates another act by an act the report has told; it is that act
    named again, not news of its own (its mood is the clause's: "they may be sent back after
    their arrest" does not make the arrest a threat)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in TIMING_PREPOSITIONS
        and any(c.dep_ == "poss" for c in trigger.children)
    )


def _destination(trigger: Token) -> str | None:
    """The place a sending goes "to", by its own words ("sent back to China" → "china")."""
    obj = _destination_word(trigger)
    if obj is None:
        return None
    # the place's own name, not places in words the parser hung on it ("back to North Korea,
    # activists in Laos said": not "north korea laos")
    name = next((e for e in doc_ents(obj.doc) if e.start <= obj.i < e.end), None)
    return name.text.lower() if name is not None else obj.lower_


def _destination_word(trigger: Token) -> Token | None:
    heads = [
        trigger,
        *(c for c in trigger.children if c.dep_ in {"advmod", "prt"} and c.lower_ in {"back", "home"}),
    ]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in {"GPE", "LOC"}:
                return obj
    return None


def _receiving_country(trigger: Token) -> str | None:
    """The country a sending delivers people into, by the place it goes "to" ("returned to North
    Korea" → KP) or by the authority that receives them ("handed to Chinese police", "turned
    over to Lao officials": the country word on the receiving body, actors.json
    'foreign_authority_words'; "North Korean security officials" → KP)."""
    words = actor_words().foreign_authority_words
    heads = [
        trigger,
        *(
            c
            for c in trigger.children
            if c.dep_ in {"advmod", "prt"} and c.lower_ in {"back", "home", "over"}
        ),
    ]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if obj.ent_type_ in {"GPE", "LOC"}:
                return country_of_place(obj)
            for word in (c for c in obj.children if c.dep_ in {"amod", "compound", "nmod"}):
                if word.lower_ == "korean" and any(c.lower_ in {"north", "south"} for c in word.children):
                    return "KP" if any(c.lower_ == "north" for c in word.children) else "KR"
                if word.lower_ in words:
                    return words[word.lower_]
    return None


def _other_destination(earlier: Token, later: Token) -> bool:
    """Two sendings to different countries are two events (a return through a third country):
    "handed to Chinese police at the border … later returned to North Korea via Dandong"."""
    a, b = _destination(earlier), _destination(later)
    if a is not None and b is not None and a != b and not _places_of_one_country(earlier, later):
        return True
    c, d = _receiving_country(earlier), _receiving_country(later)
    return c is not None and d is not None and c != d


def _places_of_one_country(earlier: Token, later: Token) -> bool:
    """ "sent back to North Korea through Dandong … handed to the North's officials on the bridge
    to Sinuiju": a country and a town in it (or two towns of one country) are one destination
    told at two scales, not two sendings; only places of two countries are."""
    a, b = _destination_word(earlier), _destination_word(later)
    if a is None or b is None:
        return False
    countries = {country_of_place(a), country_of_place(b)}
    return None not in countries and len(countries) == 1


def _told_again(item: Found) -> bool:
    """ "escaping again in 2010", "was arrested once more": the act repeated, not restated."""
    trigger = item.trigger
    return any(
        (c.dep_ == "advmod" and c.lower_ == "again")
        or (c.dep_ in {"advmod", "npadvmod"} and c.lower_ == "more" and trigger.doc[c.i - 1].lower_ == "once")
        for c in trigger.children
    )


def _marked_as_another(item: Found) -> bool:
    """ "The broker was also arrested", "eight other defectors were caught", "similar searches
    followed in Musan": a further event."""
    trigger = item.trigger
    if _also_done(trigger):
        return True
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in LIKE_WORDS for c in trigger.children):
        return True  # "similar raids were carried out in the next county": one more of the kind
    victims = item.event.victims
    return _others_set_apart((victims.text or "").lower().split() if victims else [])


def _also_done(trigger: Token) -> bool:
    """ "was also sent to a camp", "were fined too": a verb marked as one more act."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in ANOTHER_WORDS for c in trigger.children
    )


def _others_set_apart(words: list[str]) -> bool:
    """Whether "other" in a phrase for people sets them apart from people told before ("eight
    other defectors", "the others"), not from people the same phrase lists first ("a man, his
    wife and two other people" are four people, who may be the four the report told of)."""
    for i, word in enumerate(words):
        if word in OTHER_WORDS:
            return not any(w in {"and", ",", "with"} for w in words[:i])
    return False


def _set_apart(item: Found) -> bool:
    """ "Police detained two women in Hyesan on 3 May. In a separate case, police detained two
    men in Musan on 3 May.": a sentence that opens by setting itself apart (cues.json
    'separate_markers') tells another event, even of the same kind, count and date."""
    trigger = item.trigger
    sentence = sentence_of(trigger)
    doc, table = trigger.doc, token_table(trigger.doc)
    # (the words read from the Doc's table: a Token is built only for an adverb, which alone may
    # tell how the sources were heard)
    words = (
        table.lower[i]
        for i in range(sentence.start, trigger.i)
        if not table.is_punct[i] and not (table.dep[i] == "advmod" and _how_sources_were_heard(doc[i]))
    )
    before = " " + " ".join(words) + " "
    return any(f" {marker} " in before for marker in lexicon().cues["separate_markers"])


def _one_more_of_its_kind(item: Found) -> bool:
    """ "A similar execution was carried out in the city last October", "a second group of
    returnees was sent back in June", "a further group of 20 were arrested in May": an event noun,
    or the subject of the verb, that "a similar", "a second" or "a further" marks as one more of
    its kind tells another event than the one told before ("the second such execution" may be
    the one told)."""
    return any(_marked_one_more(word) for word in _words_that_name_the_act(item.trigger))


def _words_that_name_the_act(trigger: Token) -> list[Token]:
    """An event noun itself; for a verb, the subjects of the verbs whose clauses hold it, up to
    a clause of speech ("a similar execution was carried out last October, when a woman was shot":
    the execution; "a second source said police arrested …" stops at what was said)."""
    if trigger.pos_ == "NOUN":
        return [trigger]  # (the noun's own words say which act it is: "since the arrests began")
    words: list[Token] = []
    word = trigger
    while True:
        if word.pos_ == "NOUN":
            words.append(word)
        elif word.pos_ in {"VERB", "AUX"}:
            subject = subject_of(word)
            if subject is not None:
                words.append(subject)
        if word.dep_ in {"ROOT", "ccomp", "parataxis", "conj"} or word.head.i == word.i:
            return words
        word = word.head


def _marked_one_more(word: Token) -> bool:
    """ "a similar sweep", "a second group", "a further group of around 20"."""
    children = list(word.children)
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children)
    return indefinite and any(c.dep_ in {"amod", "advmod"} and c.lower_ in ONE_MORE_WORDS for c in children)


def _how_sources_were_heard(word: Token) -> bool:
    """ "According to two eyewitnesses interviewed separately, the three were shot": an adverb of a
    participle that describes the people a report heard (a reduced relative, "eyewitnesses
    interviewed separately") tells how the account was gathered, not that the act is another."""
    head = word.head
    return word.dep_ == "advmod" and head.dep_ == "acl" and head.tag_ == "VBN" and head.i < word.i


def _sentence_carried_out(earlier: Found, later: Found) -> bool:
    """ "Five women have been sentenced to five years in a labour camp. They are expected to be
    sent to the camp in Kaechon": people sentenced, then told by a pronoun as still to be sent to
    serve it, are told the one punishment twice (the sentence and its serving), not a second
    penalty that looms."""
    if earlier.event.type != "punishment" or earlier.event.status != "occurred":
        return False
    if later.event.status != "at_risk" or not later.anaphoric:
        return False
    if earlier.trigger.lemma_.lower() != "sentence" or later.trigger.lemma_.lower() != "send":
        return False
    va, vb = earlier.event.victims, later.event.victims
    return vb is None or _bare_pronoun(vb) or (va is not None and va.count_min == vb.count_min)


def _spread_apart(earlier: Found, later: Found) -> bool:
    """Is one of two mentions the act told as reaching a further place (`reaches_further_places`)?
    Across sentences always; within one sentence when the mention that spreads heads a clause of
    its own that does not hold the other mention: "dozens were held in Musan during a campaign
    against phones, a source said, adding that the crackdown has been extended to nearby
    Onsong" tells two campaigns, while "the crackdown in Musan has spread to Onsong" names one
    (a single trigger) and "a crackdown that began in Musan and spread to Onsong" keeps the
    first mention inside the spreading clause."""
    for spreading, other in ((earlier, later), (later, earlier)):
        if not reaches_further_places(spreading.trigger):
            continue
        if not _same_sentence(earlier, later):
            return True
        verb = spreading.trigger.head
        if not (verb.left_edge.i <= other.trigger.i <= verb.right_edge.i):
            return True
    return False


def _helps_flight(victims: Victims | None) -> bool | None:
    """Whether a single description of people names only those who helped a flight ("a broker",
    "the two guides"): a word of `facilitator_nouns` (cues.json) in a description that lists no
    one else ("nine defectors and their guide" names the group); None when no people are told."""
    words = [w.strip(".,;:'\"").lower() for w in (victims.text or "").split()] if victims else []
    if not words or words[0] in PRONOUNS:
        return None
    helpers = lexicon().cues["facilitator_nouns"]
    named = any(w in helpers or (w.endswith("s") and w[:-1] in helpers) for w in words)
    return named and not any(w in {"and", "with", "&"} for w in words)


def _helper_and_helped(earlier: Found, later: Found) -> bool:
    """ "Guards caught a young woman at the river on Friday … A smuggler who had guided her was
    seized at his home two days later": a later sentence that brings in a flight's helper by an indefinite
    article ("a broker", "a smuggler") as the one its verb befell, after an act done to people who
    are not helpers, tells a second act (the runaway's arrest and the broker's), however alike
    their counts and kinds of people. The other way round it may be one person told twice ("a
    smuggler was arrested … the man is being held"), and so may "the broker" (pointing back)."""
    if _same_sentence(earlier, later) or later.trigger.pos_ not in {"VERB", "AUX"}:
        return False
    victims = later.event.victims
    words = (victims.text or "").lower().split() if victims else []
    if not words or words[0] not in {"a", "an"}:
        return False  # ("the broker", "the man": may point back to the one told before)
    return _helps_flight(earlier.event.victims) is False and _helps_flight(victims) is True


def _same_event(earlier: Found, later: Found) -> bool:
    if earlier.event.type != later.event.type:
        return False
    if _spread_apart(earlier, later):
        return False  # "… the detentions have since spread to Yonsa county": the act done elsewhere
    if _set_apart(later) and not _same_sentence(earlier, later):
        return False
    if _one_more_of_its_kind(later) and not _same_sentence(earlier, later):
        return False  # "… executed a man on May 3. A similar execution was carried out last autumn"
    if (
        earlier.event.type == "punishment"
        and not _same_sentence(earlier, later)
        and _other_penalty(earlier, later)
    ):
        return False  # "three others were given five years … two managers were dismissed": two penalties
    if earlier.event.type == "punishment" and _other_kind_of_penalty(earlier, later):
        return False  # "he had to pay a fine … they were ordered to do labour training": two penalties
    if earlier.event.type == "punishment" and (
        _earlier_penalty_described(earlier, later) or _earlier_penalty_described(later, earlier)
    ):
        # "two clerks, who had been dismissed in May, were sentenced to three years": two penalties
        return False
    if _terms_of_a_group_told(earlier, later):
        return True  # "four guards were sentenced … a sergeant got 12 years and the three others eight"
    if earlier.event.type == "punishment" and _other_terms(earlier, later):
        return False  # "the guard received 15 years, and the couple were given 10 years": two sentences
    if earlier.dates and later.dates and not earlier.dates & later.dates:
        return False  # told with different dates: different events
    if (
        earlier.event.type == "search"
        and not _same_sentence(earlier, later)
        and _occasions_apart(earlier, later)
    ):
        return False  # "have been searching homes since May … on Saturday officers emptied bags"
    if _questioning_as_a_setting(earlier, later) or _questioning_goes_on(earlier, later):
        return True  # "are being interrogated … several were beaten during questioning"
    if earlier.event.type == "violence" and (
        _death_by_the_harm(earlier, later) or _death_by_the_harm(later, earlier)
    ):
        return True  # "died in custody after being beaten": the beating is the death's cause, one act
    if earlier.event.type == "violence" and _other_kind_of_harm(earlier, later):
        return False  # "beaten by his superiors" … "came under fire from guards as he crossed"
    if earlier.event.type == "arrest" and _custody_moved_elsewhere(earlier, later):
        return False  # "arrested in Chiang Mai … transferred to the detention centre in Bangkok"
    if (
        earlier.event.type == "arrest"
        and later.trigger.i > earlier.trigger.i
        and held_after_return(later.trigger)
    ):
        return False  # "caught in Changbai … were handed over … and are now being held by state security"
    if earlier.event.type == "arrest" and _held_after_told_return(earlier, later):
        return False  # "captured in China … were sent back last month. The two are being held in Chongjin"
    if not _same_sentence(earlier, later) and (
        _months_apart(earlier, later)
        or _years_apart(earlier, later)
        or _other_country(earlier, later)
        or _new_setting(earlier, later)
    ):
        return False
    if earlier.event.status == "occurred" and _time_by_a_told_act(later.trigger):
        return True  # "sent back soon after their arrest": the arrest told before, whatever the verb's mood
    statuses = {earlier.event.status, later.event.status}
    if _sentence_carried_out(earlier, later):
        return True
    if len(statuses) > 1 and "at_risk" in statuses and earlier.event.type in PEOPLE_EVENT_TYPES:
        return False  # "were sent back to China" is not "face being sent back to the North"
    if statuses == {"occurred", "attempted"} and _leg_and_goal(earlier, later):
        return True  # "they had crossed into Laos and were trying to reach Thailand": one journey
    if statuses == {"occurred", "attempted"} and not (later.anaphoric and later.trigger.pos_ == "NOUN"):
        # "they slipped into Laos in May … in June they tried to reach Thailand": a leg made and a
        # leg tried, told apart, are two acts ("… the failed escape" still points back to the attempt)
        return False
    if (
        earlier.event.type == "escape"
        and not _same_sentence(earlier, later)
        and _crossing_and_arrival(earlier, later)
    ):
        return False  # "who reached South Korea last autumn … I crossed the Tumen near Musan": two legs
    if _told_again(later) and not _same_sentence(earlier, later):
        return False  # "she crossed in 1998 … escaping again in 2010": the same people, another act
    if _believed_in_another_paragraph(earlier, later):
        return False  # "… reached Japan in a boat. ¶ A boat has been missing … they may have sailed south"
    if earlier.event.type == "repatriation" and _other_destination(earlier.trigger, later.trigger):
        return False  # "sent back to China, where they would be returned to North Korea": two handings
    if (
        earlier.event.type == "repatriation"
        and _same_sentence(earlier, later)
        and _clauses_dated_apart(earlier, later)
    ):
        return False  # "who were deported to China in mid-May were sent back last Thursday": two handings
    if _other_sex(earlier, later):
        return False  # "his aunt had left … he crossed the river": two people
    if _someone_else_brought_in(earlier, later):
        return False  # "an officer was given ten years, and a political officer was dismissed": two people
    if _narrator_and_another(earlier, later):
        return False  # "my aunt had left for the South … I crossed the river": two people

    if _helper_and_helped(earlier, later):
        return False  # "guards caught a young woman … a smuggler who had guided her was seized"
    if _penalties_of_two_clauses(earlier, later):
        return False  # "the guard got ten years, and his sons were banished to a farm": two penalties
    if earlier.entity is not None and earlier.entity == later.entity:
        return True
    if _kin_and_other_people(earlier, later):
        return False  # "three workers were sent to a camp … the families of the three were evicted"
    if _narrators_journey(earlier, later):
        return True
    if _one_of_them(earlier, later) or _the_others_of(earlier, later):
        return True  # (before "other" is read as another event: "the other two" are the rest)
    if _a_child_of_the_group(earlier, later):
        return True
    if _one_act_in_two_verbs(earlier, later):
        return True
    if later.own_people and _marked_as_another(later) and not _same_sentence(earlier, later):
        return False  # ("not only stripped of membership but also expelled": one telling)
    if _someone_new(earlier, later):
        return False
    va, vb = earlier.event.victims, later.event.victims
    counts_differ = bool(
        va and vb and va.count_min is not None and vb.count_min is not None and va.count_min != vb.count_min
    )
    if later.anaphoric and earlier.event.status == later.event.status and _same_people_named(earlier, later):
        return True  # "a family of five who fled … The family had crossed the river in July"
    if later.anaphoric and not later.own_people and va is None and earlier.event.status == later.event.status:
        # "urged Laos not to deport to China the four women held in Pakse … All of them are at
        # risk of being sent back": the earlier telling named no people the parse could read,
        # the later one points back and names none of its own
        return True
    if later.anaphoric and later.event.type == "arrest" and _custody_now(later.trigger):
        return earlier.event.status == "occurred"  # "… detained two women. The five are being held in X"
    if later.anaphoric and not later.own_people and later.trigger.pos_ == "NOUN":
        return True  # "the public execution", its people guessed from the sentence around it
    if counts_differ:
        return _one_coordinated_group(earlier, later)
    same_count = bool(va and vb and va.count_min is not None and va.count_min == vb.count_min)
    if later.anaphoric and (later.trigger.pos_ == "NOUN" or vb is None or same_count or _bare_pronoun(vb)):
        # a verb points back when it names no other people ("the man was arrested", "they had
        # travelled for weeks" after "eleven North Koreans who crossed the river")
        return True
    if earlier.event.type not in PEOPLE_EVENT_TYPES:
        # A measure (search, restriction, crackdown) named twice in one sentence is one measure;
        # told in another sentence it is counted as another (measured: joining across sentences
        # merged separate searches more often than it joined restatements).
        return sentence_of(earlier.trigger) == sentence_of(later.trigger) or _repeated_measure(earlier, later)
    if sentence_of(earlier.trigger) == sentence_of(later.trigger):
        # One mention says whom, the other does not, or a verb and a noun name one act
        # ("sentenced three students … at a public trial"): the same event told twice.
        nominal = {earlier.trigger.pos_, later.trigger.pos_} == {"NOUN", "VERB"}
        return (
            nominal
            or earlier.entity is None
            or later.entity is None
            or _one_act_in_two_verbs(earlier, later)
            or _told_by_its_moment(earlier.trigger, later.trigger)
            or _held_after_taken(earlier.trigger, later.trigger)
            or _held_after_taken(later.trigger, earlier.trigger)
        )
    if earlier.event.type == "escape" and va is not None and vb is None and _vessel_crossing(later.trigger):
        return True  # "four men crossed the sea border in a boat … the navy spotted it after it crossed"
    if va is not None and vb is None and _some_of_them(later.trigger):
        return True  # "… 30 migrants who had been caught. Some had been arrested in Yanji in July"
    if va is None or vb is None:
        # Across sentences, only an event named by a noun ("the public execution") is told
        # without its people; a verb with no people of its own is another event.
        nominal = _names_one_event(earlier.trigger) or later.trigger.pos_ == "NOUN"
        return nominal and (earlier.entity is None or later.entity is None)
    if _one_and_many(va, vb) or _one_and_many(vb, va):
        return False  # "the official was tortured" and later "detainees were beaten": not one act
    same_group = va.group == vb.group or _open_group(va) or _open_group(vb)
    if _several_families(va) != _several_families(vb):
        return False  # "families have defected" is not "a family of three defected"
    if va.count_min is not None and va.count_min == vb.count_min:
        return same_group
    # (a counted open group, "some 600 North Koreans", is what a later uncounted named group,
    # "North Korean defectors", restates; an uncounted open group may be anyone)
    counted_open = va.count_min is not None and vb.count_min is None and vb.group not in OPEN_GROUPS
    return (
        same_group
        and (va.group not in OPEN_GROUPS or counted_open)
        and (va.count_min is None or vb.count_min is None)
    )


# Prepositions that make an act the time in which another act was done ("during questioning").
MOMENT_PREPOSITIONS = frozenset({"during", "throughout"})


def _as_a_setting(trigger: Token) -> bool:
    """ "beaten during questioning", "beaten during the first weeks of questioning": an event noun
    that is only the time in which another act was done, reached through "of" phrases."""
    token = trigger
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i:
        token = token.head.head  # "the first weeks of questioning" -> "weeks"
    # (the parser may read "during questioning" as a gerund, the preposition's clause: pcomp)
    return token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in MOMENT_PREPOSITIONS


def _questioning_as_a_setting(earlier: Found, later: Found) -> bool:
    """ "Seven returnees are being interrogated at the county office … Several of the seven were
    beaten during questioning": a questioning named only as the time of another act (a beating)
    is the questioning the report has told, not another one, whoever of the group it names.
    (Told alone, with no questioning before it, it stays the report's only telling.)"""
    if earlier.event.type != "interrogation" or "at_risk" in {earlier.event.status, later.event.status}:
        return False
    return _as_a_setting(later.trigger) != _as_a_setting(earlier.trigger)


# Words that tell a process told before as still going on ("still being questioned",
# "remain under investigation", "continue to be interrogated").
GOING_ON_ADVERBS = frozenset({"still"})
GOING_ON_VERBS = frozenset({"remain", "continue"})
# Words that count people beyond those told before ("two more officials", "another man").
MORE_WORDS = frozenset({"more", "another", "further"})


def _questioning_goes_on(earlier: Found, later: Found) -> bool:
    """ "Agents questioned forty returnees in Onsong … the others were still being investigated",
    "… about a dozen remain under investigation": a questioning told as still going on, after
    a questioning the report told, is that questioning's course, not a new one ("two more
    officials remain under investigation" is marked as another)."""
    if earlier.event.type != "interrogation" or earlier.event.status != "occurred":
        return False
    if later.event.status != "occurred" or _marked_as_another(later) or _told_again(later):
        return False
    trigger = later.trigger
    holder = trigger.head if trigger.dep_ in {"prep", "xcomp"} else None
    subject = subject_of(holder if holder is not None else clause_head(trigger))
    if subject is not None and any(t.lower_ in MORE_WORDS for t in subject.subtree):
        return False  # "two more officials remain under investigation": others questioned
    if any(c.dep_ == "advmod" and c.lower_ in GOING_ON_ADVERBS for c in trigger.children):
        return True
    return holder is not None and holder.lemma_.lower() in GOING_ON_VERBS


def _setting_gives_way(target: Found, item: Found) -> bool:
    """Whether an event first told only as the time of another act ("identified during
    questioning") is told in full by the mention joined to it, which then stands for it."""
    return (
        target.event.type == item.event.type == "interrogation"
        and _as_a_setting(target.trigger)
        and not _as_a_setting(item.trigger)
    )


def _harm_kinds(keys: set[str]) -> set[str]:
    kinds: dict[str, frozenset[str]] = lexicon().cues["violence_kinds"]
    return {name for name, words in kinds.items() if keys & words}


def _other_kind_of_harm(earlier: Found, later: Found) -> bool:
    """ "The soldier had been beaten repeatedly by his superiors … guards opened fire on him as he
    crossed": harm told by words of one kind (gunfire) and harm told by words of another (blows)
    are two acts, even done to one person on one day; the kinds of the event told so far are
    those of all its mentions ("was hit in the leg … guards fired ten rounds at him" is one
    shooting). Words of no kind ("abused", "hurt") join either."""
    a, b = _harm_kinds(earlier.keys), _harm_kinds(later.keys)
    return bool(a and b and not a & b)


# Verbs that move people who are held from one place of custody to another ("transferred to").
TRANSFER_VERBS = frozenset({"transfer", "move", "relocate"})
# Verbs that bring people to a place of custody, which may tell the taking itself ("two policemen
# came and took me to the detention centre") as well as a move of people already held.
MOVING_VERBS = TRANSFER_VERBS | {"take", "bring", "send", "escort", "deliver", "transport", "drive", "fly"}


def _custody_goal_place(trigger: Token) -> Token | None:
    """The named place of the place of custody a verb of moving takes people to: "transferred to
    the detention centre in Bangkok", "taken to a holding facility in Mengla county", "moved to
    Bangkok's immigration detention centre" (None when the goal is no place of custody or names
    no place)."""
    if trigger.pos_ not in {"VERB", "AUX"} or trigger.lemma_.lower() not in MOVING_VERBS:
        return None
    confinement = lexicon().cues["confinement_places"]
    goals = [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in {"to", "into"}
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in confinement
    ]
    for goal in goals:
        for child in goal.children:
            if child.dep_ in {"poss", "compound", "nmod"} and child.ent_type_ in PLACE_ENTITY_LABELS:
                return child
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "near"}:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    if obj.pos_ == "PROPN" or obj.ent_type_ in PLACE_ENTITY_LABELS:
                        return obj
                    # "in Mengla county": the name on the word for the kind of place
                    named = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    if named:
                        return named[0]
    return None


def _custody_moved_elsewhere(earlier: Found, later: Found) -> bool:
    """ "Police arrested nine refugees in Chiang Mai … The nine were transferred the next day to
    the immigration detention centre in Bangkok": people taken to a place of custody in a town
    the first taking did not name are taken into another custody, an arrest of its own with its
    own place and day (the same people, but two takings). The town must be named by the move and
    the first taking must name a place of its own; a move to a centre in the town the people were
    caught in ("held in Yanji … taken to the detention centre in Yanji") goes on one custody. A verb
    that may tell the taking itself ("took me to", "were driven to") must bring them into another
    country's custody ("arrested in Laos … Chinese police took them to a facility in Mengla")."""
    place = _custody_goal_place(later.trigger)
    if place is None:
        return False
    goal = {t.i for t in place.head.subtree} | {t.i for t in place.subtree}
    sentence = sentence_of(earlier.trigger)
    # the places the first taking's sentence names, outside the move's own goal
    taken_at = [
        e
        for e in doc_ents(earlier.trigger.doc)
        if e.label_ in PLACE_ENTITY_LABELS
        and sentence.start <= e.start < sentence.end
        and not any(t.i in goal for t in e)
    ]
    if not taken_at:
        return False
    named = {e.text.lower() for e in taken_at}
    ent = next((e for e in doc_ents(place.doc) if e.start <= place.i < e.end), None)
    name = (ent.text if ent is not None else place.text).lower()
    if any(name in n or n in name for n in named):
        return False
    if later.trigger.lemma_.lower() in TRANSFER_VERBS:
        return True
    # "was caught outside Longjing … they took me to the detention centre in Tumen": taken to a
    # centre of the same country is the taking told in detail; to another country's, a new custody
    country = country_of_place(place)
    countries = {country_of_place(e.root) for e in taken_at} - {None}
    return country is not None and bool(countries) and country not in countries


# Verbs that tell custody as a state people are in, not the act of taking them.
HOLDING_VERBS = frozenset({"hold", "keep", "remain", "stay"})
# ... and the same state told of those who took them ("detain" for a while).
CUSTODY_VERBS = HOLDING_VERBS | {"detain"}


MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Time words that place an act in the days around the report's date (its month, give or take).
RECENT_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
)


def _months_told(item: Found) -> set[int]:
    """The months (1-12) the mention's own clause places it in: months named by a date that hangs
    on its clause ("crossed the river in March", "On 5 Sept. they were caught"), or the report's
    month when that date is a day of the week or "yesterday" (an act of the days just before the
    report). Dates of other clauses of the sentence may belong to another act ("arrested in
    late August and since sentenced", "…, officials said on Monday"); a date between the act and
    the verb that reports it is the act's, wherever the parser hangs it ("fled across the border
    on Tuesday, officials said": "on Tuesday" often hangs on "said")."""
    doc = item.trigger.doc
    cache = doc.user_data.setdefault("tessera_months_told", {})
    if item.trigger.i not in cache:
        cache[item.trigger.i] = _months_of_clause(item)
    return cache[item.trigger.i]


def _dates_by_clause(doc: Doc) -> dict[int, list[SpacySpan]]:
    """The report's dates by the clause head they hang on (read once a report)."""
    cached = doc.user_data.get("tessera_dates_by_clause")
    if cached is None:
        cached = doc.user_data["tessera_dates_by_clause"] = {}
        for ent in _date_entities(doc):
            cached.setdefault(clause_head(ent.root).i, []).append(ent)
    return cached


def _clause_dates(item: Found) -> list[SpacySpan]:
    """The dates that hang on the mention's own clause (see `_months_told`)."""
    head = clause_head(item.trigger)
    reporter = head.head if head.dep_ == "ccomp" else None
    by_clause = _dates_by_clause(item.trigger.doc)
    dates = list(by_clause.get(head.i, []))
    if reporter is not None:
        dates += [e for e in by_clause.get(reporter.i, []) if item.trigger.i < e.start < reporter.i]
    return dates


def _clauses_dated_apart(earlier: Found, later: Found) -> bool:
    """ "Eleven North Koreans who were deported from Laos to China in mid-May were sent back to
    Sinuiju last Thursday": two mentions of one sentence, each in a clause of its own that a time
    phrase of its own dates, at times that do not meet, are two steps of the people's story (two
    handings over), not one act told twice, however surely they name the same people. (Measured:
    a flight told from its crossing to its arrival, "crossed the Tumen in 2019 and reached Seoul
    in 2020", is one escape for most annotators, so the merge's callers use it for returns.)"""
    if clause_head(earlier.trigger).i == clause_head(later.trigger).i:
        return False
    if earlier.trigger.pos_ != "VERB" or later.trigger.pos_ != "VERB":
        return False  # ("…, a group said Monday, the latest of several deportations": the noun has no clause of its own)
    a, b = _clause_span(earlier), _clause_span(later)
    if a is None or b is None:
        return False
    return a[1] < b[0] or b[1] < a[0]


def _clause_span(item: Found) -> tuple[date, date] | None:
    """The days the dates of the mention's own clause denote, read against its report's date."""
    published = next((s.published for s in item.event.sources if s.published), None)
    report = from_published(published)
    if report is None:
        return None
    spans = [resolve_expression(ent.text, report) for ent in _clause_dates(item)]
    days = [(t.start, t.end) for t in spans if t is not None and t.start is not None and t.end is not None]
    if not days:
        return None
    return min(d[0] for d in days), max(d[1] for d in days)


def _years_apart(earlier: Found, later: Found) -> bool:
    """ "I first crossed the river in the spring of 2015 … We reached Seoul in 2021": two mentions
    whose own clauses name years at least two apart tell two acts (a year either side is left to
    journeys told by their start and their end: "fled in December 2015 and reached Seoul in 2016")."""
    a, b = _years_of_clause(earlier), _years_of_clause(later)
    return bool(a and b) and all(abs(x - y) >= 2 for x in a for y in b)


def _years_of_clause(item: Found) -> set[int]:
    years = set()
    for ent in _clause_dates(item):
        for word in ent:
            if word.shape_ == "dddd" and 1945 <= int(word.text) <= 2100:
                years.add(int(word.text))
    return years


def _months_of_clause(item: Found) -> set[int]:
    dates = _clause_dates(item)
    months: set[int] = set()
    recent = False
    for ent in dates:
        for word in ent:
            name = word.lower_.rstrip(".")
            number = next((n for n, m in enumerate(MONTH_NAMES, 1) if name in {m, m[:3], m[:4]}), None)
            if number is not None and (name != "may" or word.text[0].isupper()):
                months.add(number)
            recent = recent or word.lower_ in RECENT_WORDS
    published = next((s.published for s in item.event.sources if s.published), None)
    if not months and recent and published and len(published) >= 7 and published[5:7].isdigit():
        months.add(int(published[5:7]))
    return months


def _months_apart(earlier: Found, later: Found) -> bool:
    """ "A soldier walked across the border on Tuesday … In March, a farmer crossed further west":
    two mentions whose sentences place them at least two months apart (by named months, or a
    weekday read as the report's own month) tell two acts, however alike (a month either side
    is left to the restatements that round a date: "late May" and "on June 2")."""
    a, b = _months_told(earlier), _months_told(later)
    if not a or not b:
        return False
    return all(min(abs(x - y), 12 - abs(x - y)) >= 2 for x in a for y in b)


# Words that may open a sentence before a fronted setting ("Meanwhile, in Hoeryong, ...").
SETTING_OPENERS = frozenset({"meanwhile", "elsewhere", "separately", "also", "and", "but"})


def _fronted_setting(item: Found) -> SpacySpan | None:
    """The place a mention's sentence opens with as its setting, "In <place>," before the clause
    ("In Hoeryong, the chief of the city police was dismissed in April"; "Meanwhile, in Chagang
    Province, a battalion commander was relieved of his post"), or None. A report that moves
    from one town to the next this way (a round-up of cases) tells each town's case apart."""
    sentence = sentence_of(item.trigger)
    i = sentence.start
    while i < sentence.end and (sentence.doc[i].lower_ in SETTING_OPENERS or sentence.doc[i].is_punct):
        i += 1
    if i >= sentence.end or sentence.doc[i].lower_ != "in" or i - sentence.start > 3:
        return None
    comma = next((j for j in range(i + 1, min(i + 7, sentence.end)) if sentence.doc[j].text == ","), None)
    if comma is None or comma == i + 1 or item.trigger.i < comma:
        return None
    setting = sentence.doc[i + 1 : comma]
    if any(t.ent_type_ in PLACE_ENTITY_LABELS for t in setting):
        return setting
    # (the parser may take a town for a person: "In Hoeryong, ...")
    return setting if load_gazetteer().index.get(key_tokens(setting.text)) else None


def _new_setting(earlier: Found, later: Found) -> bool:
    """ "The county's party secretary in Onsong was removed from office … In Hoeryong, the chief
    of the city police was dismissed in April": a later mention whose sentence opens with a place
    as its setting (`_fronted_setting`) that the earlier mention's sentence does not name, while
    that sentence names a place of its own, tells another case, in another place, however alike
    the act."""
    setting = _fronted_setting(later)
    if setting is None:
        return False
    before = sentence_of(earlier.trigger)
    if not any(t.ent_type_ in PLACE_ENTITY_LABELS for t in before):
        return False
    words = {t.lower_ for t in before}
    names = [
        t.lower_
        for t in setting
        # ("Chagang Province", "Musan County": the unit word names no place of its own)
        if t.is_alpha and t.text[:1].isupper() and t.lower_ not in UNIT_NOUNS and t.lower_ != "the"
    ]
    return bool(names) and not any(name in words for name in names)


def _countries_acting(item: Found) -> set[str]:
    """The countries a mention's own clause says it happened in or by, from the words that
    name a foreign force's country (actors.json 'foreign_authority_words'): on the clause's
    subject or agent ("Lao police detained …", "were caught by Thai police") or as the place
    the act was done "in" ("were arrested in Laos")."""
    cache = item.trigger.doc.user_data.setdefault("tessera_countries_acting", {})
    if item.trigger.i not in cache:
        cache[item.trigger.i] = _countries_of_clause(item)
    return cache[item.trigger.i]


def _countries_of_clause(item: Found) -> set[str]:
    words = actor_words().foreign_authority_words
    trigger = item.trigger
    head = clause_head(trigger) if trigger.pos_ in {"VERB", "AUX"} else trigger
    people: list[Token] = []
    places: list[Token] = []
    subject = subject_of(head) if head.pos_ in {"VERB", "AUX"} else None
    if subject is not None and subject.dep_ == "nsubj":
        people.append(subject)
    for verb in {trigger, head}:
        for prep in (c for c in verb.children if c.dep_ in {"agent", "prep"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if prep.lower_ == "in" and obj.lower_ in words:
                    people.append(obj)  # "arrested in Laos": the place names the country
                elif prep.lower_ == "in" and obj.pos_ == "PROPN" and item.event.type != "repatriation":
                    # "held in Pingxiang": a town of one country (a handing-over "in Sinuiju" is
                    # done at the border, on either side of it: its town names no country acting)
                    places.append(obj)
                elif prep.lower_ == "in" and obj.pos_ == "NOUN" and item.event.type != "repatriation":
                    places.extend(_places_of_an_operation(obj))
                elif prep.lower_ in {"in", "at"} and verb.lemma_.lower() in HOLDING_VERBS:
                    # "held at a detention centre in Nanning": the town of the place of custody
                    # (or its province: "in Jilin province")
                    places.extend(
                        o
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children
                        if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in {"GPE", "LOC"})
                    )
                elif (
                    prep.lower_ == "to"
                    and item.event.type == "arrest"
                    and verb.i == trigger.i
                    and obj.lemma_.lower() in lexicon().cues["confinement_places"]
                ):
                    # "taken to the security bureau's holding centre in Onsong": returnees
                    # brought to a place of custody in the North are taken into the North's
                    # custody, a taking of its own after the custody abroad they were handed
                    # over from (a move between two places abroad, "transferred to the centre
                    # in Tumen", goes on one custody)
                    places.extend(
                        o
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children
                        if o.dep_ == "pobj"
                        and (o.pos_ == "PROPN" or o.ent_type_ in {"GPE", "LOC"})
                        and country_of_place(o) == "KP"
                    )
                elif prep.dep_ == "agent":
                    people.append(obj)
                    # "by the state security ministry's Sinuiju branch", "by the Dandong border
                    # police": a town named as the agent's seat is the country acting
                    places.extend(
                        c for c in obj.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
                    )
                    places.extend(  # "held by police in Pingxiang"
                        o
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ == "in"
                        for o in p.children
                        if o.dep_ == "pobj" and o.pos_ == "PROPN"
                    )
    found: set[str] = set()
    for noun in people:
        for word in (noun, *(c for c in noun.children if c.dep_ in MODIFIER_DEPS)):
            name = word.lower_.replace("’s", "").replace("'s", "")
            if name in words:
                found.add(words[name])
    for place in places:
        country = country_of_place(place)
        if country is not None:
            found.add(country)
    return found


# Prepositions that place an operation ("a raid in Yanji", "a sweep of villages around Helong").
OPERATION_PLACE_PREPOSITIONS = frozenset({"in", "on", "of", "near", "around", "outside"})


def _places_of_an_operation(operation: Token) -> list[Token]:
    """The towns that place an operation an act was told "in": "arrested in a police raid in
    Yanji", "detained in a sweep of villages in China's Jilin province" were done in China, as
    "arrested in Yanji" was; a later mention of the people "held at the state security department
    in Onsong County" is then custody in another country (`_other_country`), a second event, not
    the arrest told again. Two prepositions deep at most (the raid, the villages it was on)."""
    found: list[Token] = []
    for prep in placing_prepositions(operation, OPERATION_PLACE_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "PROPN" or obj.ent_type_ in {"GPE", "LOC"}:
                found.append(obj)
            else:  # "China's Jilin province": the names before the place word
                found.extend(c for c in obj.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN")
    return found


def country_of_place(word: Token) -> str | None:
    """The country of a named place when the gazetteer knows the name in one country only
    ("Pingxiang" → "CN"); None for unknown or shared names."""
    cache = word.doc.user_data.setdefault("tessera_country_of_place", {})
    if word.i not in cache:
        cache[word.i] = country_of_words(place_name(word))  # (read once per word: which entity holds it)
    return cache[word.i]


def country_of_words(text: str) -> str | None:
    """The country of a place name ("Pingxiang" → "CN") when the gazetteer knows it in one
    country only; None for unknown or shared names."""
    countries = countries_of_name(text)
    return countries.pop() if len(countries) == 1 else None


def _other_country(earlier: Found, later: Found) -> bool:
    """ "Lao police detained eight North Koreans … Chinese officers took all eight away": the
    same people taken in or by another country are a second act (a handover, a return), not
    the first retold; both mentions must name their country."""
    a, b = _countries_acting(earlier), _countries_acting(later)
    return bool(a and b and not a & b)


def _custody_now(trigger: Token) -> bool:
    """ "The five are being held at a centre in Tumen", "they remain in detention": custody told
    in the present, of people the report points back to, is how an arrest it told goes on (the
    count may be the total of several takings: "two … then three more, bringing the number
    held to five")."""
    if trigger.lemma_.lower() not in CUSTODY_VERBS or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    tensed = [trigger, *(c for c in trigger.children if c.dep_ in {"aux", "auxpass"})]
    present = any(t.tag_ in {"VBZ", "VBP"} for t in tensed) and not any(t.tag_ == "VBD" for t in tensed)
    perfect = any(t.lemma_ == "have" for t in tensed[1:])
    return present and not perfect


def _held_after_taken(taking: Token, holding: Token) -> bool:
    """ "A group of about ten migrants caught near the border in May is still being held in
    Dandong", "the women detained on Monday were kept at a police station": a taking that
    describes the people (a participle or a relative clause on them) and the custody the same
    sentence says they are in are one arrest; the parse may give the group and the people in its
    "of" phrase two entities."""
    if holding.lemma_.lower() not in HOLDING_VERBS or taking.dep_ not in {"acl", "relcl"}:
        return False
    subject = subject_of(clause_head(holding))
    if subject is None:
        return False
    described = taking.head
    return described.i == subject.i or (
        described.dep_ == "pobj" and described.head.lower_ == "of" and described.head.head.i == subject.i
    )


# Quantifiers that, standing for people, name part of a group the report has told of.
PART_QUANTIFIERS = frozenset({"some", "most", "many", "several", "few"})


def _some_of_them(trigger: Token) -> bool:
    """ "China sent back 30 migrants who had been caught trying to reach the South. Some had been
    arrested in Yanji in July": a quantifier standing alone as the subject ("some", "most",
    "some of them") names part of the people just told; what is done to them is part of the
    act told of the whole group, not another one. ("Some of the traders were arrested" names
    people of its own.)"""
    subject = subject_of(clause_head(trigger))
    if subject is None or subject.lower_ not in PART_QUANTIFIERS:
        return False
    inner = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return all(g.tag_ == "PRP" for g in inner)


def _same_people_named(earlier: Found, later: Found) -> bool:
    """The later mention's subject is a definite phrase whose noun repeats the noun the earlier
    mention named its people by ("a family of five who fled Onsong … The family, a mother and
    her four children, had crossed the river"): the same people, whatever count the later
    phrase seems to give."""
    subject = subject_of(clause_head(later.trigger)) if later.trigger.pos_ in {"VERB", "AUX"} else None
    victims = earlier.event.victims
    if subject is None or victims is None or subject.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in subject.children):
        return False
    if any(c.lower_ in OTHER_WORDS or c.like_num for c in subject.children):
        return False  # "the other family", "the two women": counted again, decided by the count
    # the noun the earlier people are named by: the words before "of", "and", a comma or a clause
    # ("a family of five", not the "helpers" of "nine defectors and two of their helpers")
    words: list[str] = []
    for word in (victims.text or "").lower().replace(",", " , ").split():
        if word in {"of", "and", ",", "who", "including", "among"}:
            break
        words.append(word)
    if earlier.trigger.dep_ in {"relcl", "acl"}:
        noun = earlier.trigger.head  # "a family of five who fled …": the family (or its "five")
        words.append(noun.lemma_.lower())
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
            words.append(noun.head.head.lemma_.lower())
    return subject.lower_ in words or subject.lemma_.lower() in words


def _bare_pronoun(victims: Victims) -> bool:
    """People told only by a pronoun ("they", "she"), with no count of their own."""
    return victims.count_min is None and (victims.text or "").lower() in PRONOUNS


def _repeated_measure(earlier: Found, later: Found) -> bool:
    """A measure named again in a later sentence by the same words ("agents raided the house …
    the raid was staged at dawn"; "a buffer zone was set up … anyone entering the buffer zone will
    be shot") is the same measure; other words name another (separate searches are told with
    their own words, days and places)."""
    if not earlier.keys & later.keys or _marked_as_another(later) or _told_again(later):
        return False
    # ("agents searched homes in Hyesan … in Musan, police searched the market": other places)
    here, there = _places_named(earlier.trigger), _places_named(later.trigger)
    return not (here and there and not here & there)


def _places_named(trigger: Token) -> set[str]:
    """The places a trigger's sentence names: place entities, and proper nouns after "in", "at" or
    "near" (the tagger may take a county's name for an organisation)."""
    sentence = sentence_of(trigger)
    named = {
        e.text.lower()
        for e in doc_ents(trigger.doc)
        if e.label_ in PLACE_ENTITY_LABELS and sentence.start <= e.start < sentence.end
    }
    named |= {
        t.lower_
        for t in sentence
        if t.dep_ == "pobj"
        and t.pos_ == "PROPN"
        and t.head.lower_ in {"in", "at", "near"}
        and t.ent_type_ != "DATE"
    }
    return named


def _one_coordinated_group(earlier: Found, later: Found) -> bool:
    """Two mentions of one sentence whose people are one coordinated group, or conjuncts of it:
    "Police executed the former mayor and two of his deputies by firing squad" (the three, and
    the two read by the noun) or "four guards and a customs clerk were sentenced at a public
    trial": the counts differ because each reads another part of the group, not because the
    people do (measured: fp -1 and victims wrongs -1 on each half of the sets)."""
    if not _same_sentence(earlier, later) or earlier.event.status != later.event.status:
        return False
    if earlier.listed or later.listed:
        return False  # "11 were caught in Dali, six in Dandong": groups listed apart
    return any(
        one == other or one in other.conjuncts
        for one in _group_heads(earlier)
        for other in _group_heads(later)
        if not (_told_of_its_own(earlier.trigger, one) and _told_of_its_own(later.trigger, other))
    )


def _told_of_its_own(trigger: Token, head: Token) -> bool:
    """Whether a trigger is told in a clause that describes its people ("60 loggers who were
    deported in May, and 90 women who were sent back later"): each group of the coordination
    then has an act of its own."""
    token = trigger
    while token.head != token:
        if token.dep_ in {"relcl", "acl"} and token.head == head:
            return True
        token = token.head
    return False


def _group_heads(item: Found) -> list[Token]:
    """The head words of a mention's people in its sentence: the phrase its trigger acts on, and
    the phrase its people's words were read from."""
    heads = []
    if (acted_on := victim_phrase(item.trigger, item.event.type)) is not None:
        heads.append(acted_on)
    victims = item.event.victims
    sentence = sentence_of(item.trigger)
    if victims is not None and victims.text:
        start = sentence.text.find(victims.text)
        if start >= 0:
            words = sentence.char_span(start, start + len(victims.text), alignment_mode="expand")
            if words is not None:
                heads.append(words.root)
    return heads


def _one_and_many(one: Victims, many: Victims) -> bool:
    """One person counted, and people named by an uncounted plural noun ("detainees", "women"):
    the plural names more people than the one, so the two mentions tell different events."""
    if one.count_max != 1 or many.count_min is not None:
        return False
    words = (many.text or "").lower().split()
    if not words or words[0] in DEFINITE or words[-1] in PRONOUNS:
        return False  # "the detainees", "they" may point back to people already counted
    last = words[-1]
    plural = last in IRREGULAR_PLURALS or (last.endswith("s") and not last.endswith("ss"))
    return plural and len(words) <= 2


# Plural nouns for people that do not end in "s" ("I saw men die there": more than the one).
IRREGULAR_PLURALS = frozenset({"men", "women", "people", "children", "police", "folk"})


NARRATOR = frozenset({"i", "me", "we", "us"})


def _believed_in_another_paragraph(earlier: Found, later: Found) -> bool:
    """ "In mid-March five men reached Japan in a wooden boat. ¶ A fishing boat from Sinpo has
    been missing since a storm on March 2. Officials say the crew drowned, but neighbours believe
    they may have sailed south": an act only believed or suspected, told in a later paragraph
    than the act told as done, is a guess about the people that paragraph brings in (a round-up
    or digest tells one case a paragraph), not a doubt about the first act. Within a paragraph
    the belief may be the same story's ("The guard left his post. Officials suspect he has fled
    to China": `_flight_only_believed`). Only an act told of people by a verb: "the crackdown is
    believed to be linked to an order from Pyongyang" points back to the measure told before."""
    if earlier.event.status != "occurred" or later.event.status != "suspected":
        return False
    if later.event.type not in PEOPLE_EVENT_TYPES or later.trigger.pos_ not in {"VERB", "AUX"}:
        return False
    doc = later.trigger.doc
    return paragraph_start(doc, earlier.trigger.i) != paragraph_start(doc, later.trigger.i)


def _someone_new(earlier: Found, later: Found) -> bool:
    """ "They kicked me if I moved … A man in the next cell passed out after a beating": in a
    first-person account, people brought in by an indefinite article are someone the narrator
    saw, not the narrator (a report's later "a 53-year-old man and his wife" may retell its
    lead, so this holds only when the earlier event happened to the narrator)."""
    if _narrators_kin(earlier, later):
        return True
    victims = later.event.victims
    words = (victims.text or "").lower().split() if victims else []
    if len(words) < 2 or words[0] not in {"a", "an"} or _same_sentence(earlier, later):
        return False
    trigger = earlier.trigger
    people = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.pos_ in {"VERB", "AUX"}:
        people.append(subject_of(clause_head(trigger)))
    return any(p is not None and p.lower_ in NARRATOR for p in people)


def _other_sex(earlier: Found, later: Found) -> bool:
    """ "His aunt had left for China the year before. … In 2013 he crossed the Tumen": a single
    person told as a woman and one told as a man (by noun or pronoun) are two people. (Within a
    sentence they may be one act told of both: "the father got eight years and the mother five".)"""
    if _same_sentence(earlier, later):
        return False
    told, other = _sex_of(earlier), _sex_of(later)
    if told is None and len(earlier.sexes) == 1:
        # "The trader who was detained in June … He was held for ten days … officers took her
        # away": the event's first telling gave no sex, a telling joined to it did
        told = next(iter(earlier.sexes))
    return told is not None and other is not None and told != other


def _sex_of(item: Found) -> str | None:
    """The sex ("f", "m") of the one person a mention tells of, by its own pronoun or the last
    word of its people; None for a group or when the words tell none."""
    victims = item.event.victims
    if victims is None or victims.count_max not in (None, 1):
        return None
    # the clause's own pronoun, before whatever the discourse took it to point to
    subject = subject_of(clause_head(item.trigger)) if item.trigger.pos_ in {"VERB", "AUX"} else None
    words = (victims.text or "").lower().split()
    head = subject.lower_ if subject is not None and subject.tag_ == "PRP" else (words[-1] if words else "")
    words_of = people_words()
    return "f" if head in words_of["female_words"] else "m" if head in words_of["male_words"] else None


def _narrators_journey(earlier: Found, later: Found) -> bool:
    """ "I left Musan in the winter of 2008. We waded across the river at night": in testimony,
    a flight the narrator tells of "I" and, a sentence or a few later, of "we" (the narrator with
    a guide or companions) is one journey, unless set apart, dated or told again ("we crossed
    again in 2011")."""
    if earlier.event.type != "escape" or _told_again(later) or _marked_as_another(later):
        return False
    subjects = {_narrator_word(earlier.trigger), _narrator_word(later.trigger)}
    if subjects != {"i", "we"}:
        return False
    sentence = sentence_of(later.trigger)
    if any(t.ent_type_ in {"DATE", "TIME"} and t.lower_ != "night" or t.lower_ == "again" for t in sentence):
        return False  # ("we crossed again in 2011 and reached Seoul": another leg, another time)
    # (a sentence or two on why or with whom may come between: "I left Musan in May. My husband
    # was dead. My daughter came with me. We waded across at night.")
    # (_sentences_between counts the later sentence itself: three is two sentences between)
    return sentence_of(earlier.trigger).end <= sentence.start and _sentences_between(earlier, later) <= 3


# Pronouns of one third person: told in the narrator's own voice, never the narrator.
THIRD_PERSON_ONE = frozenset({"he", "she", "him", "her"})
# Quotation marks: where one lies between two mentions, the voice may change ("he said: 'I …'").
QUOTE_MARKS = frozenset('"\u201c\u201d')


def _narrator_and_another(earlier: Found, later: Found) -> bool:
    """ "Later people said he had been sent to a camp. … I was sent to a kyohwaso for three
    years", "I called my aunt, who had left for the South years before. … In August I crossed
    the river": in one voice, the narrator ("I") is not the person told before as "he", "she" or
    "my aunt", so the narrator's act does not point back to theirs. A quotation mark between the
    two may change the voice ("he was sent back in March. 'I was caught at the centre,' he
    said"), and then nothing is decided here."""
    if _same_sentence(earlier, later) or _narrator_word(later.trigger) != "i":
        return False
    victims = earlier.event.victims
    words = (victims.text or "").lower().split() if victims is not None else []
    subject = subject_of(clause_head(earlier.trigger)) if earlier.trigger.pos_ in {"VERB", "AUX"} else None
    pronoun = subject is not None and subject.lower_ in THIRD_PERSON_ONE
    kin = len(words) >= 2 and words[0] in NARRATOR_POSSESSIVES and words[-1] in kin_words()
    if not (pronoun or kin):
        return False
    doc = later.trigger.doc
    low, high = sorted((earlier.trigger.idx, later.trigger.idx))
    return not QUOTE_MARKS.intersection(doc_text(doc)[low:high])


def _narrator_word(trigger: Token) -> str | None:
    subject = subject_of(clause_head(trigger)) if trigger.pos_ in {"VERB", "AUX"} else None
    return subject.lower_ if subject is not None and subject.lower_ in {"i", "we"} else None


# Possessives by which a narrator names their own kin ("my brother", "our parents").
NARRATOR_POSSESSIVES = frozenset({"my", "our"})


def _narrators_kin(earlier: Found, later: Found) -> bool:
    """ "They sent him to a labour unit. … Later I heard that my younger brother had been
    discharged from the army": a narrator's kin, named as such in a later sentence, is a person of
    their own, not whoever an earlier mention told of by a pronoun or another name ("my brother
    was arrested … they sent him to a camp" names him first, then points back)."""
    va, vb = earlier.event.victims, later.event.victims
    if va is None or vb is None or _same_sentence(earlier, later):
        return False
    words = (vb.text or "").lower().split()
    if len(words) < 2 or words[0] not in NARRATOR_POSSESSIVES:
        return False
    if not any(w in kin_words() for w in words[1:]):
        return False
    if (va.text or "").lower() == (vb.text or "").lower() or words[-1] in (va.text or "").lower().split():
        return False
    # ("my brother was arrested … they sent him to a unit … my brother was sent": named before, so
    # the pronoun may be him)
    doc = earlier.trigger.doc
    before = [t.lower_ for t in doc[: earlier.trigger.i]]
    return not any(
        before[i] in NARRATOR_POSSESSIVES and words[-1] in before[i + 1 : i + 4] for i in range(len(before))
    )


def _people_word(item: Found) -> Token | None:
    """The noun a verb mention's people are the subject of ("the guards' relatives were fined":
    relatives); none for a mention told by a noun ("the trial")."""
    if item.trigger.pos_ not in {"VERB", "AUX"}:
        return None
    return subject_of(clause_head(item.trigger))


def _kin_of_someone(item: Found) -> bool:
    """ "The driver's wife was questioned", "the parents of one of the pupils lost their jobs":
    people named as the kin OF someone (a kin noun with a possessor or an "of" phrase) are
    punished, watched or questioned for another's act; they are not the person they are kin of."""
    word = _people_word(item)
    kin = kin_words()
    if word is None or not {word.lower_, word.lemma_.lower()} & kin:
        return False
    holders = [c for c in word.children if c.dep_ == "poss"] + prep_objects(word, frozenset({"of"}))
    # ("the family's eldest son fled": a member of a family already told, not kin of an outsider;
    # "a family of four" counts the family, "the families of the four" names the four's kin)
    return any(not {h.lower_, h.lemma_.lower()} & kin and not _bare_number(h) for h in holders)


def _bare_number(word: Token) -> bool:
    """A number on its own: a count ("a family of four"), not people ("of the four", "of one of
    the pupils")."""
    return word.like_num and not any(c.dep_ == "det" or c.lower_ == "of" for c in word.children)


# A personal pronoun and the possessive that names that person's kin ("she" … "her cousin").
OWNER_OF = {"she": "her", "he": "his", "they": "their"}


def _kin_of_the_one_told(kin_item: Found, other: Found) -> bool:
    """ "She was then sentenced to a year in a labour camp … her cousin was sent to a prison
    camp", "they were fined … their son was expelled from school": the kin of the person the
    other mention tells by a pronoun (a possessive of that pronoun on the kin noun) are someone
    else, not that person again."""
    word, kin_word = _people_word(other), _people_word(kin_item)
    if word is None or kin_word is None:
        return False
    owner = OWNER_OF.get(word.lower_)
    return owner is not None and any(c.dep_ == "poss" and c.lower_ == owner for c in kin_word.children)


def _kin_and_other_people(earlier: Found, later: Found) -> bool:
    """One mention's people are the kin of someone, the other's are named by a noun that is no
    kin noun ("two engineers were dismissed … the engineers' wives were sent to a farm"): two
    groups of people, so two events. (Two kin nouns, "the family of a defector was sent to a camp
    … a family of four was taken to the camp", may name one family; a pronoun may point to
    anyone.)"""
    if _same_sentence(earlier, later) or _kin_of_someone(earlier) == _kin_of_someone(later):
        return False  # (in one sentence the kin may be who tells of it: "… and his wife was told nothing")
    for kin_item, other in ((earlier, later), (later, earlier)):
        if _kin_of_someone(kin_item) and _kin_of_the_one_told(kin_item, other):
            return True
    kin = kin_words()
    for item in (earlier, later):
        word = _people_word(item)
        if _kin_of_someone(item):
            continue
        if word is None or word.pos_ not in {"NOUN", "PROPN"} or {word.lower_, word.lemma_.lower()} & kin:
            return False
    return True


# Nouns for one child, and the words that say a counted group holds children or a household.
CHILD_NOUNS = frozenset({"child", "boy", "girl", "baby", "infant", "toddler", "teenager", "minor"})
CHILDREN_HELD_WORDS = frozenset(
    {"child", "children", "boy", "boys", "girl", "girls", "teenager", "teenagers", "minor", "minors"}
    | {"family", "families", "son", "sons", "daughter", "daughters", "baby", "babies", "infant", "infants"}
)


def _a_child_of_the_group(earlier: Found, later: Found) -> bool:
    """ "The forced return of 14 North Koreans, including two families … 'they sent a child back to
    a country where prisoners starve'": one child told of a counted group that holds children or
    a household, a few sentences on and not marked as another, is that group's act told by one of
    its members (what advocates stress), not a second act."""
    va, vb = earlier.event.victims, later.event.victims
    if va is None or vb is None or va.count_min is None or va.count_min < 2 or vb.count_max != 1:
        return False
    words = (vb.text or "").lower().split()
    if len(words) != 2 or words[0] not in {"a", "an"} or words[1] not in CHILD_NOUNS:
        return False
    told = " ".join(x.text for x in earlier.event.evidence[:1]) + " " + (va.text or "")
    if not set(re.findall(r"[a-z]+", told.lower())) & CHILDREN_HELD_WORDS:
        return False
    if _marked_as_another(later) or earlier.event.status != later.event.status:
        return False
    return _sentences_between(earlier, later) <= 3


def _one_of_them(earlier: Found, later: Found) -> bool:
    """ "Seven people were arrested in Hoeryong. One was arrested while making a call, and another
    was caught at a post": one of a counted group told right after it is a part of that event,
    not another (unless marked as another: "one woman was also arrested"); so is the rest of it
    ("five officials were sentenced … two received 15 years, and the remaining two eight")."""
    va, vb = earlier.event.victims, later.event.victims
    if va is None or vb is None or va.count_min is None or va.count_min < 2:
        return False
    words = (vb.text or "").lower().split()
    gap = sentence_of(later.trigger).start - sentence_of(earlier.trigger).end
    near = 0 <= gap <= 1 or _same_sentence(earlier, later)
    if words[:2] in (["the", "remaining"], ["the", "rest"]):
        # (the rest may come a sentence or two on: "… the manager was shot. … the remaining two …")
        return _sentences_between(earlier, later) <= 3 and (
            vb.count_min is None or vb.count_min < va.count_min
        )
    between = _sentences_between(earlier, later)
    # ("… were fined; one of them was also sent to a labour unit": one more act for some of them)
    part = vb.count_min is not None and vb.count_min < va.count_min and not _also_done(later.trigger)
    if part and len(words) >= 3 and parse_number(words[0]) is not None and words[1] == "of":
        # "Four dockers were sentenced … Two of them received six years": some of the group
        return between <= 2 and words[2] in DEFINITE | {"them", "us"}
    if part and between <= 2 and _rest_follows(later):
        # "Three fishermen were put on trial. The captain got 15 years, while the other two
        # received ten": a part named by its own noun, in a sentence that goes on to the rest
        return True
    rest = _the_rest_by_count(words)
    if part and rest is not None and between <= 3:
        # "Four dockers were sentenced … Two of them received six years and the other two four",
        # "Three clerks were fired … The chief was expelled, and the two others were demoted":
        # the rest of the group, when it and the people its sentence told before it make up the
        # group (not "the guard and the other two brokers", the rest of a smaller group)
        return rest + _people_told_before(later) == va.count_min
    if vb.count_max != 1 or not words or words[0] not in {"one", "another"}:
        return False
    if _marked_as_another(later) and words[0] != "another":
        return False
    return near


def _one_act_in_two_verbs(earlier: Found, later: Found) -> bool:
    """ "a guard kicked me and hit me with a stick", "they beat him and kicked him": two verbs of
    one type joined in one clause, with one subject and the same people, tell one act (the
    parse may give the repeated pronoun a person of its own). ("Police arrested the man and
    detained his wife" names other people; "guards beat him and soldiers kicked him" another
    subject.) So does a participle clause that tells how the act was done: "China sent the nine
    back, handing them over at the bridge"."""
    verb = later.trigger
    if _manner_participle(verb):
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.i != earlier.trigger.i:
        verb = verb.head
    if verb.i != earlier.trigger.i or later.trigger.i == earlier.trigger.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in later.trigger.children):
        return False
    va, vb = earlier.event.victims, later.event.victims
    return va is not None and vb is not None and (va.text or "").lower() == (vb.text or "").lower()


# Words on a death that name its cause: "died after being beaten", "died from beatings".
CAUSE_OF_DEATH_WORDS = frozenset({"after", "from", "of", "following", "because"})


def _death_by_the_harm(death: Found, harm: Found) -> bool:
    """ "a detainee died in custody after being beaten during questioning", "three inmates died
    from hunger and beatings by guards", "the boy died last week after officers beat him": a
    death and the harm told as its cause (in a phrase or a clause of "after", "from", "of",
    "following" or "because" that hangs on the dying) are one act of violence, the harm that
    killed, not a beating and a death. ("He was beaten in March and died in June", two verbs
    joined, are told as two acts.)"""
    dying = death.trigger
    if dying.lemma_.lower() != "die" or harm.trigger.i == dying.i:
        return False
    word = harm.trigger
    for _ in range(4):
        if word.head.i == word.i:
            return False
        if word.head.i == dying.i:
            marks = [c.lower_ for c in word.children if c.dep_ == "mark"]
            return word.dep_ in {"prep", "advcl"} and (
                word.lower_ in CAUSE_OF_DEATH_WORDS or any(m in CAUSE_OF_DEATH_WORDS for m in marks)
            )
        word = word.head
    return False


# Subordinators of a clause that tells the moment of the act it hangs on.
MOMENT_MARKS = frozenset({"when", "as"})


def _told_by_its_moment(earlier: Token, later: Token) -> bool:
    """ "The soldier was hit in the leg when guards fired about ten rounds at him": an act of a
    type told again in a when-clause on the verb that tells it is the same act seen from the
    other side (the shooting that hit him), not a second one."""
    return (
        later.dep_ == "advcl"
        and later.head.i == earlier.i
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in MOMENT_MARKS for c in later.children)
    )


def _manner_participle(verb: Token) -> bool:
    """A present participle hung on a verb as a clause of its own with no subject and no
    subordinator ("…, handing them over at the bridge"): how the verb's act was done."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and verb.head.i < verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)
    )


# Links by which one verb of a clause carries on another: coordination ("crossed … and were
# trying") and the verb an attempt takes ("trying to reach").
LEG_LINKS = frozenset({"conj", "xcomp"})


def _leg_and_goal(earlier: Found, later: Found) -> bool:
    """ "The family had crossed into Laos from China and were trying to reach Thailand": a leg
    made and the goal the same people were still trying for, coordinated in one clause under one
    subject, are one journey told in two verbs (news reports never count the goal as a second
    escape). The attempt hangs from the leg by coordination and "trying to"; a verb of its own
    subject ("… and their guide was trying to reach …") is someone else's act."""
    if (
        earlier.event.type != "escape"
        or earlier.event.status != "occurred"
        or later.event.status != "attempted"
    ):
        return False
    verb, steps = later.trigger, 0
    while verb.i != earlier.trigger.i and verb.dep_ in LEG_LINKS and verb.head.i != verb.i and steps < 4:
        if verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False
        verb, steps = verb.head, steps + 1
    return verb.i == earlier.trigger.i and steps > 0


# Verbs that tell a journey by the place it ended in.
ARRIVAL_VERBS = frozenset({"arrive", "reach"})


def _arrival_in_refuge(trigger: Token) -> bool:
    """ "arrived in South Korea", "reached Seoul": a journey told by the country of refuge it ended in."""
    if trigger.lemma_.lower() not in ARRIVAL_VERBS:
        return False
    refuges = lexicon().cues["refuge_countries"]
    goals = [c for c in trigger.children if c.dep_ == "dobj"]
    goals += [
        o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for o in p.children
    ]
    for goal in goals:
        words = " ".join(t.lower_ for t in goal.subtree)
        if any(r in words for r in refuges):
            return True
    return False


def _river_crossing(trigger: Token) -> bool:
    """ "crossed the Tumen near Musan", "waded across the Yalu": a flight told by the border river crossed."""
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in {"conj", "advcl", "ccomp", "relcl"}:
            continue
        if any(t.lower_ in BORDER_RIVER_WORDS for t in child.subtree):
            return True
    return False


def _crossing_and_arrival(earlier: Found, later: Found) -> bool:
    """ "A woman who reached South Korea last autumn … In August I crossed the Tumen near Musan":
    a flight told by the border river crossed and one told by its arrival in the country of refuge,
    in two sentences, are two legs of the journey (the crossing out of the North and the arrival
    years or months later), each with its own day and place."""
    a, b = earlier.trigger, later.trigger
    if earlier.event.status != "occurred" or later.event.status != "occurred":
        return False  # ("… crossed the Tumen; they tried to reach South Korea": the goal of one journey)
    if later.anaphoric and not later.dates and not _dated_sentence(later.trigger) and _arrival_in_refuge(a):
        # "a woman and her two sons who slipped out of Hyesan in June have reached Thailand … The
        # three waded across the Yalu at night": an undated crossing told of the people whose
        # arrival was just told is how that journey began, not another flight (an arrival told
        # after a crossing, "… crossed the Yalu in 2021. The nephews later reached Seoul", is the
        # journey's later leg)
        return False
    return (_arrival_in_refuge(a) and _river_crossing(b)) or (_river_crossing(a) and _arrival_in_refuge(b))


def _dated_sentence(trigger: Token) -> bool:
    """Whether the trigger's sentence names a date ("in August 2019", "last week"; not "at night")."""
    return any(t.ent_type_ == "DATE" for t in sentence_of(trigger))


def _sentences_between(earlier: Found, later: Found) -> int:
    """How many sentences start from the earlier trigger up to the later one (a quote's closing
    mark the parser leaves as a sentence of its own is not counted)."""
    counted = _sentence_starts_before(earlier.trigger.doc)
    # (none when the later trigger comes first, as for an empty run of tokens)
    return max(0, counted[later.trigger.i] - counted[earlier.trigger.i])


def _sentence_starts_before(doc: Doc) -> list[int]:
    """For each token index (and the Doc's length), how many tokens before it open a sentence
    that holds a word. Kept per Doc: the joining rules ask `_sentences_between` for many pairs of
    triggers, and walking every token between each pair was a hot spot on long reports."""
    counted: list[int] | None = doc.user_data.get("tessera_sentence_starts_before")
    if counted is None:
        counted = [0]
        for t in doc:
            opens = bool(t.is_sent_start) and any(w.is_alpha for w in sentence_of(t))
            counted.append(counted[-1] + opens)
        doc.user_data["tessera_sentence_starts_before"] = counted
    return counted


def _people_told_before(item: Found) -> int:
    """How many people the mentions before this one in its sentence counted (read from the
    mentions the report found there: see `join_mentions`)."""
    told = item.trigger.doc.user_data.get("tessera_told_before", {})
    return told.get(item.trigger.i, 0)


def _rest_follows(item: Found) -> bool:
    """Whether a later mention of the same kind in the mention's sentence tells "the other two",
    "the remaining two" or "the rest" (read from the mentions the report found there: see
    `join_mentions`): the sentence splits a group told before into its parts."""
    return item.trigger.i in item.trigger.doc.user_data.get("tessera_rest_follows", set())


def _is_rest(item: Found) -> bool:
    victims = item.event.victims
    words = (victims.text or "").lower().split() if victims else []
    return words[:2] in (["the", "remaining"], ["the", "rest"]) or _the_rest_by_count(words) is not None


def _note_returns_told(found: list[Found]) -> None:
    """Where the report tells people sent back as done, for `_held_after_told_return`."""
    if found:
        found[0].trigger.doc.user_data["tessera_returns_told"] = [
            item.trigger.i
            for item in found
            if item.event.type == "repatriation" and item.event.status == "occurred"
        ]


def _held_after_told_return(earlier: Found, later: Found) -> bool:
    """ "Two soldiers captured by Chinese police in early November were sent back last month …
    The two deserters are being held by the military security command": custody told as a state
    (held, kept) after the report told, between the taking and it, a return done, is the
    receiving side's custody in its own country, an arrest of its own (`held_after_return` is
    the same told in one clause). A return feared or still to come ("held … before being
    deported", "face being sent back") ends no taking, and a return told before the taking
    ("women sent back from China were arrested … they are held in Onsong") is where the people
    came from."""
    if later.trigger.lemma_.lower() not in HOLDING_STATE_VERBS or not _told_as_now(later.trigger):
        return False  # ("had been held in Shenyang for six weeks" before the return: the taking's own)
    returns = later.trigger.doc.user_data.get("tessera_returns_told") or []
    return any(earlier.trigger.i < i < later.trigger.i for i in returns)


def _told_as_now(verb: Token) -> bool:
    """Is the verb told in the present, itself or as the complement of a verb in the present
    ("are being held", "are now believed to be held"), not in a past ("were held for a week",
    "had been held")?"""
    for head in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        tensed = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
        if any(t.tag_ in {"VBD"} or (t.lemma_ == "have" and t is not head) for t in tensed):
            return False
        if any(t.tag_ in {"VBZ", "VBP"} for t in tensed):
            return True
    return False


def _note_people_told_before(found: list[Found]) -> None:
    """For each mention, the people counted by the earlier mentions of its sentence (each group
    once), for `_people_told_before`; and the mentions a rest of a group follows in their
    sentence, for `_rest_follows`."""
    if not found:
        return
    found[0].trigger.doc.user_data["tessera_rest_follows"] = {
        item.trigger.i
        for item in found
        if any(
            other.trigger.i > item.trigger.i
            and other.event.type == item.event.type
            and _same_sentence(item, other)
            and _is_rest(other)
            for other in found
        )
    }
    told: dict[int, int] = {}
    for item in found:
        sentence = sentence_of(item.trigger)
        groups: dict[str, int] = {}
        for other in found:
            victims = other.event.victims
            if (
                other.trigger.i < item.trigger.i
                and sentence_of(other.trigger) == sentence
                and victims is not None
                and victims.count_min is not None
                and other.own_people
            ):
                groups[(victims.text or "").lower()] = victims.count_min
        told[item.trigger.i] = sum(groups.values())
    found[0].trigger.doc.user_data["tessera_told_before"] = told
    # (and the people all the mentions of each sentence count, for `_people_told_in_sentence`)
    in_sentence: dict[int, dict[str, int]] = {}
    for item in found:
        victims = item.event.victims
        if victims is not None and victims.count_min is not None and item.own_people:
            groups = in_sentence.setdefault(sentence_of(item.trigger).start, {})
            groups[(victims.text or "").lower()] = victims.count_min
    found[0].trigger.doc.user_data["tessera_told_in_sentence"] = {
        start: sum(groups.values()) for start, groups in in_sentence.items()
    }


def _people_told_in_sentence(item: Found) -> int:
    """How many people all the mentions of this mention's sentence counted (each group once)."""
    told = item.trigger.doc.user_data.get("tessera_told_in_sentence", {})
    return told.get(sentence_of(item.trigger).start, 0)


def _the_rest_by_count(words: list[str]) -> int | None:
    """N of "the other N", "the N others" or "the N other guards" (the rest of a group told
    before), else None."""
    if len(words) < 3 or words[0] != "the":
        return None
    if words[1] == "other":
        return parse_number(words[2])
    if words[2] in {"others", "other"}:
        return parse_number(words[1])
    return None


def _the_others_of(earlier: Found, later: Found) -> bool:
    """ "Suspects were arrested … Some of the suspects managed to flee, but others were taken
    into custody": "others" set against "some of" a group the earlier event named are the rest
    of that group, part of its event, not a further one."""
    trigger = later.trigger
    subject = subject_of(clause_head(trigger)) if trigger.pos_ in {"VERB", "AUX"} else None
    victims = earlier.event.victims
    if subject is None or subject.lower_ != "others" or victims is None:
        return False
    named = {w.strip(",.") for w in (victims.text or "").lower().split()}
    for word in sentence_of(trigger):
        if word.i >= subject.i or word.lower_ not in PART_QUANTIFIERS:
            continue
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(o.dep_ == "pobj" and {o.lower_, o.lemma_.lower()} & named for o in prep.children):
                return True
    return False


def _penalties_of_two_clauses(earlier: Found, later: Found) -> bool:
    """Two penalties told in one sentence, each in a clause of its own with people of its own
    ("the couple were sent to a camp, and their two sons were banished to a farm", "the guard
    received ten years, while the two women got five years each"), are two punishments of two
    groups of people, not one told twice. Not when the later people are a pronoun, which may
    point back ("he was sentenced … and he was sent"), some or all of a group ("two of them",
    a bare number: "… and two received six months"), or when one group holds the other ("the man and his wife were sent … and banished")."""
    if earlier.event.type != "punishment" or not _same_sentence(earlier, later):
        return False
    if not (earlier.own_people and later.own_people):
        return False
    if clause_head(earlier.trigger).i == clause_head(later.trigger).i:
        return False  # one verb's two words ("sentenced at a public trial")
    first = victim_phrase(earlier.trigger, "punishment")
    second = victim_phrase(later.trigger, "punishment")
    if first is None or second is None or first.i == second.i:
        return False
    if second.lower_ in PRONOUNS or second.pos_ == "PRON" or _partitive(second) or _partitive(first):
        return False
    if second.like_num or second.pos_ == "NUM":
        return False  # "two of them received a year, and two received six months": the rest of a group
    if first in second.subtree or second in first.subtree:
        return False
    va, vb = earlier.event.victims, later.event.victims
    return va is not None and vb is not None and (va.text or "").lower() != (vb.text or "").lower()


def _partitive(people: Token) -> bool:
    """ "two of them", "all of the workers", "some of those arrested": a part of a group told."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in people.children)


def _same_sentence(earlier: Found, later: Found) -> bool:
    return sentence_of(earlier.trigger) == sentence_of(later.trigger)


TERM_UNITS = frozenset({"year", "month"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _term(trigger: Token) -> str | None:
    """The length of the term a verb of punishment gives, read from its own words outside its
    subject: "received 15 years each" → "15 year", "sentenced to life" → "life"."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return None
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in {"conj", "advcl", "ccomp", "relcl"}:
            continue
        for t in child.subtree:
            if t.lemma_.lower() in TERM_UNITS:
                number = next((c.lower_ for c in t.children if c.dep_ == "nummod"), None)
                if number is not None:
                    return f"{number} {t.lemma_.lower()}"
            elif t.lower_ == "life" and t.dep_ in {"pobj", "dobj"}:
                return "life"
    return None


def _terms_of_a_group_told(earlier: Found, later: Found) -> bool:
    """ "Four guards were sentenced at a public trial. A sergeant received 12 years and the three
    other guards eight years each": a counted group's punishment, and in the very next sentence
    what its members got, the parts making up the whole group, is that one punishment told in
    detail, not further ones, whatever the terms."""
    if earlier.event.type != "punishment" or later.event.type != "punishment":
        return False
    if earlier.event.status != "occurred" or later.event.status != "occurred":
        return False
    if _same_sentence(earlier, later) or _sentences_between(earlier, later) != 1:
        return False
    va, vb = earlier.event.victims, later.event.victims
    if va is None or vb is None or va.count_min is None or vb.count_min is None or va.count_min < 2:
        return False
    if _also_done(later.trigger) or _told_again(later):
        return False  # "one of them was also sent to a camp": one more act for some of them
    if earlier.dates and later.dates and not earlier.dates & later.dates:
        return False
    if vb.count_min >= va.count_min:
        return False
    # The sentence tells the whole group in its parts ("the commander lost his post, and four
    # guards were sent to a unit" of five); parts that do not make up the group may be other
    # people, or a trial's other outcomes ("seven were put on trial … the guard and the other two
    # brokers received 15 years each, and the couple 10 years": some of the seven, two sentences)
    return _people_told_in_sentence(later) == va.count_min


def _other_terms(earlier: Found, later: Found) -> bool:
    """ "The guard and two brokers received 15 years each, and the couple were given 10 years":
    two groups named each by its own words and given terms of different lengths are two
    sentences of one trial, however close their words. (A pronoun may be anyone told before:
    "he was given 15 years … it was cut to 10 years" is one person's.)"""
    if not (earlier.own_people and later.own_people):
        return False
    va, vb = earlier.event.victims, later.event.victims
    if va is None or vb is None or _bare_pronoun(va) or _bare_pronoun(vb):
        return False
    if (va.text or "").lower() == (vb.text or "").lower():
        return False
    if (vb.text or "").lower() in PRONOUNS:
        # ("a woman who spent three years in a camp … she was sentenced to five years": a
        # pronoun, even one counted as one person, points back; the two terms are the time served
        # and the sentence, one punishment)
        return False
    ta, tb = _term(earlier.trigger), _term(later.trigger)
    return ta is not None and tb is not None and ta != tb


def _other_penalty(earlier: Found, later: Found) -> bool:
    """One penalty takes a post or membership away and the other is a term in prison or a camp:
    "three workers were given labour terms … the plant's two managers were dismissed and expelled
    from the party" tells two punishments, whatever the counts (`post_penalties` and
    `term_penalties` in cues.json; a general word, "the punishment", may restate either)."""
    cues = lexicon().cues
    posts, terms = frozenset(cues["post_penalties"]), frozenset(cues["term_penalties"])
    kinds = {earlier.trigger.lemma_.lower(), later.trigger.lemma_.lower()}
    return bool(kinds & posts) and bool(kinds & terms) and not kinds <= posts


PENALTY_KEY = "penalty:"
# Penalties heavier than a lost post: a term in prison or a camp, banishment to the countryside.
HEAVIER_PENALTIES = frozenset({PENALTY_KEY + "term", PENALTY_KEY + "banishment"})


def _describes_people(trigger: Token) -> bool:
    """A verb that only describes people named in another clause: a relative clause ("the
    clerks, who had been dismissed in May, …"), a participle on a noun, or a bare participle set
    off by commas before the main verb ("the former manager, dismissed in March, was …", which
    the parse may hang on the main verb, its subject on the participle)."""
    if trigger.dep_ in {"relcl", "acl"}:
        return True
    return (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in trigger.children)
    )


def _earlier_penalty_described(described: Found, main: Found) -> bool:
    """ "Two clerks, who had been dismissed in May, were each sentenced to three years", "three
    teachers who had been stripped of their posts have now been banished to a mining village":
    a lost post told only to describe the people another clause of the sentence punishes more
    heavily (a term, banishment) is the earlier of two punishments, not a step of one (one
    punishment told in steps is told by joined verbs: "dismissed and banished to a farm")."""
    if sentence_of(described.trigger) != sentence_of(main.trigger) or not _describes_people(
        described.trigger
    ):
        return False
    if main.trigger not in described.trigger.ancestors:
        return False
    told = {k for k in described.keys if k.startswith(PENALTY_KEY)}
    kinds = {k for k in main.keys if k.startswith(PENALTY_KEY)}
    # (a verb of a term counts though its term is read as a date: "sentenced to three years")
    heavier = (
        bool(kinds & HEAVIER_PENALTIES) or main.trigger.lemma_.lower() in lexicon().cues["term_penalties"]
    )
    return told == {PENALTY_KEY + "post"} and heavier and PENALTY_KEY + "post" not in kinds


# Penalties that stand alone, never a step of a heavier one ("fined", "had to write self-criticisms").
LIGHT_PENALTIES = frozenset({PENALTY_KEY + "fine", PENALTY_KEY + "criticism"})
# Clauses of a punishment's sentence that tell something else than the penalty it names.
OTHER_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "relcl", "xcomp", "acl"}) | SUBJECT_DEPS


def _penalty_kinds(item: Found) -> set[str]:
    """The kinds of penalty (`penalty_kinds` in cues.json) a punishment's own words name: its
    trigger phrase and the words it governs outside its subject and other clauses ("was sent to
    live on a cooperative farm" → banishment, "had to pay a fine of 100,000 won" → fine), dates
    left aside ("three years ago")."""
    kinds: dict[str, frozenset[str]] = lexicon().cues["penalty_kinds"]
    trigger = item.trigger
    words = {k for k in item.keys if not k.startswith(PENALTY_KEY)} | {trigger.lower_, trigger.lemma_.lower()}
    for child in trigger.children:
        if child.dep_ in OTHER_CLAUSE_DEPS:
            continue
        words |= {t.lower_ for t in child.subtree if t.ent_type_ != "DATE"}
        words |= {t.lemma_.lower() for t in child.subtree if t.ent_type_ != "DATE"}
    return {name for name, kind_words in kinds.items() if words & kind_words}


def _other_kind_of_penalty(earlier: Found, later: Found) -> bool:
    """ "He had to pay a fine before he was released … his two sons were ordered to do labour
    training for a month": mentions whose words name penalties of different kinds only (a fine
    and a term, a lost post and a criticism session) are two punishments, even of one family on
    one day, when one of them is a fine or a criticism session; the kinds of the event told so far
    are those of all its mentions. A mention naming no kind ("was punished") joins either."""
    a = {k for k in earlier.keys if k.startswith(PENALTY_KEY)}
    b = {k for k in later.keys if k.startswith(PENALTY_KEY)}
    # (measured: a lost post, banishment and a camp term are often one punishment told in steps,
    # "dismissed and banished with his family to a farm"; a fine or a criticism session never is)
    return bool(a and b and not a & b and (a | b) & LIGHT_PENALTIES)


def _kind_of_act(trigger: Token) -> bool:
    """A bare plural noun ("former inmates have described beatings and executions there") names
    a kind of act, not the one told: it does not make a killing in a mine collapse an
    execution."""
    return trigger.pos_ == "NOUN" and not _names_one_event(trigger)


def _names_one_event(trigger: Token) -> bool:
    """A noun for one event ("the raid", "an execution"), not a bare plural for many ("large
    numbers of arrests are being made"), which a later telling of one person's arrest does not
    restate (a later bare plural joins an earlier event: it adds no event of its own)."""
    if trigger.pos_ != "NOUN":
        return False
    return trigger.tag_ != "NNS" or any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children)


def _open_group(victims: Victims) -> bool:
    return victims.group in OPEN_GROUPS or (victims.text or "").lower() in PRONOUNS


def _several_families(victims: Victims) -> bool:
    return victims.group == "family" and "families" in (victims.text or "").lower()


VESSEL_NOUNS = frozenset({"boat", "vessel", "ship", "raft", "craft", "skiff", "dinghy", "junk", "trawler"})


def _vessel_crossing(trigger: Token) -> bool:
    """ "A patrol spotted the boat after it had crossed the Northern Limit Line": a crossing whose
    subject is the vessel (or "it" for one named in its sentence or the one before) is the crossing
    of the people aboard, told again."""
    subject = subject_of(clause_head(trigger))
    if subject is None:
        return False
    if subject.lemma_.lower() in VESSEL_NOUNS:
        return True
    if subject.lower_ != "it":
        return False
    sentence = sentence_of(trigger)
    doc = trigger.doc
    before = sentence_of(doc[sentence.start - 1]) if sentence.start > 0 else sentence
    return any(t.lemma_.lower() in VESSEL_NOUNS for t in doc[before.start : trigger.i])


def _restatement(item: Found) -> list[Span]:
    """A later mention is cited by the words that restate the event (its trigger phrase), so
    that the first, fuller telling stays the event's main evidence."""
    anchor = item.event.anchor
    span = item.event.evidence[0]
    if anchor is None or not (span.start <= anchor.trigger_start < anchor.trigger_end <= span.end):
        return item.event.evidence
    text = span.text[anchor.trigger_start - span.start : anchor.trigger_end - span.start]
    return [Span(span.doc, anchor.trigger_start, anchor.trigger_end, text)]
