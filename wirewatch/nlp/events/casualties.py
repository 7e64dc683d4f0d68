"""Killed and injured figures stated in a sentence, from numbers in digits or words.

Each figure is read from the casualty word's own argument ("tuant *deux* personnes", "*12* blessés", "at least
*17* people were killed", "killing *a* nurse"), never summed across unrelated figures: the first figure of each
kind in the sentence is the event's. Children among them come from "including four children" / "dont deux enfants".
The noun the first figure counts, when it says who they are ("deux policiers blessés"), is kept: it names the
victims of an act whose target the sentence does not otherwise name (a headline "Attaque à Lyon : deux policiers
blessés").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.nlp.events.headline_tolls import is_elliptic_passive
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.syntax import is_passive
from wirewatch.nlp.events.toll_scope import counts_for_the_sentence, is_casualty_word
from wirewatch.nlp.syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT
from wirewatch.records import Event

DIGITS = re.compile(r"^\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})+$|^\d+$")


@dataclass
class Toll:
    killed: int | None = None
    injured: int | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    # who the first figure counts, when a noun of its own says it ("deux *policiers* blessés"), not a casualty
    # word ("deux blessés") or a counted group ("seven children and 12 adults")
    victims: Token | None = None

    @property
    def empty(self) -> bool:
        return self.killed is None and self.injured is None


def parse_number(token: Token, lexicon: EventLexicon) -> int | None:
    text = token.text.lower()
    if DIGITS.match(text):
        value = int(re.sub(r"\D", "", text))
        # "2 000" split in two tokens: a following group of exactly three digits continues the number
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and re.fullmatch(r"\d{3}", nxt.text) and token.whitespace_ and value < 1000:
            value = value * 1000 + int(nxt.text)
        return value
    if "-" in text:
        parts = [lexicon.numbers.get(p) for p in text.split("-")]
        if all(p is not None for p in parts):
            return sum(p for p in parts if p is not None)
    return lexicon.numbers.get(text)


def number_of(noun: Token, lexicon: EventLexicon) -> int | None:
    """The figure a noun phrase states: its own number ("12"), a numeric modifier, or "a"/"un" + singular."""
    if noun.pos_ == "NUM" or (noun.lower_ in lexicon.numbers and noun.pos_ != "DET"):
        value = parse_number(noun, lexicon)
        if value is not None and noun.lower_ not in lexicon.word_class("article_one"):
            return value
    values: list[tuple[int, int]] = []  # (distance, value): the nearest number before the noun is its own
    for child in noun.children:
        numeric = child.dep_ in ("nummod", "quantmod") or (child.pos_ == "NUM" and child.dep_ in ("det", "amod"))
        numeric = numeric or (child.dep_ in ("nmod", "prep") and child.lower_ in lexicon.numbers and child.i < noun.i)
        if numeric:
            value = parse_number(child, lexicon)
            if value is not None:
                distance = noun.i - child.i if child.i < noun.i else 100 + child.i - noun.i
                values.append((distance, value))
    if values:
        return min(values)[1]
    if noun.pos_ == "VERB":
        # "en blessant 14", "wounding 14": a figure right after the verb that the parser hung elsewhere
        for nxt in noun.doc[noun.i + 1: noun.i + 3]:
            if nxt.pos_ == "NUM":
                return parse_number(nxt, lexicon)
            if nxt.pos_ not in ("ADV", "DET"):
                break
        return None
    if any(c.dep_ == "det" and c.lower_ in lexicon.word_class("article_one") for c in noun.children) and \
            "Plur" not in noun.morph.get("Number", []) and (noun.lemma_.lower(), "NOUN") not in lexicon.triggers:
        return 1  # "killing a nurse"; not "an attack killed …"
    return None


FIGURE_REACH = 8  # tokens before a passive casualty verb in which a lost subject's figure is looked for


def figure_before(verb: Token, lexicon: EventLexicon) -> int | None:
    """The nearest figure in digits before a passive casualty verb whose subject has no parse of its own
    ("plus de 2 000 civils non armés auraient été exécutés"), within its clause (no punctuation between)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= max(verb.sent.start, verb.i - FIGURE_REACH) and not doc[i].is_punct:
        if DIGITS.match(doc[i].text):
            while i - 1 >= verb.sent.start and DIGITS.match(doc[i - 1].text) and doc[i - 1].whitespace_:
                i -= 1
            return parse_number(doc[i], lexicon)
        i -= 1
    return None


