"""An outlet that relays an attribution is its channel, a speech verb used in another sense attributes nothing, and
a hyphenated compound the tokenizer would split ("l'état-major") stays one word so its source phrase parses.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.hyphenated_words import written_forms

Parse = Callable[..., Doc]

RELAYED_SOURCE = {
    "fr": ("Le Kremlin a assuré que la Russie voulait la paix, selon l'agence Tass.", "la Russie voulait la paix"),
    "en": ("The Kremlin said Russia wanted peace, according to the Tass news agency.", "Russia wanted peace"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_source_phrase_naming_an_outlet_is_the_channel_of_the_speech_verb_it_covers(parse: Parse,
                                                                                       lang: str) -> None:
    text, said = RELAYED_SOURCE[lang]
    quotes = [(q.text, q.speaker, q.channel) for q in parse(lang, text)._.ww_quotes]
    assert quotes == [(said, "Kremlin", "TASS")]


RELAYED_INCISE = {
    "fr": "Le Kremlin a dénoncé une « provocation », a rapporté l'agence Tass.",
    "en": 'The Kremlin denounced a "provocation," the Tass news agency reported.',
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quoted_words_in_what_an_outlet_relays_are_the_relayed_speakers(parse: Parse, lang: str) -> None:
    quotes = [q for q in parse(lang, RELAYED_INCISE[lang])._.ww_quotes if q.direct]
    assert [(q.text, q.speaker, q.channel) for q in quotes] == [("provocation", "Kremlin", "TASS")]


OUTLET_SOURCE = {
    "fr": ("Trois personnes ont été blessées, selon l'agence Tass.", "Trois personnes ont été blessées"),
    "en": ("Three people were injured, according to the Tass news agency.", "Three people were injured"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_outlet_reporting_a_clause_with_no_speaker_is_its_source(parse: Parse, lang: str) -> None:
    text, said = OUTLET_SOURCE[lang]
    quotes = [(q.text, (q.speaker or "").lower(), q.channel) for q in parse(lang, text)._.ww_quotes]
    assert len(quotes) == 1 and quotes[0][0] == said and "tass" in quotes[0][1] and quotes[0][2] is None


OTHER_SENSE = {
    "fr": ("Olaf Scholz a déclaré que l'Allemagne soutiendrait l'Ukraine « aussi longtemps qu'il le faudra ».",
           "aussi longtemps qu'il le faudra"),
    "en": ('Olaf Scholz said Germany would maintain its support for Ukraine "for as long as it takes."',
           "for as long as it takes."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_speech_verb_with_a_thing_as_object_does_not_take_the_quotation_from_the_speaker(parse: Parse,
                                                                                          lang: str) -> None:
    text, said = OTHER_SENSE[lang]
    direct = [(q.text, q.speaker) for q in parse(lang, text)._.ww_quotes if q.direct]
    assert direct == [(said, "Olaf Scholz")]


def test_the_same_verb_reporting_a_clause_still_attributes_it(parse: Parse) -> None:
    quotes = parse("fr", "L'Allemagne soutient que l'accord est « équilibré ».")._.ww_quotes
    assert {(q.text, q.speaker) for q in quotes} == {("l'accord est « équilibré »", "Germany"),
                                                     ("équilibré", "Germany")}


@pytest.mark.parametrize("text", ["Selon l'état-major ukrainien, la Russie a lancé 40 drones dans la nuit.",
                                  "La Russie a lancé 40 drones dans la nuit, selon l'état-major ukrainien."])
def test_a_source_phrase_on_a_hyphenated_body_attributes_its_sentence(parse: Parse, text: str) -> None:
    assert [q.speaker for q in parse("fr", text)._.ww_quotes] == ["l'état-major ukrainien"]


def test_a_listed_hyphenated_word_is_one_token_also_capitalised(nlp_fr: Language) -> None:
    words = [t.text for t in nlp_fr.make_doc("L'État-major et les sapeurs-pompiers")]
    assert words == ["L'", "État-major", "et", "les", "sapeurs-pompiers"]


def test_a_hyphenated_word_gets_its_capitalised_form() -> None:
    assert written_forms("état-major") == {"état-major", "État-major"}


HOLDER_AFTER = {
    "fr": ("« Nous ne céderons pas », a déclaré le ministre des Affaires étrangères. Jean-Noël Barrot s'exprimait "
           "à Lyon."),
    "en": '"We will not give in," the foreign minister said. Jean-Noël Barrot was speaking in Lyon.',
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_alone_takes_the_holder_named_just_after(parse: Parse, lang: str) -> None:
    quotes = parse(lang, HOLDER_AFTER[lang], published="2025-03-04")._.ww_quotes
    assert [q.speaker for q in quotes] == ["Jean-Noël Barrot"]


def test_a_title_alone_does_not_take_someone_else_named_after(parse: Parse) -> None:
    text = "« Nous ne céderons pas », a déclaré le ministre des Affaires étrangères. Emmanuel Macron a répondu jeudi."
    speakers = [q.speaker for q in parse("fr", text, published="2025-03-04")._.ww_quotes]
    assert speakers == ["le ministre des Affaires étrangères"]


def test_a_title_naming_a_country_is_not_the_article_holder_of_another(parse: Parse) -> None:
    text = "Emmanuel Macron est arrivé à Lyon. « Nous ne céderons pas », a déclaré le président russe."
    assert [q.speaker for q in parse("fr", text, published="2025-03-04")._.ww_quotes] == ["Vladimir Putin"]


PRONOUN_AHEAD = {
    "fr": "« Nous ne céderons pas », a-t-il déclaré jeudi. Emmanuel Macron s'exprimait à Lyon.",
    "en": '"We will not give in," he said on Thursday. Emmanuel Macron was speaking in Lyon.',
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pronoun_with_no_one_before_takes_the_person_named_in_the_next_sentence(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in parse(lang, PRONOUN_AHEAD[lang])._.ww_quotes] == ["Emmanuel Macron"]


def test_a_pronoun_ahead_must_agree_in_gender(parse: Parse) -> None:
    text = "« Nous ne céderons pas », a-t-elle déclaré jeudi. Emmanuel Macron s'exprimait à Lyon."
    assert [q.speaker for q in parse("fr", text)._.ww_quotes] == [None]
