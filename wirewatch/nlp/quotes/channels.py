"""The outlet an attribution names is its channel, never its speaker.

"X told Reuters", "X a déclaré à l'AFP", "Interrogé par BFMTV, X a assuré …", "X, cité par l'agence Reuters":
the outlet carried the words; the speaker is X. An outlet is an organisation the actor KB files under the media
sector, or one whose name holds a media noun of ``quote_media_nouns.txt`` ("agency", "television", "journal").
In the attribution's sentence, outside what was said, an outlet that is not the speaker and that the attribution
governs is the channel: its verb is the speech verb, a clause hung on it ("Interrogé par l'AFP, X a dit", "X,
cité par Reuters"), or a verb above it ("The agency quoted X as saying"); not a dateline ("PARIS (AFP) -").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.names import normalize
from wirewatch.nlp.quotes.cues import Cue

MEDIA_SECTOR = "media"
MAX_CLIMB = 6  # dependency steps from an outlet up to the verb it depends on


class Outlets:
    """Names of news outlets (normalised), and the nouns that make an organisation's name an outlet's."""

    def __init__(self, names: Iterable[str], nouns: Iterable[str]):
        self.names = frozenset(n for n in (normalize(x) for x in names) if n)
        self.nouns = frozenset(normalize(n) for n in nouns)

    @classmethod
    def load(cls, lang: str, kb: ActorKB | None) -> Outlets:
        names = [form for actor in (kb.actors if kb is not None else []) if actor.sector == MEDIA_SECTOR
                 for form in actor.surface_forms()]
        return cls(names, lexicons.read_lines(lang, "quote_media_nouns.txt"))

    def is_outlet(self, *names: str) -> bool:
        """Whether any of ``names`` (a canonical name, a surface form) is an outlet's."""
        for name in names:
            norm = normalize(name)
            if norm in self.names or any(word in self.nouns for word in norm.split()):
                return True
        return False

    def named(self, text: str, mentions: list[tuple[int, int, str, str]], said: list[tuple[int, int]],
              sentence: tuple[int, int], speaker: str | None) -> str | None:
        """The first outlet among the organisation ``mentions`` (start, end, name, type) of the attribution's
        ``sentence``, outside what was ``said``, that is not the speaker."""
        for start, end, name, type_ in mentions:
            if type_ != "ORG" or start < sentence[0] or end > sentence[1] or name == speaker:
                continue
            if any(s <= start < e for s, e in said):
                continue
            if self.is_outlet(name, text[start:end]):
                return name
        return None


def attached_to(doc: Doc, pos: int, cue: Cue | None, agent: frozenset[str]) -> bool:
    """Whether the word at ``pos`` depends on the attribution ``cue`` (see the module docstring)."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if cue is None or span is None or not len(span):
        return False
    speaker = cue.subject.i if cue.subject is not None else None
    verb = span[0]
    for _ in range(MAX_CLIMB):
        if _verbal(verb, agent) or verb.head.i == verb.i or verb.i == speaker:
            break
        verb = verb.head
    if not _verbal(verb, agent):  # (nor a word of the speaker's: "LYON (AFP) - X said")
        return False
    named = {t.i for t in cue.subject.subtree} if cue.subject is not None else set()  # ("the minister X, quoted …")
    return (verb.i == cue.token.i or verb.head.i == cue.token.i or verb.head.i in named
            or any(a.i == verb.i for a in cue.token.ancestors))


def _verbal(tok: Token, agent: frozenset[str]) -> bool:
    """A verb, or a participle the tagger calls an adjective or a noun ("cité par l'AFP": it has an agent)."""
    return tok.pos_ in ("VERB", "AUX") or "Part" in tok.morph.get("VerbForm", []) \
        or any(c.dep_ in agent for c in tok.children)
