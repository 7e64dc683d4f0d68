"""Places and dates that belong to another act than the event: "shelled Kharkiv a day after talks in Geneva",
"arrested in the wake of a crash Tuesday", "à la suite d'un accident survenu mardi". A word of sequence (the
word class ``sequence``: "after", "in the wake of", "au lendemain de") sets the other act before or after the
event; what hangs on that act's noun dates or places it, not the event."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.mishaps import MishapWords, is_mishap_word


@dataclass(frozen=True)
class OtherActs:
    lexicon: EventLexicon
    mishaps: MishapWords

    def names_an_act(self, token: Token) -> bool:
        """A noun of the trigger lexicon ("talks", "strike") or a mishap ("a crash", "un accident")."""
        return token.pos_ == "NOUN" and ((token.lemma_.lower(), "NOUN") in self.lexicon.triggers
                                         or is_mishap_word(token, self.mishaps))

    def hold(self, start: int, end: int, trigger: Token) -> bool:
        """Whether the text from ``start`` to ``end`` hangs on another act's noun sequenced with the trigger's."""
        span = trigger.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        governing = {trigger, *trigger.ancestors}
        for node in span.root.ancestors:
            if node in governing:
                return False
            if self.names_an_act(node):
                return self.sequenced(node, governing)
        return False

    def sequenced(self, act: Token, governing: set[Token]) -> bool:
        """A sequence word on the way from the act's noun up to the event: a head ("after talks", "the wake of")
        or the noun's own case marker ("après des pourparlers")."""
        sequence = self.lexicon.word_class("sequence")
        for node in (act, *act.ancestors):
            if node in governing:
                return False
            if node.lower_ in sequence or node.lemma_.lower() in sequence or any(
                    c.dep_ in ("case", "mark") and c.lower_ in sequence for c in node.children):
                return True
        return False
