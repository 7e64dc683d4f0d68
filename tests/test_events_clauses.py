"""The event layer (``ww_events``): which clause of a sentence states its event, and whose arguments it takes.

One sentence in, one assertion out, in French and English where the parse allows; sentences written for these
tests. These behaviours rest on comparing spaCy tokens by position, never by identity (``test_token_identity``).
"""

from __future__ import annotations

import pytest

from tests.test_events import PUBLISHED, Parse, events_of, only_event
from wirewatch.nlp.events.detect import find_triggers
from wirewatch.nlp.events.lexicon import load_event_lexicon


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels attacked the base after soldiers attacked their village."),
    ("fr", "Les rebelles ont attaqué la base après que des soldats ont attaqué leur village."),
])
def test_the_main_clauses_word_outranks_the_same_word_in_a_subordinate_clause(parse: Parse, lang: str,
                                                                              text: str) -> None:
    doc = parse(lang, text, published=PUBLISHED)
    triggers = sorted(find_triggers(next(iter(doc.sents)), load_event_lexicon(lang)), key=lambda t: t.token.i)
    assert triggers[0].score > triggers[1].score


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile asked Peru for talks on the dispute with Bolivia, which has threatened to close the border."),
    ("fr", "Le Chili a demandé au Pérou des pourparlers sur le différend avec la Bolivie, qui a menacé de fermer la "
           "frontière."),
])
def test_a_threat_told_in_a_relative_clause_is_background(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Portuguese premier has refused to meet the Moroccan delegation sent to Lisbon."),
    ("fr", "Le Premier ministre portugais a refusé de recevoir la délégation marocaine envoyée à Lisbonne."),
])
def test_the_one_not_met_is_the_target_of_a_refused_meeting(parse: Parse, lang: str, text: str) -> None:
    target = only_event(parse, lang, text, "REJECT").target
    assert target is not None and target.country == "MAR"


def test_one_word_read_as_an_act_and_as_a_blame_is_one_accusation_of_the_actor_named(parse: Parse) -> None:
    text = "Kenya denounced as a crime Uganda's expulsion of traders from a market in Rwanda."
    target = only_event(parse, "en", text, "ACCUSE").target
    assert target is not None and target.country == "UGA"
