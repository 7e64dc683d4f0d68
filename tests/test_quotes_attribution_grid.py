"""A grid of the attribution constructions of French wire prose (with their English counterparts): the incise
after the quotation, the attribution before it, participle clauses, the speaker in the sentence before, pronouns
and demonstratives, offices and described sources, channels, indirect speech, source phrases, inverted subjects,
titles, several speakers, quotation marks of every kind; each with and without a final stop where that matters.

Every sentence here is written for these tests; the people and offices are invented. One behaviour per test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.records import Quote

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


def speakers(parse: Parse, lang: str, text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(parse, lang, text)]


STOPS = ["", "."]

# (language, text without its final stop, the speaker of each quote in order)
GRID = [
    # the incise after the quotation
    ("fr", "« Nous ne céderons rien sur les salaires », a déclaré Odile Verneuil, ministre du Travail",
     ["Odile Verneuil"]),
    ("en", "“We will not give ground on wages,” said Odile Verneuil, the labour minister", ["Odile Verneuil"]),
    ("fr", "« La tension reste vive dans la vallée », estime le ministre Hugo Ferrandi", ["Hugo Ferrandi"]),
    ("fr", "« Les travaux seront achevés en juin », selon Bastien Carrau, maire de la commune", ["Bastien Carrau"]),
    # the attribution before it
    ("fr", "Odile Verneuil a déclaré : « Nous ne céderons rien sur les salaires »", ["Odile Verneuil"]),
    ("fr", "Pour la sénatrice Mireille Dantec, « cette réforme vient bien trop tard »", ["Mireille Dantec"]),
    # source phrases
    ("fr", "D'après la sénatrice Mireille Dantec, la réforme vient bien trop tard", ["Mireille Dantec"]),
    ("fr", "Aux yeux de la sénatrice Mireille Dantec, la réforme vient bien trop tard", ["Mireille Dantec"]),
    ("fr", "La réforme vient bien trop tard, selon la sénatrice Mireille Dantec", ["Mireille Dantec"]),
    ("en", "The reform comes far too late, according to Senator Mireille Dantec", ["Mireille Dantec"]),
    # the speaker in the sentence before
    ("fr", "Le préfet Lucien Marval s'est exprimé mardi devant la presse. « Le calendrier sera tenu »",
     ["Lucien Marval"]),
    # a participle clause after the incise
    ("fr", "Le préfet Lucien Marval a répondu aux élus. « Le calendrier sera tenu », a-t-il précisé, ajoutant que "
           "les crédits étaient déjà votés", ["Lucien Marval", "Lucien Marval"]),
    # inverted subjects, with and without a name after the title
    ("fr", "Trois personnes ont été blessées, a indiqué mardi le gouverneur régional Anatole Brissac",
     ["Anatole Brissac"]),
    ("fr", "« Il faut agir vite », a lancé jeudi Odile Verneuil devant les députés", ["Odile Verneuil"]),
    # channels are no speakers
    ("fr", "« Aucune décision n'a été prise », a écrit Odile Verneuil sur Telegram", ["Odile Verneuil"]),
    ("en", "“No decision has been taken,” Odile Verneuil wrote on Telegram", ["Odile Verneuil"]),
    # several speakers in one paragraph
    ("fr", "« Le projet est prêt », a dit Odile Verneuil. « Il manque encore les fonds », a répondu Lucien Marval",
     ["Odile Verneuil", "Lucien Marval"]),
    ("en", "“The project is ready,” Odile Verneuil said. “The money is still missing,” Lucien Marval replied",
     ["Odile Verneuil", "Lucien Marval"]),
    # quotation marks without spaces, straight and curly
    ("fr", "«Le projet est prêt», a dit Odile Verneuil", ["Odile Verneuil"]),
    ("fr", "\"Le projet est prêt\", a dit Odile Verneuil", ["Odile Verneuil"]),
    ("fr", "“Le projet est prêt”, a dit Odile Verneuil", ["Odile Verneuil"]),
]


@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize(("lang", "text", "expected"), GRID)
def test_each_attribution_construction_names_its_speaker(parse: Parse, lang: str, text: str, expected: list[str],
                                                         stop: str) -> None:
    assert speakers(parse, lang, text + stop) == expected


INVERTED_PRONOUN = {
    "fr": "La sénatrice Odile Verneuil reste prudente. « Rien n'est encore tranché », dit-elle",
    "en": "Senator Odile Verneuil remains cautious. “Nothing is settled yet,” she says",
}


@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_present_incise_with_its_pronoun_after_it_attributes_the_quotation(parse: Parse, lang: str,
                                                                           stop: str) -> None:
    """« … », dit-elle: the tagger may read the present "dit" as a participle describing the clause before it; a
    verb with a subject of its own is finite, and its quotation is the pronoun's person's."""
    assert speakers(parse, lang, INVERTED_PRONOUN[lang] + stop) == ["Odile Verneuil"]


DEMONSTRATIVES = [
    ("fr", "La sénatrice Mireille Dantec a reçu le préfet Lucien Marval mercredi. Celui-ci a affirmé que le "
           "calendrier serait tenu", "Lucien Marval"),
    ("fr", "Le préfet Lucien Marval a reçu la sénatrice Mireille Dantec mercredi. Celle-ci a affirmé que le "
           "calendrier serait tenu", "Mireille Dantec"),
    ("en", "Senator Mireille Dantec met prefect Lucien Marval on Wednesday. The latter said the timetable would be "
           "kept", "Lucien Marval"),
]


@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize(("lang", "text", "speaker"), DEMONSTRATIVES)
def test_a_demonstrative_takes_up_the_last_person_named(parse: Parse, lang: str, text: str, speaker: str,
                                                         stop: str) -> None:
    """"X a reçu Y. Celui-ci a dit …": the demonstrative is Y (the last named of its gender), not the subject X."""
    assert speakers(parse, lang, text + stop) == [speaker]


HONORIFIC_TOPIC = {
    "fr": "Le président Anatole Brissac a reçu son homologue Hugo Ferrandi. « Nous sommes d'accord », a dit "
          "M. Brissac. M. Ferrandi a salué l'accueil. « Nous avons beaucoup avancé », a-t-il souligné",
    "en": "President Anatole Brissac received his counterpart Hugo Ferrandi. “We agree,” Mr. Brissac said. "
          "Mr. Ferrandi praised the welcome. “We have made great progress,” he said",
}


@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_person_named_with_an_honorific_as_subject_since_the_last_speaker_is_the_pronoun(
        parse: Parse, lang: str, stop: str) -> None:
    """« M. Ferrandi a salué … « … », a-t-il souligné »: the subject of the main clause before, named with his
    honorific after the last speaker, is the new topic (the parse heads the name with « M. »)."""
    assert speakers(parse, lang, HONORIFIC_TOPIC[lang] + stop) == ["Anatole Brissac", "Hugo Ferrandi"]


CONDITIONAL = {
    "fr": ("Le ministre Hugo Ferrandi a salué l'accueil. Il a affirmé que les deux pays coopéreraient",
           "les deux pays coopéreraient"),
    "en": ("Minister Hugo Ferrandi praised the welcome. He said that the two countries would cooperate",
           "the two countries would cooperate"),
}


@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_complement_clause_its_complementizer_opens_is_reported(parse: Parse, lang: str, stop: str) -> None:
    """« a affirmé que les deux pays coopéreraient »: the tagger may read a rare conditional form as an adjective;
    the clause « que » opens is still what was said."""
    text, said = CONDITIONAL[lang]
    assert [(q.text, q.speaker, q.direct) for q in quotes_of(parse, lang, text + stop)] == [
        (said, "Hugo Ferrandi", False)]
