"""The event layer (``ww_events``), continued: several events in one sentence, retellings and what is no event.

One sentence (or two) in, one assertion out, in French and English; sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Overnight there were strikes on a power plant in the Sumy region, a drone strike on a market in "
           "Kherson, and an attack on a depot in the Odesa region."),
    ("fr", "Dans la nuit, il y a eu des frappes sur une centrale à Soumy, une frappe sur un marché à Kherson et une "
           "attaque contre un dépôt à Odessa."),
])
def test_a_list_of_strikes_is_one_event_each(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]) == 3


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Iranian army spokesman said that Britain and Saudi Arabia will pay a heavy price for the raid."),
    ("fr", "Le porte-parole de l'armée iranienne a déclaré que la France et l'Allemagne paieront un prix très "
           "lourd pour ce raid."),
])
def test_each_conjoined_recipient_of_a_threat_is_an_event(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "THREATEN"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of protesters denounced the pension reform in Lyon on Tuesday."),
    ("fr", "Des milliers de manifestants ont dénoncé la réforme des retraites à Lyon mardi."),
])
def test_protesters_denouncing_is_a_protest(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["PROTEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The deployment of 5,000 police officers in Marseille stopped the marches."),
    ("fr", "Le déploiement de 5 000 policiers à Marseille a stoppé les cortèges."),
])
def test_the_deployed_are_the_doers_of_a_deployment(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "MOBILIZE")
    assert event.source is not None and event.source.sector == "police"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The militia claimed the capture of Goma, the capital of North Kivu."),
    ("fr", "La milice a revendiqué la prise de Goma, la capitale du Nord-Kivu."),
])
def test_a_claimed_capture_is_the_claimants_assault(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.sector == "rebels"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rebels, accused of war crimes since the start of the conflict, entered the town on Monday."),
    ("fr", "Les rebelles, accusés de crimes de guerre depuis le début du conflit, sont entrés dans la ville lundi."),
])
def test_an_accusation_describing_a_noun_is_background(parse: Parse, lang: str, text: str) -> None:
    assert "ACCUSE" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "According to several reports, more than 300 unarmed civilians were executed in Goma in recent days."),
    ("fr", "Selon plusieurs rapports, plus de 300 civils non armés auraient été exécutés ces derniers jours à Goma."),
])
def test_the_figure_before_a_passive_killing_is_its_toll(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").killed == 300


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trump said on Tuesday that he would wait for the talks before imposing any sanctions on Venezuela."),
    ("fr", "Trump a dit mardi qu'il attendrait les pourparlers avant d'imposer toute sanction au Venezuela."),
])
def test_any_act_named_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert "SANCTION" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister said the rebels' attacks on villages threatened the peace process."),
    ("fr", "Le ministre a dit que les attaques des rebelles contre les villages menaçaient le processus de paix."),
])
def test_attacks_that_threaten_peace_are_no_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" not in [e.type for e in events_of(parse, lang, text)]


def test_an_urging_told_in_the_imperfect_is_background(parse: Parse) -> None:
    assert events_of(parse, "fr", "Le président exhortait les rebelles à négocier.") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The German president condemned the Russian strikes on Odesa."),
    ("fr", "Le président allemand s'est dit horrifié par les frappes russes sur Odessa."),
])
def test_the_doer_of_a_condemned_act_is_the_accused(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ACCUSE")
    assert event.target is not None and event.target.country == "RUS"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian missiles hit the port of Odesa on Monday. The German president said he was horrified by the "
           "Russian strikes on Odesa."),
    ("fr", "Des missiles russes ont frappé le port d'Odessa lundi. Le président allemand s'est dit horrifié par les "
           "frappes russes sur Odessa."),
])
def test_a_stance_on_a_retold_strike_is_the_sentences_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["ASSAULT", "ACCUSE"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks failed, said the Polish president, who reiterated the need for tough sanctions on Russia."),
    ("fr", "Les pourparlers ont échoué, a dit le président polonais, qui a réitéré la nécessité de sanctions "
           "sévères contre la Russie."),
])
def test_a_need_voiced_is_the_speakers_request(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "REQUEST")
    assert event.source is not None and event.source.country == "POL"


def test_a_negotiating_table_is_no_meeting(parse: Parse) -> None:
    text = "Germany had chosen the negotiating table, the chancellor said."
    assert "CONSULT" not in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Turkish president demanded a ceasefire agreement between Armenia and Azerbaijan."),
    ("fr", "Le président turc a exigé un accord de cessez-le-feu entre l'Arménie et l'Azerbaïdjan."),
])
def test_a_demanded_agreement_is_what_the_demand_is_about(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["REQUEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army chief said the commanders had agreed that they must leave the city."),
    ("fr", "Le chef de l'armée a déclaré que les commandants avaient convenu qu'ils devaient quitter la ville."),
])
def test_an_obligation_agreed_on_is_no_demand(parse: Parse, lang: str, text: str) -> None:
    assert "REQUEST" not in [e.type for e in events_of(parse, lang, text)]


def test_a_demand_reported_through_a_chained_clause(parse: Parse) -> None:
    text = "“Neighbouring states must act to stop the fighting; restraint is key,” the ministry said."
    assert "REQUEST" in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In the Kharkiv and Donetsk regions, Russian drones struck private homes on Monday."),
    ("fr", "Dans les régions de Kharkiv et de Donetsk, des drones russes ont frappé des maisons lundi."),
])
def test_a_strike_in_two_conjoined_places_is_one_in_each(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The senator hoped to win the primary, but the governor attacked and the senator lost."),
    ("fr", "Le sénateur espérait gagner la primaire, mais le gouverneur a attaqué et le sénateur a perdu."),
])
def test_an_attack_on_no_one_nowhere_is_a_figure_of_speech(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian drones struck Kyiv on Monday. “It’s inhuman, striking civilians,” Petrenko said, his hands "
           "black with soot."),
    ("fr", "Des drones russes ont frappé Kiev lundi. « C’est inhumain, frapper des civils », a dit Petrenko, les "
           "mains noires de suie."),
])
def test_a_witness_outrage_is_no_accusation(parse: Parse, lang: str, text: str) -> None:
    assert "ACCUSE" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The prize went to a filmmaker several times imprisoned in Iran for his films."),
    ("fr", "Le prix a été remis à un cinéaste plusieurs fois emprisonné en Iran pour ses films."),
])
def test_a_repeated_past_in_a_multiword_adverb_is_background(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The town of Kadugli fell into the hands of the rebels on Sunday after weeks of fighting."),
    ("fr", "La ville de Kadugli est tombée aux mains des rebelles dimanche après des semaines de combats."),
])
def test_a_town_falling_into_hands_is_an_assault(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


def test_an_interview_between_leaders_is_a_consultation(parse: Parse) -> None:
    text = "Le président polonais a eu une entrevue avec le chancelier allemand à Berlin mardi."
    assert [e.type for e in events_of(parse, "fr", text)] == ["CONSULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland summoned the Russian charge d’affaires in Warsaw on Tuesday."),
    ("fr", "La Pologne a convoqué le chargé d’affaires russe à Varsovie mardi."),
])
def test_summoning_a_charge_d_affaires_is_an_accusation(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["ACCUSE"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A meeting took place on Tuesday in Ankara between the Turkish president and the German chancellor."),
    ("fr", "Une réunion a eu lieu mardi au palais présidentiel entre le président turc et le chancelier allemand."),
])
def test_the_parties_of_a_meeting_that_took_place(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "CONSULT")
    assert event.target is not None and event.target.country == "DEU"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Turkish president met the German chancellor in Ankara on Tuesday. The German chancellor and the "
           "Turkish president discussed trade."),
    ("fr", "Le président turc a rencontré le chancelier allemand à Ankara mardi. Le chancelier allemand et le "
           "président turc ont discuté du commerce."),
])
def test_a_meeting_retold_with_its_parties_swapped_is_one_event(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "CONSULT"]) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“This is a crime,” the Polish minister said on Tuesday."),
    ("fr", "« C'est un crime », a déclaré mardi le ministre polonais."),
])
def test_condemning_words_that_name_no_one_accuse_no_one(parse: Parse, lang: str, text: str) -> None:
    assert "ACCUSE" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Red Cross president condemned the shelling and urged both sides to resume talks in Geneva."),
    ("fr", "Le président de la Croix-Rouge a condamné le bombardement et appelé les deux camps à reprendre les "
           "pourparlers à Genève."),
])
def test_a_town_where_talks_are_held_is_not_the_accused(parse: Parse, lang: str, text: str) -> None:
    accused = [e.target for e in events_of(parse, lang, text) if e.type == "ACCUSE" and e.target is not None]
    assert all(t.country != "CHE" for t in accused)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Erdogan met Lavrov at the presidential palace in Ankara on Monday. Erdogan and Lavrov discussed the war "
           "in Libya."),
    ("fr", "Erdogan a rencontré Lavrov au palais présidentiel à Ankara lundi. Erdogan et Lavrov ont discuté de la "
           "guerre en Libye."),
])
def test_what_two_named_leaders_discussed_retells_their_meeting(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "CONSULT"]) == 1
