"""Acts a story does not code as its own: what a speaker tells of their own doings or feelings in the first
person, an act noun told as the circumstance of another clause, and a headline no sentence of the body retells.

- A speaker's own account ("we have agreed to withdraw", "I am marching today", "nous avons une réunion
  demain", "as I have been warning"): the story codes the speaker's act from the narrator's words and the quote
  as a statement, not each act the speaker narrates. A speech act made in saying it stays an event ("we demand
  …", "we condemn …", "we will respond"): a demand, a blame, a refusal or a threat in the present or the future.
  The subject is looked for on the trigger's clause and on the clauses that control it ("we agreed *to
  withdraw*": the withdrawal is the speaker's too); a passive's first-person subject is the act's recipient, and
  the act stays ("we were served an ultimatum").
- A circumstance ("amid threats", "in the face of attacks", "malgré les frappes"): known background, not the act
  the sentence tells (``confidence_marks.circumstance``).
- A headline-only event: a first line without final punctuation above a body names the story's act in a few
  words, its parties often misread; when no sentence of the body tells an act of its type (the merge folds a
  headline into the body event it retells), the headline's reading is not kept — unless it states an attack
  with its toll and no doer (« Double attentat à Lyon : 3 morts »): nothing there to misread.
- A linked line: a sentence holding a web address is a post or a page embedded in the story ("Thank you all
  https://… — Name (@name)") or a link under it, not the story's telling; its event is kept only when another
  sentence tells it too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from spacy.tokens import Token

from wirewatch.nlp.events.confidence import clause_verb
from wirewatch.nlp.events.confidence_marks import circumstance
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.non_events import NonEventWords
from wirewatch.nlp.syntax import AUXILIARY, NOMINAL_SUBJECT
from wirewatch.records import Event

PERFORMATIVE = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts done in saying them
CONTROLLED = frozenset({"xcomp"})  # a complement whose subject is its governor's ("agreed to withdraw")
CONTROL_DEPTH = 2
TOLLED_TYPES = frozenset({"ASSAULT"})  # the acts whose headline can state their toll ("3 morts")
WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.\w")
PASSIVE = frozenset({"aux:pass", "auxpass"})
PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass"})


def speaker_subject(token: Token, lexicon: EventLexicon) -> Token | None:
    """The first-person subject ("I", "we", "nous") of the trigger's clause or of a clause controlling it."""
    verb = clause_verb(token)
    speakers = lexicon.word_class("speaker_pronoun")
    for _ in range(CONTROL_DEPTH + 1):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT), None)
        if subject is not None:  # a passive's subject is the recipient: "we are being served an ultimatum"
            return subject if subject.lower_ in speakers and subject.dep_ not in PASSIVE_SUBJECT else None
        if verb.dep_ not in CONTROLLED or verb.head == verb:
            return None
        verb = verb.head
    return None


def said_now(verb: Token) -> bool:
    """The clause is in the simple present or the future ("we demand", "we will respond", "we are determined
    to"), not a narrated past, perfect or going-on ("we agreed", "we have agreed", "I have been warning")."""
    auxiliaries = [a for a in verb.children if a.dep_ in AUXILIARY and a.dep_ not in PASSIVE]
    copulas = [c for c in verb.children if c.dep_ == "cop" or c.dep_ in PASSIVE]  # "we are determined to"
    forms = verb.morph.get("VerbForm", [])
    finite = [*auxiliaries, *copulas] + ([] if {"Part", "Ger", "Inf"} & set(forms) else [verb])
    tenses = {t for w in finite for t in w.morph.get("Tense", [])}
    if "Fut" in tenses or any("Mod" in a.morph.get("VerbType", []) or a.tag_ == "MD" for a in auxiliaries):
        return True
    if "Past" in tenses or (auxiliaries and {"Part", "Ger"} & set(forms)) or "Ger" in forms:
        return False
    return "Pres" in tenses


def speaker_own_act(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """The trigger tells, in the first person, what the speaker does or did, rather than making a demand, a
    blame, a refusal or a threat in saying it."""
    subject = speaker_subject(token, lexicon)
    if subject is None:
        return False
    return not (event_type in PERFORMATIVE and said_now(subject.head))


def told_as_background(token: Token, event_type: str, lexicon: EventLexicon, words: NonEventWords) -> bool:
    """The trigger is a speaker's own account or an act noun told as a circumstance (see the module)."""
    return speaker_own_act(token, event_type, lexicon) or circumstance(token, words)


def first_line_end(text: str) -> int:
    end = text.find("\n")
    return end if end >= 0 else len(text)


def without_headline_only(events: Sequence[Event], unpunctuated: Collection[int], text: str) -> list[Event]:
    """Drop the events told only on a first line without final punctuation above a body (see the module)."""
    end = first_line_end(text)
    if not text[end:].strip():
        return list(events)  # the line is the whole text: a report told in one line
    return [e for e in events
            if not (e.evidence.start < end and e.evidence.start in unpunctuated and not e.other_evidence)
            or tolled_headline(e)]


def tolled_headline(event: Event) -> bool:
    """A headline that states an attack with its toll and names no doer (« Double attentat à Lyon : 3 morts »,
    "Suicide bombing in Kabul: 12 dead"): a report of its own, with no party to misread."""
    return event.type in TOLLED_TYPES and event.source is None and (event.killed or event.injured) is not None


def without_linked_lines(events: Sequence[Event]) -> list[Event]:
    """Drop the events told only in a sentence holding a web address (see the module)."""
    return [e for e in events if e.other_evidence or not WEB_ADDRESS.search(e.evidence.text)]


def story_events(events: Sequence[Event], unpunctuated: Collection[int], text: str) -> list[Event]:
    """The merged events less those told only in a headline or a linked line."""
    return without_linked_lines(without_headline_only(events, unpunctuated, text))
