"""Acts told inside another speech act that the no-event rules would otherwise set aside.

Two shapes of English news put a particular act under a verb that, read alone, makes its clause
a habit or an order:

- a stance taken now on an act that happened: rights groups write in the present ("the group
  condemns the forced return of the nine"), but the return they condemn is one event, told as a
  noun; the present tense is the statement's, not a habit's;
- a penalty told as what people were ordered to do: "the traders were ordered to do labour
  training", "I was told to pay a fine" tell the sanction imposed, not an intention.
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.events.clauses import DEFINITE
from tessera.events.status import of_particular_people, particular_people

# Verbs by which a speaker takes a stand on an act (present tense in statements).
STANCE_VERBS = frozenset(
    {"condemn", "denounce", "deplore", "decry", "protest", "criticise", "criticize", "lament", "regret"}
)
# Verbs of ordering whose passive subject is the one on whom the ordered act is imposed.
ORDER_VERBS = frozenset({"order", "tell", "make", "force", "require", "compel", "sentence"})
# Verbs by which the one punished takes the penalty ("pay a fine", "do labour training").
TAKING_VERBS = frozenset({"pay", "do", "undergo", "serve", "write", "attend", "perform"})


def stance_on_a_told_act(trigger: Token) -> bool:
    """ "The group condemns the forced return of about forty North Koreans": an act named by a
    singular noun with a definite determiner, the object of a verb of stance in the simple
    present with no auxiliary, is the particular act the statement is about, not a habit
    ("China returns them as a rule" is one; "we would condemn any return" is no act at all)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN" or trigger.dep_ != "dobj":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in STANCE_VERBS or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in trigger.children)
    return definite and of_particular_people(trigger)


def penalty_imposed_by_order(trigger: Token) -> bool:
    """ "The traders were ordered to do labour training for a month", "I was told to pay a fine",
    "a district court ordered her to pay a fine": a penalty in the infinitive under a verb of
    ordering whose passive subject, or whose object, is the one punished (particular people) is
    the sanction imposed on them, not something meant to happen ("police were ordered to fine
    traders" stays an order: its subject gives the penalty, not takes it)."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    if (
        verb.lemma_.lower() not in TAKING_VERBS
        or verb.dep_ != "xcomp"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False
    order = verb.head
    return order.lemma_.lower() in ORDER_VERBS and any(
        c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and particular_people(c)) for c in order.children
    )
