"""Sources and targets are actors in their grammatical roles: never a document, a measure or a weapon; what a
protest demands is the protest's content. Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The opposition party rejected the agreement on Monday."),
    ("fr", "Le parti d'opposition a rejeté l'accord lundi."),
])
def test_a_document_is_never_a_target(parse: Parse, lang: str, text: str) -> None:
    assert all(e.target is None or e.target.name.lower() not in ("agreement", "accord", "l'accord", "the agreement")
               for e in events_of(parse, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The militia fired forty mortar rounds on Monday."),
    ("fr", "La milice a tiré lundi quarante obus de mortier."),
])
def test_a_weapon_fired_is_never_the_target(parse: Parse, lang: str, text: str) -> None:
    for event in events_of(parse, lang, text):
        assert event.target is None or not any(w in event.target.name.lower() for w in ("round", "obus", "mortier"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About forty students marched to the main square on Tuesday afternoon, calling for lower fees"),
    ("en", "Hundreds of protesters gathered outside parliament on Friday, demanding the resignation of the minister."),
    ("fr", "Des centaines de manifestants se sont rassemblés vendredi devant le parlement, exigeant la démission du "
           "ministre."),
])
def test_what_a_protest_demands_is_the_protest(parse: Parse, lang: str, text: str) -> None:
    types = [e.type for e in events_of(parse, lang, text)]
    assert "PROTEST" in types and "REQUEST" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The village was shelled by paramilitary forces on Sunday."),
    ("fr", "Le village a été bombardé dimanche par les forces paramilitaires."),
])
def test_a_passive_agent_is_the_source(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.sector == "military"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The attack of the rebels on the garrison left the town without water."),
    ("fr", "La frappe de l'armée russe contre la centrale a privé des milliers de foyers d'électricité."),
])
def test_the_of_phrase_of_an_act_with_a_recipient_is_its_doer(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.sector in ("military", "rebels")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The shelling by paramilitary forces killed four civilians in the market on Sunday."),
    ("fr", "Le pilonnage par les forces paramilitaires a tué quatre civils dimanche."),
])
def test_the_by_phrase_of_a_nominal_act_is_its_source(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.sector == "military"
