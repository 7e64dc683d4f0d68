"""A pronoun subject of an attribution ("il a ajouté", "a-t-elle dit", "he said") → the entity it takes up.

The previous speaker first, unless a person of the pronoun's gender was named since as the subject of a main
clause, or a person was named since as the main subject of the sentence before; else the subject of the clause
before (subject_antecedent.py), one the article gives the pronoun's gender before one of unknown gender, and a
person of that gender named in the sentence or the one before (not as a subject) before a subject of unknown
gender; else the nearest compatible entity before it (or, when that is no person of the pronoun's gender, the
person of that gender who was the subject of a main clause before it: gendered_subjects.py), not a name that only
qualifies a thing ("a Biden campaign event", "the Dodd-Frank bill"). Outlets are never antecedents
("interrogée par l'AFP, elle …": the outlet is the channel).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.gendered_subjects import gendered_main_subject
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.person_genders import PersonGenders
from wirewatch.nlp.quotes.speaker import SPEAKER_TYPES, Speaker
from wirewatch.nlp.quotes.speaker_syntax import main_subject, qualifies_noun
from wirewatch.nlp.quotes.subject_antecedent import sentence_before, subject_antecedent

PRONOUN_WINDOW = 1500  # characters searched back for a pronoun's antecedent
HYPHENS = ("-", "‑", "–")


@dataclass(frozen=True)
class PronounScope:
    """What a pronoun's antecedent is looked for in: one document's entities and their genders."""

    doc: Doc
    grammar: QuoteGrammar
    index: EntityIndex
    genders: PersonGenders
    quoted: Callable[[int], bool]
    is_outlet: Callable[[str], bool]


def pronoun_antecedent(scope: PronounScope, last: Speaker | None, pos: int, refers: str, number: str,
                       gender: str = "x", token: Token | None = None, nearest: bool = True) -> Speaker | None:
    """The speaker a pronoun at ``pos`` refers to; ``last`` is the previous speaker near it, if any; without
    ``nearest``, no name that is neither the last speaker nor a subject before it (the caller then tries an
    unnamed subject first: "La jeune femme a rencontré X. Elle a dit …" is not X)."""
    wanted = {"person": ("PER",), "org": ("ORG",), "any": ("PER", "ORG")}.get(refers, SPEAKER_TYPES)
    if number == "pl":
        wanted = ("ORG",)
    genders = scope.genders

    def compatible(key: str, type_: str | None) -> bool:
        known = genders.get(key)
        return type_ in wanted and not (gender in "mf" and known and known != gender)  # (an ORG's: its name's)

    if last is not None and compatible(last.entity_id or last.name, last.type):
        # "« A », a dit Paul Renard. La ministre Claire Dumont … « B », a-t-elle ajouté": a person named since,
        # whom the article gives the pronoun's gender, rather than a speaker of unknown gender
        # (the subject of a main clause: not a name inside what the last speaker said)
        since = next((m for m in scope.index.before(pos, pos - last.position) if m.type == "PER"
                      and gender in ("m", "f") and genders.get(m.entity_id or m.name) == gender
                      and not genders.get(last.entity_id or last.name) and not scope.quoted(m.start)
                      and main_subject(scope.doc, scope.grammar, m.start, m.end)), None)
        if since is None and token is not None:
            # "« A », a dit Paul Renard. Son homologue Marc Durand a, lui, appelé au calme. « B », a-t-il estimé":
            # the subject of the main clause before, a person named since the last speaker, is the new topic
            since = subject_antecedent(
                scope.grammar, token, scope.index, scope.quoted,
                lambda m: m.type == "PER" and m.start > last.position and compatible(m.entity_id or m.name, m.type)
                and (m.entity_id or m.name) != (last.entity_id or last.name)
                and main_subject(scope.doc, scope.grammar, m.start, m.end))
        if since is not None:
            return Speaker(since.name, since.entity_id, since.type, pos)
        return Speaker(last.name, last.entity_id, last.type, pos)
    # "X met Y. He said …": the subject of the clause before, not the nearest name (subject_antecedent.py); of
    # those subjects, one the article gives the pronoun's gender before one whose gender it does not say
    # ("Claire Dumont est arrivée. Paul Renard l'a reçue et elle a dit …")
    subject = None
    if token is not None and gender in ("m", "f"):
        subject = subject_antecedent(scope.grammar, token, scope.index, scope.quoted,
                                     lambda m: m.type in wanted and genders.get(m.entity_id or m.name) == gender)
    if subject is None and token is not None and gender in ("m", "f"):
        # "Claire Dumont est arrivée. Paul Renard a reçu Claire Dumont. Elle a dit …": the one person of the
        # pronoun's gender named in its sentence or the one before, when no subject has it
        opening = (sentence_before(token) or token.sent).start_char
        subject = next((m for m in scope.index.before(pos, pos - opening) if m.type in wanted
                        and genders.get(m.entity_id or m.name) == gender and not scope.quoted(m.start)
                        and not scope.is_outlet(m.name)), None)
    if subject is None and token is not None:
        subject = subject_antecedent(scope.grammar, token, scope.index, scope.quoted,
                                     lambda m: compatible(m.entity_id or m.name, m.type))
    if subject is not None and not scope.is_outlet(subject.name):
        return Speaker(subject.name, subject.entity_id, subject.type, pos)
    if not nearest:
        return None
    for m in scope.index.before(pos, PRONOUN_WINDOW):  # (not an outlet: "interrogée par l'AFP, elle …")
        if compatible(m.entity_id or m.name, m.type) and not scope.quoted(m.start) and not scope.is_outlet(m.name) \
                and not names_a_thing(scope.doc, m):
            m = gendered_main_subject(scope, pos, gender, PRONOUN_WINDOW, m) or m  # (gendered_subjects.py)
            return Speaker(m.name, m.entity_id, m.type, pos)
    return None


def names_a_thing(doc: Doc, m: EntityMention) -> bool:
    """"a Biden campaign event", "the Dodd-Frank bill": a name that only qualifies a noun, or is a word of a
    hyphenated name of a thing, is no one a pronoun can take up."""
    text = doc_text(doc)
    hyphenated = (text[m.end:m.end + 1] in HYPHENS and text[m.end + 1:m.end + 2].isalpha()) \
        or (text[m.start - 1:m.start] in HYPHENS and text[m.start - 2:m.start - 1].isalpha())
    before = next((t for t in reversed(doc) if t.idx < m.start), None)
    # (after a determiner only: "Macron replies by saying" is a subject the parse took for a compound noun)
    return hyphenated or (before is not None and before.pos_ == "DET" and qualifies_noun(doc, m))
