"""Attribution constructions (English, some also French): the infinitive of a commitment or a request, phrasal
speech verbs, a relative clause that is no attribution incise, a quantity subject ("a number of officials"), a
participle clause of consequence after what was said, a speech noun's clause, a relative clause on a describing
noun, and an answer withheld ("declined to say whether …").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]


def reported(parse: Parse, text: str) -> list[Quote]:
    return [q for q in parse("en", text)._.ww_quotes if not q.direct]


# -- a promise, a threat or a request reports its infinitive --------------------------------------------------
@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Karl Lind vowed to cut taxes for small firms.", "to cut taxes for small firms", "Karl Lind"),
    ("The governor pledged to honour the water agreement.", "to honour the water agreement", "governor"),
    ("The rebels threatened to seize the port if talks failed.", "to seize the port", "rebels"),
    ("Senator Ruth Amado urged the administration to impose sanctions.", "to impose sanctions", "Ruth Amado"),
    ("Residents begged the council to keep the library open.", "to keep the library open", "Residents"),
])
def test_the_infinitive_of_a_commitment_or_request_is_what_was_said(parse: Parse, text: str, said: str,
                                                                     speaker: str) -> None:
    quotes = reported(parse, text)
    assert any(said in q.text and q.speaker and speaker in q.speaker for q in quotes)


# -- a phrasal speech verb is read with its particle ----------------------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("Karl Lind pointed out that the law had never been enforced.", "the law had never been enforced"),
    ("The auditor pointed out the contract had expired in May.", "the contract had expired in May"),
])
def test_a_phrasal_speech_verb_reports_its_clause(parse: Parse, text: str, said: str) -> None:
    assert [q.text for q in reported(parse, text)] == [said]


def test_a_phrasal_verb_not_listed_reports_nothing(parse: Parse) -> None:
    assert reported(parse, "The firm carried out the audit in the spring.") == []


# -- a relative clause between commas is not an incise ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Karl Lind, who asked the panel a question about taxes, left early.",
    "The union leader, who told the crowd a story about her father, was cheered.",
])
def test_a_relative_clause_between_commas_reports_nothing_of_its_antecedent(parse: Parse, text: str) -> None:
    antecedent = text.split(",")[0]
    assert all(q.text != antecedent for q in parse("en", text)._.ww_quotes)


# -- a quantity subject: the people it counts speak -----------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "A number of officials said the plan would fail.", "the plan would fail"),
    ("en", "Dozens of lawmakers said the bill was unconstitutional.", "the bill was unconstitutional"),
    ("en", "Some of the nurses said the ward had been closed.", "the ward had been closed"),
    ("fr", "Des dizaines de manifestants ont affirmé que la police avait tiré.", "la police avait tiré"),
])
def test_a_quantity_subject_speaks_through_the_people_it_counts(parse: Parse, lang: str, text: str,
                                                                said: str) -> None:
    quotes = [q for q in parse(lang, text)._.ww_quotes if not q.direct]
    assert [q.text for q in quotes] == [said] and quotes[0].speaker


# -- a consequence set off after reported speech is the narrator's ---------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "The minister said the talks had collapsed, prompting a sharp fall in the markets.",
     "the talks had collapsed"),
    ("en", "The union announced it would strike in May, sparking fears of fuel shortages.", "it would strike in May"),
    ("fr", "La direction a annoncé que l'usine fermerait en mars, suscitant l'inquiétude des salariés.",
     "l'usine fermerait en mars"),
])
def test_a_participle_clause_after_the_content_is_the_narrators(parse: Parse, lang: str, text: str,
                                                                said: str) -> None:
    assert [q.text for q in parse(lang, text)._.ww_quotes if not q.direct] == [said]


def test_a_participle_of_another_verb_may_go_on_with_what_was_said(parse: Parse) -> None:
    text = "The auditor said the broker had helped the bank grow, introducing it to wealthy clients in Asia."
    assert any("introducing" in q.text for q in reported(parse, text))


# -- a speech noun's clause with an intransitive verb is what was said ------------------------------------------
@pytest.mark.parametrize(("text", "said"), [
    ("Karl Lind arrived late. His warning that the river would rise went unheeded.", "the river would rise"),
    ("The minister's claim that prices had stabilised drew scorn.", "prices had stabilised"),
])
def test_a_speech_noun_reports_a_clause_with_no_object(parse: Parse, text: str, said: str) -> None:
    assert said in [q.text for q in reported(parse, text)]


def test_a_speech_noun_with_a_relative_clause_reports_nothing(parse: Parse) -> None:
    assert reported(parse, "Karl Lind arrived late. He repeated his claim that he made on television.") == []


# -- "who" after a predicate or an apposed noun refers to the person the noun describes -----------------------
@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Karl Lind is a liar, a cheat and a bully who has pledged to close the newspaper.", "Karl Lind"),
    ("en", "Anna Kowal, a nurse who said the ward had been closed, resigned on Monday.", "Anna Kowal"),
    ("en", "Karl Lind often mocks the press and is a fierce critic, an agitator and a bully who has pledged to close "
           "the newspaper.", "Karl Lind"),
    ("fr", "Karl Lind est un avocat qui a affirmé que la ville avait menti.", "Karl Lind"),
])
def test_a_relative_clause_on_a_describing_noun_is_said_by_the_person_described(parse: Parse, lang: str, text: str,
                                                                               speaker: str) -> None:
    quotes = [q for q in parse(lang, text)._.ww_quotes if not q.direct]
    assert quotes and all(q.speaker == speaker for q in quotes)


# -- a question the speaker would not answer is not what was said ----------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Karl Lind declined to say whether the deal was dead."),
    ("en", "Karl Lind did not say whether the deal was dead."),
    ("fr", "Karl Lind a refusé de dire si l'accord était mort."),
])
def test_a_withheld_answer_reports_nothing(parse: Parse, lang: str, text: str) -> None:
    assert [q for q in parse(lang, text)._.ww_quotes if not q.direct] == []


@pytest.mark.parametrize("text", [
    "Karl Lind said the deal was dead.",
    "Karl Lind asked whether the deal was dead.",
])
def test_an_answer_given_or_a_question_asked_is_reported(parse: Parse, text: str) -> None:
    assert [q.text for q in reported(parse, text)] == ["the deal was dead"]
