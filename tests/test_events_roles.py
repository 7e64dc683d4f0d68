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
    ("en", "Farmers began a hunger strike outside parliament on Monday to demand land reform."),
    ("fr", "Des agriculteurs ont entamé lundi une grève de la faim devant le parlement pour exiger une réforme "
           "agraire."),
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
    assert event.source is not None and event.source.sector == "rebels"  # paramilitary: irregular, no state army


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
    assert event.source is not None and event.source.sector == "rebels"  # paramilitary: irregular, no state army


def test_the_by_phrase_of_a_bare_verbal_noun_is_its_source(parse: Parse) -> None:
    # no article: the parser reads "Shelling" as a verb (a gerund subject) rather than a noun
    event = only_event(parse, "en", "Shelling by paramilitary forces killed four herders near the dam.", "ASSAULT")
    assert event.source is not None and event.source.sector == "rebels"


def test_the_defending_side_is_the_target_of_the_attack_it_fought(parse: Parse) -> None:
    text = "Latvian air defences shot down thirty drones launched by Belarus overnight."
    event = only_event(parse, "en", text, "ASSAULT")
    assert event.source is not None and event.source.country == "BLR"
    assert event.target is not None and event.target.country == "LVA"


def test_the_side_that_repelled_an_attack_is_not_its_source(parse: Parse) -> None:
    event = only_event(parse, "en", "The Moldovan army repelled an attack by separatist fighters.", "ASSAULT")
    assert event.source is None or event.source.country != "MDA"
    assert event.target is not None and event.target.country == "MDA"


def test_the_partners_of_a_joint_strike_are_not_its_places(parse: Parse) -> None:
    events = events_of(parse, "en", "A joint strike by Britain and Norway on rebel positions destroyed a depot.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].source is not None and events[0].source.country == "GBR"
    assert events[0].place is None or events[0].place.country != "NOR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The opposition denied any involvement in the unrest."),
    ("fr", "L'opposition a nié toute implication dans les troubles."),
])
def test_an_abstract_result_is_never_the_target(parse: Parse, lang: str, text: str) -> None:
    assert all(e.target is None or e.target.entity is not None or e.target.sector is not None
               for e in events_of(parse, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The police imposed a curfew on Tuesday."),
    ("fr", "La police a imposé un couvre-feu mardi."),
])
def test_a_measure_is_never_the_target(parse: Parse, lang: str, text: str) -> None:
    for event in events_of(parse, lang, text):
        assert event.target is None or event.target.name.lower() not in ("curfew", "a curfew", "couvre-feu",
                                                                           "un couvre-feu")
