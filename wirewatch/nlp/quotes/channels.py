"""The outlet an attribution names is its channel, never its speaker.

"X told Reuters", "X a déclaré à l'AFP", "Interrogé par BFMTV, X a assuré …", "X, cité par l'agence Reuters":
the outlet carried the words; the speaker is X. An outlet is an organisation the actor KB files under the media
sector, or one whose name holds a media noun of ``quote_media_nouns.txt`` ("agency", "television", "journal").
In the attribution's sentence, outside what was said, an outlet that is not the speaker is the channel.
"""

from __future__ import annotations

from collections.abc import Iterable

from wirewatch import lexicons
from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.names import normalize

MEDIA_SECTOR = "media"


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
