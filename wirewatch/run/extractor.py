"""Articles → extraction records: the library function behind ``wirewatch extract``, the store's ingest, the API
and the batch jobs.

Models are loaded once per process and language (on first use); texts go through ``nlp.pipe`` in batches.
A failing article becomes a record with ``error`` set; the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import __version__
from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.langid import detect_language
from wirewatch.nlp.doc_cache import remember_text
from wirewatch.nlp.pipeline import build_nlp
from wirewatch.nlp.resources import Resources
from wirewatch.nlp.to_records import doc_to_record
from wirewatch.records import Article, ArticleRecord
from wirewatch.settings import Settings

Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    """Default warning sink: warnings still travel in each record's ``warnings``."""


def default_resources(settings: Settings, warn: Warn = _ignore) -> Resources:
    """The shipped actor KB and the offline gazetteer (each built on first use in the data directory, then read
    from there)."""
    from wirewatch.kb.gazetteer import Gazetteer
    from wirewatch.kb.kb_cache import load_cached

    if Gazetteer.needs_build(settings):
        warn(f"building the offline gazetteer in {settings.data_dir} (once; 10–40 s)")
    return Resources(actors=load_cached(settings.data_dir), gazetteer=Gazetteer.open(settings))


class Extractor:
    """Runs the wirewatch pipeline; one instance per process holds the loaded models."""

    def __init__(self, settings: Settings, resources: Resources | None = None, layers: set[str] | None = None,
                 warn: Warn = _ignore):
        self.settings = settings
        self._resources = resources
        self.layers = layers
        self.warn = warn
        self._nlp: dict[str, Language] = {}
        self._version: str | None = None  # built once per set of loaded models (reading nlp.meta is slow)
        self._language_versions: dict[str, str] = {}

    @property
    def resources(self) -> Resources:
        if self._resources is None:
            self._resources = default_resources(self.settings, self.warn)
        return self._resources

    def supports(self, lang: str) -> bool:
        return lang in self.settings.models

    def nlp(self, lang: str) -> Language:
        if lang not in self._nlp:
            self._nlp[lang] = build_nlp(lang, self.settings, self.resources, self.layers)
            self._version = None
        return self._nlp[lang]

    @property
    def version(self) -> str:
        """``wirewatch-<version> (<lang>:<model>-<version>,…)`` of the models loaded so far."""
        if self._version is None:
            models = ",".join(f"{lang}:{nlp.meta.get('name')}-{nlp.meta.get('version')}" for lang, nlp in
                              sorted(self._nlp.items()))
            self._version = f"wirewatch-{__version__}" + (f" ({models})" if models else "")
        return self._version

    def version_for(self, lang: str) -> str:
        """``wirewatch-<version> (<lang>:<model>-<version>)``: what a record in ``lang`` was made by. It names
        only that language's model, so a record does not depend on which other languages this process met."""
        if lang not in self._language_versions:
            nlp = self.nlp(lang)
            self._language_versions[lang] = (f"wirewatch-{__version__} "
                                             f"({lang}:{nlp.meta.get('name')}-{nlp.meta.get('version')})")
        return self._language_versions[lang]

    def extract_one(self, article: Article) -> ArticleRecord:
        return next(self.extract([article]))

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        """One record per item, in input order."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.settings.batch_size)):
            yield from self._extract_batch(batch)

    def _error(self, record_id: str, message: str, lang: str | None = None) -> ArticleRecord:
        self.warn(message)
        return ArticleRecord(id=record_id, lang=lang, error=message)

    def _prepare(self, article: Article) -> Article | ArticleRecord:
        """The article with its language set, or a finished record when it cannot be processed."""
        if len(article.text) > self.settings.max_chars:
            return self._error(article.id, f"article {article.id}: text has {len(article.text):,} characters, over "
                                           f"the limit of {self.settings.max_chars:,} (settings.max_chars)")
        lang = (article.lang or "").split("-")[0].split("_")[0].lower() or None
        if lang is None:
            guess = detect_language(article.text, self.settings.langid_min_confidence)
            lang = guess.lang or self.settings.default_lang
            if lang is None:
                message = f"article {article.id}: language not identified (best score {guess.score:.2f})"
                self.warn(message)
                return ArticleRecord(id=article.id, published=article.published, title=article.title,
                                     url=article.url, warnings=[message])
        article = article.model_copy(update={"lang": lang})
        if not self.supports(lang):
            message = f"article {article.id}: no pipeline for language {lang!r} yet; layers left empty"
            self.warn(message)
            return ArticleRecord(id=article.id, lang=lang, published=article.published, title=article.title,
                                 url=article.url, warnings=[message])
        return article

    def _extract_batch(self, batch: list[Article | InputError]) -> list[ArticleRecord]:
        results: list[ArticleRecord | None] = [None] * len(batch)
        groups: dict[str, list[tuple[int, Article]]] = {}
        for i, item in enumerate(batch):
            if isinstance(item, InputError):
                results[i] = self._error(item.id or f"line-{item.line or 0}", str(item))
                continue
            try:
                prepared = self._prepare(item)
            except Exception as exc:  # e.g. language identification failing on one text: that article only
                prepared = self._error(item.id, f"article {item.id}: not prepared: {type(exc).__name__}: {exc}")
            if isinstance(prepared, ArticleRecord):
                results[i] = prepared
            else:
                groups.setdefault(prepared.lang or "", []).append((i, prepared))
        for lang, group in groups.items():
            for i, record in zip([i for i, _ in group], self._run(lang, [a for _, a in group]), strict=True):
                results[i] = record
        return [r for r in results if r is not None]

    def _make_doc(self, nlp: Language, article: Article) -> Doc:
        doc = nlp.make_doc(article.text)
        remember_text(doc, article.text)
        doc._.ww_published = article.published
        doc._.ww_warnings = []
        return doc

    def _run(self, lang: str, articles: list[Article]) -> list[ArticleRecord]:
        nlp = self.nlp(lang)
        try:
            docs = list(nlp.pipe([self._make_doc(nlp, a) for a in articles]))
            version = self.version_for(lang)
            return [doc_to_record(doc, a, version) for doc, a in zip(docs, articles, strict=True)]
        except Exception as exc:  # one article's failure: the batch is run again article by article
            if len(articles) == 1:
                article = articles[0]
                return [self._error(article.id, f"article {article.id}: pipeline failed: {type(exc).__name__}: "
                                                f"{exc}", lang)]
        return [record for article in articles for record in self._run(lang, [article])]


