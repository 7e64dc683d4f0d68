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
- ``complement.clause`` / ``complement.question``: a verb trigger whose complement is a finite clause ("agreed
  that the plan was good", "warned that prices would rise", "a estimé que …") or an indirect question ("asked
  why the women stayed quiet", "asked how he would feel", "a demandé pourquoi …"): the verb reports an opinion,
  a forecast or a question more often than an act between actors ("agreed to a truce", "asked Kenya for aid").
- ``complement.none``: a verb trigger in the active with neither object, clause nor prepositional phrase
  ("Macron agrees.", "the minister objected"): a bare stance.
- ``sentence.question``: the trigger's sentence is a question ("Why did you go to the committee?").
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
FINITE_COMPLEMENT = frozenset({"ccomp"})
QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # English wh-words (Penn tags)
QUESTION_MARKS = frozenset({"whether", "if", "si"})  # the subordinators of an indirect yes-no question
COMPLEMENTS = frozenset({"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "obl:agent", "agent", "prep",
                         "ccomp", "xcomp", "attr", "oprd", "nsubj:pass", "nsubjpass", "expl:pass", "advcl"})


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


def complement_kind(token: Token) -> str | None:
    """What completes a verb: "question" (an indirect question), "clause" (a finite clause), "none" (nothing: no
    object, clause or prepositional phrase), else None (an object, an infinitive, a phrase)."""
    clauses = [c for c in token.children if c.dep_ in FINITE_COMPLEMENT]
    for clause in clauses:
        openers = [t for t in clause.subtree if t.i < clause.i][:3]
        if any(t.tag_ in QUESTION_TAGS or "Int" in t.morph.get("PronType", []) or t.lower_ in QUESTION_MARKS
               for t in openers):
            return "question"
    if clauses and not any(c.dep_ in DIRECT_OBJECT for c in token.children):
        return "clause"
    if not any(c.dep_ in COMPLEMENTS for c in token.children):
        return "none"
    return None


def is_question(token: Token) -> bool:
    """The sentence of the word ends with a question mark (before any closing quotes or brackets)."""
    words = [t for t in token.sent if not (t.is_space or t.is_quote or t.is_bracket)]
    return bool(words) and words[-1].text in ("?", "？")


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
    if token.pos_ in VERB_POS:
        kind = complement_kind(token)
        if kind is not None:
            marks.add(f"complement.{kind}")
    if is_question(token):
        marks.add("sentence.question")
    for role, span in zip(("source", "target"), role_spans(arguments), strict=True):
        head = span_root(token.doc, span)
        if head is not None and head.pos_ == "PRON":
            marks.add(f"{role}.pronoun")
    return frozenset(marks)