def casualty_arguments(token: Token, lexicon: EventLexicon) -> list[Token]:
    if token.pos_ in ("NOUN", "PROPN"):
        return [token]
    objects = [c for c in token.children if c.dep_ in OBJECT]
    if token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "PRON", "NUM") and not objects:
        return [token.head]  # "deux personnes tuées", "people killed"
    if token.pos_ == "ADJ":
        nominal = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not nominal and token.dep_ in ("oprd", "xcomp") and token.head.pos_ in ("VERB", "AUX"):
            nominal = [c for c in token.head.children if c.dep_ in OBJECT]  # "left 30 people dead"
        return nominal or [token]
    if is_passive(token) or token.lemma_.lower() in lexicon.word_class("death_verb") or is_elliptic_passive(token):
        arguments = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT or c.dep_ in SUBJECT]
    else:
        arguments = [c for c in token.children if c.dep_ in OBJECT]
        # "639 killed and 1,329 wounded": an elliptic passive whose figure the parser made the subject
        arguments += [c for c in token.children if c.dep_ in SUBJECT and c.pos_ == "NUM"]
    return [*arguments, token]  # "en blessant 12": the number may hang on the verb itself


def participle_kind(token: Token, lexicon: EventLexicon) -> str | None:
    """A casualty verb's participle the tagger read as an adjective on the noun it counts, its lemma the verb's
    ("dix personnes *tuées*" ADJ, lemma "tuer"): the verb's kind."""
    if token.pos_ != "ADJ" or token.dep_ not in ("acl", "amod") or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return lexicon.casualties.get((token.lemma_.lower(), "VERB"))


def find_toll(sent: Span, lexicon: EventLexicon) -> Toll:
    toll = Toll()
    last_kind: str | None = None
    children_words = lexicon.word_class("child")
    for token in lexicon.tokens(sent, "casualty"):
        kind = lexicon.casualties.get((token.lemma_.lower(), token.pos_)) or \
            lexicon.casualties.get((token.lower_, token.pos_)) or participle_kind(token, lexicon)
        if kind is not None and not counts_for_the_sentence(token, lexicon):
            last_kind = None  # a running total, or another act's toll: not this sentence's act's
            continue
        if kind is not None:
            stated = [(arg, number_of(arg, lexicon)) for arg in casualty_arguments(token, lexicon)]
            if is_passive(token) and not any(v is not None for _, v in stated):
                figure = figure_before(token, lexicon)  # the parser lost the subject: "2 000 civils … exécutés"
                stated = [(token, figure)] if figure is not None else stated
            for arg, value in stated:
                # other groups of the same casualties ("seven children and 12 adults"), not another kind of
                # casualty ("deux morts et 12 blessés")
                counted = [number_of(c, lexicon) for c in arg.conjuncts if c.pos_ in ("NOUN", "PROPN")
                           and not is_casualty_word(c, lexicon)] if not is_casualty_word(arg, lexicon) else []
                if value is not None and any(v is not None for v in counted):
                    # "seven children and 12 adults": the casualties are all the groups counted
                    value = value + sum(v for v in counted if v is not None)
                elif value is None or arg.lower_ in children_words:
                    continue
                if toll.empty and arg.pos_ == "NOUN" and not is_casualty_word(arg, lexicon) \
                        and not any(v is not None for v in counted):
                    toll.victims = arg
                if kind == "killed" and toll.killed is None:
                    toll.killed = value
                elif kind == "injured" and toll.injured is None:
                    toll.injured = value
                break
            last_kind = kind
            continue
        if token.lower_ in children_words and last_kind is not None:
            value = number_of(token, lexicon)
            if value is not None:
                if last_kind == "killed" and toll.children_killed is None:
                    toll.children_killed = value
                elif last_kind == "injured" and toll.children_injured is None:
                    toll.children_injured = value
    return toll


def with_orphan_toll(event: Event, toll: Toll) -> Event:
    """"Twelve people have been injured. We know of two fatalities." right after an attack: its toll."""
    if event.modality != "asserted" or toll.empty:
        return event
    update: dict[str, object] = {}
    if event.killed is None and toll.killed is not None:
        update.update(killed=toll.killed, children_killed=toll.children_killed)
    if event.injured is None and toll.injured is not None:
        update.update(injured=toll.injured, children_injured=toll.children_injured)
    return event.model_copy(update=update) if update else event
