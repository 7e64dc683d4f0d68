"""Grammatical marks of an event's trigger and arguments that the confidence model weighs (``ContextFacts.marks``):
where a noun trigger stands, whether a verb trigger is a passive with no doer, whether a role is filled by a bare
pronoun. They hold on any sentence of the construction, in French and English (Universal Dependencies and
ClearNLP labels, ``wirewatch.nlp.syntax``), and name no word.

- ``nominal.subject`` / ``nominal.object`` / ``nominal.oblique`` / ``nominal.root`` / ``nominal.other``: the role
  of a noun trigger in its clause. The subject or object of a clause is what the clause is about ("the strike
  killed …", "condemned the attack"); the object of a preposition is often a circumstance, a cause or what other
  acts are about ("in response to the attack", "talks on a withdrawal", "en réaction aux frappes"); a noun at the
  root is a title-like line ("Clashes in the north").
- ``passive.agentless``: a verb trigger in the passive whose doer the sentence does not name ("was arrested",
  "ont été attaqués"): the act is told from its recipient's side, and the doer, if any, is inferred.
- ``source.pronoun`` / ``target.pronoun``: the phrase taken as the role is a bare pronoun ("they", "il"), whose
  reference the layer does not resolve.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.nlp.events.arguments import Arguments
from wirewatch.nlp.syntax import AGENT, DIRECT_OBJECT, NOMINAL_SUBJECT, PASSIVE_SUBJECT, PREP_ATTACHED

NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
PASSIVE_AUXILIARY = frozenset({"aux:pass", "auxpass"})
PREPOSITION_OBJECT = frozenset({"pobj"})  # English: the noun a preposition introduces (the preposition its head)
PREPOSITION_MARK = frozenset({"case"})  # UD: the preposition hangs on its noun
COORDINATED = "conj"


def nominal_role(token: Token) -> str:
    """The role of a noun in its clause, that of its first conjunct when coordinated ("the strikes and raids")."""
    node = token
    for _ in range(len(token.doc)):
        if node.dep_ != COORDINATED or node.head == node:
            break
        node = node.head
    if node.head == node:
        return "root"
    if node.dep_ in NOMINAL_SUBJECT:
        return "subject"
    if any(c.dep_ in PREPOSITION_MARK for c in node.children) or node.dep_ in PREPOSITION_OBJECT \
            or node.dep_ in PREP_ATTACHED:
        return "oblique"
    if node.dep_ in DIRECT_OBJECT:
        return "object"
    return "other"


def passive_without_agent(token: Token) -> bool:
    """A verb in the passive (a passive subject or auxiliary) with no agent phrase ("by X", "par X")."""
    if token.pos_ not in VERB_POS:
        return False
    labels = {c.dep_ for c in token.children}
    if not labels & (PASSIVE_SUBJECT | PASSIVE_AUXILIARY):
        return False
    return not labels & AGENT and not any(c.dep_ == "agent" for c in token.children)


def span_root(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    """The syntactic head of the words inside a character span (None when no word is)."""
    if span is None:
        return None
    inside = [t for t in doc if span[0] <= t.idx < span[1]]
    if not inside:
        return None
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in ids or t.head == t), inside[0])


def role_spans(arguments: Arguments) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The source's phrase and the target's: ``arguments.spans`` holds the source's first when there is one."""
    spans = list(arguments.spans)
    source = spans.pop(0) if arguments.source is not None and spans else None
    target = spans[0] if arguments.target is not None and spans else None
    return source, target


def syntax_marks(token: Token, arguments: Arguments) -> frozenset[str]:
    marks = set()
    if token.pos_ in NOUN_POS:
        marks.add(f"nominal.{nominal_role(token)}")
    elif passive_without_agent(token) and arguments.source is None:
        marks.add("passive.agentless")
    for role, span in zip(("source", "target"), role_spans(arguments), strict=True):
        head = span_root(token.doc, span)
        if head is not None and head.pos_ == "PRON":
            marks.add(f"{role}.pronoun")
    return frozenset(marks)
