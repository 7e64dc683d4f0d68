"""Every wirewatch component declares its contract as spaCy's own do: what it requires and what it assigns, so
that ``nlp.analyze_pipes`` can check the order of the pipeline, and it reads its language from ``nlp.lang``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

from wirewatch.nlp.pipeline import COMPONENTS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_full_pipeline_has_no_unmet_requirement(nlp_for: Callable[[str], Language], lang: str) -> None:
    problems = nlp_for(lang).analyze_pipes(pretty=False)["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("factory", "attribute"), [(name, f"doc._.{name}") for name, _ in COMPONENTS])
def test_each_component_assigns_its_layer_and_requires_something(nlp_for: Callable[[str], Language], lang: str,
                                                                 factory: str, attribute: str) -> None:
    meta = nlp_for(lang).get_pipe_meta(factory)
    assert attribute in meta.assigns and meta.requires


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_component_takes_its_language_from_the_pipeline(lang: str) -> None:
    import wirewatch.nlp.dates  # noqa: F401  (registers ww_dates)

    nlp = spacy.blank(lang)
    assert nlp.add_pipe("ww_dates").lang == lang  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministre a annoncé mardi à Lyon que la police avait arrêté trois manifestants. « Fini », a-t-il dit."),
    ("en", "The minister said on Tuesday in Leeds that police had arrested three protesters. \"It is over,\" he said."),
])
@pytest.mark.parametrize("factory", [name for name, _ in COMPONENTS])
def test_a_component_keeps_no_per_document_state(nlp_for: Callable[[str], Language], lang: str, text: str,
                                                 factory: str) -> None:
    nlp = nlp_for(lang)
    component = nlp.get_pipe(factory)
    before = dict(vars(component))
    nlp(text)
    assert dict(vars(component)) == before
