"""Wrong merges of mergeprec32, each kind with an invented example.

1. Custody told as a state in a later sentence, after the report told that the people taken
   abroad were sent back ("… were caught by Chinese police in Yanji and sent back last week. The
   three are now being held in Onsong"), is the receiving side's custody in its own country: an
   arrest of its own, not the taking abroad told again. Joined to the taking, it carried the
   taking into every report of the custody (two real events became one).

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
