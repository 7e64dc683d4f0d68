"""French constructions of news that told events wrongly or missed them (issue 14): « mettre en garde » is a
warning verb as « avertir » is (``event_triggers.tsv``); a noun of force qualified by its field of trade,
diplomacy or words is no assault (``field_senses``); attacking a policy is criticism, as in English
(``event_triggers_classes.tsv``, CAMEO 111); an attack noun in a sentence about a game is a move of the
game (``game_moves``); a threat named only by whose it is is a danger, not a threat made (``bare_threats``).
Sentences written for these tests, with and without a
final full stop."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of

END = ["", "."]  # a headline or bullet, and a sentence


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", [
    "Le ministre a mis en garde la Russie contre toute agression",
    "Scholz a mis Poutine en garde contre une nouvelle offensive",
])
def test_putting_a_state_on_guard_is_a_warning_as_avertir_is(parse: Parse, text: str, end: str) -> None:
    warned = [e for e in events_of(parse, "fr", text + end) if e.type == "THREATEN"]
    assert warned and warned[0].target is not None and warned[0].target.country == "RUS"


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Renault a lancé une offensive commerciale en Chine"),
    ("fr", "Le gouvernement prépare une offensive diplomatique contre la Russie"),
    ("fr", "L'offensive de charme de Pékin en Afrique se poursuit"),
    ("en", "Renault launched a commercial offensive in China"),
    ("en", "Beijing pursued its charm offensive in Africa"),
])
def test_a_noun_of_force_waged_in_a_field_of_trade_or_diplomacy_is_no_assault(parse: Parse, lang: str, text: str,
                                                                               end: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'armée a lancé une offensive terrestre dans le nord de la Syrie"),
    ("en", "The army launched a ground offensive in northern Syria"),
])
def test_a_noun_of_force_with_a_field_of_war_stays_an_assault(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text + end)]



@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Medef a attaqué la réforme des retraites"),
    ("fr", "L'opposition a attaqué le budget du gouvernement"),
    ("en", "The employers' federation attacked the pension reform"),
])
def test_attacking_a_policy_is_criticism(parse: Parse, lang: str, text: str, end: str) -> None:
    types = [e.type for e in events_of(parse, lang, text + end)]
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les rebelles ont attaqué les positions de l'armée"),
    ("en", "The rebels attacked army positions near the border"),
])
def test_attacking_positions_stays_an_assault(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'attaque de Lyon a dominé le match contre Marseille"),
    ("fr", "L'attaque lyonnaise a été stérile en première mi-temps"),
    ("en", "Lyon's attack dominated the match against Marseille"),
])
def test_an_attack_noun_in_a_sentence_about_a_game_is_a_move_of_the_game(parse: Parse, lang: str, text: str,
                                                                         end: str) -> None:
    assert "ASSAULT" not in [e.type for e in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des supporters ont attaqué des policiers après le match"),
    ("fr", "L'attaque contre le bus des supporters avant le match a fait trois blessés"),
    ("en", "The attack on the team bus before the match injured three players"),
])
def test_an_attack_around_a_game_on_people_stays_an_assault(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Face à la menace russe, la Pologne réarme"),
    ("fr", "La menace chinoise pèse sur Taïwan"),
    ("en", "Faced with the Russian threat, Poland is rearming"),
    ("en", "The Chinese threat looms over Taiwan"),
])
def test_a_threat_named_only_by_whose_it_is_is_a_danger_not_a_threat_made(parse: Parse, lang: str, text: str,
                                                                           end: str) -> None:
    assert "THREATEN" not in [e.type for e in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La menace russe de couper le gaz inquiète Berlin"),
    ("fr", "Trump a proféré de nouvelles menaces contre le Canada"),
    ("en", "Putin issued a new threat against Ukraine"),
    ("en", "Moscow reiterated the nuclear threat"),
    ("fr", "Moscou a réitéré la menace nucléaire"),
])
def test_a_threat_with_its_content_target_or_utterance_stays(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "THREATEN" in [e.type for e in events_of(parse, lang, text + end)]
