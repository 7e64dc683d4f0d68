"""Sentences and stories outside political event coding: sports, entertainment, awards, historical retellings.

A violence verb in a sports report ("England fought back", "a swift counter-attack") is a figure of speech. The
phrases of ``event_discards.tsv`` (English: generated from PETRARCH-2's Phoenix discard list; French: its
equivalents class by class) mark the sentence holding them: there, words of force (``FIGURATIVE`` types:
attacks, captures, threats, retreats …) are figures of speech, while a protest or a meeting stays one ("the
crowd marched past the football club"). A phrase of scope "story" in the story's opening lines (its headline
and lead) marks the whole story as no event; elsewhere only its sentence (a war report may mention a match).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text

# the types whose words sports and business use figuratively ("fought back", "captured the title", "a penalty")
FIGURATIVE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "RETREAT"})
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
