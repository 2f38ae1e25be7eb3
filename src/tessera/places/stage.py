"""The places stage itself (see the package's docstring): mentions found, resolved, assigned."""

from __future__ import annotations

import re
from collections import Counter

from tessera.language import Analysis
from tessera.model import Event, Place
from tessera.places.actors import POSTED_ABROAD, acting_country, acting_in_clause
from tessera.places.border_areas import LINE_ID, near_the_border
from tessera.places.capital import capital_mentions
from tessera.places.facing import CROSSING_WORDS, across_the_crossing, twin_town
from tessera.places.gazetteer import load
from tessera.places.mentions import Mention, find_mentions
from tessera.places.resolve import country_place, resolve
from tessera.places.roles import MOVEMENT, NORTH_OWN_ORGANS, RoleFinder, names_north_institution
from tessera.places.seas import near_shore
from tessera.places.seats import seat_for_office


def find_places(analysis: Analysis) -> list[Mention]:
    """Every place mention in the report, each resolved to its gazetteer entry where one fits."""
    gaz = load()
    found = resolve(analysis.text, find_mentions(analysis.text, analysis.doc, gaz), gaz, analysis.doc)
    return capital_mentions(analysis.text, found, gaz)


def place_events(events: list[Event], analysis: Analysis) -> list[Event]:
    """Return the events (same order) with `where`, `origin` and `destination` filled in."""
    if not events:
        return events
    finder = RoleFinder(analysis.doc, analysis.text, find_places(analysis), load())

    # Events read from the same words ("arrested in Sinuiju and Onsong" → two events) take the
    # places joined there in turn.
    def key(ev: Event) -> tuple:
        return (ev.type, tuple((s.start, s.end) for s in ev.evidence))

    # ... and one event read at several places takes the area they span.
    total = Counter(key(ev) for ev in events)
    seen: Counter[tuple] = Counter()
    out = []
    named = [p for _, p in finder.placed]
    # places told as where people were taken or sent to, or where a return was told; not a teller's
    goals = [p for m, p in finder.placed if _GOAL_NOTES & set(m.notes) and "teller" not in m.notes]
    towns = _towns_by_province(named)
    told_from = [p for m, p in finder.placed if "from" in m.notes]
    line_at = [m.start for m in finder.mentions if m.chosen is not None and m.chosen.id == LINE_ID]
    with_town = {p.country for p in named if p.country and p.lat is not None and p.precision != "region"}
    for ev in events:
        ev = finder.assign(ev, seen[key(ev)], total[key(ev)])
        ev = _at_the_provincial_office(ev, finder)
        at_crossing = any(CROSSING_WORDS.search(finder.sentence_at(sp.start)) for sp in ev.evidence)
        held = ev.origin if _held_in_the_province(ev, finder) else None
        ev = across_the_crossing(_in_the_story_town(ev, towns, finder.text), named, told_from, at_crossing)
        if held is not None:
            ev = ev.with_(origin=held)
        ev = _where_in_the_story_town(ev, towns, finder.text)
        ev = _in_the_story_place_of_country(ev, named)
        ev = _returned_to_the_goal_named(ev, goals)
        ev = _on_the_sea_border(ev, finder)
        ev = _out_of_the_north(ev)
        _set_the_scene_after_return(ev, finder, named)
        out.append(_along_the_border(ev, finder, line_at, with_town))
        seen[key(ev)] += 1
    out = _set_off_where_caught(_start_told_before(_handed_over_as_told_next(out, finder), finder), finder)
    out = _feared_after_the_return(out, finder)
    out = [_seized_on_the_doers_side(_by_the_norths_own_organs(ev, finder), finder) for ev in out]
    out = [_on_chinas_bank_by_its_police(ev, finder) for ev in out]
    return [_leg_from_china(ev, finder) for ev in out]


# Countries the North's people reach over land only from China (they border China, not the North):
# a flight into one of them is the leg that leaves China.
_BEYOND_CHINA = frozenset({"MN", "LA", "VN", "MM"})
# How many sentences after a flight a town it left may still be told ("They crossed into Mongolia
# in March. / They had hidden for a year near Erenhot").
LEG_START_TOLD_WITHIN = 2


