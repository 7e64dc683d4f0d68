"""Where a report's words start and end around its attribution: a source phrase after a speech verb's object
("praised the agreement, according to his aides"), a speech verb that is itself the subject of a clause ("saying
he was tired would be an excuse"), a quotation that runs on into the next sentence, and the attribution's
adjuncts before the complementizer ("said on Tuesday, in a speech, that …").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import Parse, quotes_of


def reported(parse: Parse, lang: str, text: str) -> list[str]:
    return [q.text for q in quotes_of(parse, lang, text) if not q.direct]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Emmanuel Macron a déploré la fermeture de la frontière pendant des mois, selon ses conseillers.",
     "la fermeture de la frontière pendant des mois"),
    ("en", "Joe Biden praised the new trade agreement in his speeches, according to his aides.",
     "the new trade agreement in his speeches"),
])
def test_a_source_phrase_after_a_speech_verbs_object_is_not_said(parse: Parse, lang: str, text: str,
                                                                 said: str) -> None:
    assert said in reported(parse, lang, text)
    assert not any("conseillers" in q or "aides" in q for q in reported(parse, lang, text))


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Emmanuel Macron a qualifié Vladimir Poutine de dirigeant dangereux pour l'Europe.",
     "Vladimir Poutine de dirigeant dangereux pour l'Europe"),
    ("en", "Joe Biden accused Vladimir Putin of lying to the whole world.",
     "Vladimir Putin of lying to the whole world"),
])
def test_what_a_preposition_says_of_the_object_stays_reported(parse: Parse, lang: str, text: str,
                                                             said: str) -> None:
    assert said in reported(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "act"), [
    ("en", "Joe Biden joked that saying he had been tired would be an easy excuse.", "he had been tired"),
    ("en", "Olaf Scholz said that admitting the plan had failed would cost the party votes.", "the plan had failed"),
])
def test_a_speech_verb_that_is_a_clauses_subject_reports_nothing(parse: Parse, lang: str, text: str,
                                                                act: str) -> None:
    assert act not in reported(parse, lang, text)
    assert len(reported(parse, lang, text)) == 1


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("fr", "Emmanuel Macron a déclaré que la grève était « une honte. Nous répondrons fermement. »",
     "Nous répondrons fermement."),
    ("en", "Joe Biden said the strike was \u201ca disgrace. We will respond firmly.\u201d", "We will respond firmly."),
])
def test_a_quotation_running_into_the_next_sentence_stays_whole(parse: Parse, lang: str, text: str,
                                                               end: str) -> None:
    assert any(end in q for q in reported(parse, lang, text))


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Voters say by a wide margin, 52 percent to 40 percent, that they would prefer a new government.",
     "they would prefer a new government"),
    ("en", "Olaf Scholz said on Tuesday, in a speech to farmers, that prices would rise again.",
     "prices would rise again"),
])
def test_the_attributions_adjuncts_before_that_are_not_said(parse: Parse, lang: str, text: str,
                                                           said: str) -> None:
    assert reported(parse, lang, text) == [said]

