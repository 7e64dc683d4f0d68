"""Speakers of wire copy (French first, English where the construction exists): a bare title ("le ministre") for
the person the article itself gave that title to, over a role the knowledge base holds for another person named
by another title; the audience after an inverted subject ("a déclaré le porte-parole aux journalistes") is the
channel, not part of the speaker; a lead quotation standing as a paragraph of its own, whose speaker the next
paragraph names; a title whose place complement the parse glued to the holder's name ("le maire de Marseille X");
a leader title over a seat of power ("le chef du Kremlin") for the holder of its office the article names.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]
PUBLISHED = "2025-11-20"  # (a date on which the KB holds Laurent Nuñez as interior minister)


def direct_quotes(doc: Doc) -> list[Quote]:
    return [q for q in doc._.ww_quotes if q.direct]


TITLE_GIVEN_IN_TEXT = {
    "fr": "Le ministre français de l'Intérieur, Gérald Darmanin, a reçu le préfet Laurent Nuñez à Lyon. « Les "
          "contrôles seront renforcés », a déclaré le ministre.",
    "en": "Interior Minister Gérald Darmanin met prefect Laurent Nuñez in Lyon. \"Checks will be stepped up,\" "
          "the minister said.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bare_title_is_the_person_the_text_gave_it_not_a_kb_holder_titled_otherwise(parse: Parse,
                                                                                      lang: str) -> None:
    assert [q.speaker for q in direct_quotes(parse(lang, TITLE_GIVEN_IN_TEXT[lang], PUBLISHED))] \
        == ["Gérald Darmanin"]


AUDIENCE_AFTER_SPEAKER = {
    "fr": ("« Nous visons les dépôts d'armes », a déclaré le porte-parole de l'armée israélienne aux journalistes.",
           "journalistes"),
    "en": ("\"We are targeting the arms depots,\" said the Israeli army spokesman to reporters.", "reporters"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_audience_after_an_inverted_speaker_is_the_channel_not_the_speaker(parse: Parse, lang: str) -> None:
    text, audience = AUDIENCE_AFTER_SPEAKER[lang]
    quotes = direct_quotes(parse(lang, text))
    assert len(quotes) == 1 and quotes[0].speaker
    assert audience not in quotes[0].speaker and quotes[0].channel == "to reporters"


LEAD_QUOTATION = {
    "fr": ("« Nous ne laisserons pas fermer cette usine. »\nLe ministre de l'Industrie Marc Ferracci a réagi mardi "
           "soir à l'annonce du groupe.", "Marc Ferracci"),
    "en": ("\"We will not let this plant close.\"\nIndustry Minister Marc Ferracci reacted on Tuesday evening to "
           "the group's announcement.", "Marc Ferracci"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lead_quotation_paragraph_is_said_by_the_subject_of_the_next_paragraph(parse: Parse, lang: str) -> None:
    text, speaker = LEAD_QUOTATION[lang]
    assert [q.speaker for q in direct_quotes(parse(lang, text))] == [speaker]


LEAD_QUOTATION_UNNAMED = {
    "fr": "« Nous ne laisserons pas fermer cette usine. »\nLes salariés de Lyon ont manifesté mardi soir.",
    "en": "\"We will not let this plant close.\"\nWorkers in Lyon demonstrated on Tuesday evening.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lead_quotation_before_a_paragraph_naming_nobody_has_no_speaker(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in direct_quotes(parse(lang, LEAD_QUOTATION_UNNAMED[lang]))] == [None]


LEAD_QUOTATION_AFTER_TEXT = {  # the quotation shares its paragraph: the paragraph after is no lead attribution
    "fr": "Les grévistes ont bloqué l'entrée. « Nous ne laisserons pas fermer cette usine. »\nLe ministre de "
          "l'Industrie Marc Ferracci a réagi mardi soir à l'annonce du groupe.",
    "en": "The strikers blocked the gate. \"We will not let this plant close.\"\nIndustry Minister Marc Ferracci "
          "reacted on Tuesday evening to the group's announcement.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quotation_inside_a_paragraph_takes_no_speaker_from_the_next_one(parse: Parse, lang: str) -> None:
    speakers = [q.speaker for q in direct_quotes(parse(lang, LEAD_QUOTATION_AFTER_TEXT[lang]))]
    assert "Marc Ferracci" not in speakers


def test_a_title_whose_place_complement_runs_into_the_name_is_that_person(parse: Parse) -> None:
    text = "Interrogé par l'AFP, le maire de Marseille Benoît Payan a dénoncé « une honte »."
    assert [q.speaker for q in direct_quotes(parse("fr", text))] == ["Benoît Payan"]


SEAT_LEADER = {  # a leader title over a seat of power: the article's holder of the office seated there
    "fr": ("Vladimir Poutine a reçu Xi Jinping à Moscou. « Nos relations sont excellentes », a affirmé le chef du "
           "Kremlin.", "Vladimir Putin"),
}


def test_the_leader_of_a_seat_of_power_is_the_office_holder_the_article_names(parse: Parse) -> None:
    text, speaker = SEAT_LEADER["fr"]
    assert [q.speaker for q in direct_quotes(parse("fr", text, "2024-10-04"))] == [speaker]


def test_the_leader_of_a_seat_of_power_is_nobody_else_of_the_article(parse: Parse) -> None:
    text = "Xi Jinping a reçu Olaf Scholz à Pékin. « Nos relations sont excellentes », a affirmé le chef du Kremlin."
    quotes = direct_quotes(parse("fr", text, "2024-10-04"))
    assert len(quotes) == 1 and quotes[0].speaker not in ("Xi Jinping", "Olaf Scholz", "Kremlin", None)


def test_a_bare_title_is_never_a_person_the_text_calls_by_another_title(parse: Parse) -> None:
    text = ("Le ministre de la Justice, Gérald Darmanin, a rencontré le préfet Laurent Nuñez à Lyon. « Les peines "
            "seront appliquées », a déclaré le ministre.")
    assert "Laurent Nuñez" not in [q.speaker for q in direct_quotes(parse("fr", text, PUBLISHED))]
