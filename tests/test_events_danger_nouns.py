"""An act named as the complement of a noun of danger, risk or fear, or of a threat noun nobody is said to make,
is a danger perceived, not an act done (``expected_acts.of_danger``): out of the default output, hypothetical when
every event is asked for. A threat whose maker is named stays a threat made; an act a noun of fear is only near
("fears after the attack") stays told. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.expected_acts import of_danger
from wirewatch.nlp.events.lexicon import load_event_lexicon

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"
LANGS = ["en", "fr"]


def punctuated(cases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each sentence as a headline (no final stop) and as a sentence."""
    return [(lang, text + end) for lang, text in cases for end in ("", ".")]


@pytest.fixture()
def default_threshold(nlp_for: Callable[[str], Language], monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped output: acts not told as done left out."""
    for lang in LANGS:
        scorer = nlp_for(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
        monkeypatch.setattr(scorer, "keeps_negated", False)


PERCEIVED = [
    ("en", "The risk of a Chinese attack on Taiwan is growing, analysts say"),
    ("fr", "Le risque d'une attaque chinoise contre Taïwan grandit, selon les analystes"),
    ("en", "The threat of a new invasion worries the Baltic states"),
    ("fr", "La menace d'une nouvelle invasion inquiète les pays baltes"),
    ("en", "The danger of an offensive on Kharkiv remains high"),
    ("fr", "Le danger d'une offensive sur Kharkiv reste élevé"),
]


@pytest.mark.parametrize(("lang", "text"), punctuated(PERCEIVED))
@pytest.mark.usefixtures("default_threshold")
def test_an_act_named_as_a_danger_is_left_out_by_default(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text"), punctuated(PERCEIVED[:2]))
def test_every_event_asked_for_keeps_the_danger_as_hypothetical(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == "ASSAULT"]
    assert found and all(e.modality == "hypothetical" for e in found)


@pytest.mark.parametrize(("lang", "text"), punctuated([
    ("en", "Fears grew in Lyon after the attack on the mosque"),
    ("fr", "Les craintes ont grandi à Lyon après l'attaque contre la mosquée"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_an_act_beside_a_noun_of_fear_stays_told(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == "ASSAULT"]
    assert found and all(e.modality == "asserted" for e in found)


RISK_OF_ATTACK = {  # "the risk of an attack", « le risque d'une attaque »
    "en": hand_doc("en", ["the", "risk", "of", "an", "attack"], [1, 1, 1, 4, 2],
                   ["det", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "ADP", "DET", "NOUN"],
                   ["the", "risk", "of", "an", "attack"]),
    "fr": hand_doc("fr", ["le", "risque", "d'", "une", "attaque"], [1, 1, 4, 4, 1],
                   ["det", "ROOT", "case", "det", "nmod"], ["DET", "NOUN", "ADP", "DET", "NOUN"],
                   ["le", "risque", "de", "un", "attaque"]),
}
MADE_THREAT = {  # "Russia's threat of an attack", « la menace russe d'une attaque »: a maker named
    "en": hand_doc("en", ["Russia", "'s", "threat", "of", "an", "attack"], [2, 0, 2, 2, 5, 3],
                   ["poss", "case", "ROOT", "prep", "det", "pobj"], ["PROPN", "PART", "NOUN", "ADP", "DET", "NOUN"],
                   ["Russia", "'s", "threat", "of", "an", "attack"]),
    "fr": hand_doc("fr", ["la", "menace", "russe", "d'", "une", "attaque"], [1, 1, 1, 5, 5, 1],
                   ["det", "ROOT", "amod", "case", "det", "nmod"], ["DET", "NOUN", "ADJ", "ADP", "DET", "NOUN"],
                   ["le", "menace", "russe", "de", "un", "attaque"]),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_complement_of_a_noun_of_risk_is_a_danger(lang: str) -> None:
    assert of_danger(RISK_OF_ATTACK[lang][4], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_complement_of_a_threat_with_its_maker_is_no_danger(lang: str) -> None:
    assert not of_danger(MADE_THREAT[lang][5], load_event_lexicon(lang))
