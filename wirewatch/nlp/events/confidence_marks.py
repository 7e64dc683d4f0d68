"""Marks of a trigger's clause that the confidence model weighs (``ContextFacts.marks``): signs that a sentence
states a stance, a plan or a misread argument rather than an act, too weak alone to drop an event.

- ``future_time``: a word of time to come among the clause's modifiers ("tomorrow", "next week", "demain",
  "la semaine prochaine"): the act has not happened, whatever the tense (word class ``future_time`` in
  ``event_non_events.tsv``).
- ``circumstance``: an act noun told as the circumstance of another clause, after a preposition of
  circumstance ("amid threats", "in the face of attacks", "despite the strikes", "malgré les frappes", "sur fond
  de menaces"; word class ``circumstance``): known background, seldom the story's act.
- ``target.holds_trigger``: the phrase taken as the target holds the trigger itself ("the shock of the
  American betrayal" → target "American betrayal"): the recipient was not found.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.arguments import Arguments
from wirewatch.nlp.events.confidence import clause_verb
from wirewatch.nlp.events.confidence_syntax import syntax_marks
from wirewatch.nlp.events.non_events import NonEventWords, target_span

CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "acl:relcl", "parataxis", "conj", "csubj"})


def future_time(token: Token, words: NonEventWords) -> bool:
    """A word of time to come in the trigger's own clause (not in a clause it governs)."""
    verb = clause_verb(token) or token
    for child in verb.children:
        if child.dep_ in CLAUSAL:
            continue
        if any(t.lower_ in words.future_times for t in child.subtree):
            return True
    return False


def circumstance(token: Token, words: NonEventWords) -> bool:
    """The trigger noun is the object of a preposition of circumstance, or of a noun that one opens ("in the face
    of", "sur fond de"), also through an adjective the parser read as a gerund ("amid faltering talks")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    markers = [c for c in token.children if c.dep_ == "case"]  # French: the preposition hangs on the noun
    node = token
    for _ in range(3):  # English: "in the face of threats" → threats ← of ← face ← in
        if node.head == node:
            break
        node = node.head
        markers.append(node)
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "pcomp":
            break  # not "amid faltering talks" read as a gerund with its object: the preposition is next
        markers.extend(c for c in node.children if c.dep_ == "case")
    return any(m.lower_ in words.circumstances for m in markers)


def confidence_marks(token: Token, arguments: Arguments, words: NonEventWords) -> frozenset[str]:
    marks = set(syntax_marks(token, arguments))  # the trigger's and its roles' grammar (``confidence_syntax``)
    target = target_span(arguments)
    if future_time(token, words):
        marks.add("future_time")
    if circumstance(token, words):
        marks.add("circumstance")
    if target is not None and target[0] <= token.idx < target[1]:
        marks.add("target.holds_trigger")
    return frozenset(marks)
