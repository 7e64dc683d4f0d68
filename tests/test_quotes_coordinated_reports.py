"""Reported speech the pipeline used to merge or drop: two speech verbs of one speaker coordinated, each with its
complement clause ("X a estimé que A et a promis que B"), and speakers named by their office, trade or situation
("le préfet", "the suspect").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import Parse, quotes_of


def reported(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(parse, lang, text) if not q.direct]


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("fr", "Le président a estimé que la Russie devait payer et a promis que l'Ukraine serait reconstruite.",
     "la Russie devait payer", "l'Ukraine serait reconstruite"),
    ("fr", "Le ministre estime que la crise est grave et affirme que le gouvernement agira.",
     "la crise est grave", "le gouvernement agira"),
    ("en", "The president said that Russia must pay and promised that Ukraine would be rebuilt.",
     "Russia must pay", "Ukraine would be rebuilt"),
    ("en", "The governor said the situation was under control and added that residents could return home.",
     "the situation was under control", "residents could return home"),
])
def test_coordinated_speech_verbs_report_two_contents_of_one_speaker(parse: Parse, lang: str, text: str,
                                                                     first: str, second: str) -> None:
    quotes = reported(parse, lang, text)
    speaker = quotes[0][1] if quotes else None
    assert speaker is not None and quotes == [(first, speaker), (second, speaker)]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Le maire a dit que le ministre avait menti et avait assuré que tout allait bien.",
     "le ministre avait menti et avait assuré que tout allait bien"),
    ("en", "The mayor said the minister had lied and had insisted that all was well.",
     "the minister had lied and had insisted that all was well"),
])
def test_a_speech_verb_of_another_tense_stays_inside_the_report(parse: Parse, lang: str, text: str,
                                                                said: str) -> None:
    assert said in [t for t, _ in reported(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Le préfet a assuré que la situation était sous contrôle.", "la situation était sous contrôle"),
    ("fr", "Les détenus affirment qu'ils ont été maltraités.", "ils ont été maltraités"),
    ("en", "The prefect said the situation was under control.", "the situation was under control"),
    ("en", "The suspect told police he had acted alone.", "he had acted alone"),
])
def test_a_speaker_named_by_office_or_situation_keeps_the_report(parse: Parse, lang: str, text: str,
                                                                 said: str) -> None:
    assert [t for t, _ in reported(parse, lang, text)] == [said]


@pytest.mark.parametrize(("text", "said"), [
    ("La Commission européenne juge que le plan est insuffisant.", "le plan est insuffisant"),
    ("Scholz juge que la réforme est nécessaire", "la réforme est nécessaire"),
    ("Dans un communiqué, le ministère rappelle que les visas restent suspendus.", "les visas restent suspendus"),
])
def test_a_present_speech_verb_the_parse_read_as_a_noun_reports_its_clause(parse: Parse, text: str,
                                                                           said: str) -> None:
    assert [t for t, _ in reported(parse, "fr", text)] == [said]


@pytest.mark.parametrize("text", [
    "Le juge que nous avons rencontré a refusé de parler.",
    "Une note que le ministère a publiée détaille les mesures.",
])
def test_a_noun_before_a_relative_clause_is_no_speech_verb(parse: Parse, text: str) -> None:
    assert reported(parse, "fr", text) == []


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Le maire a déclaré : la situation est grave.", "la situation est grave"),
    ("fr", "Le ministre a expliqué le problème : les entreprises n'investissent plus.",
     "les entreprises n'investissent plus"),
    ("en", "The mayor warned: the dam may fail within hours.", "the dam may fail within hours"),
])
def test_a_colon_after_a_speech_verb_opens_the_words_said(parse: Parse, lang: str, text: str, said: str) -> None:
    assert [t for t, _ in reported(parse, lang, text)] == [said]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le gouvernement a présenté trois mesures : la hausse des salaires et la baisse des impôts."),
    ("en", "The report listed three measures: higher taxes, lower spending and a hiring freeze."),
])
def test_a_colon_after_a_verb_that_is_no_speech_verb_reports_nothing(parse: Parse, lang: str, text: str) -> None:
    assert reported(parse, lang, text) == []


@pytest.mark.parametrize(("text", "said"), [
    ("Le chancelier s'est dit prêt à coopérer avec l'opposition sur les réformes.",
     "prêt à coopérer avec l'opposition sur les réformes"),
    ("La ministre s'est dite favorable à une hausse du salaire minimum.",
     "favorable à une hausse du salaire minimum"),
    ("Le ministre Paul Renard s'est dit très inquiet de la situation.", "très inquiet de la situation"),
])
def test_what_a_speaker_says_of_themself_with_se_dire_is_reported(parse: Parse, text: str, said: str) -> None:
    assert [t for t, _ in reported(parse, "fr", text)] == [said]


def test_se_dire_with_a_clause_reports_the_clause_once(parse: Parse) -> None:
    assert [t for t, _ in reported(parse, "fr", "Le président se dit convaincu que la paix est possible.")] \
        == ["la paix est possible"]


def test_a_quotation_after_the_colon_is_the_words_said_not_the_narration_after_it(parse: Parse) -> None:
    text = "Lundi, le maire a déclaré : « Nous reconstruirons tout » à propos de son projet de nouveau quartier."
    assert reported(parse, "fr", text) == []
