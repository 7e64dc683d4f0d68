"""Speakers taken up after the article named them: a title alone for a person named bare (kb_titles.py), a
document noun for the report someone published (document_antecedents.py), a nationality noun ("l'Italienne",
nationality_nouns.py), "l'un d'eux, X" (subjects.py), a feminine organisation that "il" cannot take up
(organisation_genders.py), a subject before an inserted adverbial (inserted_adverbials.py), and an incise whose
participle the tagger reads as an adjective ("a-t-elle martelé", inversion.py).

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]
PUBLISHED = "2025-03-04"  # Olaf Scholz was chancellor, Keir Starmer prime minister

TITLE_ALONE = {
    "fr": "Olaf Scholz a reçu Emmanuel Macron à Berlin. « L'Europe doit se réarmer », a affirmé le chancelier.",
    "en": "Olaf Scholz met Emmanuel Macron in Berlin. \"Europe must rearm,\" the chancellor said.",
}
GENERIC_OFFICE = ("Keir Starmer a reçu Emmanuel Macron à Londres. « Nous aiderons l'Ukraine », a déclaré le chef du "
                  "gouvernement.")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_title_alone_is_the_person_the_kb_gives_that_office(parse: Parse, lang: str) -> None:
    quotes = [q for q in parse(lang, TITLE_ALONE[lang], published=PUBLISHED)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker == "Olaf Scholz"


def test_generic_office_is_the_person_the_kb_gives_a_role_of_it(parse: Parse) -> None:
    quotes = [q for q in parse("fr", GENERIC_OFFICE, published=PUBLISHED)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker == "Keir Starmer"


OTHER_COUNTRY = {
    "fr": "Olaf Scholz a reçu Emmanuel Macron à Berlin. « L'Europe doit se réarmer », a affirmé le chancelier "
          "autrichien.",
    "en": "Olaf Scholz met Emmanuel Macron in Berlin. \"Europe must rearm,\" the Austrian chancellor said.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_title_of_another_country_is_not_the_person_named_before(parse: Parse, lang: str) -> None:
    quotes = [q for q in parse(lang, OTHER_COUNTRY[lang], published=PUBLISHED)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker != "Olaf Scholz"


def test_title_alone_without_a_date_is_not_guessed(parse: Parse) -> None:
    quotes = [q for q in parse("fr", TITLE_ALONE["fr"])._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker != "Olaf Scholz"


def test_indefinite_title_is_someone_else(parse: Parse) -> None:
    text = "Olaf Scholz a reçu Emmanuel Macron à Berlin. « L'Europe doit se réarmer », a affirmé un ministre."
    quotes = [q for q in parse("fr", text, published=PUBLISHED)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker != "Olaf Scholz"


PUBLISHED_REPORT = {
    "fr": "Amnesty International a publié un rapport mardi. Le rapport affirme que des civils ont été tués.",
    "en": "Amnesty International published a report on Tuesday. The report says that civilians were killed.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_document_speaks_for_the_subject_that_published_it(parse: Parse, lang: str) -> None:
    quotes = parse(lang, PUBLISHED_REPORT[lang])._.ww_quotes
    assert quotes and quotes[-1].speaker == "Amnesty International"


def test_document_speaks_for_the_organisation_in_its_phrase(parse: Parse) -> None:
    text = ("Joe Biden a salué les mesures de sécurité, a indiqué la Maison Blanche. Un sondage de l'institut Ifop "
            "a été publié mardi. Le sondage indique que les habitants font confiance à la police.")
    quotes = [q for q in parse("fr", text)._.ww_quotes if "confiance" in q.text]
    assert quotes and "Ifop" in (quotes[0].speaker or "")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_document_the_narrator_introduced_is_not_the_previous_speakers(parse: Parse, lang: str) -> None:
    text = {
        "fr": "Joe Biden a salué les mesures de sécurité, a indiqué la Maison Blanche. Un rapport a été publié "
              "mardi. Le rapport indique que les habitants font confiance à la police.",
        "en": "Joe Biden praised the security measures, the White House said. A report was published on Tuesday. "
              "The report says that residents trust the police.",
    }[lang]
    quotes = [q for q in parse(lang, text)._.ww_quotes if "police" in q.text]
    assert all(q.speaker != "White House" for q in quotes)


@pytest.mark.parametrize("text, speaker", [
    ("« Nous n'avons nulle part où aller », a confié l'un d'eux, Ahmed Saleh.", "Ahmed Saleh"),
    ("« Nous avons tout perdu », a raconté l'une d'elles, Marie Dupont, 34 ans.", "Marie Dupont"),
])
def test_one_of_them_named_after_the_comma_speaks(parse: Parse, text: str, speaker: str) -> None:
    quotes = parse("fr", text)._.ww_quotes
    assert quotes and quotes[0].speaker == speaker


def test_one_of_them_alone_is_no_determiner_as_speaker(parse: Parse) -> None:
    text = ("Des habitants de Gaza ont raconté la nuit. « Nous n'avons nulle part où aller », a dit l'un d'eux.")
    quotes = parse("fr", text)._.ww_quotes
    assert quotes and quotes[0].speaker != "l'"


def test_incise_participle_read_as_adjective_still_attributes(parse: Parse) -> None:
    text = ("Ursula von der Leyen a présenté son plan. « L'Europe doit se réarmer », a-t-elle martelé, ajoutant que "
            "« le temps presse ».")
    quotes = parse("fr", text)._.ww_quotes
    assert quotes and all(q.speaker == "Ursula von der Leyen" for q in quotes)


@pytest.mark.parametrize("text, speaker", [
    ("Vladimir Poutine a, de son côté, déclaré que les négociations étaient dans l'impasse.", "Vladimir Putin"),
    ("Le président Emmanuel Macron a, pour sa part, estimé que l'accord restait possible.", "Emmanuel Macron"),
])
def test_subject_before_an_inserted_adverbial_speaks(parse: Parse, text: str, speaker: str) -> None:
    quotes = parse("fr", text, published=PUBLISHED)._.ww_quotes
    assert quotes and quotes[0].speaker == speaker and not quotes[0].direct


def test_masculine_pronoun_does_not_take_up_a_feminine_organisation(parse: Parse) -> None:
    text = ("Volodymyr Zelensky a rencontré la présidente de la Commission à Kiev. La Commission a promis de "
            "nouvelles aides. « Nous ne céderons rien », a-t-il ajouté.")
    quotes = [q for q in parse("fr", text)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker == "Volodymyr Zelensky"


def test_feminine_pronoun_takes_up_a_feminine_organisation(parse: Parse) -> None:
    text = ("Olaf Scholz a reçu des représentants de la Commission européenne. La Commission a présenté un plan. "
            "« Nous ne céderons rien », a-t-elle ajouté.")
    quotes = [q for q in parse("fr", text)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker == "European Commission"


def test_same_document_introduced_by_the_narrator_is_not_the_previous_speakers(parse: Parse) -> None:
    text = ("Joe Biden est arrivé à Lyon, a indiqué la Maison Blanche. Les habitants se disent rassurés, selon un "
            "sondage paru mardi. Ce même sondage révèle aussi que les habitants font confiance à la police.")
    quotes = [q for q in parse("fr", text)._.ww_quotes if "police" in q.text]
    assert all(q.speaker not in ("White House", "residents") for q in quotes)


def test_same_document_speaks_for_the_subject_that_issued_it(parse: Parse) -> None:
    text = ("Le ministère a publié un communiqué. « Rien n'est décidé », a déclaré le ministre. Le même communiqué "
            "précise que dix personnes ont été arrêtées.")
    quotes = [q for q in parse("fr", text)._.ww_quotes if "arrêtées" in q.text]
    assert quotes and quotes[0].speaker == "Le ministère"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_document_taken_up_twice_keeps_the_previous_speaker(parse: Parse, lang: str) -> None:
    text = {
        "fr": "Les premiers rapports venaient des habitants. Selon une analyse d'Amnesty International, des civils ont "
              "été tués. Le rapport note que les soldats bloquaient les routes. « Les images montrent des corps », "
              "affirme le rapport.",
        "en": "Most early reports came from residents. According to an analysis by Amnesty International, civilians "
              "were killed. The report notes that the soldiers blocked the roads. \"The images show bodies,\" the "
              "report states.",
    }[lang]
    quotes = [q for q in parse(lang, text)._.ww_quotes if q.direct]
    assert quotes and quotes[-1].speaker == "Amnesty International"


@pytest.mark.parametrize("noun, speaker", [("l'Italienne", "Giorgia Meloni"), ("l'Allemand", "Olaf Scholz")])
def test_nationality_noun_takes_up_the_person_of_that_country(parse: Parse, noun: str, speaker: str) -> None:
    text = f"Giorgia Meloni et Olaf Scholz se sont rencontrés à Rome. « L'Europe doit se réarmer », a estimé {noun}."
    quotes = [q for q in parse("fr", text)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker == speaker


def test_nationality_noun_of_the_other_gender_is_not_that_person(parse: Parse) -> None:
    text = "Giorgia Meloni et Olaf Scholz se sont rencontrés à Rome. « L'Europe doit se réarmer », a estimé l'Italien."
    quotes = [q for q in parse("fr", text)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker != "Giorgia Meloni"


def test_indefinite_nationality_noun_is_someone_else(parse: Parse) -> None:
    text = "Lewis Hamilton a remporté la course. « C'était difficile », a dit un Britannique."
    quotes = [q for q in parse("fr", text)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker != "Lewis Hamilton"


@pytest.mark.parametrize("text, speaker", [
    ("Emmanuel Macron a reçu Olaf Scholz à Paris. Selon ce dernier, l'Europe doit se réarmer.", "Olaf Scholz"),
    ("Emmanuel Macron a reçu Giorgia Meloni à Paris. D'après cette dernière, l'Europe doit se réarmer.",
     "Giorgia Meloni"),
])
def test_source_phrase_taking_up_the_latter_speaks_for_that_person(parse: Parse, text: str, speaker: str) -> None:
    quotes = parse("fr", text)._.ww_quotes
    assert quotes and quotes[0].speaker == speaker


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "« Un désastre », a déclaré Macron lundi.", "Emmanuel Macron"),
    ("fr", "« Nous tiendrons », a assuré Zelensky mardi", "Volodymyr Zelensky"),
    ("en", "\"A disaster,\" said Macron on Monday.", "Emmanuel Macron"),
])
def test_a_bare_surname_after_the_speech_verb_speaks_whatever_its_tag(parse: Parse, lang: str, text: str,
                                                                      speaker: str) -> None:
    """The French tagger reads a bare surname it has not seen as an adverb; the entity on it still names the
    inverted subject (``subjects.nominal_after``)."""
    quotes = [q for q in parse(lang, text, published=PUBLISHED)._.ww_quotes if q.direct]
    assert quotes and quotes[0].speaker == speaker
