"""A death in custody told by who died: "a detainee held at the border post died last month".

Reports of abuse in detention often tell a death without saying "in custody": the one who
died is named as a prisoner, or as someone held somewhere ("a woman held in the county jail
died after weeks without food", "I saw a fellow inmate die"). Such a death is violence done in
custody; a death of anyone else ("her husband died of cancer") is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns for people held by the authorities.
DETAINEE_NOUNS = frozenset({"inmate", "prisoner", "detainee", "cellmate", "convict"})
# Verbs by which a clause on the one who died says they were held.
HOLDING_VERBS = frozenset({"hold", "detain", "imprison", "jail", "keep", "lock", "incarcerate"})


def detainee_died(verb: Token) -> bool:
    """Whether the subject of a verb of dying is someone held: "a fellow inmate died", "the
    woman, held in a police cell in Dandong, died after refusing food", "a man who was being
    detained at the post died"; not "his father died in 2019"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        # ("a woman held in a county jail died": the parser may make "held" the main verb and
        # hang "died" on it)
        return verb.head.i != verb.i and verb.head.lemma_.lower() in HOLDING_VERBS and verb.head.tag_ == "VBN"
    if subject.lemma_.lower() in DETAINEE_NOUNS:
        return True
    return any(
        c.dep_ in {"acl", "relcl"}
        and c.lemma_.lower() in HOLDING_VERBS
        and c.tag_ == "VBN"
        or _held_relative(c)
        for c in subject.children
    )


def _held_relative(clause: Token) -> bool:
    """ "who was being held", "who had been detained": a relative clause telling custody."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in HOLDING_VERBS
        and any(c.dep_ == "auxpass" for c in clause.children)
    )
