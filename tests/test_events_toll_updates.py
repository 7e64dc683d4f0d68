"""A toll update of a known act ("the strike had killed 19 by Wednesday", "the death toll rose to 19") folds
into the act: one event, its own date, the later toll; another act of the type stays another event. Sentences
written for these tests; the full pipeline runs, and the tense test on hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.toll_updates import pluperfect


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile strike on Poltava killed at least 14 people on Monday, officials said. "
           "The strike had killed 19 people by Wednesday, the governor said."),
    ("en", "A Russian missile strike on Poltava killed at least 14 people on Monday, officials said. "
           "On Wednesday, the governor said the strike had killed 19 people."),
    ("fr", "Une frappe de missiles russe sur Poltava a tué au moins 14 personnes lundi, selon les autorités. "
           "Mercredi, le gouverneur a indiqué que la frappe avait tué 19 personnes."),
])
def test_a_toll_update_is_the_acts_later_toll(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [(e.killed, e.date, len(e.other_evidence)) for e in found] == [(19, "2025-03-10", 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile strike on Poltava killed at least 14 people on Monday, officials said. "
           "Another Russian strike on Poltava killed three people on Tuesday."),
    ("fr", "Une frappe russe sur Poltava a tué au moins 14 personnes lundi, selon les autorités. "
           "Une autre frappe russe sur Poltava a tué trois personnes mardi."),
])
def test_another_act_on_another_day_stays_another_event(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert sorted((e.killed, e.date) for e in found) == [(3, "2025-03-11"), (14, "2025-03-10")]


@pytest.mark.parametrize(("lang", "text", "killed"), [
    ("en", "A Russian missile strike on Poltava killed at least 14 people on Monday. The death toll rose to 19.", 19),
    ("en", "A Russian missile strike on Poltava killed at least 14 people on Monday. "
           "The number of dead climbed to 19 on Wednesday.", 19),
    ("fr", "Une frappe russe sur Poltava a tué au moins 14 personnes lundi. Mercredi soir, le bilan s'est alourdi à "
           "19 morts.", 19),
    ("en", "A Russian missile strike on Poltava killed at least 14 people on Monday. "
           "The war's death toll has risen to 10,000.", 14),
    ("fr", "Une frappe russe sur Poltava a tué au moins 14 personnes lundi. Le bilan de la guerre s'élève à 10 000 "
           "morts depuis 2022.", 14),
])
def test_a_risen_toll_is_the_last_attacks(parse: Parse, lang: str, text: str, killed: int) -> None:
    """A toll noun's clause gives the attack's toll as it now stands; a conflict's toll is no act's."""
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [(e.killed, e.date) for e in found] == [(killed, "2025-03-10")]


@pytest.mark.parametrize(("auxiliary", "tense", "dated"), [("had", "Past", True), ("has", "Pres", False)])
def test_the_pluperfect_dates_the_count(bare_en: Language, auxiliary: str, tense: str, dated: bool) -> None:
    """Hand-built parse of "The strike had/has killed 19 people"."""
    words = ["The", "strike", auxiliary, "killed", "19", "people"]
    doc = Doc(bare_en.vocab, words=words, heads=[1, 3, 3, 3, 5, 3],
              deps=["det", "nsubj", "aux", "ROOT", "nummod", "dobj"],
              pos=["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN"],
              lemmas=["the", "strike", "have", "kill", "19", "people"],
              morphs=["", "Number=Sing", f"Tense={tense}", "Tense=Past|VerbForm=Part", "", "Number=Plur"])
    assert pluperfect(doc[3], load_event_lexicon("en")) == dated


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile strike on Poltava killed 14 people on Monday, officials said. "
           "The strike killed 14 people, the governor said on Tuesday."),
    ("en", "A Russian missile strike on Poltava killed 14 people on Monday. "
           "The attack killed 14 people, the regional administration said on Wednesday."),
    ("fr", "Une frappe russe sur Poltava a tué 14 personnes lundi, selon les autorités. "
           "La frappe a tué 14 personnes, a indiqué mardi le gouverneur."),
])
def test_the_date_of_a_report_is_not_the_acts(parse: Parse, lang: str, text: str) -> None:
    """A bare definite act retold with the day its speaker spoke is the act told before, on its own day."""
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [(e.killed, e.date, len(e.other_evidence)) for e in found] == [(14, "2025-03-10", 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile strike on Poltava killed 14 people on Monday. "
           "The strike on Sumy killed three people, officials said on Tuesday."),
    ("fr", "Une frappe russe sur Poltava a tué 14 personnes lundi. "
           "La frappe sur Odessa a tué trois personnes, a indiqué mardi le gouverneur."),
])
def test_a_reported_act_with_its_own_place_stays_another_event(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert sorted(e.killed for e in found) == [3, 14]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen attacked a village in Zamfara state on Sunday, killing 20 people. "
           "The attackers killed 20 villagers, police said on Monday."),
    ("fr", "Des hommes armés ont attaqué un village de l'État de Zamfara dimanche, tuant vingt personnes. "
           "Les assaillants ont tué vingt villageois, a indiqué lundi la police."),
    ("fr", "Des hommes armés ont attaqué un village de l'État de Zamfara dimanche, tuant vingt personnes. "
           "Ils ont tué vingt villageois, a précisé lundi la police."),
])
def test_an_act_retold_on_the_day_of_its_report_is_one_event(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert [(e.date, len(e.other_evidence)) for e in found] == [("2025-03-09", 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian forces shelled Kupiansk on Monday, killing two people. "
           "Russian forces shelled Kupiansk again, killing two more, officials said on Wednesday."),
])
def test_an_act_told_again_on_the_day_of_its_report_stays_another_event(parse: Parse, lang: str, text: str
                                                                        ) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]
    assert len(found) == 2
