"""An act judged necessary, urgent or useful to do is a view, not an act told (``judged_acts``): the infinitive
an adjective of desirability governs or stands beside (« estime nécessaire de sanctionner », "it is urgent to
expel"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.judged_acts import judged_desirable
from wirewatch.nlp.events.lexicon import load_event_lexicon

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"


def punctuated(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(lang, text + end, kind) for lang, text, kind in cases for end in ("", ".")]


@pytest.fixture()
def default_threshold(nlp_for: Callable[[str], Language], monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped output: hypothetical and negated acts left out (the scorer's threshold kept at 0)."""
    for lang in ("en", "fr"):
        scorer = nlp_for(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
        monkeypatch.setattr(scorer, "keeps_negated", False)


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("fr", "Macron a estimé nécessaire de sanctionner la Russie", "SANCTION"),
    ("fr", "Les Verts jugent urgent de boycotter les produits russes", "PROTEST"),
    ("fr", "Il est urgent de sanctionner la Russie, a dit Macron", "SANCTION"),
    ("en", "Macron considers it necessary to sanction Russia", "SANCTION"),
    ("en", "It is urgent to expel the Russian diplomats, Scholz said", "COERCE"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_an_act_judged_desirable_is_no_event(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("fr", "L'Union européenne a sanctionné la Russie lundi", "SANCTION"),
    ("en", "The European Union sanctioned Russia on Monday", "SANCTION"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_an_act_done_stays_an_event(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("adjective", "judged"), [("nécessaire", True), ("prêt", False)])
def test_only_an_adjective_of_desirability_makes_a_view(adjective: str, judged: bool) -> None:
    # « Macron juge nécessaire de frapper » / « Macron est prêt à frapper » (readiness is a commitment)
    doc = hand_doc("fr", ["Macron", "juge", adjective, "de", "frapper"], [1, 1, 1, 4, 1],
                   ["nsubj", "ROOT", "advmod", "mark", "xcomp"], ["PROPN", "VERB", "ADJ", "ADP", "VERB"],
                   ["Macron", "juger", adjective, "de", "frapper"], ["", "", "", "", "VerbForm=Inf"])
    assert judged_desirable(doc[4], load_event_lexicon("fr")) is judged
