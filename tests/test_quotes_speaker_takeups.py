"""Speakers taken up from earlier in the article and attributions the parse breaks: a pronoun's gender from the
actor KB, a pronoun past a quotation the parse made a sentence, a class noun for an organisation ("le syndicat",
"the group"), a participle describing a noun ("les mesures annoncées par X « … »"), a title's complement before the
apposed name, an incise whose subject the parser put in the next sentence. (English class nouns:
test_quotes_english_reports.py.)

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.nlp.quotes.kb_genders import kb_genders

Parse = Callable[..., Doc]


def speakers(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in parse(lang, text)._.ww_quotes]


@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("fr", "Emmanuel Macron a reçu Angela Merkel à Paris. « Nous sommes unis », a-t-elle déclaré.",
     "Nous sommes unis", "Angela Merkel"),
    ("fr", "Élisabeth Borne a rencontré Olaf Scholz à Paris. Il a affirmé que l'aide serait maintenue.",
     "l'aide serait maintenue", "Olaf Scholz"),
    ("en", "Joe Biden met Kamala Harris in Washington. She said the plan would pass.",
     "the plan would pass", "Kamala Harris"),
])
def test_a_pronoun_takes_up_the_person_the_kb_gives_its_gender(parse: Parse, lang: str, text: str, said: str,
                                                                speaker: str) -> None:
    assert speakers(parse, lang, text) == [(said, speaker)]


def test_a_given_name_borne_by_both_sexes_gives_no_gender() -> None:
    genders = kb_genders(ActorKB.load())
    assert genders.of("Angela Merkel") == "f"
    assert genders.of("Dominique Martin") is None


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Paul Dupont a reçu le ministre à l'Élysée. « Nous sommes unis », a-t-il déclaré.", "Nous sommes unis"),
    ("en", 'Paul Dupont met the minister at the White House. "We are united," he said.', "We are united"),
])
def test_an_incise_pronoun_takes_up_the_subject_before_the_quotation(parse: Parse, lang: str, text: str,
                                                                     said: str) -> None:
    assert speakers(parse, lang, text) == [(said, "Paul Dupont")]


@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("fr", "La CGT appelle à la grève. Le syndicat estime que la réforme est injuste.", "la réforme est injuste",
     "General Confederation of Labour"),
    ("fr", "Le Hamas a rejeté le plan. Le mouvement islamiste a affirmé qu'il ne désarmerait pas",
     "il ne désarmerait pas", "Hamas"),
    ("fr", "Le Hamas a rejeté le plan lundi. « Nous ne désarmerons pas », a déclaré le groupe.",
     "Nous ne désarmerons pas", "Hamas"),
])
def test_a_class_noun_takes_up_the_organisation_named_before(parse: Parse, lang: str, text: str, said: str,
                                                             speaker: str) -> None:
    assert speakers(parse, lang, text) == [(said, speaker)]


def test_a_class_noun_with_a_complement_names_its_own_body(parse: Parse) -> None:
    text = "La CGT a rencontré Élisabeth Borne. Le syndicat des enseignants a affirmé que la réforme était injuste."
    assert speakers(parse, "fr", text) == [("la réforme était injuste", "Le syndicat des enseignants")]


@pytest.mark.parametrize("text", [
    "Pour la CGT, ces mesures annoncées par Élisabeth Borne « sont insuffisantes ».",
    "Pour la CGT, ces mesures annoncées par Élisabeth Borne « sont insuffisantes »",
])
def test_a_participle_describing_a_noun_does_not_attribute_the_clause_predicate(parse: Parse, text: str) -> None:
    assert speakers(parse, "fr", text) == [("sont insuffisantes", "General Confederation of Labour")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For the union, the measures announced by Joe Biden \"are not enough\"."),
    ("fr", "Les mesures annoncées par Joe Biden « sont insuffisantes »."),
])
def test_the_agent_of_a_describing_participle_does_not_speak_the_predicate(parse: Parse, lang: str,
                                                                           text: str) -> None:
    assert all(speaker != "Joe Biden" for _, speaker in speakers(parse, lang, text))


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Qualifié de « menteur » par Paul Renard, le ministre a quitté la salle.", "menteur"),
    ("en", 'Described as a "liar" by Paul Renard, the minister left.', "liar"),
])
def test_a_participle_keeps_the_quotation_inside_its_phrase(parse: Parse, lang: str, text: str, said: str) -> None:
    assert speakers(parse, lang, text) == [(said, "Paul Renard")]


def test_the_noun_a_questioning_participle_describes_answers(parse: Parse) -> None:
    text = "Le ministre de la Santé Olivier Véran, interrogé par la presse, « ne regrette rien »."
    assert speakers(parse, "fr", text) == [("ne regrette rien", "Olivier Véran")]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "« Le tourisme a souffert », a indiqué la ministre de la Culture (Patrimoine), Rachida Dati.",
     "Le tourisme a souffert"),
    ("fr", "Le tourisme a souffert, a indiqué mardi la secrétaire à l'Égalité, Rachida Dati",
     "Le tourisme a souffert"),
    ("en", '"Tourism suffered," said the Secretary of the Economy (Trade), Rachida Dati.', "Tourism suffered"),
])
def test_the_name_apposed_after_a_titles_complement_speaks(parse: Parse, lang: str, text: str, said: str) -> None:
    assert speakers(parse, lang, text) == [(said, "Rachida Dati")]


def test_a_name_after_a_complement_that_goes_on_is_no_apposition(parse: Parse) -> None:
    text = "« Le tourisme a souffert », a indiqué le ministre à la presse, Rachida Dati étant absente."
    assert all(speaker != "Rachida Dati" for _, speaker in speakers(parse, "fr", text))


def test_a_given_name_tagged_as_a_noun_still_names_the_speaker(parse: Parse) -> None:
    text = "Marine Le Pen a été claire.\n« Nous ne céderons rien. Le peuple est avec nous. »"
    assert speakers(parse, "fr", text) == [("Nous ne céderons rien. Le peuple est avec nous.", "Marine Le Pen")]


def test_an_incise_subject_the_parser_put_in_the_next_sentence_speaks(parse: Parse) -> None:
    text = ("Le textile broie du noir. « Nous sommes exposés au marché et, aujourd'hui, en pleine période de baisse "
            "importante », analyse Thierry Breton.")
    assert [s for _, s in speakers(parse, "fr", text)] == ["Thierry Breton"]
