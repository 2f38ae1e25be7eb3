"""Places of the North's own acts (session 57): a questioning, search or sentence that names one of
the North's organs or camps, told after a story set in a town abroad, happens in the North."""

from __future__ import annotations

from tessera import extract


def _where(text: str, kind: str) -> tuple[str, str | None]:
    (ev,) = [e for e in extract(text) if e.type == kind]
    assert ev.where is not None
    return ev.where.name, ev.where.country


def test_the_bowibu_questions_families_across_from_the_chinese_town():
    text = (
        "Two women from Hyesan were caught in Changbai in May and handed back, a source said. Since"
        " then the bowibu has been summoning families whose daughters are still in China."
    )
    assert _where(text, "interrogation") == ("Hyesan", "KP")


def test_state_security_searches_homes_in_the_north_not_in_tumen():
    text = (
        "A man caught with a phone in Tumen was handed back in April. State security officers then"
        " searched the homes of neighbours who had relatives in China."
    )
    assert _where(text, "search")[1] == "KP"


def test_a_camp_feared_is_in_the_north_town_the_sentence_names():
    text = (
        "A woman from Musan was caught in Yanji in June. Her family fears she will be sent to a"
        " political prison camp because she tried to reach South Korea rather than China."
    )
    assert _where(text, "punishment") == ("Musan County", "KP")


def test_chinas_own_state_security_stays_in_the_chinese_town():
    text = (
        "A North Korean trade official in Dandong was recalled in March. His Chinese partner is"
        " being questioned by China's state security bureau."
    )
    assert _where(text, "interrogation") == ("Dandong", "CN")


def test_the_norths_officer_posted_abroad_acts_where_the_workers_are():
    text = (
        "North Korean workers at a seafood plant in Donggang were searched last week. A state"
        " security officer attached to the workforce went through their bags."
    )
    assert _where(text, "search") == ("Donggang", "CN")
