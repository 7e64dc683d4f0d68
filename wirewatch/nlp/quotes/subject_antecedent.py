"""The subject a speaking pronoun takes up: "Alan Pryce met Tom Becker on Monday. He said …" → Alan Pryce.

A main clause's subject pronoun continues the subject of the clause before it (the centre of attention), not
the nearest name (the object "Tom Becker"): the subjects of the clauses before the pronoun in its own sentence,
nearest first, then the main subject of the sentence before and that sentence's other subjects. The first of them
that is an entity the caller accepts speaks; a subject that is no entity ("The board met …") or one the caller
refuses (the wrong gender, a place) is passed over, and with none the caller keeps its own order (the nearest
name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention


def subject_antecedent(g: QuoteGrammar, pronoun: Token, index: EntityIndex, quoted: Callable[[int], bool],
                       accepts: Callable[[EntityMention], bool]) -> EntityMention | None:
    """The entity named by the nearest earlier clause subject ``accepts`` takes, else None; only for the subject
    of a main clause (a pronoun deep in a relative clause, "a movement started by X, who protests what he
    believes …", takes up the name near it)."""
    if not main_clause_subject(g, pronoun, quoted):
        return None
    for subject in earlier_subjects(g, pronoun, quoted):
        mention = named_by(g, index, subject)
        if mention is not None and accepts(mention):
            return mention
    return None


def main_clause_subject(g: QuoteGrammar, pronoun: Token, quoted: Callable[[int], bool]) -> bool:
    """The pronoun is a subject no relative, adverbial or complement clause of the narrator holds ("X, who
    protests what he believes …" holds "he"; a quotation the parse hangs "she said" on does not)."""
    embedding = g.agent_clause | g.adverbial | g.clause
    if pronoun.head.i == pronoun.i - 1 and pronoun.head.pos_ == "PRON":
        pronoun = pronoun.head  # "a-t-elle affirmé": the parse may hang "-elle" on the "-t" it made the subject
    # an inverted clitic ("a-t-elle assuré", "dit-il") is the verb's subject by its form, whatever label the
    # parse gives it when it made the euphonic "-t" the subject ("-elle" as nsubj:pass)
    inverted = pronoun.text.startswith("-") and pronoun.pos_ == "PRON"
    chain = [pronoun.head, *pronoun.head.ancestors]
    return (pronoun.dep_ in g.active_subject or inverted) and not any(t.dep_ in embedding and not quoted(t.head.idx)
                                                                      for t in chain)


def earlier_subjects(g: QuoteGrammar, pronoun: Token, quoted: Callable[[int], bool]) -> Iterator[Token]:
    """Noun subjects outside quotation marks: before ``pronoun`` in its sentence (nearest first), then in the
    sentence before (its main clause first), past sentences that are all quoted words."""
    doc, sent = pronoun.doc, pronoun.sent
    for tok in reversed(doc[sent.start: pronoun.i]):
        if is_noun_subject(g, tok, quoted):
            yield tok
    prev = sentence_before(pronoun)
    # "X a reçu Y. « … », a-t-il dit": the parse may make the quotation a sentence of its own; the narrator's
    # sentence before it holds the subject
    while prev is not None and all(t.is_punct or t.is_space or quoted(t.idx) for t in prev):
        prev = sentence_before(prev[0])
    if prev is None:
        return
    subjects = [t for t in prev if is_noun_subject(g, t, quoted)]
    yield from sorted(subjects, key=lambda t: (t.head != prev.root, t.i))


def sentence_before(token: Token) -> Span | None:
    """The sentence before the token's own, passing over sentences of punctuation alone (the parser may make an
    opening mark a sentence of its own: "«"); None in the first sentence."""
    doc, start = token.doc, token.sent.start
    while start > 0 and all(t.is_punct or t.is_space for t in doc[start - 1].sent):
        start = doc[start - 1].sent.start
    return doc[start - 1].sent if start > 0 else None


def is_noun_subject(g: QuoteGrammar, tok: Token, quoted: Callable[[int], bool]) -> bool:
    return tok.dep_ in g.active_subject and tok.pos_ in ("NOUN", "PROPN") and not quoted(tok.idx)


def named_by(g: QuoteGrammar, index: EntityIndex, subject: Token) -> EntityMention | None:
    """The entity mention that holds the subject's head word, else the name right after a title head ("le
    gouverneur Alain Prévost": a proper noun the head governs without a preposition)."""
    names = [subject, *(c for c in subject.children if c.i > subject.i and c.pos_ == "PROPN"
                        and not any(d.dep_ in g.leading for d in c.children))]
    for word in names:
        for m in index.overlapping(word.idx, word.idx + len(word.text)):
            if m.start <= word.idx and word.idx + len(word.text) <= m.end:
                return m
    return None
