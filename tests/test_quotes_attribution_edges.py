"""Attribution at the edges of a sentence: a naming word ending the sentence before a quotation, a speech verb
that reports nothing inside a source phrase's content, and appeal verbs as quote tags.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]


def quotes(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


# -- a naming word ("plan", "campaign") closing the sentence before does not make a quotation a title --------
@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("en", "On Tuesday the council presented its new plan.\n\n“We will not back away from the hard parts of the "
           "work,” Anne Marchand told the press.", "We will not back away", "Anne Marchand"),
    ("fr", "Le conseil municipal a présenté mardi son nouveau plan.\n\n« Nous ne reculerons pas devant les "
           "difficultés du chantier », a déclaré Anne Marchand devant la presse.", "Nous ne reculerons pas",
     "Anne Marchand"),
])
def test_a_naming_word_ending_the_previous_sentence_does_not_name_the_quotation(
        parse: Parse, lang: str, text: str, said: str, speaker: str) -> None:
    found = [q for q in quotes(parse, lang, text) if q.direct and q.text.startswith(said)]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands marched behind the slogan “Hands Off Our Parks” on Sunday."),
    ("fr", "Des milliers de personnes ont défilé derrière le slogan « Touche pas à nos parcs » dimanche."),
])
def test_a_naming_word_in_the_same_sentence_still_names_the_quotation(parse: Parse, lang: str, text: str) -> None:
    assert not [q for q in quotes(parse, lang, text) if q.direct]


# -- a source phrase stands over a speech verb that reports nothing itself ------------------------------------
@pytest.mark.parametrize(("lang", "text", "content", "source"), [
    ("en", "At the request of the ministry, the police agreed not to publish the names of the suspects, according "
           "to two officials.", "the police agreed not to publish", "two officials"),
    ("fr", "À la demande du ministère, la police a promis de ne pas publier les noms des suspects, selon deux "
           "responsables.", "la police a promis de ne pas publier", "deux responsables"),
])
def test_a_source_phrase_reports_a_clause_whose_speech_verb_reports_nothing(
        parse: Parse, lang: str, text: str, content: str, source: str) -> None:
    found = [q for q in quotes(parse, lang, text) if not q.direct and q.text.startswith(content)]
    assert [q.speaker for q in found] == [source]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "“The bridge will stay closed until spring,” the mayor said, according to the city’s radio station.",
     "the mayor"),
    ("fr", "« Le pont restera fermé jusqu'au printemps », a déclaré le maire, selon la radio de la ville.",
     "le maire"),
    ("en", "Mayor Ann Marks announced this on the radio, according to the city’s daily.\n\n“The bridge will stay "
           "closed until spring,” she said.", "Ann Marks"),
    ("fr", "La maire Anne Marchand l'a annoncé à la radio, selon le quotidien de la ville.\n\n« Le pont restera "
           "fermé jusqu'au printemps », a-t-elle dit.", "Anne Marchand"),
    ("fr", "\"Une rencontre très utile a eu lieu ce matin\", a déclaré Iouri Marchand, selon l'agence de presse "
           "officielle RIA.", "Iouri Marchand"),
])
def test_a_source_phrase_after_an_attributed_quotation_qualifies_the_attribution(
        parse: Parse, lang: str, text: str, speaker: str) -> None:
    found = quotes(parse, lang, text)
    assert [q.speaker for q in found if not q.direct] == []
    assert [q.speaker.lower() for q in found if q.direct and q.speaker] == [speaker.lower()]


# -- appeal verbs are quote tags -----------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "said", "speaker"), [
    ("en", "“Stay at home tonight,” the mayor implored.", "Stay at home tonight", "the mayor"),
    ("en", "“Please open the gates,” the farmers pleaded.", "Please open the gates", "the farmers"),
    ("fr", "« Restez chez vous ce soir », a imploré le maire.", "Restez chez vous ce soir", "le maire"),
])
def test_an_appeal_verb_attributes_the_quotation_before_it(
        parse: Parse, lang: str, text: str, said: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in quotes(parse, lang, text) if q.direct] == [(said, speaker)]
