"""Sentences that use an event word and tell no event: what they are is recognised, not scored away.

- A denial of responsibility (CAMEO 016, a public statement with no PLOVER type): the denial reading of "deny",
  "reject", "démentir" is blocked in ``event_triggers.tsv`` ("denied any involvement"); an act noun that is the
  object of such a denial ("denied accusations that they shelled …") is what is denied, no event either; nor is
  a denial whose complement is an act ("denied shelling the town", « a démenti avoir bombardé la ville »).
- A sports report: the story's lead tells a match result beside a score ("a 2-1 win", "une victoire 3-0"); its
  "attacks" and "strikes" are moves of a game (word class ``result`` in ``event_non_events.tsv``).
- A figure of speech or a private quarrel: an assault by a named person who is no armed actor, harming no one,
  nowhere ("his attacks on Canada", "the striker's sharp attacks").
- A forecast: a warning whose recipient is a thing ("warned that the toll may rise", "issued flood warnings") is
  no threat to anyone (word class ``warning``).
- Nothing mobilised: a mobilisation with no doer whose recipient is a thing, not a force ("art mobilizes our
  energy", "des secouristes déployés sur les lieux": what is deployed to a place is no actor's force).
- An act not (yet) done: one an effort or a schedule governs ("struggled to form alliances", "were set to meet",
  "s'efforcent de conquérir"; word classes ``effort`` and ``schedule`` in ``event_words.tsv``, see ``modality``).
- A disaster's toll: in a story whose lead tells a disaster or an accident and no attack, a casualty word with no
  doer is the disaster's toll ("at least 36 people were killed"), not an assault.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.arguments import Arguments
from wirewatch.nlp.events.detect import is_blocked
from wirewatch.nlp.events.doer_readings import OCCUPATION
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.mishap_causes import mishap_cause_told
from wirewatch.nlp.events.mishaps import MishapWords, hazard_as_doer, named_explosion
from wirewatch.nlp.events.modality import unaccomplished
from wirewatch.nlp.events.toll_scope import is_casualty_word
from wirewatch.nlp.events.trigger_conditions import lookup, reading
from wirewatch.nlp.syntax import NOMINAL_SUBJECT, OBJECT
from wirewatch.records import EventActor

FILE = "event_non_events.tsv"
LEAD_SENTENCES = 3  # the headline, standfirst and lead: what the story is about
ARMED_SECTORS = frozenset({"military", "police", "rebels"})  # a person of these acts by force, not by words
SCORE = re.compile(r"(?<![\w.,:/-])\d{1,2} ?[-–] ?\d{1,2}(?![\w.,:/-]*\d)")  # "2-1", "3 – 0"; not "2024-07"
# a noun's content clause ("accusations that they shelled", "les accusations selon lesquelles …")
DENIED_CONTENT = frozenset({"acl", "ccomp", "acl:relcl", "relcl"})
DENIED_CLAUSE = frozenset({"xcomp", "ccomp"})  # "denied shelling", "denied that they shelled", « nie avoir tiré »
RESULT_REACH = 24  # characters between a score and its result word ("a deserved 2-1 win")


@dataclass(frozen=True)
class NonEventWords:
    results: frozenset[str]
    warnings: frozenset[str]
    future_times: frozenset[str] = frozenset()  # words of time to come ("tomorrow"): ``confidence_marks``
    circumstances: frozenset[str] = frozenset()  # prepositions of circumstance ("amid"): ``confidence_marks``
    forces: frozenset[str] = frozenset()  # words for a body of forces ("reinforcements"): ``nothing_mobilised``


def load_non_event_words(lang: str) -> NonEventWords:
    kinds: dict[str, set[str]] = {"result": set(), "warning": set(), "future_time": set(), "circumstance": set(),
                                  "force": set()}
    for row in lexicons.read_tsv(lang, FILE):
        kinds.setdefault(row["role"], set()).add(row["word"].lower())
    return NonEventWords(frozenset(kinds["result"]), frozenset(kinds["warning"]), frozenset(kinds["future_time"]),
                         frozenset(kinds["circumstance"]), frozenset(kinds["force"]))


@dataclass(frozen=True)
class StoryKind:
    sports: bool = False  # the lead tells a match result
    disaster: bool = False  # the lead tells a disaster or an accident, and no attack


def tells_a_result(sent: Span, words: NonEventWords) -> bool:
    """A score beside a result word in the sentence ("beat them 2-1", "a 3-0 victory"): a noun by its lemma, a
    verb as written (not "defeated 52-48", which may be a vote)."""
    for match in SCORE.finditer(sent.text):
        low, high = match.start() - RESULT_REACH, match.end() + RESULT_REACH
        if any(low <= t.idx - sent.start_char <= high and (t.lower_ in words.results or (
                t.pos_ == "NOUN" and t.lemma_.lower() in words.results)) for t in sent):
            return True
    return False


def takes_ground(token: Token, lexicon: EventLexicon) -> bool:
    """A reading of taking ground (CAMEO 192 "occupy territory": "took control of the area", "fell into the hands
    of"): neither an attack nor a hazard by itself ("fall" is one); whether it is a seizure depends on the story."""
    entry = reading(token, lookup(token, lexicon))
    return entry is not None and (entry.cameo or lexicon.cameo_code(entry.type, entry.mode) or "").startswith(
        OCCUPATION)


def tells_an_attack(sent: Span, lexicon: EventLexicon, mishaps: MishapWords, accidental: bool = False) -> bool:
    """A word of force that is no casualty word ("attack", "shelled", "bomb") or a weapon in the sentence; an
    explosion word is none when the story says the explosion was an accident (``accidental``) or names what
    exploded ("a gas explosion": ``mishaps.named_explosion``)."""
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in mishaps.weapons:
            return True
        if lemma in mishaps.detonations and (accidental or named_explosion(token, mishaps)):
            continue  # "caused by a gas leak"; "a gas explosion", "a chemical plant exploded"
        entry = reading(token, lookup(token, lexicon))  # a reading whose conditions hold ("faire feu", not "faire")
        if entry is not None and entry.type == "ASSAULT" and not is_casualty_word(token, lexicon) \
                and not hazard_as_doer(token, mishaps) \
                and not takes_ground(token, lexicon):  # "floods hit the north" is the disaster, no attack
            return True
    return False


def story_kind(sentences: Sequence[Span], lexicon: EventLexicon, mishaps: MishapWords,
               words: NonEventWords) -> StoryKind:
    lead = sentences[:LEAD_SENTENCES]
    sports = any(tells_a_result(s, words) for s in lead)
    hazard = any((t.lemma_.lower() in mishaps.hazards and not takes_ground(t, lexicon)) or named_explosion(t, mishaps)
                 for s in lead for t in s)  # "floods", "a gas explosion" (``mishaps.named_explosion``)
    accidental = any(mishap_cause_told(s, mishaps) for s in lead)  # "it was caused by a gas leak"
    disaster = (hazard or accidental) and not any(tells_an_attack(s, lexicon, mishaps, accidental) for s in lead)
    return StoryKind(sports=sports, disaster=disaster)


def denied_act(token: Token, lexicon: EventLexicon) -> bool:
    """An act noun that is what a denial of responsibility denies ("denied accusations that they shelled")."""
    if token.dep_ in DENIED_CONTENT and token.head != token:
        token = token.head  # the act an accusation tells ("accusations that they shelled …")
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in OBJECT and is_blocked(token.head, lexicon)


def denies_an_act(token: Token, lexicon: EventLexicon) -> bool:
    """A denial verb whose complement is an act, a clause or an infinitive ("denied shelling the town", "denied
    that its forces shelled it", « a démenti avoir bombardé »): the doer denies responsibility (CAMEO 016, no
    PLOVER type), no refusal (word class ``denial`` of ``event_words.tsv``)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in lexicon.word_class("denial") \
        and any(c.dep_ in DENIED_CLAUSE and c.pos_ in ("VERB", "AUX") for c in token.children)


def told_of(event_type: str, source: EventActor | None, resolver: ActorResolver, arguments: Arguments,
            harmed: bool, placed: bool) -> Told:
    entity = resolver.entities.get(source.entity) if source is not None and source.entity is not None else None
    span = target_span(arguments)
    sent = resolver.doc.char_span(*span, alignment_mode="expand") if span is not None else None
    target = arguments.target
    return Told(event_type, source, entity.type if entity is not None else None,
                entity.role if entity is not None else None, arguments.thing_target,
                frozenset(t.lemma_.lower() for t in sent) if sent is not None else frozenset(), harmed, placed,
                target is not None and target.entity is None and target.sector is None)


def target_span(arguments: Arguments) -> tuple[int, int] | None:
    """The target's phrase: ``arguments.spans`` holds the source's first when there is one (``argument_facts``)."""
    spans = list(arguments.spans)
    if arguments.source is not None and spans:
        spans.pop(0)
    return spans[0] if arguments.target is not None and spans else None


def nothing_mobilised(token: Token, told: Told, lexicon: EventLexicon, words: NonEventWords) -> bool:
    """A mobilisation with no doer whose recipient is a thing, or a phrase that resolves to no actor, with no
    force in it (not "police reinforcements"), and whose subject, if any, names no actor (not "forces have set up
    a post", their doer unresolved)."""
    if told.event_type != "MOBILIZE" or told.source is not None or not (told.thing_target or told.bare_target):
        return False
    subjects = [c for c in token.children if c.dep_ in NOMINAL_SUBJECT]
    return not any(w in lexicon.actor_nouns or w in words.forces or w in lexicon.modes
                   for w in (*told.target_words, *(s.lemma_.lower() for s in subjects)))


def personal_attack(told: Told, lexicon: EventLexicon) -> bool:
    """An assault by a named person who is no armed actor (by sector or by function: "General X"), harming no one
    and placed nowhere: a figure of speech ("his attacks on the government") or a game's move."""
    if told.event_type != "ASSAULT" or told.source is None or told.source_type != "PER" or told.harmed \
            or told.placed or told.source.sector in ARMED_SECTORS:
        return False
    function = lexicon.actor_nouns.get(told.source_role.lower()) if told.source_role else None
    return function is None or function.sector not in ARMED_SECTORS


def forecast(token: Token, event_type: str, thing_target: bool, words: NonEventWords) -> bool:
    """A warning whose recipient is a thing: the trigger, or the noun it is about, is a warning word."""
    if event_type != "THREATEN" or not thing_target:
        return False
    return any(t.lemma_.lower() in words.warnings or t.lower_ in words.warnings
               for t in (token, *(c for c in token.children if c.dep_ in OBJECT)))


@dataclass(frozen=True)
class Told:
    """What a trigger's sentence says of its event, before anything is taken from the story around it."""

    event_type: str
    source: EventActor | None
    source_type: str | None  # the source's entity type (PER, ORG, LOC …), None without an entity
    source_role: str | None  # the function the text gives a person source ("general", "minister")
    thing_target: bool
    target_words: frozenset[str]  # the lemmas of the target's phrase as the sentence names it
    harmed: bool  # a toll is told
    placed: bool  # a place of the event is told
    bare_target: bool = False  # the target is a phrase that resolves to no actor (no entity, no agent noun)


def tells_no_event(token: Token, told: Told, disaster_story: bool, lexicon: EventLexicon,
                   words: NonEventWords) -> bool:
    """The trigger's sentence uses the word for something that is no event (see the module's list);
    ``disaster_story``: the story's lead tells a disaster and no attack (``story_kind``)."""
    return (denied_act(token, lexicon)
            or denies_an_act(token, lexicon)
            or unaccomplished(token, lexicon) is not None
            or personal_attack(told, lexicon)
            or forecast(token, told.event_type, told.thing_target, words)
            or nothing_mobilised(token, told, lexicon, words)
            or disaster_toll(token, told.event_type, told.source, disaster_story, lexicon))


def disaster_toll(token: Token, event_type: str, source: EventActor | None, disaster_story: bool,
                  lexicon: EventLexicon) -> bool:
    """A casualty word with no doer in a story about a disaster: the disaster's toll."""
    return disaster_story and event_type == "ASSAULT" and source is None and is_casualty_word(token, lexicon)
