"""Constructions found by reading the events of unlabelled news (tuning halves): words of events in another
sense (blocked readings of ``event_triggers.tsv``: "declined to comment", "a cardiac arrest", "rounded up
millions", "called me on my phone", "struck by a column", "came to power", "echoed that point"), subjects
joined by "neither … nor" / « ni … ni », and relative clauses in the simple present that describe what their
noun habitually does (``habit_relatives.py``), a verb of agreeing in the present with nothing agreed on
(``speech_senses.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "The ministry declined to comment on the report.", "REJECT"),
    ("en", "A police spokesman refused to comment", "REJECT"),
    ("fr", "Le ministère a refusé de commenter le rapport.", "REJECT"),
    ("fr", "Le porte-parole de l'Élysée a décliné tout commentaire", "REJECT"),
    ("en", "The man suffered a cardiac arrest on Tuesday, police said.", "COERCE"),
    ("en", "She had a respiratory arrest", "COERCE"),
    ("en", "The senator rounded up millions of dollars for the campaign.", "COERCE"),
    ("en", "I think you called me on my phone too", "REQUEST"),
    ("en", "Scholz was struck by a column that Biden wrote.", "ASSAULT"),
    ("en", "Scholz came to power in 2021.", "CONSULT"),
    ("en", "The talks came to an end on Friday", "CONSULT"),
    ("en", "Scholz echoed that point.", "SUPPORT"),
    ("en", "Republican senators are echoing Trump's positions on Russia", "SUPPORT"),
    ("en", "His heart started beating again after four hours.", "ASSAULT"),
    ("en", "The whole party has rallied behind the Berlin plan", "PROTEST"),
    ("en", "The statement was provided to Reuters by the campaign.", "AID"),
    ("en", "She hosted a fundraiser for Biden last month.", "CONSULT"),
    ("en", "He spoke on a radio show hosted by the museum", "CONSULT"),
    ("en", "A hospital worker who pleaded anonymity said two patients had died.", "REQUEST"),
    ("en", "A diplomat who requested anonymity said talks had stalled", "REQUEST"),
    ("fr", "Un diplomate qui a demandé l'anonymat a dit que les pourparlers étaient bloqués.", "REQUEST"),
    ("en", "The headlines demand your attention", "REQUEST"),
    ("en", "The prospect of expanding her appeal to rural voters looked remote.", "REQUEST"),
    ("en", "Macron and Merkel met as students in Paris.", "CONSULT"),
    ("en", "They wed in 2012 before heading on their holiday to Greece", "CONSULT"),
    ("en", "In March, the family will be moving into a bigger house in Lyon.", "THREATEN"),
])
def test_an_event_word_in_another_sense_is_no_event(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type not in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "The ministry refused to withdraw its troops.", "REJECT"),
    ("fr", "Le ministère a refusé de retirer ses troupes", "REJECT"),
    ("en", "The opposition leader was arrested in Moscow on Tuesday.", "COERCE"),
    ("en", "Police rounded up dozens of protesters in Lyon", "COERCE"),
    ("en", "Macron called on Putin to withdraw his troops.", "REQUEST"),
    ("en", "The missile struck a school in Kharkiv.", "ASSAULT"),
    ("en", "Scholz came to Nairobi on Monday", "CONSULT"),
    ("en", "Soldiers beat the protesters with sticks.", "ASSAULT"),
    ("en", "The army provided food to the refugees", "AID"),
    ("en", "Macron hosted Scholz in Paris on Monday.", "CONSULT"),
    ("en", "Kenya hosted peace talks between the two sides", "CONSULT"),
    ("en", "Kenya appealed to the UN for help.", "REQUEST"),
    ("en", "The unions demanded higher wages", "REQUEST"),
    ("en", "Macron met Scholz in Berlin.", "CONSULT"),
])
def test_the_same_word_in_its_event_sense_stays_an_event(parse: Parse, lang: str, text: str,
                                                         event_type: str) -> None:
    assert event_type in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Obama called out Trump for his remarks."),
    ("en", "The minister called out the company over its prices"),
])
def test_calling_someone_out_is_an_accusation(parse: Parse, lang: str, text: str) -> None:
    found = types(parse, lang, text)
    assert "ACCUSE" in found and "REQUEST" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Neither Paris nor Berlin condemned the attack."),
    ("en", "Neither Kenya nor Uganda condemned the coup"),
    ("fr", "Ni Paris ni Berlin n'ont condamné l'attaque."),
    ("fr", "Ni le Kenya ni l'Ouganda n'ont condamné le coup d'État"),
])
def test_subjects_joined_by_neither_nor_did_not_act(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ACCUSE"]
    assert found and all(e.modality == "negated" for e in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Paris and Berlin condemned the attack."),
    ("fr", "Paris et Berlin ont condamné l'attaque."),
])
def test_subjects_joined_by_and_acted(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "ACCUSE"]
    assert found and all(e.modality == "asserted" for e in found)


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "The foundation, which supports refugee families, opened an office in Nairobi.", "SUPPORT"),
    ("en", "Rivers that provide water to Nairobi are polluted.", "AID"),
    ("en", "The Democrats who back Biden are worried.", "SUPPORT"),
    ("fr", "La fondation, qui soutient les familles de réfugiés, a ouvert un bureau à Nairobi.", "SUPPORT"),
    ("fr", "Les rivières qui fournissent de l'eau à Nairobi sont polluées.", "AID"),
])
def test_a_relative_clause_in_the_simple_present_describes_a_habit(parse: Parse, lang: str, text: str,
                                                                   event_type: str) -> None:
    assert event_type not in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "Police arrest man who attacks nurse in Lyon", "ASSAULT"),
    ("en", "The militia, which attacked the village in May, withdrew on Sunday.", "RETREAT"),
    ("fr", "La milice, qui a attaqué le village en mai, s'est retirée dimanche.", "RETREAT"),
    ("en", "Two women who allege that the senator lied to them spoke to reporters.", "ACCUSE"),
])
def test_a_headline_or_a_past_relative_keeps_its_acts(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "agreed"), [
    ("en", "The mayor of Lyon agrees.", False),
    ("en", "Most economists agree", False),
    ("en", "Kenya agrees to reopen the border", True),
    ("en", "Scholz agrees with Macron on the budget.", True),
])
def test_agreeing_in_the_present_with_nothing_agreed_is_a_view(parse: Parse, lang: str, text: str,
                                                              agreed: bool) -> None:
    assert ("AGREE" in types(parse, lang, text)) is agreed
