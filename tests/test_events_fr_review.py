"""French constructions found by reviewing the events layer on unlabelled French news: a name the tagger reads
as an adverb keeps its role (``name_roles``), prices are no threat's price (``detect.price_paid``), an act foretold
as undergone is no threat (``undergone_acts.told_as_undergone``), a closing time word the parser cut off still
dates its clause (``stray_times``, ``dates.context``), a relative named by kinship is the relative, « prêt à »
after a saying verb takes the sayer, and a name after a verb that has its subject is its object. Sentences
written for these tests, with and without a final full stop."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event

END = ["", "."]  # a headline or bullet, and a sentence


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", ["Macron condamne l'attaque contre Kiev", "Macron dénonce les frappes sur Kiev"])
def test_a_name_tagged_as_an_adverb_is_the_subject_of_its_verb(parse: Parse, text: str, end: str) -> None:
    event = only_event(parse, "fr", text + end, "ACCUSE")
    assert event.source is not None and event.source.country == "FRA"


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", [
    "Le ministre a averti contre une hausse des prix de l'énergie",
    "La banque centrale a mis en garde contre une flambée des prix",
])
def test_a_warning_about_prices_is_no_threat(parse: Parse, text: str, end: str) -> None:
    assert not [e for e in events_of(parse, "fr", text + end) if e.type == "THREATEN"]


@pytest.mark.parametrize("end", END)
def test_a_price_to_pay_still_makes_a_threat(parse: Parse, end: str) -> None:
    event = only_event(parse, "fr", "« Ils en paieront le prix », a averti le ministre de la Défense" + end,
                       "THREATEN")
    assert event.modality == "future"


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", [
    "La ville va essuyer des bombardements", "Le village va subir de nouveaux bombardements",
])
def test_an_act_foretold_as_undergone_is_no_threat(parse: Parse, text: str, end: str) -> None:
    events = events_of(parse, "fr", text + end)
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].modality == "future" and events[0].source is None


@pytest.mark.parametrize("end", END)
def test_a_forceful_act_its_doer_announces_is_still_a_threat(parse: Parse, end: str) -> None:
    assert [e.type for e in events_of(parse, "fr", "L'armée va bombarder la ville" + end)] == ["THREATEN"]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("text", "date"), [
    ("La ville va essuyer des bombardements lundi", "2025-03-17"),  # published on Wednesday 12 March
    ("La ville a essuyé des bombardements lundi", "2025-03-10"),
    ("L'armée a bombardé la ville lundi", "2025-03-10"),
])
def test_a_closing_weekday_dates_its_clause_in_its_tense(parse: Parse, text: str, date: str, end: str) -> None:
    event = only_event(parse, "fr", text + end, "ASSAULT")
    assert event.date == date


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("text", "country"), [
    ("La fille de Nelson Mandela a exhorté le gouvernement à libérer les prisonniers", "ZAF"),
    ("Le fils de Joe Biden a appelé les rebelles à libérer les otages", "USA"),
])
def test_a_relative_named_by_kinship_is_the_source_not_the_person_named(parse: Parse, text: str, country: str,
                                                                        end: str) -> None:
    event = only_event(parse, "fr", text + end, "REQUEST")
    assert event.source is not None and event.source.name.split()[0] in ("fille", "fils")
    assert event.source.country == country


@pytest.mark.parametrize("end", END)
def test_ready_to_act_after_a_saying_verb_takes_the_sayers_subject(parse: Parse, end: str) -> None:
    event = only_event(parse, "fr", "Le chancelier Olaf Scholz s'est dit prêt à coopérer avec les syndicats" + end,
                       "AGREE")
    assert event.source is not None and event.source.country == "DEU"


@pytest.mark.parametrize("end", END)
def test_a_name_after_a_verb_with_its_subject_is_the_object(parse: Parse, end: str) -> None:
    event = only_event(parse, "fr", "Macron a rencontré Scholz" + end, "CONSULT")
    assert event.source is not None and event.target is not None
    assert {event.source.country, event.target.country} == {"FRA", "DEU"}

