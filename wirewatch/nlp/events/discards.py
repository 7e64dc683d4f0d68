"""Stories outside political event coding: sports, entertainment, awards.

A phrase of ``event_discards.tsv`` (English: generated from PETRARCH-2's Phoenix discard list; French: its
equivalents class by class) of scope "story" in the story's opening lines (its headline and lead) marks the
whole story as no event. What a discard phrase silences in its own sentence or clause, type by type (force words
in a sports sentence, violence in a disaster's, everything in a retelling's clause), is ``silencing.py``'s one
mechanism over ``event_silencers.tsv``, which holds every phrase of this list: the sentences marked here only
tell the confidence model that a discard phrase is near.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text

LEAD_SENTENCES = 3  # the opening sentences (headline, standfirst, lead) whose story phrases mark the story


@dataclass(frozen=True)
class DiscardPhrases:
    sentence: re.Pattern[str] | None
    story: re.Pattern[str] | None


def phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """Whole-word matches of any of ``phrases`` (lowercase), a plural "s" allowed at the end."""
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:e?s)?(?!\w)")


def load_discard_phrases(lang: str) -> DiscardPhrases:
    by_scope: dict[str, list[str]] = {"sentence": [], "story": []}
    for row in lexicons.read_tsv(lang, "event_discards.tsv"):
        phrase = " ".join(row["phrase"].lower().replace("’", "'").split())
        if phrase:
            by_scope.setdefault(row.get("scope") or "sentence", []).append(phrase)
    return DiscardPhrases(phrase_pattern(by_scope["sentence"]), phrase_pattern(by_scope["story"]))


@dataclass(frozen=True)
class Discarded:
    story: bool
    sentences: frozenset[int]  # numbers of the sentences marked as no event


def discarded(doc: Doc, sentences: list[Span], phrases: DiscardPhrases) -> Discarded:
    """Which sentences of ``doc`` (numbered as in ``sentences``), or whether the whole story, the discard
    phrases mark."""
    if not sentences or (phrases.sentence is None and phrases.story is None):
        return Discarded(False, frozenset())
    text = doc_text(doc).lower().replace("’", "'")
    starts = [s.start_char for s in sentences]
    marked: set[int] = set()
    story = False
    for pattern, scope in ((phrases.sentence, "sentence"), (phrases.story, "story")):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            number = max(0, bisect_right(starts, match.start()) - 1)
            if scope == "story" and number < LEAD_SENTENCES:
                story = True
            marked.add(number)
    return Discarded(story, frozenset(marked))
