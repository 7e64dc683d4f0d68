"""Speakers a description or a document stands for: "Le parquet a indiqué" after "le parquet général ukrainien" (the
organisation named before whose head noun it repeats), "the report notes" / "le communiqué précise" (whoever issued
the document: named in it, introduced before, else the previous speaker), "the Census Bureau's records show" (the issuer
speaks, the document is the channel). Used by speakers.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.antecedents import fuller_description, name_head
from wirewatch.nlp.quotes.document_antecedents import introduced_document
from wirewatch.nlp.quotes.document_reports import compounds_before
from wirewatch.nlp.quotes.mentions import noun_phrase
from wirewatch.nlp.quotes.pronoun_antecedent import PRONOUN_WINDOW
from wirewatch.nlp.quotes.speaker import SPEAKER_TYPES, Speaker
from wirewatch.nlp.quotes.things import is_document, issuer_words

if TYPE_CHECKING:
    from wirewatch.nlp.quotes.speakers import SpeakerResolver

DOCUMENT_PHRASE_WORDS = 3


def document_issuer(resolver: SpeakerResolver, head: Token, phrase: Span) -> Speaker | None:
    """"The Census Bureau's records show …", "a joint statement from the two unions": whoever issued the document
    speaks, the document being the channel (see things.py)."""
    if not is_document(resolver.lex, head):
        return None
    named = phrase[:-1] if len(phrase) > 1 and phrase[-1].lower_ in resolver.g.relative_pronoun else phrase
    issuer_before = compounds_before(head)  # ("…, Federal Maritime Commission records show.")
    named_from = min([named.start_char, *(t.left_edge.idx for t in issuer_before)])
    channel = resolver.text[named_from:named.end_char]  # ("an Ipsos poll that showed …": the poll)
    # the document's own words, up to a comma or a clause ("said a statement from the two unions")
    extent = noun_phrase(resolver.g, head, resolver.doc[head.sent.start:head.sent.end])
    first = min([extent.start, phrase.start, *(t.left_edge.i for t in issuer_before)])
    extent = resolver.doc[first:max(extent.end, phrase.end)]
    for m in resolver.index.overlapping(extent.start_char, extent.end_char):
        if m.type in SPEAKER_TYPES and not resolver.quoted(m.start):
            return Speaker(m.name, m.entity_id, m.type, m.start, channel)
    words = issuer_words(resolver.lex, head, extent)
    issuer = resolver.as_written(words) if words is not None else None
    return replace(issuer, channel=channel) if issuer is not None else None


def described_speaker(resolver: SpeakerResolver, head: Token, phrase: Span) -> Speaker | None:
    """"Le parquet a indiqué" after "le parquet général ukrainien": a definite description of an
    organisation or person named before (its head noun is a word of that earlier mention); "the report
    notes" / "le communiqué précise": a document of the previous speaker."""
    if head.pos_ != "NOUN" or not any(t.dep_ == "det" and t.i < head.i for t in head.children):
        return None
    if phrase and phrase[0].text.lower() in resolver.g.indefinite:
        return None
    word = head.text.lower()
    bare = len(phrase) <= DOCUMENT_PHRASE_WORDS  # "the report", not "the files published by the newspaper"
    document = bare and (head.lemma_.lower() in resolver.lex.document_nouns or word in resolver.lex.document_nouns)
    if document and issuer_words(resolver.lex, head, phrase) is not None:
        return document_issuer(resolver, head, phrase)  # "the IRENA report": its issuer named in it
    if document:
        # who issued the same document named before ("a statement from X"), else the previous speaker
        last = next((sp for sp in reversed(resolver.spoken) if sp.position < phrase.start_char and sp.channel
                     and word in re.findall(r"\w+", sp.channel.lower())), None)
        before = resolver.last_speaker(phrase.start_char, PRONOUN_WINDOW)
        introduced = introduced_document(resolver.g, resolver.index, resolver.quoted, head, phrase, max(
            before.position if before else 0, phrase.start_char - PRONOUN_WINDOW)) if last is None else None
        if introduced is not None:  # "X a publié un rapport. Le rapport affirme" (document_antecedents.py)
            issued = resolver.resolve(introduced.issuer, introduced.issuer.sent) if introduced.issuer else None
            return replace(issued, position=phrase.start_char) if issued is not None else None
        last = last or before
        if last is not None:
            return Speaker(last.name, last.entity_id, last.type, phrase.start_char)
    for m in resolver.index.before(phrase.start_char, PRONOUN_WINDOW):
        if m.type in SPEAKER_TYPES and not resolver.quoted(m.start) \
                and (m.type != "PER" or resolver.names_person(head)):
            words = [w for w in re.findall(r"[\w-]+", resolver.text[m.start:m.end].lower()) if len(w) > 2]
            if words and word in (words[0], words[-1], name_head(resolver.text[m.start:m.end])):
                # its head noun: "parquet général …", "… Ministry", "… Office for the …"
                return Speaker(m.name, m.entity_id, m.type, phrase.start_char)
    fuller = fuller_description(resolver.g, head, phrase, resolver.quoted, PRONOUN_WINDOW)
    said_before = (resolver.from_kb(fuller) or resolver.as_written(fuller)) if fuller is not None else None
    return replace(said_before, position=phrase.start_char) if said_before is not None else None
