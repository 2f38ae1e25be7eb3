"""Wrong merges of mergeprec32, each kind with an invented example.

1. Custody told as a state in a later sentence, after the report told that the people taken
   abroad were sent back ("… were caught by Chinese police in Yanji and sent back last week. The
   three are now being held in Onsong"), is the receiving side's custody in its own country: an
   arrest of its own, not the taking abroad told again. Joined to the taking, it carried the
   taking into every report of the custody (two real events became one).
2. A later mention whose undergoer (a passive subject, or the subject of "died", "fled") is
   brought in by an indefinite article ("a political officer", "an elderly man") is someone other
   than the earlier mention's when that one was brought in the same way in the same sentence, or
   in another sentence where the two sentences name places, none the same, or was a pronoun for
   one person: two people, two events of one type.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import tessera


def arrests_of(text: str) -> list:
    return [e for e in tessera.extract(text, published="2027-06-20", outlet="Test") if e.type == "arrest"]


def test_custody_told_after_a_return_in_a_later_sentence_is_an_arrest_of_its_own() -> None:
    text = (
        "Three women from Hoeryong who were detained by Chinese police in Longjing in March were "
        "sent back to the North last week, a relative said. The three women are now being held "
        "at the Hoeryong city state security department."
    )
    arrests = arrests_of(text)
    assert len(arrests) == 2, [[s.text for s in e.evidence] for e in arrests]
    custody = next(e for e in arrests if any("held" in s.text for s in e.evidence))
    assert not any("detained" in s.text for s in custody.evidence)


def test_custody_told_after_a_handing_over_is_an_arrest_of_its_own() -> None:
    text = (
        "A couple arrested in Dalian in May were handed over to North Korea late last month, a "
        "relative said. The relative said the pair were driven to the border on June 2 and sent "
        "across the bridge to Sinuiju. They are believed to be held at the provincial state "
        "security bureau, where returnees are questioned."
    )
    arrests = arrests_of(text)
    assert len(arrests) == 2, [[s.text for s in e.evidence] for e in arrests]


def test_custody_of_people_taken_with_no_return_told_is_the_same_arrest() -> None:
    """Without a return between them, the custody is the taking going on."""
    text = (
        "Police in Hyesan detained two women on Monday for selling mobile phones. The two women "
        "are being held at the city police station."
    )
    assert len(arrests_of(text)) == 1


def events_of(text: str, kind: str) -> list:
    return [e for e in tessera.extract(text, published="2027-06-20", outlet="Test") if e.type == kind]


def test_two_people_brought_in_by_two_clauses_of_one_sentence_are_two_punishments() -> None:
    text = (
        "The report said an officer commanding a border guard company on the Tumen River in North "
        "Hamgyong Province was handed a 12-year labor camp sentence in early May, and that a "
        "battalion political officer in Chagang Province was dismissed after traders were found "
        "using a hole in the wire."
    )
    punishments = events_of(text, "punishment")
    assert len(punishments) == 2, [[s.text for s in e.evidence] for e in punishments]


def test_a_new_person_in_another_place_is_another_death() -> None:
    text = (
        "Cases our monitors recorded in May.\n\nMid-May: A man carrying goods across the Tumen "
        "near Musan was shot dead by border troops; his partner was arrested.\n\nMay 20-24: "
        "Police in Chongjin fined nine traders.\n\nLate May: An old man detained in a police "
        "cell in Chongjin died after what his family were told was a stroke."
    )
    violence = events_of(text, "violence")
    assert len(violence) == 2, [[s.text for s in e.evidence] for e in violence]


def test_a_new_person_after_a_pronoun_is_another_death() -> None:
    text = (
        "She was held at the county detention centre for a month, where she was beaten. She said "
        "that in June a woman in the next cell died after guards kicked her."
    )
    violence = events_of(text, "violence")
    assert len(violence) == 2, [[s.text for s in e.evidence] for e in violence]


def test_a_lead_retold_with_an_indefinite_article_in_the_same_town_is_one_event() -> None:
    """A lead's "a man" retold in the body as "a 30-year-old man" in the same town stays one."""
    text = (
        "A man was shot dead by border guards near Musan on Monday, a source said. A "
        "30-year-old man from Musan was shot as he waded into the Tumen, the source said."
    )
    assert len(events_of(text, "violence")) == 1
