"""French attributions the parser cuts up: a source phrase whose title the parse made a modifier of the name
("selon le chancelier allemand Olaf Scholz"), a sentence the parser ended at the comma after the phrase, and a
masculine pronoun after a woman's words that takes up the man who was the subject before, not a place nearer.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


def speakers_of(parse: Parse, lang: str, text: str, said: str) -> list[str | None]:
    return [q.speaker for q in parse(lang, text)._.ww_quotes if said in q.text]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Selon le chancelier allemand Olaf Scholz, l'Europe doit se réveiller.", "l'Europe doit se réveiller"),
    ("fr", "Selon le président américain Joe Biden, les sanctions resteront en place.",
     "les sanctions resteront en place"),
    ("en", "According to German Chancellor Olaf Scholz, Europe must wake up.", "Europe must wake up"),
])
def test_a_source_phrase_with_a_title_and_a_name_reports_the_rest_of_the_sentence(
        parse: Parse, lang: str, text: str, said: str) -> None:
    assert speakers_of(parse, lang, text, said) == ["Olaf Scholz" if "Scholz" in text else "Joe Biden"]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Selon le chancelier allemand Olaf Scholz, « l'Europe doit se réveiller ».", "l'Europe doit se réveiller"),
    ("en", "According to German Chancellor Olaf Scholz, \"Europe must wake up.\"", "Europe must wake up"),
])
def test_a_quotation_after_a_source_phrase_and_its_comma_is_the_sources(
        parse: Parse, lang: str, text: str, said: str) -> None:
    """The parser may end the sentence at the comma after "Olaf Scholz": no sentence ends in a comma."""
    assert speakers_of(parse, lang, text, said) == ["Olaf Scholz"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a reçu Giorgia Meloni à l'Élysée mardi.\n\n« Nous avons parlé de l'Ukraine », a-t-elle "
    "déclaré.\n\n« Il faut aller plus loin », a-t-il poursuivi.",
    "Emmanuel Macron a reçu Giorgia Meloni à l'Élysée mardi. « Nous avons parlé de l'Ukraine », a-t-elle déclaré. "
    "« Il faut aller plus loin », a-t-il poursuivi.",
])
def test_a_masculine_pronoun_after_a_womans_words_takes_up_the_man_who_was_the_subject(
        parse: Parse, text: str) -> None:
    """Not the palace, a place complement nearer the pronoun."""
    assert speakers_of(parse, "fr", text, "Il faut aller plus loin") == ["Emmanuel Macron"]
    assert speakers_of(parse, "fr", text, "Nous avons parlé de l'Ukraine") == ["Giorgia Meloni"]


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("La défense civile palestinienne a annoncé que dix corps avaient été retrouvés.",
     "dix corps avaient été retrouvés", "Palestinian civil defence"),
    ("La protection civile a indiqué que l'incendie était maîtrisé.", "l'incendie était maîtrisé",
     "civil protection"),
    ("Les médias d'État russes ont rapporté que le pont avait été touché.", "le pont avait été touché",
     "Russian state media"),
])
def test_a_public_service_or_state_media_speaks_under_its_english_description(
        parse: Parse, text: str, said: str, speaker: str) -> None:
    assert [s.lower() if s else s for s in speakers_of(parse, "fr", text, said)] == [speaker.lower()]


def test_a_first_name_told_to_an_outlet_is_not_joined_to_the_outlets_name(parse: Parse) -> None:
    """The tagger may read "l'AFP Mohamed" as one name: the speaker is Mohamed, never "AFP Mohamed"."""
    text = "« Les tirs ont duré toute la nuit », a raconté à l'AFP Mohamed, un habitant de Rafah."
    assert speakers_of(parse, "fr", text, "Les tirs ont duré toute la nuit") == ["Mohamed"]


@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("fr", "« Nous avons besoin de défense aérienne », a déclaré Volodymyr Zelensky. « Chaque jour compte pour nos "
     "villes. »", "Chaque jour compte pour nos villes", "Volodymyr Zelensky"),
    ("en", "\"We need air defence,\" Volodymyr Zelensky said. \"Every single day counts for our cities.\"",
     "Every single day counts for our cities", "Volodymyr Zelensky"),
])
def test_a_whole_sentence_quotation_after_an_attributed_one_goes_on_with_its_speaker(
        parse: Parse, lang: str, text: str, said: str, speaker: str) -> None:
    """Even when the parse finds no verb in it ("compte" read as a noun): a sentence is no scare quote."""
    assert speakers_of(parse, lang, text, said) == [speaker]
