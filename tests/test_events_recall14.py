"""Events stage: a return to the North told in first-person testimony as a passive chain of
transport ("were held …, then put on a lorry … and driven over the bridge"), where the people are
the passive subject of the first verb of the chain (recall, 2026-12-02 third wave). Every sentence
here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of


def _types(text: str) -> set[str]:
    return {e.type for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # "put" tagged as a bare verb, "on a bus" parsed as particle and object
        "I was held in a detention centre in Yanji for three weeks and then put on a bus with about "
        "20 other North Koreans and driven across the bridge to Namyang.",
        # the last participle hung by the parser on a number word of the chain
        "In April they put about 30 of us on a lorry. We were bound together with rope at the "
        "ankles, three by three, and driven across the bridge to Hyesan.",
        "We were kept at a police station for ten days and then loaded onto a truck and driven "
        "over the bridge to Sinuiju.",
    ],
)
def test_passive_chain_of_transport_over_the_bridge_is_a_repatriation(text: str) -> None:
    assert "repatriation" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every morning they put us on a truck and drove us to the brick factory.",
        "The workers were picked up at dawn, put on a bus and driven to the construction site.",
        "I was held for a month and then put on a train to Beijing with the other workers.",
    ],
)
def test_transport_that_is_no_sending_back_is_no_repatriation(text: str) -> None:
    assert "repatriation" not in _types(text)
