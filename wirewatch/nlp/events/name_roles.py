"""A name the tagger misreads as a function word, given back its role as a name for the events layer.

The French model often tags a bare surname it has not seen as an adverb or an adjective ("Macron a rencontré
Scholz", "Macron condamne l'attaque": *Macron* ADV, attached as ``advmod`` in a headline), and the events layer
then does not take it for an actor: no source, or the object read as the subject. When the entities layer
(which links names to the knowledge base) has found a person, an organisation or a place on exactly that word,
the word is a proper noun; and a name standing as an adverbial modifier before a verb that has no subject of its
own is that verb's subject. Only the word's part of speech and dependency label change, never the tree's shape,
so every other reading of the sentence stays as the parser built it. A name after a verb that already has its
subject before it, parsed as a second subject (which the parser does when no full stop closes the line), is the
verb's object. The component runs last, so no other
layer sees the change.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from wirewatch.nlp.syntax import NOMINAL_SUBJECT, OBJECT, SUBJECT
from wirewatch.records import Entity

NAME_TYPES = frozenset({"PER", "ORG", "LOC"})  # entities that may act: a person, a body, a country or city
MISREAD_POS = frozenset({"ADV", "ADJ", "ADP", "INTJ", "SCONJ", "CCONJ", "X"})  # what a name is never tagged
VERB_POS = frozenset({"VERB", "AUX"})


def repaired_name_roles(doc: Doc, entities: Sequence[Entity]) -> list[Token]:
    """Retag each one-word name the tagger read as a function word (see the module docstring); the tokens
    changed, in order."""
    changed: list[Token] = []
    for entity in entities:
        if entity.type not in NAME_TYPES:
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="contract")
            if span is not None and _second_subject(span.root):
                span.root.dep_ = "obj"  # "Macron a rencontré Scholz" with no full stop: Scholz a second nsubj
                changed.append(span.root)
            if span is None or len(span) != 1 or span[0].pos_ not in MISREAD_POS or not span[0].is_title:
                continue
            token = span[0]
            token.pos_ = "PROPN"
            if _stands_as_subject(token):
                token.dep_ = "nsubj"
            changed.append(token)
    return sorted(changed, key=lambda t: t.i)


def _second_subject(token: Token) -> bool:
    """A name parsed as the subject of a transitive verb it follows, when the verb already has a subject before
    it and no object: the object ("Macron a rencontré Scholz", parsed without a final full stop)."""
    head = token.head
    if token.dep_ != "nsubj" or head.i >= token.i or head.pos_ != "VERB":
        return False
    others = [c for c in head.children if c.i != token.i]
    return any(c.dep_ in SUBJECT and c.i < head.i for c in others) and not any(c.dep_ in OBJECT for c in others)


def _stands_as_subject(token: Token) -> bool:
    """An adverbial modifier before its verb, which names no subject of its own: "Macron condamne …"."""
    head = token.head
    if token.dep_ != "advmod" or head.i <= token.i or head.pos_ not in VERB_POS:
        return False
    return not any(c.dep_ in SUBJECT | NOMINAL_SUBJECT for c in head.children if c.i != token.i)
