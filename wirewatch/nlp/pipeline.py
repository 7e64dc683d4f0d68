"""Pipeline assembly: one spaCy model per language plus wirewatch's components, in order.

A component is registered by importing its module (``@Language.factory``, which declares what it requires and
assigns); it reads its language from ``nlp.lang`` and gets its data in ``initialize(resources=...)``. Only our
components are initialised: calling ``nlp.initialize()`` would reset the trained model's weights.
"""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language

from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.hyphenated_words import keep_hyphenated_words
from wirewatch.nlp.resources import Resources
from wirewatch.nlp.typography import plain_forms, read_like_plain_forms
from wirewatch.settings import Settings

# (factory name, module that registers it), in pipeline order.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("ww_entities", "wirewatch.nlp.entities.component"),
    ("ww_dates", "wirewatch.nlp.dates.component"),
    ("ww_places", "wirewatch.nlp.places.component"),
    ("ww_quotes", "wirewatch.nlp.quotes.component"),
    ("ww_events", "wirewatch.nlp.events.component"),
)


class UnsupportedLanguage(Exception):
    """No spaCy model is configured for this language."""


def load_model(model: str, lang: str, exclude: tuple[str, ...] = ()) -> Language:
    """The spaCy model ``model`` for ``lang`` as every part of wirewatch reads text with it: hyphenated words kept
    whole ("l'état-major", as the parser was trained on them) and typographic forms read as their plain forms
    ("aren’t" as "aren't", the text unchanged; ``typography``), odd spaces as plain ones ("Biden\u00a0said" as
    "Biden said", the text unchanged; ``plain_spaces``)."""
    nlp = spacy.load(model, exclude=list(exclude))
    importlib.import_module("wirewatch.nlp.plain_spaces")
    nlp.add_pipe("ww_plain_spaces", first=True)
    nlp.add_pipe("ww_spaces_restored", last=True)
    keep_hyphenated_words(nlp, lang)
    read_like_plain_forms(nlp, lang)
    if "lemmatizer" in nlp.pipe_names and plain_forms(lang):
        nlp.add_pipe("ww_typography_lemmas", after="lemmatizer")
    return nlp


def build_nlp(lang: str, settings: Settings, resources: Resources, layers: set[str] | None = None) -> Language:
    """Load the model for ``lang`` and add our components (all, or those named in ``layers``)."""
    model = settings.models.get(lang)
    if model is None:
        raise UnsupportedLanguage(lang)
    ensure_extensions()  # the Extractor sets doc._.ww_published even when no component of ours runs
    nlp = load_model(model, lang)
    if "parser" in nlp.pipe_names:
        importlib.import_module("wirewatch.nlp.linebreaks")
        nlp.add_pipe("ww_linebreaks", before="parser")
        importlib.import_module("wirewatch.nlp.headlines")
        # after the tags are mapped to parts of speech, before the lemmatiser reads them
        nlp.add_pipe("ww_headlines", after="attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser")
    for name, module in COMPONENTS:
        if layers is not None and name not in layers:
            continue
        importlib.import_module(module)
        pipe = nlp.add_pipe(name, config=_settings_config(name, settings))
        pipe.initialize(lambda: [], nlp=nlp, resources=resources)  # type: ignore[attr-defined]
    return nlp


def _settings_config(component: str, settings: Settings) -> dict[str, object]:
    """The part of a component's config that comes from settings."""
    if component == "ww_places":
        return {"organisation_places": settings.organisation_places}
    if component == "ww_events":
        return {"min_event_confidence": settings.min_event_confidence}
    return {}
