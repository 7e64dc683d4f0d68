"""Issuer and target of a deadline sentence by grammatical role, with the events layer's machinery.

The sentence is parsed (a :class:`SentenceParser`, passed in) and its governing word found: the verb of the
demand, threat or pledge ("has given Russia until Friday", "ordered the firms to …", "nous attendons … de
Téhéran"), else the deadline noun ("the ultimatum issued by X to Y", "le délai fixé par X à Y", "a deadline X
set for Y"). Issuer: the verb's subject, or the agent of a passive or participle ("by X", "par X"), or the
noun's possessor; target: the verb's object or recipient ("to", "for", "à", "from" after "expect"). Each phrase
becomes an actor through :class:`wirewatch.nlp.events.actor_resolver.ActorResolver` (entities, demonyms, country
names, actor nouns). The issuer is never its own target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirewatch.kb.names import name_key
from wirewatch.lexicons import read_tsv
from wirewatch.nlp.events.actor_resolver import ActorLookup, ActorResolver, country_names
from wirewatch.nlp.events.lexicon import EventLexicon, load_event_lexicon
from wirewatch.nlp.events.syntax import children, is_passive, prep_objects, subject_of
from wirewatch.nlp.syntax import (
    ADJECTIVE,
    AGENT,
    CLAUSE_UNDER_VERB,
    ISSUING_MODIFIER,
    OBJECT,
    PASSIVE_SUBJECT,
    POSSESSOR,
    STANDALONE_CLAUSE,
    SUBJECT,
    VERB_COMPLEMENT,
)
from wirewatch.records import ArticleRecord, Entity, EventActor, Mention, Quote

SentenceParser = Callable[[str, str], Doc | None]  # (sentence, lang) → a parsed Doc, or None for no parser
MODIFIER_CLAUSES = frozenset({"acl", "relcl", "acl:relcl"})


@dataclass(frozen=True)
class RolePreps:
    """A language's prepositions of the roles (``deadline_cues.tsv`` kinds ``agent_prep``: "by", "par";
    ``recipient_prep``: "to", "for", "à"; ``whose_prep``: "of", "de", whose and not to whom)."""

    agent: frozenset[str]
    recipient: frozenset[str]
    whose: frozenset[str]


@lru_cache(maxsize=8)
def role_preps(lang: str) -> RolePreps:
    words: dict[str, set[str]] = {}
    for row in read_tsv(lang, "deadline_cues.tsv"):
        words.setdefault(row["kind"], set()).add(row["pattern"].lower())
    return RolePreps(frozenset(words.get("agent_prep", ())), frozenset(words.get("recipient_prep", ())),
                     frozenset(words.get("whose_prep", ())))


@dataclass(frozen=True)
class Parties:
    issuer: EventActor | None
    target: EventActor | None


@lru_cache(maxsize=8)
def _event_lexicon(lang: str) -> EventLexicon:
    return load_event_lexicon(lang)


@lru_cache(maxsize=8)
def _countries(lang: str) -> dict[str, str]:
    return country_names(lang)


def same_side(a: EventActor | None, b: EventActor | None) -> bool:
    """Two actors of one side: the same country, else the same name."""
    if a is None or b is None:
        return False
    if a.country and b.country:
        return a.country == b.country
    return name_key(a.name) == name_key(b.name)


def _shifted(mention: Mention, offset: int) -> Mention:
    return mention.model_copy(update={"start": mention.start - offset, "end": mention.end - offset})


def _sentence_resolver(doc: Doc, record: ArticleRecord, offset: int, kb: ActorLookup | None) -> ActorResolver:
    """A resolver over the parsed sentence (its offsets start at ``offset`` in the article)."""
    entities = [e.model_copy(update={"mentions": [_shifted(m, offset) for m in e.mentions]}) for e in record.entities]
    quotes = [Quote(text=q.text, start=q.start - offset, end=q.end - offset, direct=q.direct, speaker=q.speaker,
                    speaker_entity=q.speaker_entity, parts=[_shifted(p, offset) for p in q.parts])
              for q in record.quotes]
    lang = record.lang or "en"
    return ActorResolver(doc, entities, _event_lexicon(lang), kb, _countries(lang), quotes=quotes)


def _verb_issuers(verb: Token, preps: RolePreps) -> Iterator[Token]:
    agents = [obj for prep, obj in prep_objects(verb) if prep.lower() in preps.agent]
    agents += [c for c in children(verb, AGENT) if c.pos_ != "ADP"]
    if is_passive(verb) or verb.dep_ in MODIFIER_CLAUSES:
        yield from agents
    subject = subject_of(verb)
    if subject is not None and not is_passive(verb):
        yield subject
    if any(c.dep_.startswith("expl") for c in verb.children):  # a reflexive ("s'est engagée"): its subject acts
        yield from children(verb, PASSIVE_SUBJECT)
    yield from agents
    if verb.dep_ in CLAUSE_UNDER_VERB and verb.head.i != verb.i:
        yield from _verb_issuers(verb.head, preps)


def _verb_targets(verb: Token, skip: Token | None, preps: RolePreps) -> Iterator[Token]:
    objects = [obj for obj in children(verb, OBJECT) if skip is None or obj.i != skip.i]
    yield from objects
    for prep, obj in prep_objects(verb):
        if prep.lower() in preps.recipient and (skip is None or obj.i != skip.i):
            yield obj
    for thing in objects:  # "a donné deux semaines à la Norvège": the recipient hung on the object
        yield from (obj for prep, obj in prep_objects(thing) if prep.lower() in preps.recipient - preps.whose)
    for clause in verb.children:  # "ordered the firms to …": the object of the order, not of its purpose
        if clause.dep_ in VERB_COMPLEMENT and clause.pos_ in ("VERB", "AUX"):
            subject = subject_of(clause)
            if subject is not None:
                yield subject


def _noun_roles(noun: Token, facing: re.Pattern[str] | None, preps: RolePreps) -> tuple[list[Token], list[Token]]:
    issuers = list(children(noun, POSSESSOR))
    issuers += [c for c in noun.children if c.dep_ in ISSUING_MODIFIER and c.i < noun.i
                and c.pos_ in ("PROPN", "ADJ")]  # "a US deadline", "l'ultimatum américain"
    issuers += [c for c in noun.children if c.dep_ == ADJECTIVE and c.i > noun.i and c.pos_ == "ADJ"]
    targets: list[Token] = []
    for prep, obj in prep_objects(noun):
        (issuers if prep.lower() in preps.agent else targets if prep.lower() in preps.recipient else []).append(obj)
    for clause in noun.children:  # "the ultimatum issued by X to Y", "le délai fixé par X à Y"
        if clause.dep_ in MODIFIER_CLAUSES and clause.pos_ in ("VERB", "AUX"):
            issuers += _verb_issuers(clause, preps)
            targets += _verb_targets(clause, noun, preps)
    if noun.dep_ in OBJECT and noun.head.pos_ in ("VERB", "AUX"):
        if facing is not None and facing.fullmatch(noun.head.text):  # "X faces a deadline": X is its target
            subject = subject_of(noun.head)
            targets += [subject] if subject is not None else []
        else:  # "X set a deadline for Y"
            issuers += _verb_issuers(noun.head, preps)
            targets += _verb_targets(noun.head, noun, preps)
    return issuers, targets


def _first(tokens: list[Token], resolver: ActorResolver, other: EventActor | None) -> EventActor | None:
    for token in tokens:
        if token.pos_ == "AUX" and token.dep_.startswith("aux"):
            token = token.head
        actor = resolver.resolve(token)
        # a named actor, an agent noun, or a group of a stated country ("Norwegian firms", "des chalutiers russes")
        group = token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", []) and actor is not None \
            and actor.country is not None
        names_someone = actor is not None and (actor.entity or actor.sector or group
                                               or token.pos_ in ("PROPN", "PRON"))
        if actor is not None and names_someone and not same_side(actor, other):
            return actor
    return None


def parties_by_role(doc: Doc, record: ArticleRecord, offset: int, heads: list[re.Match[str]],
                    kb: ActorLookup | None = None, facing: re.Pattern[str] | None = None,
                    held: list[re.Match[str]] = ()) -> Parties:  # type: ignore[assignment]
    """Issuer and target of the parsed sentence ``doc`` whose governing word is the first of ``heads`` (cue
    matches in the sentence text, verbs first) that the parse lets resolve; ``facing`` matches the verbs whose
    subject is the target of the deadline noun they govern ("faces"); ``held`` are the phrases whose subject must
    act by the due day ("has until Friday to")."""
    resolver = _sentence_resolver(doc, record, offset, kb)
    preps = role_preps(record.lang or "")
    issuer: EventActor | None = None
    target: EventActor | None = None
    for match in held:  # "X has until Friday to …": X must act, the target
        verb = next((t for t in doc if match.start() <= t.idx < match.end()), None)
        subject = subject_of(verb.head if verb is not None and verb.dep_.startswith("aux") else verb) \
            if verb is not None else None
        target = target or (_first([subject], resolver, None) if subject is not None else None)
    for match in heads:  # the first head that gives a role fills it; later heads fill what is left
        covered = [t for t in doc if match.start() <= t.idx < match.end()]
        token = next((t for pos in ("VERB", "NOUN") for t in covered if t.pos_ == pos), covered[0] if covered else None)
        if token is None:
            continue
        if token.dep_.startswith("aux") and token.head.pos_ in ("VERB", "AUX"):
            token = token.head
        if token.pos_ in ("VERB", "AUX", "ADJ") or subject_of(token) is not None:  # "Bruxelles menace" as a noun
            issuers, targets = list(_verb_issuers(token, preps)), list(_verb_targets(token, None, preps))
        else:
            issuers, targets = _noun_roles(token, facing, preps)
        issuer = issuer or _first(issuers, resolver, target)
        target = target or _first(targets, resolver, issuer)
        if issuer is not None and target is not None:
            break
    return Parties(issuer, target)


class SpacySentenceParser:
    """Parses single sentences with a language's spaCy model (tagger, parser and lemmatizer only), each model
    loaded on first use; a language without a model gives None."""

    def __init__(self, models: dict[str, str]) -> None:
        self.models = models
        self._loaded: dict[str, Language] = {}

    def __call__(self, sentence: str, lang: str) -> Doc | None:
        if lang not in self.models:
            return None
        if lang not in self._loaded:
            from wirewatch.nlp.pipeline import load_model

            self._loaded[lang] = load_model(self.models[lang], lang, exclude=("ner", "senter"))
        return self._loaded[lang](sentence)


def speaker_spans(doc: Doc, lang: str, offset: int) -> list[tuple[int, int]]:
    """Article offsets of the subjects of the sentence's speech verbs ("…, the Kremlin said"): who says it, not
    whom the deadline is set for."""
    speech = _event_lexicon(lang).speech_verbs
    spans = []
    for token in doc:
        if token.lemma_.lower() not in speech or token.dep_ not in STANDALONE_CLAUSE:
            continue  # a clause of its own ("…, the Kremlin said", "…, a indiqué le Kremlin"), not "agree to"
        for speaker in children(token, SUBJECT | OBJECT | PASSIVE_SUBJECT):
            spans.append((offset + speaker.left_edge.idx, offset + speaker.right_edge.idx + len(speaker.right_edge)))
    return spans


def entity_of(record: ArticleRecord, actor: EventActor | None) -> Entity | None:
    if actor is None or actor.entity is None:
        return None
    return next((e for e in record.entities if e.id == actor.entity), None)
