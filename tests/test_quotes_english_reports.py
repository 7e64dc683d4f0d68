"""English reports and speakers: what a document naming its issuer shows ("FEC records show
that …", "…, Pentagon records show.": the issuer speaks, the document is the channel), a speaker the parse apposed
to the last noun of the report before it ("…if he's reelected chancellor, Vermont Sen. Bernie Sanders said"), and
a class noun taking up an organisation named before ("Hamas rejected the plan. The group said …"); a clause that
tells when, not what was said ("confirmed the withdrawal after the forces declared control"); a "he says" inside a
relative clause; and an opening the parse left unlabelled before a final attribution ("A major attack …, killed 17
people, authorities said"), and two fronted phrases before a report ("In the north, including the capital,
<content>, the ministry said").

Every sentence here is written for these tests. One behaviour per test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


def quotes(parse: Parse, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.channel) for q in parse("en", text)._.ww_quotes]


@pytest.mark.parametrize(("text", "said", "speaker", "channel"), [
    ("Census Bureau records show that most households own a car.",
     "most households own a car", "Census Bureau", "Census Bureau records"),
    ("A new Gallup poll shows that Biden leads Trump by five points",
     "Biden leads Trump by five points", "Gallup", "A new Gallup poll"),
    ("A Pew Research Center survey found that most adults read the news online.",
     "most adults read the news online", "Pew Research Center", "A Pew Research Center survey"),
])
def test_what_a_document_naming_its_issuer_shows_is_the_issuers_report(parse: Parse, text: str, said: str,
                                                                       speaker: str, channel: str) -> None:
    assert quotes(parse, text) == [(said, speaker, channel)]


@pytest.mark.parametrize(("text", "said", "speaker", "channel"), [
    ("Most bases in Europe have no new fuel depots, Pentagon records show.",
     "Most bases in Europe have no new fuel depots", "The Pentagon", "Pentagon records"),
    ("Biden leads Trump by five points, a new Gallup poll shows.",
     "Biden leads Trump by five points", "Gallup", "Gallup poll"),
])
def test_a_document_closing_the_sentence_shows_what_comes_before_it(parse: Parse, text: str, said: str,
                                                                    speaker: str, channel: str) -> None:
    # the parser reads "records show" as one noun phrase: the document is a compound of the verb
    assert quotes(parse, text) == [(said, speaker, channel)]


@pytest.mark.parametrize("final", [".", ""])
def test_an_issuer_of_several_words_before_a_closing_document_speaks(parse: Parse, final: str) -> None:
    # the parser hangs "records" on the verb as a compound, and the issuer's words on it or on the verb
    text = "Three ferry operators paid fines in April, Federal Maritime Commission records show" + final
    assert [(q, s) for q, s, _ in quotes(parse, text)] == [
        ("Three ferry operators paid fines in April", "Federal Maritime Commission")]


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Scholz could be censured if he’s reelected chancellor, Vermont Sen. Bernie Sanders said Tuesday.",
     "Scholz could be censured if he’s reelected chancellor", "Bernie Sanders"),
    ("Trump could be indicted if he's elected governor, Vermont Sen. Bernie Sanders said Monday.",
     "Trump could be indicted if he's elected governor", "Bernie Sanders"),
])
def test_a_name_the_parse_apposed_to_the_reports_last_noun_is_the_speaker(parse: Parse, text: str, said: str,
                                                                          speaker: str) -> None:
    # parsed "chancellor, Vermont Sen. Bernie Sanders": the noun ends what was said, the name after the comma says it
    assert [(q, s) for q, s, _ in quotes(parse, text)] == [(said, speaker)]


@pytest.mark.parametrize("text", [
    "Court documents show that the company paid the fine in March.",
    "Most bases in Europe have no new fuel depots, court records show.",
    "The senator showed that he cared about the voters.",
    "The images show that the bridge collapsed.",
    "Police found that the driver was drunk.",
    "Kamala Harris spoke on Tuesday. The document released Monday shows that an official called the FBI.",
])
def test_a_person_a_thing_or_an_unissued_document_that_shows_something_says_nothing(parse: Parse,
                                                                                     text: str) -> None:
    assert quotes(parse, text) == []


def test_a_poll_after_according_to_is_the_channel_of_its_issuer(parse: Parse) -> None:
    text = "According to a Gallup survey, 40 percent of Americans approve of Congress."
    assert quotes(parse, text) == [("40 percent of Americans approve of Congress", "Gallup", "a Gallup survey")]


def test_the_owner_of_a_document_speaks_without_its_possessive_mark(parse: Parse) -> None:
    text = "According to the Kenyan government's report, the drought killed 200 cattle."
    assert [s for _, s, _ in quotes(parse, text)] == ["the Kenyan government"]


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Hamas rejected the plan on Monday. The group said it would not disarm.", "it would not disarm", "Hamas"),
    ("Toyota recalled two million cars. The carmaker said no one was hurt.", "no one was hurt", "Toyota"),
    ("Amnesty International criticised the arrests. The group said it would protest again on Sunday",
     "it would protest again on Sunday", "Amnesty International"),
])
def test_a_class_noun_takes_up_the_organisation_named_before(parse: Parse, text: str, said: str,
                                                             speaker: str) -> None:
    assert [(q, s) for q, s, _ in quotes(parse, text)] == [(said, speaker)]


def test_a_class_noun_with_a_complement_names_its_own_body(parse: Parse) -> None:
    text = "Joe Biden met Amnesty International in Washington. The group of protesters said they were angry."
    assert [s for _, s, _ in quotes(parse, text)] == ["The group of protesters"]


@pytest.mark.parametrize("text", [
    "Mali's defence minister confirmed the troops' retreat from the port after the rebel Tuareg fighters "
    "took control of it.",
    "The ministry confirmed the closure of the border before the rebel forces seized the town.",
])
def test_a_clause_after_a_clause_preposition_is_not_what_was_said(parse: Parse, text: str) -> None:
    assert quotes(parse, text) == []


@pytest.mark.parametrize(("text", "said"), [
    ("The minister told reporters after the meeting the talks had failed.", "the talks had failed"),
    ("Olaf Scholz said after the meeting that the talks had failed.", "the talks had failed"),
])
def test_a_clause_after_a_listener_or_a_complementizer_is_still_said(parse: Parse, text: str, said: str) -> None:
    assert [q for q, _, _ in quotes(parse, text)] == [said]


@pytest.mark.parametrize(("text", "said"), [
    ("Joe Biden said he was troubled by lawmakers he says are blocking the budget in Congress.",
     "he was troubled by lawmakers he says are blocking the budget in Congress"),
    ("Olaf Scholz said he is surprised by Green deputies he says are repeating their party's line on energy.",
     "he is surprised by Green deputies he says are repeating their party's line on energy"),
])
def test_a_says_inside_a_relative_clause_is_part_of_the_report_holding_its_noun(parse: Parse, text: str,
                                                                                said: str) -> None:
    assert [q for q, _, _ in quotes(parse, text)] == [said]


def test_a_says_after_a_sentence_end_is_a_report_of_its_own(parse: Parse) -> None:
    text = "Angela Merkel met the lawmakers. She says they are wrong about the budget."
    assert [q for q, _, _ in quotes(parse, text)] == ["they are wrong about the budget"]


@pytest.mark.parametrize("text", [
    "A heavy drone strike on Odesa late Sunday, including a hit on the harbour, wounded at least nine people, "
    "police said.",
    "An earthquake in the south of the country on Monday, including strong aftershocks, destroyed hundreds of "
    "homes, officials said",
])
def test_an_opening_the_parse_left_unlabelled_is_what_the_final_attribution_says(parse: Parse, text: str) -> None:
    said = text[: text.rindex(",")]
    assert [q for q, _, _ in quotes(parse, text)] == [said]


@pytest.mark.parametrize("text", [
    "The storm, the worst in a decade, police said.",
    "Heavy rain on Monday, officials said.",
])
def test_an_opening_with_no_predicate_says_nothing(parse: Parse, text: str) -> None:
    assert quotes(parse, text) == []


def test_two_fronted_phrases_are_not_what_was_said(parse: Parse) -> None:
    text = "In the north of the country, including the capital, the army killed 17 fighters, the ministry said."
    assert [q for q, _, _ in quotes(parse, text)] == ["the army killed 17 fighters"]


def test_a_poll_a_relative_clause_describes_is_the_channel_without_its_pronoun(parse: Parse) -> None:
    text = "The unions cited an Ipsos poll that found 61 per cent of workers backed the strike."
    assert quotes(parse, text) == [("61 per cent of workers backed the strike", "Ipsos", "an Ipsos poll")]
