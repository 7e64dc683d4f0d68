"""A target that names the event's own act: the act has no recipient there, not the act as its recipient.

"The ministers submitted their *resignations*", "a présenté sa *démission*": the object completes the trigger's
phrase (the condition of its lexicon entry, ``Requirement`` of kind obj); "launched an *offensive*", "la *menace*
américaine": the phrase is headed by a noun of the event's own type. Such a phrase is what was done, not to whom.
So is, for a statement's evaluative words (the blame frame), a target phrase headed by an evaluative word ("the
shock of the American betrayal"): the act blamed, not who is blamed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.nlp.events.arguments import Arguments
from wirewatch.nlp.events.fixed_phrases import names_someone
from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.non_events import target_span
from wirewatch.nlp.events.trigger_conditions import lookup


def names_its_own_act(entry: TriggerEntry, event_type: str, arguments: Arguments, doc: Doc,
                      lexicon: EventLexicon) -> bool:
    """The target's head word is the object that completes the trigger's phrase or a noun of the event's type."""
    span = target_span(arguments)
    if span is None or arguments.target is None:
        return False
    phrase = doc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return False
    head = phrase.root
    if entry.requires is not None and entry.requires.kind == "obj" and head.lemma_.lower() in entry.requires.words \
            and not names_someone(head, lexicon):  # "arrêter le maire": whom the act is done to (``fixed_phrases``)
        return True
    return head.pos_ == "NOUN" and any(e.type == event_type for e in lookup(head, lexicon))


def blames_a_thing(frame: str, arguments: Arguments, doc: Doc, lexicon: EventLexicon) -> bool:
    """A statement's evaluative words (the blame frame, ``detect.blame_triggers``) whose target phrase is headed by
    an evaluative word ("the shock of the American *betrayal*", "warned that *violations* were increasing"): the
    phrase is the act blamed, not who is blamed."""
    if frame != "blame":
        return False
    span = target_span(arguments)
    phrase = doc.char_span(*span, alignment_mode="expand") if span is not None and arguments.target else None
    blame = lexicon.word_class("blame")
    head = phrase.root if phrase is not None else None  # "Russia's egregious attacks" names its doer: it stays
    return head is not None and (head.lower_ in blame or head.lemma_.lower() in blame)


def names_the_act(entry: TriggerEntry, event_type: str, frame: str, arguments: Arguments, doc: Doc,
                  lexicon: EventLexicon) -> bool:
    """The target names the act itself, or the act blamed (see the module): it is no recipient."""
    return names_its_own_act(entry, event_type, arguments, doc, lexicon) or blames_a_thing(frame, arguments, doc,
                                                                                           lexicon)
