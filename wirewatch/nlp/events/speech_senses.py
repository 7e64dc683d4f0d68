"""Verbs of speech read in their sense of speech, where they name no act of the story.

- A question asked is no request: a request verb whose complement clause is a question ("asked why the budget
  was late", "Asked how Kenya could grow, …", "asked whether talks would resume", "a demandé pourquoi le budget
  était en retard", "demande si …"), whose object is a question ("asked the minister a question"), or whose
  topic alone is given ("asked Scholz about the sanctions"), or which introduces a quoted question with no
  complement of its own ("“Why did you wait?” Macron asked") asks for an answer, not for an act. A request for
  something or for an act stays ("asked for clarification", "asked Congress to approve", "a demandé que …").
- An opinion shared is no agreement: a verb of agreeing (word class ``shared_opinion``) with a clause stating what
  is so ("most economists agree that the plan is not enough", "Scholz agreed it was a serious problem", "il a
  convenu que la situation était grave") tells a view held, not a deal. A clause of what shall be done keeps
  the agreement: a modal of commitment (word class ``commitment_modal``: "agreed that the border would stay
  closed") or a future or a conditional ("sont convenus que les troupes se retireraient"). So is a concession
  that only admits what is so ("conceded the pension rules were outdated", "admitted that the plan had failed"): a view,
  not a concession made ("conceded that troops would withdraw" stays). A verb of agreeing in
  the simple present with no complement at all ("the mayor of Lyon agrees.") is a view too (not a concession:
  the headline "Trump concedes" tells one made).

Word classes of ``event_words.tsv``: ``question_mark`` (a complementiser opening a yes/no question: "whether",
"if", "si"), ``question_noun``, ``question_prep`` (the preposition of a question's topic: "about"),
``shared_opinion``, ``commitment_modal``, ``commitment_ending`` (the endings of the French future and
conditional, which the tagger often reads as an imperfect); the interrogative words are those of ``event_unstated.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from wirewatch.nlp.events.habit_relatives import simple_present
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import AUXILIARY, CLAUSE_UNDER_VERB, DIRECT_OBJECT, OBJECT

QUESTION_CLAUSE = frozenset({"ccomp", "xcomp", "parataxis", "dep"})  # "asked why …", "“Why …?” he asked"
OPINION_CLAUSE = frozenset({"ccomp"})  # "agree that …"
OPINION_TYPES = frozenset({"AGREE", "CONCEDE"})  # "agreed it was serious", "conceded the pension rules were outdated"
REQUEST_PREP = frozenset({"for", "pour"})
# what an agreement can be about or with: without any, a verb of agreeing in the present states a view
AGREEMENT_COMPLEMENT = frozenset({"xcomp", "ccomp", "dobj", "obj", "iobj", "prep", "obl", "obl:arg", "obl:mod",
                                  "dative", "advcl", "conj"})  # "asked for clarification": a request for something


def first_word(words: Iterable[Token]) -> Token | None:
    """The first token of a phrase that is no punctuation (an opening quote mark) and no space."""
    return next((t for t in words if not t.is_punct and not t.is_space), None)


def is_question(clause: Token, question_words: frozenset[str], lexicon: EventLexicon) -> bool:
    """The clause opens with an interrogative word or a question's complementiser, or ends in "?"."""
    first = first_word(clause.subtree)
    if first is not None and first.lower_ in question_words | lexicon.word_class("question_mark"):
        return True
    return any(t.text == "?" for t in clause.subtree)


def after_a_question(token: Token) -> bool:
    """The sentence follows one ending in "?" (a quoted question, then "Macron asked.")."""
    doc, start = token.doc, token.sent.start
    before = next((t for t in reversed(doc[max(0, start - 3):start]) if not t.is_quote and not t.is_space), None)
    return before is not None and before.text == "?"


def asks_a_question(token: Token, event_type: str, lexicon: EventLexicon, question_words: frozenset[str]) -> bool:
    """A request verb used to ask a question (see the module)."""
    if event_type != "REQUEST" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    if any(c.dep_ in QUESTION_CLAUSE and is_question(c, question_words, lexicon) for c in children):
        return True
    if not any(c.dep_ in DIRECT_OBJECT for c in children) and any(
            c.dep_ == "advcl" and first_word(c.subtree) in [m for m in c.children if m.dep_ == "mark"]
            and is_question(c, question_words, lexicon) for c in children):
        return True  # "a demandé au ministre si les négociations reprendraient" (a question parsed as adverbial)
    if any(c.dep_ in OBJECT and c.lemma_.lower() in lexicon.word_class("question_noun") for c in children):
        return True
    if any(c.dep_ in OBJECT and any(g.dep_ in ("cop", "nsubj") for g in c.children)
           and is_question(c, question_words, lexicon) for c in children):
        return True  # « a demandé pourquoi le budget était en retard »: a question parsed as an object with a copula
    if not any(c.dep_ in OBJECT or c.dep_ in CLAUSE_UNDER_VERB or c.dep_ == "prep" for c in children) \
            and (any(t.text == "?" for t in token.sent) or after_a_question(token)):
        return True  # "“Why did you wait?” Macron asked": a question quoted, the verb with no complement
    requested = any(c.dep_ in CLAUSE_UNDER_VERB and c.dep_ != "advcl" for c in children) \
        or any(c.lower_ in REQUEST_PREP for c in children)
    return not requested and any(c.lower_ in lexicon.word_class("question_prep") for c in children)


def committing(verb: Token, lexicon: EventLexicon) -> bool:
    """The clause's verb tells what shall be done: a modal of commitment, or a French future or conditional."""
    modals = lexicon.word_class("commitment_modal")
    if any(c.dep_ in AUXILIARY and (c.lower_ in modals or c.lemma_.lower() in modals) for c in verb.children):
        return True
    verbs = [verb, *(c for c in verb.children if c.dep_ in AUXILIARY)]
    endings = tuple(lexicon.word_class("commitment_ending"))
    return any("Fut" in v.morph.get("Tense", []) or "Cnd" in v.morph.get("Mood", [])
               or (bool(endings) and v.lower_.endswith(endings)) for v in verbs)


def shares_an_opinion(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """A verb of agreeing whose clause states what is so, not what shall be done (see the module)."""
    if event_type not in OPINION_TYPES or token.lemma_.lower() not in lexicon.word_class("shared_opinion"):
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return False  # "agreed to reopen the border"
    if event_type == "AGREE" and simple_present(token) \
            and not any(c.dep_ in AGREEMENT_COMPLEMENT for c in token.children):
        return True  # "the mayor of Lyon agrees.": a view held now, with nothing agreed on or to
    clauses = [c for c in token.children if c.dep_ in OPINION_CLAUSE and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    return bool(clauses) and not any(committing(c, lexicon) for c in clauses)


def spoken_only(token: Token, event_type: str, lexicon: EventLexicon, question_words: frozenset[str]) -> bool:
    """The trigger is a verb of speech read in its sense of speech: a question asked, an opinion shared."""
    return asks_a_question(token, event_type, lexicon, question_words) or shares_an_opinion(token, event_type, lexicon)
