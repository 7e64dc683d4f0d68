"""Syntax tests the speaker resolver makes on a mention or a subject: a possessor ("Putin's aide"), two subjects
joined by a conjunction hung on the verb, a name that only qualifies a noun ("a Clinton campaign event")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import given_names
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityMention


def possessive_owner(text: str, m: EntityMention) -> bool:
    """"Putin's aide", "Iran's state television": the possessor is not the speaker."""
    after = text[m.end:m.end + 2]
    return after in ("'s", "’s") or (after[:1] in ("'", "’") and text[m.end - 1:m.end] == "s")


def joint_subjects(g: QuoteGrammar, head: Token, phrase: Span) -> Span | None:
    """"Le ministère et la police ont affirmé" parsed as two subjects of the verb joined by a conjunction hung on
    the verb: the words from the first subject to the last."""
    verb = head.head
    if head.dep_ not in g.subject or verb.i == head.i:
        return None
    first = next((c for c in verb.children if c.dep_ in g.subject and c.i < head.i), None)
    if first is None or not any(c.dep_ == "cc" and first.i < c.i < head.i for c in verb.children):
        return None
    return head.doc[min(first.left_edge.i, phrase.start): phrase.end]


def qualifies_noun(doc: Doc, m: EntityMention) -> bool:
    """"an email from Clinton aide X", "his Facebook friends": a name compounded with a common noun only
    qualifies it (whoever speaks is the noun, or a name beside it); not a given name the tagger read as a common
    noun ("Marine Le Pen", "Pierre Dupont")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if m.type == "PER" and root.pos_ == "NOUN" and not root.ent_type_ and any(t.ent_type_ for t in span) \
            and not (root.i == span.start and normalize(root.text) in given_names()):
        return True  # "the Obama administration" taken whole as the person's mention: the noun speaks
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and not span.start <= root.head.i < span.end


def main_subject(doc: Doc, g: QuoteGrammar, start: int, end: int) -> bool:
    """Whether the name at these characters is the subject of its sentence's main verb, itself or through the noun
    it is apposed to ("La ministre Claire Dumont a quitté la salle") or the honorific that heads it ("M. Renard")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ in g.apposition | g.name_part and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in g.subject and tok.head.head.i == tok.head.i  # (the head is the root)


def other_name_after(phrase: Span, name: str) -> bool:
    """A proper noun after the phrase's head that is no word of ``name``: "le Premier ministre slovaque X" names
    its own holder, whom the KB's holder of that office may not be."""
    words = set(name.lower().split())
    return any(t.pos_ == "PROPN" and t.i > phrase.root.i and t.text[:1].isupper() and t.lower_ not in words
               for t in phrase)


def outside_content(sent: Span, subject: Token, content: tuple[int, int] | None) -> Span:
    """The part of the cue's segment on the subject's side of what was said: a name inside the reported words is
    no speaker, even where the parse hangs it on the subject ("Selon la commission, X a obtenu 53 %": the parse
    may read X as apposed to "commission")."""
    if content is None:
        return sent
    start, end = content
    doc = sent.doc
    if subject.idx < start:
        stop = next((t.i for t in sent if t.idx >= start), sent.end)
        return doc[sent.start:stop] if stop > subject.i else sent
    if subject.idx >= end:
        first = next((t.i for t in sent if t.idx >= end), sent.end)
        return doc[first:sent.end] if first <= subject.i else sent
    return sent
