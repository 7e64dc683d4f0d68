"""Speakers that are not the name in their subject, and speakers named by one word of an earlier full name.

"A source close to Joe Biden said", "a lawyer for Macron said", "l'avocat de Nicolas Sarkozy a déclaré": the noun
speaks, not the name completing it (complement_names.py); "a spokesman for X" still speaks for X. "Anne Vallier …
Vallier told reporters": the quote is Anne Vallier's, by the fullest name the article gives (fullest_names.py).

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.quotes.fullest_names import fullest_name
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.speaker import Speaker

Parse = Callable[..., Doc]

CLOSE_TO = {  # a relational adjective: whoever the name is, it does not talk
    "fr": ("Une source proche d'Emmanuel Macron a affirmé que le président était furieux.", "Emmanuel Macron"),
    "en": ("A source close to Joe Biden said the president was upset by the result.", "Joe Biden"),
}
CLOSE_TO_INVERTED = {
    "fr": ("« Nous sommes inquiets », a déclaré une source proche d'Emmanuel Macron.", "Emmanuel Macron"),
    "en": ("\"We are worried,\" said a source close to Joe Biden.", "Joe Biden"),
}
CLOSE_TO_BODY = {
    "fr": ("Des sources proches de la Commission européenne ont affirmé que le plan serait retardé.",
           "European Commission"),
    "en": ("Sources close to the European Commission said the plan would be delayed.", "European Commission"),
}
PERSON_OF_PERSON = {  # a person's lawyer, wife, aide: the noun speaks
    "fr": ("L'avocat de Nicolas Sarkozy a déclaré que la plainte était sans fondement.", "Nicolas Sarkozy"),
    "en": ("A lawyer for Emmanuel Macron said the complaint had no basis.", "Emmanuel Macron"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", [CLOSE_TO, CLOSE_TO_INVERTED, CLOSE_TO_BODY, PERSON_OF_PERSON],
                         ids=["close_to", "close_to_inverted", "close_to_body", "person_of_person"])
def test_name_completing_the_speaker_noun_does_not_speak(parse: Parse, lang: str,
                                                         case: dict[str, tuple[str, str]]) -> None:
    text, name = case[lang]
    quotes = parse(lang, text)._.ww_quotes
    assert quotes and quotes[0].speaker
    assert quotes[0].speaker != name and quotes[0].speaker_entity is None
    assert name.split()[-1] in quotes[0].speaker  # the described source, tied to the name as written


def test_english_aide_to_a_person_speaks_as_written(parse: Parse) -> None:
    quotes = parse("en", "An aide to Olaf Scholz said the chancellor would not resign")._.ww_quotes
    assert quotes and quotes[0].speaker == "An aide to Olaf Scholz"


VOICE_OF_PERSON = {
    "fr": "Un porte-parole d'Emmanuel Macron a indiqué que le président se reposait.",
    "en": "A spokesman for Emmanuel Macron said the president was resting.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_spokesman_still_speaks_for_the_person(parse: Parse, lang: str) -> None:
    quotes = parse(lang, VOICE_OF_PERSON[lang])._.ww_quotes
    assert quotes and quotes[0].speaker and "Macron" in quotes[0].speaker


# -- the fullest name (hand-built entity mentions: the entities layer may or may not join the short form) -------
TEXT = "Anne Vallier visited Lyon. Paul Vallier came too. Kenya Moreau spoke. \"Fine,\" Vallier said. Moreau left."


def _index(*mentions: tuple[str, str, str]) -> EntityIndex:
    found = []
    for name, typ, surface in mentions:
        start = TEXT.index(surface)
        found.append(EntityMention(name, f"e-{name}", typ, start, start + len(surface)))
    return EntityIndex(found)


def _at(word: str, typ: str | None = None) -> Speaker:
    return Speaker(word, None, typ, TEXT.rindex(word))


def test_surname_takes_the_one_full_name_before() -> None:
    index = _index(("Kenya Moreau", "PER", "Kenya Moreau"))
    found = fullest_name(_at("Moreau"), index, TEXT)
    assert found is not None and found.name == "Kenya Moreau" and found.entity_id == "e-Kenya Moreau"


def test_first_name_takes_the_person_it_begins() -> None:
    index = _index(("Anne Vallier", "PER", "Anne Vallier"))
    speaker = Speaker("Anne", None, "PER", TEXT.index("Fine"))
    found = fullest_name(speaker, index, TEXT)
    assert found is not None and found.name == "Anne Vallier"


def test_surname_of_two_people_stays_as_written() -> None:
    index = _index(("Anne Vallier", "PER", "Anne Vallier"), ("Paul Vallier", "PER", "Paul Vallier"))
    assert fullest_name(_at("Vallier"), index, TEXT) == _at("Vallier")


def test_place_is_no_short_name_of_a_person() -> None:
    index = _index(("Kenya Moreau", "PER", "Kenya Moreau"))
    speaker = Speaker("Kenya", "e-kenya", "LOC", TEXT.index("Fine"))
    assert fullest_name(speaker, index, TEXT) == speaker


def test_common_noun_is_no_short_name() -> None:
    text = "The Lyon Police arrived. Later, the police left. \"Calm down,\" Police said."
    start = text.index("Lyon Police")
    index = EntityIndex([EntityMention("Lyon Police", "e1", "ORG", start, start + len("Lyon Police"))])
    speaker = Speaker("Police", None, None, text.rindex("Police"))
    assert fullest_name(speaker, index, text) == speaker


DOCUMENT_OF_ISSUER = {  # "the IAEA report said": the body named in the document speaks, the report is the channel
    "fr": ("Jean Castex, le directeur de l'agence, a déclaré que les prix baissaient. L'Asie a ajouté le plus de "
           "capacité, indique le rapport de l'AIEA. La capacité a augmenté de 10 %, précise le rapport."),
    "en": ("Jean Castex, the agency's director, said prices fell. \"This is good news,\" he said. Asia added most "
           "capacity, the IAEA report said. Capacity grew by 10 percent, said the report."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_named_after_its_issuer_speaks_for_it_not_for_the_last_speaker(parse: Parse, lang: str) -> None:
    quotes = [q for q in parse(lang, DOCUMENT_OF_ISSUER[lang])._.ww_quotes if "apacit" in q.text]
    assert len(quotes) == 2
    assert all(q.speaker and "Castex" not in q.speaker for q in quotes)


# -- a name that only qualifies a thing is no antecedent of a pronoun (English puts such names before the noun) ----
@pytest.mark.parametrize("text", [
    "Angela Merkel spoke in Boston on Monday. Later a Biden campaign event drew crowds. She said the election was "
    "close.",
    "Angela Merkel spoke in Berlin on Monday. The crowd cheered the Macron-Scholz plan. She said the election would "
    "be close.",
], ids=["compound", "hyphenated"])
def test_pronoun_skips_a_name_that_qualifies_a_thing(parse: Parse, text: str) -> None:
    quotes = parse("en", text)._.ww_quotes
    assert quotes and quotes[-1].speaker == "Angela Merkel"