def _leg_from_china(ev: Event, finder: RoleFinder) -> Event:
    """A flight into Mongolia, Laos, Vietnam or Myanmar leaves China, whatever the North's town the
    people came from: "A woman from Onsong County and her daughter crossed into Mongolia on foot"
    (invented) began in China, the leg the report tells, not in Onsong, the woman's home. Only for a
    flight read as leaving the North; the start is then the town in China the report names in that
    sentence or last before it (not a goal, a teller's or a landmark), else the first one told in
    the next sentences, else China."""
    if (
        ev.type != "escape"
        or ev.anchor is None
        or ev.destination is None
        or ev.destination.country not in _BEYOND_CHINA
        or ev.origin is None
        or ev.origin.country != "KP"
    ):
        return ev
    start = _town_in_china(finder, ev.anchor.sentence_start, ev.anchor.sentence_end) or country_place(
        finder.gaz, "CN"
    )
    if start is None:
        return ev
    return ev.with_(origin=start, where=start if ev.where == ev.origin else ev.where)


def _town_in_china(finder: RoleFinder, s_start: int, s_end: int) -> Place | None:
    """The town in China a flight told between `s_start` and `s_end` left (see _leg_from_china)."""
    towns = [
        (m, p)
        for m, p in finder.placed
        if p.country == "CN"
        and p.precision in _FINE + ("province",)
        and not {"to", "teller", "landmark"} & set(m.notes)
    ]
    before = [p for m, p in towns if m.start < s_end]
    if before:
        return before[-1]
    here = finder.sentence_number(s_start)
    later = [p for m, p in towns if here < finder.sentence_number(m.start) <= here + LEG_START_TOLD_WITHIN]
    return later[0] if later else None


# Words that tell a flight under way when it was stopped, right before or in its trigger: "were
# trying to reach Laos", "were about to board a train", "as they tried to cross".
UNDER_WAY_REACH = 30
_UNDER_WAY = re.compile(
    r"(?i)\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|about"
    r"|seek(?:s|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?)\s+to\b"
)
# Countries whose places never start a flight stopped abroad: the North (where flights begin
# anyway) and the South (where reports are written).
_HOME_SIDES = ("KP", "KR", None)


# Acts the North's state does to the people it takes back: feared after a return, they happen there.
_FEARED_IN_THE_NORTH = frozenset({"punishment", "interrogation", "execution"})
# Words that put a feared penalty back in the North after a return: "face severe punishment at
# home", "will be punished once they are back"; a Chinese helper's prison term is told without them.
_BACK_HOME = re.compile(
    r"(?i)\b(?:at home|back home|once (?:they are |he is |she is )?back|on (?:their|his|her) return)\b"
)


def _feared_after_the_return(events: list[Event], finder: RoleFinder) -> list[Event]:
    """A punishment, questioning or execution feared for people after the report has told them
    handed back to the North happens there, at the return's end, not in the town abroad the
    report named for their detention: "The seven were handed over on the bridge to Sinuiju. They
    are likely to face harsh interrogation" (invented) is Sinuiju. A punishment only when its
    sentence names one of the North's own (a kyohwaso, a political prison camp): a prison term
    feared in China for a Chinese helper stays there."""
    returns = [
        (ev.anchor.trigger_start, ev.destination)
        for ev in events
        if ev.type == "repatriation"
        and ev.status == "occurred"
        and ev.anchor is not None
        and ev.destination is not None
        and ev.destination.country == "KP"
    ]
    if not returns:
        return events
    out = []
    for ev in events:
        where = ev.where
        if (
            ev.type in _FEARED_IN_THE_NORTH
            and ev.status == "at_risk"
            and ev.anchor is not None
            and where is not None
            and where.country not in ("KP", None)
            and (
                ev.type != "punishment"
                or names_north_institution(finder.sentence_at(ev.anchor.trigger_start))
                # "Two women were sent back across the river on Monday. They are likely to face
                # severe punishment at home" (invented): the North, where the return ended
                or _BACK_HOME.search(finder.sentence_at(ev.anchor.trigger_start)) is not None
            )
        ):
            before = [place for at, place in returns if at < ev.anchor.trigger_start]
            if before:
                ev = ev.with_(where=before[-1])
        out.append(ev)
    return out


# Acts only the North's own organs do at home when its sentence names one of them: questioning,
# searches of homes, sentences, executions; arrests only when those organs are the doers (arrests
# and beatings are done by China's police too).
_THE_NORTHS_OWN_ACTS = frozenset({"punishment", "interrogation", "execution", "search", "arrest"})


def _seized_by_the_norths_organs(ev: Event) -> bool:
    """Whether an arrest's doers are all the North's, one of them its security police, border
    guards or army (China's police arrest the North's people too, so a bare arrest is not enough)."""
    doers = ev.perpetrators
    return (
        bool(doers)
        and all(a.country == "KP" for a in doers)
        and any(a.kind in NORTH_OWN_ORGANS for a in doers)
    )


