"""A defection told as a choice to stay: "the third crewman decided to remain in the South".

When people from the North reach the South by drifting or by accident, the report tells the act
of defecting as their choice not to go back ("two of the sailors were returned, while one asked
to stay in South Korea"). Staying somewhere names no event by itself ("her son, who lives in
South Korea"); it does when it is what someone chose, asked for or wished.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose infinitive complement is what someone chose or asked for ("chose to stay").
CHOICE_VERBS = frozenset(
    {"decide", "choose", "opt", "elect", "want", "wish", "ask", "request", "seek", "insist"}
)
# Nouns whose infinitive is what someone chose or asked for ("expressed a wish to stay").
CHOICE_NOUNS = frozenset({"wish", "desire", "request", "decision", "choice", "intention"})
# Words by which a relative clause describes whoever makes the choice, as a rule does.
ANY_WORDS = frozenset({"all", "any", "every", "those", "anyone", "anybody", "whoever"})


def chosen_to_stay(head: Token) -> bool:
    """Whether a verb of staying is the content of a choice or a request: "one crewman chose
    to remain in the South", "has expressed a wish to settle in South Korea", "they asked to
    stay in the South"; not "his daughter lives in South Korea", "they stayed in the South
    for a week of talks" or a rule for whoever chooses ("all who wish to settle in the South")."""
    governor = head.head
    if head.i == governor.i:
        return False
    if head.dep_ == "xcomp" and governor.lemma_.lower() in CHOICE_VERBS:
        return not _anyone_who(governor)
    return head.dep_ in {"acl", "relcl"} and governor.lemma_.lower() in CHOICE_NOUNS


def _anyone_who(verb: Token) -> bool:
    """ "The policy is to accept all defectors who wish to settle in the South": a choice told
    of whoever makes it is a rule, not one defection."""
    if verb.dep_ != "relcl":
        return False
    people = verb.head
    return people.lower_ in ANY_WORDS or any(
        c.dep_ in {"det", "predet"} and c.lower_ in ANY_WORDS for c in people.children
    )
