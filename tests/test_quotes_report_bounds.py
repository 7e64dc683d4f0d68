"""How far one report reaches when other clauses meet it: a clause coordinated after a mid-sentence attribution
("A, X conceded, but B"), a relative clause holding another attribution inside the content, the speaker's next
speech act coordinated after the content ("said A and vowed to B", "…, before noting that B"), and a report of
the same speaker nested in a longer one ("X said he believed …").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import Parse, quotes_of


def reported(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(parse, lang, text) if not q.direct]


CONTINUED = {
    "fr": ("Le sommet a échoué, a reconnu Emmanuel Macron, mais de nouvelles discussions auront lieu en mai.",
           "Emmanuel Macron"),
    "en": ("The talks had failed, Olaf Scholz conceded, but a new round would start in May.", "Olaf Scholz"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_clause_coordinated_after_a_mid_sentence_attribution_is_reported_too(parse: Parse, lang: str) -> None:
    text, speaker = CONTINUED[lang]
    assert reported(parse, lang, text) == [(text.rstrip("."), speaker)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Personne n'a été blessé, a indiqué le maire, mais le bâtiment a été gravement endommagé."),
    ("en", "Nobody was hurt, the mayor said, but the building was badly damaged."),
    ("en", "The talks will resume next week, the minister added, and the envoys will meet in Geneva."),
])
def test_continued_clause_when_the_parse_hangs_the_content_on_the_verb(parse: Parse, lang: str, text: str) -> None:
    # the parser reads the opening clause as the verb's complement (not the incise as a parataxis)
    assert [quote for quote, _ in reported(parse, lang, text)] == [text.rstrip(".")]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le sommet a échoué, a reconnu Emmanuel Macron, mais les discussions « reprendront bientôt » à Genève."),
    ("en", "Nobody was arrested, the mayor said, but the guards were “very rude” with the visitors."),
])
def test_a_few_quoted_words_in_the_continued_clause_do_not_end_it(parse: Parse, lang: str, text: str) -> None:
    assert text.rstrip(".") in [quote for quote, _ in reported(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "La situation reste grave, a souligné Emmanuel Macron, et il a appelé au calme.",
     "La situation reste grave"),
    ("en", "The bridge is closed, the police said, and called for calm.", "The bridge is closed"),
])
def test_speaker_next_act_after_the_attribution_is_not_reported(parse: Parse, lang: str, text: str,
                                                                 said: str) -> None:
    assert said in [quote for quote, _ in reported(parse, lang, text)]
    assert not any("calm" in quote or "calme" in quote for quote, _ in reported(parse, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le sommet a échoué, a reconnu Emmanuel Macron, mais Olaf Scholz estime que les discussions vont "
           "reprendre."),
    ("en", "The plan is dead, Olaf Scholz said, but Joe Biden insists it can be saved."),
])
def test_clause_with_an_attribution_of_its_own_is_not_continued(parse: Parse, lang: str, text: str) -> None:
    first = reported(parse, lang, text)[0]
    assert first[0] in ("Le sommet a échoué", "The plan is dead")


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "La police a indiqué que le suspect, qui affirme avoir agi seul, a été arrêté dimanche.",
     "le suspect, qui affirme avoir agi seul, a été arrêté dimanche"),
    ("en", "The police said the suspect, who they believe acted alone, was arrested on Sunday.",
     "the suspect, who they believe acted alone, was arrested on Sunday"),
])
def test_attribution_in_a_relative_clause_inside_the_content_does_not_end_it(parse: Parse, lang: str, text: str,
                                                                            said: str) -> None:
    assert said in [quote for quote, _ in reported(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le préfet a indiqué que le chauffeur, qui a reconnu avoir bu, a été placé en garde à vue."),
    ("en", "The mayor said the driver, who admitted speeding on the bridge, had been arrested."),
])
def test_relative_clause_after_a_comma_is_no_postposed_attribution(parse: Parse, lang: str, text: str) -> None:
    # "le chauffeur, qui a reconnu …": what stands before the relative clause is not what the driver said
    assert all(speaker not in ("le chauffeur", "the driver") for _, speaker in reported(parse, lang, text))


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Le ministre a déclaré que la réforme était prête et a promis qu'elle serait votée en mai.",
     ["la réforme était prête", "elle serait votée en mai"]),
    ("en", "Joe Biden said the economy had grown faster than expected and vowed to cut taxes for the middle class.",
     ["the economy had grown faster than expected", "to cut taxes for the middle class"]),
])
def test_next_speech_act_coordinated_in_the_content_is_a_report_of_its_own(parse: Parse, lang: str, text: str,
                                                                         said: list[str]) -> None:
    assert [quote for quote, _ in reported(parse, lang, text)] == said


def test_speech_verb_of_another_form_coordinated_in_the_content_stays_in_it(parse: Parse) -> None:
    # "could hurt growth and suggest …": the modal governs both verbs; suggesting is what was agreed, no act
    text = "The ministers agreed that raising taxes could hurt growth and suggest the plan had failed."
    assert "raising taxes could hurt growth and suggest the plan had failed" in [
        quote for quote, _ in reported(parse, "en", text)]


def test_speech_act_after_a_preposition_ends_the_content(parse: Parse) -> None:
    text = "Joe Biden told reporters that the news was troubling, before noting that the senator is a good man."
    assert [quote for quote, _ in reported(parse, "en", text)] == ["the news was troubling",
                                                                    "the senator is a good man"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Emmanuel Macron a affirmé qu'il pensait que le plan allait réussir.",
     [("il pensait que le plan allait réussir", "Emmanuel Macron")]),
    ("en", "Joe Biden said he believed the plan would work.", [("he believed the plan would work", "Joe Biden")]),
])
def test_report_of_the_same_speaker_inside_a_longer_one_is_not_repeated(parse: Parse, lang: str, text: str,
                                                                       said: list[tuple[str, str]]) -> None:
    assert reported(parse, lang, text) == said


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Emmanuel Macron a déclaré que Vladimir Poutine avait promis que les troupes partiraient."),
    ("en", "Joe Biden said Vladimir Putin had promised that the troops would leave."),
])
def test_report_of_another_speaker_inside_a_longer_one_stays(parse: Parse, lang: str, text: str) -> None:
    assert len({speaker for _, speaker in reported(parse, lang, text)}) == 2


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Aux yeux du président Macron, cette réforme reste indispensable.", "cette réforme reste indispensable"),
    ("fr", "De l'avis des experts, la sécheresse va durer.", "la sécheresse va durer"),
    ("fr", "Aux dires de la police, le suspect a agi seul.", "le suspect a agi seul"),
    ("en", "In the view of the Pentagon, the ceasefire will not hold.", "the ceasefire will not hold"),
    ("en", "The ceasefire will not hold, in the eyes of most analysts.", "The ceasefire will not hold"),
])
def test_prepositional_phrase_of_opinion_attributes_the_sentence(parse: Parse, lang: str, text: str,
                                                                 said: str) -> None:
    quotes = reported(parse, lang, text)
    assert [quote for quote, _ in quotes] == [said]
    assert quotes[0][1] is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Aux yeux de tous, la situation était désespérée."),
    ("en", "In the eyes of the law, the contract was void."),
])
def test_phrase_of_opinion_without_a_source_attributes_nothing(parse: Parse, lang: str, text: str) -> None:
    assert reported(parse, lang, text) == []


def test_source_phrase_after_a_comma_inside_closing_quotation_marks(parse: Parse) -> None:
    text = 'The probe drew on a report titled "Hidden Costs," according to aides familiar with the plan.'
    said = 'The probe drew on a report titled "Hidden Costs,"'
    assert [quote for quote, _ in reported(parse, "en", text)] == [said]


def test_quotation_opening_its_sentence_before_a_source_phrase_is_no_report(parse: Parse) -> None:
    # ("U.S." ends the sentence before the quotation: the parser may read both as one)
    text = 'Smoking is banned indoors in the U.S. "You may not smoke in any office," according to the agency.'
    assert reported(parse, "en", text) == []