# The agent of a passive act, named right after it: "has been detained by (North Korean) state
# security", "was arrested by the bowibu" (a few words may stand between: "on November 24").
_AGENT_AFTER = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+by\s+(?:the\s+)?(?:North\s+Korean\s+|North\s+Korea's\s+)?")


def _by_the_organ(sentence: str, after: int) -> bool:
    """Whether the act ending at `after` names one of the North's own organs as its agent ("was
    detained by state security"), not one merely named elsewhere in the sentence."""
    by = _AGENT_AFTER.match(sentence[after:])
    return by is not None and names_north_institution(sentence[after + by.end() : after + by.end() + 40])


def _held_at_the_norths_town(ev: Event, own: list[tuple[Mention, Place]]) -> bool:
    """Whether an arrest by the North's own organs is placed by the North's town its sentence
    names: one is named, and every town abroad it names is only where people came from or the
    teller is ("a trader from Dandong who went to Sinuiju has been detained by state security, a
    source in Dandong said"; not "abducted by North Korean agents in Yanji, he is held in
    Pyongyang", an arrest abroad)."""
    if not _seized_by_the_norths_organs(ev):
        return False
    north = any(p.country == "KP" and p.precision != "country" for _, p in own)
    return north and not any(
        p.country not in ("KP", None)
        and p.precision not in ("country", "region")
        and not {"teller", "from"} & set(m.notes)
        for m, p in own
    )


def _by_the_norths_own_organs(ev: Event, finder: RoleFinder) -> Event:
    """A questioning, search, sentence or execution whose sentence names one of the North's own
    organs or camps (state security, the bowibu, a kyohwaso) and no place abroad happens in the
    North (so does an arrest by those organs at the North's town its sentence names, even with a
    town abroad named before it: see `_held_at_the_norths_town`), not in the foreign town the
    report named before for the story: "Her brother was caught in Yanji in May. Since then state
    security officers have questioned her parents twice" (invented) is the North. The place is
    one of the North's the sentence names, else the town across the border from the foreign one,
    else the last of the North's places the report named before, else the North. Not when another
    state's authorities act in the sentence ("China's state security bureau"), nor for the North's
    officers posted abroad (minders, a consulate)."""
    where = ev.where
    if (
        ev.type not in _THE_NORTHS_OWN_ACTS
        or ev.anchor is None
        or where is None
        or where.country in ("KP", None)
    ):
        return ev
    s_start, s_end = ev.anchor.sentence_start, ev.anchor.sentence_end
    sentence = finder.text[s_start:s_end]
    if not names_north_institution(sentence) or POSTED_ABROAD.search(sentence):
        return ev
    if acting_country(finder.gaz, sentence, ev.anchor.trigger_start - s_start) not in (None, "KP"):
        return ev
    own = [(m, p) for m, p in finder.placed if s_start <= m.start < s_end]
    north = [p for m, p in own if p.country == "KP" and p.precision != "country"]
    if ev.type == "arrest" and not (
        _held_at_the_norths_town(ev, own) and _by_the_organ(sentence, ev.anchor.trigger_end - s_start)
    ):
        return ev
    if ev.type != "arrest" and any(
        p.country not in ("KP", None) and p.precision not in ("country", "region") for _, p in own
    ):
        # the sentence itself names a town abroad: what it tells may be there (a country named is
        # mostly where someone went: "families whose daughters are missing in China")
        return ev
    before = [
        p
        for m, p in finder.placed
        if m.start < s_start and p.country == "KP" and p.precision not in ("country", "region")
    ]
    named = [p for _, p in finder.placed]
    place = (
        (north[0] if north else None)
        or twin_town(where, "KP", named)
        or (before[-1] if before else None)
        or country_place(finder.gaz, "KP")
    )
    return ev.with_(where=place) if place is not None else ev


# Notes of a mention abroad that is not where an act happened: a goal, a start, a teller's place.
_ELSEWHERE_NOTES = frozenset({"to", "from", "teller"})


# What China's police do where they hold power: arrests, searches of homes, questioning.
_HELD_IN_CHINA = frozenset({"arrest", "search", "interrogation"})


def _on_chinas_bank_by_its_police(ev: Event, finder: RoleFinder) -> Event:
    """An arrest, search or questioning done by China's police only, read at one of the North's
    places, happened in China, in the Chinese town of the report's story: "Police in Hunchun are
    hunting a broker from Onsong. Officers searched his rented flat on Monday" (invented) is
    Hunchun. The place is one of China's towns the sentence names, else the last one the report
    named before, else the town facing the North's one (see `_on_the_doers_bank`). The police
    only (the events stage's guess of the country of state security or soldiers is often the
    wrong one)."""
    doers = ev.perpetrators
    if (
        ev.type not in _HELD_IN_CHINA
        or ev.where is None
        or ev.where.country != "KP"
        or not doers
        or any(a.country != "CN" for a in doers)
        or not any(a.kind == "police" for a in doers)
        or not _only_a_start_or_goal(ev.where, finder, ev.anchor.sentence_end if ev.anchor else 0)
    ):
        return ev
    return _on_the_doers_bank(ev, finder, "CN")


def _only_a_start_or_goal(place: Place, finder: RoleFinder, before: int) -> bool:
    """Whether the report, up to `before`, names `place` only as where people came from or went to
    ("a family from Hyesan", "crossed near Sinuiju into China"): a place lent by their flight, not
    the scene of the story, as "in Manpo" would be."""
    named = [
        m for m, p in finder.placed if m.start < before and (p.name, p.country) == (place.name, place.country)
    ]
    return all(_ELSEWHERE_NOTES & set(m.notes) for m in named)


def _on_the_doers_bank(ev: Event, finder: RoleFinder, state: str) -> Event:
    """The event moved to `state`'s side of the border when it was read at another state's place
    (not the South's, where reports are written) and its own sentence names no town of that other
    side as where something is (only as a goal, a start or a teller's place: "a trader who went to
    Dandong"), nor another state's authorities acting. The place is one of `state`'s towns the
    sentence names, else the last of `state`'s towns the report named before, else the town facing
    the one read, else the event is left as read."""
    where = ev.where
    if ev.anchor is None or where is None or where.country in (state, "KR", None):
        return ev
    s_start, s_end = ev.anchor.sentence_start, ev.anchor.sentence_end
    sentence = finder.text[s_start:s_end]
    if acting_country(finder.gaz, sentence, ev.anchor.trigger_start - s_start) not in (None, state):
        return ev
    own = [(m, p) for m, p in finder.placed if s_start <= m.start < s_end]
    if any(
        p.country not in (state, None)
        and p.precision not in ("country", "region")
        and not _ELSEWHERE_NOTES & set(m.notes)
        for m, p in own
    ):
        return ev
    here = [p for _, p in own if p.country == state and p.precision in _FINE]
    before = [
        p
        for m, p in finder.placed
        if m.start < s_start
        and p.country == state
        and p.precision in _FINE
        and not _ELSEWHERE_NOTES & set(m.notes)
    ]
    twin = twin_town(where, state, [p for _, p in finder.placed])
    told = before[-1] if before else None
    place = (here[0] if here else None) or told or twin
    return ev.with_(where=place) if place is not None else ev


# Acts done by a state's own police, guards or patrols where they hold power.
_SEIZURES = frozenset({"arrest", "search"})


def _seized_on_the_doers_side(ev: Event, finder: RoleFinder) -> Event:
    """An arrest or search whose own clause names another state's authorities as its doers
    happened on that state's soil, not in the North's town the story is set in: "Chinese border
    police detained four men from Hyesan" (invented) was in China, at Changbai across the river.
    The place is one of that state's towns the sentence names, else the town facing the North's one
    across the border, else the last of that state's towns the report named before, else the
    state. The doers are those the act's clause names by their state ("a Chinese border patrol");
    not when it names none ("border guards caught him"), nor when the sentence itself names the
    North's town (the evidence's own place outranks the story's)."""
    if ev.type not in _SEIZURES or ev.anchor is None or ev.where is None or ev.where.country != "KP":
        return ev
    s_start, s_end = ev.anchor.sentence_start, ev.anchor.sentence_end
    state = acting_in_clause(finder.gaz, finder.text[s_start:s_end], ev.anchor.trigger_start - s_start)
    where = ev.where
    if state in (None, "KP") or any(
        s_start <= m.start < s_end and (p.name, p.country) == (where.name, where.country)
        for m, p in finder.placed
    ):
        # (the sentence's own town of the North outranks its doers: "arrested by Chinese agents in
        # Hyesan" is an act of theirs in the North)
        return ev
    fine = [
        (m.start, p)
        for m, p in finder.placed
        if p.country == state and p.precision not in ("country", "region") and m.start < s_end
    ]
    own = [p for at, p in fine if at >= s_start]
    before = [p for at, p in fine if at < s_start]
    place = (
        (own[0] if own else None)
        or twin_town(where, state, [p for _, p in finder.placed])
        or (before[-1] if before else None)
        or country_place(finder.gaz, state)
    )
    return ev.with_(where=place) if place is not None else ev


def _set_off_where_caught(events: list[Event], finder: RoleFinder) -> list[Event]:
    """A flight that failed abroad set off, as far as the report tells it, from where its people
    were caught on the way: "Police in Kunming detained six North Koreans who were trying to reach
    Laos" (invented) began in Kunming, not in the North they had left long before. Only when the
    flight's own sentence tells the arrest at a place outside the two Koreas, the flight is told as
    under way when they were caught ("trying to", "about to"; not "caught days after crossing the
    river", a flight that had ended there), its goal lies beyond that place (another country, or
    another town), and it was read as starting in the North or on its goal's side."""
    caught_in: dict[int, Place] = {}
    for ev in events:
        if (
            ev.type == "arrest"
            and ev.anchor is not None
            and ev.where is not None
            and ev.where.country not in _HOME_SIDES
        ):
            caught_in.setdefault(ev.anchor.sentence_start, ev.where)
    out = []
    for ev in events:
        caught = caught_in.get(ev.anchor.sentence_start) if ev.anchor is not None else None
        if (
            ev.type == "escape"
            and ev.status == "attempted"
            and caught is not None
            and ev.anchor is not None
            and _UNDER_WAY.search(
                finder.text[max(0, ev.anchor.trigger_start - UNDER_WAY_REACH) : ev.anchor.trigger_end]
            )
            and _goal_beyond(caught, ev.destination)
            and _read_from_home_or_goal(ev)
        ):
            where = caught if ev.where == ev.origin else ev.where
            ev = ev.with_(origin=caught, where=where)
        out.append(ev)
    return out


def _goal_beyond(caught: Place, goal: Place | None) -> bool:
    """Does the flight's goal lie beyond where its people were caught (none told, another country,
    or another town of the same country)?"""
    if goal is None:
        return True
    if goal.country != caught.country:
        return True
    return goal.precision in _FINE and (goal.id or goal.name) != (caught.id or caught.name)


def _read_from_home_or_goal(ev: Event) -> bool:
    """Was the flight read as starting in the North (or nowhere), or on its own goal's side?"""
    start, goal = ev.origin, ev.destination
    if start is None or start.country == "KP":
        return True
    return goal is not None and start.country == goal.country


# How many sentences after a return's summary its handing over may be told.
HANDOVER_TOLD_WITHIN = 2
_HANDED_OVER = re.compile(r"(?i)\b(?:hand(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:over|to)|through|across)\b")


def _handed_over_as_told_next(events: list[Event], finder: RoleFinder) -> list[Event]:
    """A return told in summary, then told again in the next sentences with the town abroad where
    the people were handed over, began in that town (and ended in the town across, when the
    summary has only the North): "Four women held in Harbin were sent back last week. Police
    drove them to Tumen and handed them over at the bridge to Namyang" (invented) left from
    Tumen, not Harbin, where they were held. The later telling must name a town of the same
    country as the summary's start and tell the handing over (a crossing, "handed over",
    "through", "across")."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.type != "repatriation" or ev.anchor is None or ev.origin is None:
            continue
        if ev.origin.country in ("KP", "KR", None):
            continue
        if _start_named_in_clause(finder, ev.origin, ev.anchor.sentence_start, ev.anchor.sentence_end):
            continue
        here = finder.sentence_number(ev.anchor.sentence_start)
        for later in out[i + 1 :]:
            if later.type != "repatriation" or later.anchor is None or later.origin is None:
                continue
            there = finder.sentence_number(later.anchor.sentence_start)
            if not here < there <= here + HANDOVER_TOLD_WITHIN:
                continue
            start = later.origin
            sentence = finder.sentence_at(later.anchor.sentence_start)
            if (
                start.country != ev.origin.country
                or start.precision not in _FINE
                or start == ev.origin
                or not (CROSSING_WORDS.search(sentence) or _HANDED_OVER.search(sentence))
            ):
                continue
            changes = {"origin": start}
            if not _named_within(finder, start, later.anchor.sentence_start, later.anchor.sentence_end):
                # a start the later telling only inherits ("where they were held" from the report
                # before) is no town it names: "Eleven people arrested in Kunming were sent back
                # from Tumen. About 50 were driven across the bridge to Namyang" (invented)
                changes = {}
            end = later.destination
            if (
                ev.destination is not None
                and ev.destination.precision == "country"
                and end is not None
                and end.country == ev.destination.country
                and end.precision in _FINE
            ):
                changes["destination"] = end
            if changes:
                out[i] = ev.with_(**changes)
            break
    return out


def _start_told_before(events: list[Event], finder: RoleFinder) -> list[Event]:
    """A return told again in the next sentences, whose own sentence names no town it left, began
    where the telling before it named it begin: "Eleven people arrested in Kunming were sent back
    from Tumen on Monday. About 50 were driven across the river bridge to Namyang in trucks"
    (invented) left from Tumen too, not from Kunming, where some of them had been held. Only a
    start of the same country, named in the earlier telling's own sentence."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.type != "repatriation" or ev.anchor is None or ev.origin is None:
            continue
        if ev.origin.country in ("KP", "KR", None) or ev.origin.precision not in _FINE:
            continue
        if not _named_within(finder, ev.origin, ev.anchor.sentence_start, ev.anchor.sentence_end):
            continue
        here = finder.sentence_number(ev.anchor.sentence_start)
        for j in range(i + 1, len(out)):
            later = out[j]
            if later.type != "repatriation" or later.anchor is None or later.origin is None:
                continue
            there = finder.sentence_number(later.anchor.sentence_start)
            if not here < there <= here + HANDOVER_TOLD_WITHIN:
                continue
            if later.origin.country != ev.origin.country or later.origin == ev.origin:
                continue
            if later.status != ev.status:
                continue  # "were returned on Monday ... hundreds more could be returned": another return
            lo, hi = later.anchor.sentence_start, later.anchor.sentence_end
            if any(lo <= m.start < hi and p.country == ev.origin.country for m, p in finder.placed):
                continue  # its own sentence names where in that country it began
            out[j] = later.with_(origin=ev.origin)
    return out


# A start told as left or passed: "from Tumen", "through Dandong", "from the border city of Hunchun",
# the few words before the town and no clause break between.
_STARTED_FROM = re.compile(r"(?i)\b(?:from|through|via)\b[^.,;:]{0,40}$")


def _start_named_in_clause(finder: RoleFinder, place: Place, start: int, end: int) -> bool:
    """Does a return's own sentence (characters `start` to `end`) name its start town `place` as
    the town left or passed ("were sent back from Hunchun to Rason", "returned through Dandong")?
    Such a start is the return's own; a later telling of a handover elsewhere is another group's
    ("About 40 were repatriated from Dandong to Sinuiju. A family was returned at the Tumen
    crossing", invented)."""
    if place.precision not in _FINE:
        return False
    return any(
        start <= m.start < end
        and p == place
        and _STARTED_FROM.search(finder.text[max(start, m.start - 60) : m.start])
        for m, p in finder.placed
    )


def _named_within(finder: RoleFinder, place: Place, start: int, end: int) -> bool:
    """Does the report name `place` between characters `start` and `end`?"""
    return finder.named_between(place, start, end)


def _at_the_provincial_office(ev: Event, finder: RoleFinder) -> Event:
    """An act in the North told at or by a provincial office happened in the province's seat (see
    tessera.places.seats), unless its sentence names a town."""
    if ev.type in MOVEMENT or ev.anchor is None:
        return ev
    start, end = ev.anchor.sentence_start, ev.anchor.sentence_end
    named_here = [p for m, p in finder.placed if start <= m.start < end]
    seat = seat_for_office(ev.where, finder.text[start:end], named_here)
    return ev.with_(where=seat) if seat is not None else ev


def _on_the_sea_border(ev: Event, finder: RoleFinder) -> Event:
    """A movement read only as far as a country, told as a crossing of a sea border in a named
    sea, lands on that country's near shore of the border there (tessera.places.seas)."""
    if ev.type not in MOVEMENT or ev.anchor is None:
        return ev
    start, end = ev.anchor.sentence_start, ev.anchor.sentence_end
    ids_here = [p.id for m, p in finder.placed if start <= m.start < end and p.id]
    return near_shore(ev, finder.text[start:end], ids_here, finder.gaz)


def _along_the_border(ev: Event, finder: RoleFinder, line_at: list[int], with_town: set[str]) -> Event:
    """A place read only as a country, told near its border with another country or the line
    between the Koreas, is the country's stretch along it (tessera.places.border_areas)."""
    if ev.anchor is None:
        return ev
    start, end = ev.anchor.sentence_start, ev.anchor.sentence_end
    here = any(start <= at < end for at in line_at)
    return near_the_border(ev, finder.text[start:end], here, bool(line_at), with_town, finder.gaz)


_FINE = ("city", "county", "point")
# Only where people came from: a destination read as a province ("walked into Dornogovi
# province") is where they crossed to, while the town named later is where they were found.
_ROUTES = ("origin",)


def _towns_by_province(places: list[Place]) -> dict[tuple[str | None, str], dict[str, Place]]:
    """The distinct towns (cities, counties, points) the report names, by country and province."""
    towns: dict[tuple[str | None, str], dict[str, Place]] = {}
    for p in places:
        if p.precision in _FINE and p.admin1:
            towns.setdefault((p.country, p.admin1), {}).setdefault(p.id or p.name, p)
    return towns


def _in_the_story_town(
    ev: Event, towns: dict[tuple[str | None, str], dict[str, Place]], text: str = ""
) -> Event:
    """A movement's origin read only as a province, where the report names one
    town in that province and no other, is that town: "two women who had lived in Harbin were
    caught ... they had set off from Heilongjiang province" left from Harbin. With two towns of
    the province named, the province stays; so does a province the movement's own sentence
    introduces by its country ("fled a logging camp in Russia's Amur region", invented): the
    writer places that act in the province, and the town named elsewhere is another act's,
    unless a retelling of the act names it ("... / He walked away from the camp near Tynda")."""
    changes = {}
    for route in _ROUTES:
        place = getattr(ev, route)
        town = _one_town_of(place, towns)
        if town is None:
            continue
        if _introduced_by_country(place, ev, text) and not _retold_at(town, ev, text):
            continue
        changes[route] = town
    return ev.with_(**changes) if changes else ev


# How far after a retelling's word the town it was told at may stand ("walked away from the camp
# near Tynda").
RETOLD_AT_CHARS = 40


def _retold_at(town: Place, ev: Event, text: str) -> bool:
    """Is the town named in, or just after, a word of the event's own evidence?"""
    return bool(town.text) and any(
        town.text in text[span.start : span.end + RETOLD_AT_CHARS] for span in ev.evidence
    )


# "China's Yunnan province", "Russia’s Primorsky Krai": a province told with its country's name.
_COUNTRY_POSSESSIVE = r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+"


def _introduced_by_country(place: Place | None, ev: Event, text: str) -> bool:
    """Does the event's own sentence name the province after its country's possessive ("from
    China's Guangxi region", invented)?"""
    if place is None or not place.text or ev.anchor is None or not text:
        return False
    sentence = text[ev.anchor.sentence_start : ev.anchor.sentence_end]
    return re.search(_COUNTRY_POSSESSIVE + re.escape(place.text), sentence) is not None


def _held_in_the_province(ev: Event, finder: RoleFinder) -> bool:
    """Is the event a return only feared or expected ("at_risk") of people its own sentence holds in
    a province abroad: "Dozens more remain in detention in Jilin province and could be sent back at
    any time" (invented)? Where they will leave from is not told; the one town of that province the
    report names ("handed over at the Tumen crossing") is another return's, so the province stays."""
    origin = ev.origin
    if ev.type != "repatriation" or ev.status != "at_risk" or ev.anchor is None or origin is None:
        return False
    if origin.precision != "province" or origin.country in ("KP", "KR", None):
        return False
    return _named_within(finder, origin, ev.anchor.sentence_start, ev.anchor.sentence_end)


def _one_town_of(place: Place | None, towns: dict[tuple[str | None, str], dict[str, Place]]) -> Place | None:
    """The one town the report names in the province `place` is read at (None when `place` is no
    province, or the report names no town of it or two)."""
    if place is None or place.precision != "province" or not place.admin1:
        return None
    inside = towns.get((place.country, place.admin1), {})
    return next(iter(inside.values())) if len(inside) == 1 else None


def _where_in_the_story_town(
    ev: Event, towns: dict[tuple[str | None, str], dict[str, Place]], text: str
) -> Event:
    """An act read only at a province that its own sentence does not name, where the report names
    one town in that province and no other, happened in that town, the finest unit the text gives:
    "Guards in Hyesan seized a trader's goods, a source in Ryanggang Province said. / Her brother
    was questioned twice" (invented) was questioned in Hyesan, not somewhere in Ryanggang. News
    from inside the North names the source by province and the story by its town, and a
    province's own office ("the provincial court") sits in a town too. A province the act's own
    sentence names ("raids on villages across Jilin Province") is what the text says of that act
    and stays; so does a province with two towns named: the report does not say which."""
    place = ev.where
    town = _one_town_of(place, towns)
    if ev.type in MOVEMENT or place is None or town is None or ev.anchor is None:
        return ev
    if place.text and place.text in text[ev.anchor.sentence_start : ev.anchor.sentence_end]:
        return ev
    return ev.with_(where=town)


def _in_the_story_place_of_country(ev: Event, named: list[Place]) -> Event:
    """Where an event happened or a journey set out from, read only as a country the report names
    for it, is the one town the report names in that country; with no town named, its one
    province. "Two labourers slipped away from a building site in Khabarovsk. ... The pair fled
    Russia's Far East in May" fled from Khabarovsk. With two towns (or, with no town, two
    provinces) of the country named, the country stays. Destinations are left alone (the story's
    town in the country people were taken to is most often their home, not where they were
    taken), and so is a country no words of the report named (supplied by the extractor)."""
    changes = {}
    for route in ("where", "origin"):
        place = getattr(ev, route)
        if place is None or place.precision != "country" or not place.country or not place.text:
            continue
        inside = [p for p in named if p.country == place.country and p.lat is not None]
        for precisions in (_FINE, ("province",)):
            found = {p.id or p.name: p for p in inside if p.precision in precisions}
            if found:
                if len(found) == 1:
                    changes[route] = next(iter(found.values()))
                break
    return ev.with_(**changes) if changes else ev


_GOAL_NOTES = frozenset({"to", "return", "posted"})


def _returned_to_the_goal_named(ev: Event, goals: list[Place]) -> Event:
    """A forced return read as ending only in a country (written, or implied as the North) ended
    in the one town of that country the report tells people taken to, or a return told at: "China
    sent back 50 North Koreans last week. The group was taken across the bridge to the city of
    Sinuiju" (invented) ended in Sinuiju. News gives the summary first and the town in the
    telling after it, which the events stage joins to the summary or leaves unread. A town named
    only as where someone lives or speaks from is no end of the return ("My brother sells rice in
    Musan"), and with two such towns of the country told, the country stays."""
    end = ev.destination
    if ev.type != "repatriation" or end is None or end.precision != "country" or not end.country:
        return ev
    found = {p.id or p.name: p for p in goals if p.country == end.country and p.precision in _FINE}
    return ev.with_(destination=next(iter(found.values()))) if len(found) == 1 else ev


def _scene_after_return(ev: Event, named: list[Place]) -> Place | None:
    """Where the people of a forced return are once it is told: the town or province it ended in.

    News tells a return, then what was done to the returnees ("They were sent back across the
    bridge to Manpo. Each was questioned for a week"): the unplaced sentences that follow happen
    where the return ended, not in the town abroad it left (invented: "held in Ji'an and handed
    back to Manpo ... guards beat them" → Manpo). Only a place the report names: a town the
    return is only inferred to end in (the twin across the river) sets no scene. None when the
    return ends only in a country (or a region), or stays inside one country: the scene is then
    left as it was."""
    origin, destination = ev.origin, ev.destination
    if ev.type != "repatriation" or origin is None or destination is None:
        return None
    if destination.precision in ("country", "region") or destination.country == origin.country:
        return None
    if destination.id not in {p.id for p in named}:
        return None
    return destination


def _set_the_scene_after_return(ev: Event, finder: RoleFinder, named: list[Place]) -> None:
    scene = _scene_after_return(ev, named)
    if scene is not None:
        finder.scene_before_return = finder.last
        finder.last = finder.return_scene = scene  # (`last_at` already stands at the return's sentence)


def _out_of_the_north(ev: Event, north: str = "KP") -> Event:
    """An escape leaves the North: a flight read as starting abroad and ending in the North has
    its two ends the wrong way round. "crossed the Tumen near Nanping" (a Chinese village on the
    river) ended at Nanping; "crossed the Tumen near Musan", read from a Chinese town to Musan,
    started at Musan. (A return to the North is a repatriation, never an escape.)"""
    if ev.type != "escape" or ev.destination is None or ev.origin is None:
        return ev
    if ev.destination.country != north or ev.origin.country in (north, None):
        return ev
    origin = ev.destination
    if origin.precision == "country" and ev.where is not None and ev.where.country == north:
        origin = ev.where
    return ev.with_(origin=origin, destination=ev.origin)
