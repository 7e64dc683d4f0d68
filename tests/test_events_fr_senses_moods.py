"""Constructions of French news (and their English pairs) that name an act without telling one: force by a state of
the economy (``doers``, kind ``condition``), force aimed at a market of trade (``field_senses``), an act made a habit
by a recurring time phrase (``measured_changes.recurring``), a success negated (``modality``), a yes-no question by
an inverted subject (``unrealised.asked``), an act aimed at or awaited in a subjunctive clause
(``unrealised.aimed_or_awaited``). Each with its counterpart that stays an event. Sentences written for these
tests, with and without final punctuation."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event

END = ["", "."]


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


def told(parse: Parse, lang: str, text: str) -> list[str]:
    """The types of the events told as done (the tests' threshold keeps the others with their modality)."""
    return [e.type for e in events_of(parse, lang, text) if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La crise a frappé les exportations allemandes"),
    ("fr", "L'inflation frappe durement les ménages"),
    ("fr", "La récession a frappé l'industrie automobile en 2009"),
    ("en", "The recession struck the car industry in 2009"),
    ("en", "Inflation is hitting households hard"),
])
def test_a_state_of_the_economy_strikes_no_one(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text + end)


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les forces russes ont de nouveau frappé Kharkiv"),
    ("en", "Russian forces struck Kharkiv"),
])
def test_forces_still_strike(parse: Parse, lang: str, text: str, end: str) -> None:
    only_event(parse, lang, text + end, "ASSAULT")


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les banques ont attaqué le marché des crédits immobiliers"),
    ("fr", "Total a conquis le marché indien du gaz"),
    ("fr", "Amazon a lancé une offensive sur le marché des pharmacies"),
    ("en", "The banks attacked the mortgage market"),
    ("en", "Amazon launched an offensive on the pharmacy market"),
    ("fr", "Veltrano s'attaque au marché des glaces"),  # « au »: the preposition « à » with its article
    ("en", "Veltrano attacks the ice cream market"),
])
def test_force_aimed_at_a_market_of_trade_is_competition(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text + end)


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des hommes armés ont attaqué le marché de la ville"),
    ("fr", "Les rebelles ont attaqué le marché central de Goma"),
    ("en", "Gunmen attacked a crowded market in Maiduguri"),
])
def test_an_attack_on_a_market_place_stays(parse: Parse, lang: str, text: str, end: str) -> None:
    only_event(parse, lang, text + end, "ASSAULT")


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La police arrête chaque année des milliers de migrants à la frontière"),
    ("fr", "Chaque semaine, la police interpelle des dizaines de dealers"),
    ("fr", "Les rebelles attaquent tous les jours les convois"),
    ("en", "Every year police arrest thousands of migrants at the border"),
])
def test_a_recurring_time_makes_a_habit(parse: Parse, lang: str, text: str, end: str) -> None:
    assert not events_of(parse, lang, text + end)


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La police a arrêté lundi trois militants"),
    ("en", "Police arrested every protester on Monday"),
])
def test_a_dated_arrest_stays(parse: Parse, lang: str, text: str, end: str) -> None:
    only_event(parse, lang, text + end, "COERCE")


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La police n'est pas parvenue à arrêter le suspect"),
    ("fr", "Les soldats n'ont pas réussi à reprendre la ville"),
    ("en", "Police did not manage to arrest the suspect"),
])
def test_a_success_negated_tells_no_act(parse: Parse, lang: str, text: str, end: str) -> None:
    assert not told(parse, lang, text + end)


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'armée a réussi à reprendre la ville"),
    ("en", "The army managed to retake the town"),
])
def test_a_success_tells_the_act(parse: Parse, lang: str, text: str) -> None:
    only_event(parse, lang, text, "ASSAULT")


@pytest.mark.parametrize("end", ["", " ?"])
@pytest.mark.parametrize("text", [
    "L'armée a-t-elle frappé l'école",
    "Les rebelles ont-ils attaqué la ville",
    "Moscou va-t-il frapper Kiev",
])
def test_an_inverted_subject_asks_whether(parse: Parse, text: str, end: str) -> None:
    assert not told(parse, "fr", text + end)


@pytest.mark.parametrize("end", END)
def test_the_same_act_asserted_stays(parse: Parse, end: str) -> None:
    assert "ASSAULT" in told(parse, "fr", "L'armée a frappé l'école" + end)


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize("text", [
    "Washington fait pression pour que Kiev sanctionne les oligarques",
    "Les habitants fuient avant que les rebelles n'attaquent la ville",
])
def test_an_act_aimed_at_or_awaited_is_not_told(parse: Parse, text: str, end: str) -> None:
    assert not [t for t in told(parse, "fr", text + end) if t in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize("end", END)
def test_an_act_before_which_others_fled_came(parse: Parse, end: str) -> None:
    only_event(parse, "fr", "Les habitants ont fui avant que les rebelles n'attaquent la ville" + end, "ASSAULT")


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'attaque de Lyon a marqué trois buts face à Nantes samedi"),
    ("fr", "L'attaque lyonnaise a inscrit deux buts en première période"),
    ("en", "Lyon's attack scored three goals against Nantes on Saturday"),
])
def test_an_attack_that_scores_is_a_teams(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text + end)


@pytest.mark.parametrize("end", END)
def test_an_attack_that_kills_stays(parse: Parse, end: str) -> None:
    only_event(parse, "fr", "L'attaque contre le commissariat a fait deux morts" + end, "ASSAULT")


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les critiques de Washington visent directement Pékin"),
    ("fr", "Les propos du ministre ont frappé les esprits"),
    ("fr", "La crise russe a frappé les exportations"),
])
def test_words_and_states_strike_no_one_whoever_they_are_of(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text + end)


@pytest.mark.parametrize("end", END)
def test_strikes_that_target_stay(parse: Parse, end: str) -> None:
    only_event(parse, "fr", "Les frappes russes visent les infrastructures énergétiques" + end, "ASSAULT")
