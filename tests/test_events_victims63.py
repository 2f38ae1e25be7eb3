"""People named by a word not read as people, and sizes told beside a group (session 63), each on
invented text."""

from __future__ import annotations

from test_events_people import counts, events_of


def test_staff_recalled_are_people() -> None:
    text = "The trading company's staff in Shanghai were recalled to Pyongyang last week."
    assert [e.type for e in events_of(text)] == ["repatriation"]


def test_a_staff_sergeant_is_a_soldier_not_staff() -> None:
    text = "A staff sergeant fled across the border to China last month."
    events = [e for e in events_of(text) if e.type == "escape"]
    assert [(e.victims.count_min, e.victims.group) for e in events if e.victims] == [(1, "individual")]


def test_a_group_of_people_named_by_their_work_is_recalled() -> None:
    text = "Pyongyang abruptly recalled a group of geologists working in Mongolia this spring."
    assert "repatriation" in [e.type for e in events_of(text)]


def test_a_group_of_things_is_no_one() -> None:
    # the look-alike: a collective of things is no people, so no return of anyone
    text = "Pyongyang abruptly recalled a group of tractors shipped to Mongolia this spring."
    assert "repatriation" not in [e.type for e in events_of(text)]


def test_a_private_the_tagger_reads_as_an_adjective_is_one_person() -> None:
    text = "In April a private walked across the demarcation line near Cheorwon."
    assert counts(text, "escape") == [(1, 1)]


def test_a_private_firm_names_no_soldier() -> None:
    text = "Police raided a private clinic in Yanji and detained the owner on Friday."
    assert counts(text, "arrest") == [(1, 1)]


def test_a_count_set_apart_after_the_group() -> None:
    text = "The other loggers, about 30 men, have been barred from leaving the camp since the escape."
    assert counts(text, "movement_restriction") == [(30, 30)]


def test_a_count_told_by_a_verb_of_size() -> None:
    text = "The remaining staff, thought to number about 25, have not been allowed to leave the hotel since."
    assert counts(text, "movement_restriction") == [(25, 25)]


def test_a_gloss_of_where_they_come_from_gives_no_count() -> None:
    text = "The other loggers, all from Hamhung, have been barred from leaving the camp since the escape."
    assert counts(text, "movement_restriction") in ([(None, None)], [])


def test_a_staff_of_about_a_dozen() -> None:
    text = "Its remaining staff of about a dozen are now barred from leaving the compound."
    assert counts(text, "movement_restriction") == [(12, 12)]


def test_a_strength_before_a_crew() -> None:
    text = "Russian border guards detained its 14-strong crew off Sakhalin on Monday."
    assert counts(text, "arrest") == [(14, 14)]


def test_a_list_the_parse_opens_with_an_apposition_still_adds_up() -> None:
    # the look-alike of a count set apart: kin of three kinds, which add up
    text = "The broker's husband, two sons and his mother-in-law were sent to a prison camp in June."
    assert counts(text, "punishment") == [(4, 4)]
