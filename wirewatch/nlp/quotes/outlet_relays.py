"""A news outlet that relays an attribution is its channel, not its speaker.

"Moscou a dénoncé une « provocation », selon l'agence russe Tass", "Le Kremlin a assuré que …, a rapporté l'agence
Tass", "Moscow said the strike was a provocation, the Tass agency reported": the outlet's phrase (a source phrase,
or a speech verb whose subject is the outlet) covers a clause that has a speech verb of its own with its own
subject. That subject speaks; the outlet carried the words (``Cue.channel``), and its own cue attributes nothing.
An outlet reporting a clause with no speaker in it ("Trois personnes ont été tuées, selon l'agence Tass") stays the
source of what it reports.

The outlet is the head of the relaying phrase: an organisation the KB files under the media sector, or one whose
name holds a media noun ("l'agence Tass"), read through ``Outlets``; a person of an outlet ("un journaliste de
l'AFP") is a witness who speaks.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.channels import Outlets
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.mentions import EntityIndex


def relayed_by_outlets(cues: list[Cue], entities: EntityIndex, outlets: Outlets | None,
                       quoted: Callable[[int], bool]) -> list[Cue]:
    """The cues without those of an outlet relaying another cue of its sentence; each relayed cue gets the outlet as
    its channel, and its content stops before the outlet's phrase."""
    if outlets is None:
        return cues
    dropped: set[int] = set()
    text = doc_text(cues[0].sent.doc) if cues else ""  # Doc.text joins every token on each access
    for cue in cues:
        outlet = _outlet_speaking(cue, entities, outlets, text)
        if outlet is None:
            continue
        relayed = next((c for c in cues if c is not cue and id(c) not in dropped and _relayed(cue, c, quoted)
                        and _outlet_speaking(c, entities, outlets, text) is None), None)
        if relayed is None:
            continue
        dropped.add(id(cue))
        relayed.channel = relayed.channel or outlet
        if relayed.content is not None and cue.kind == "source":
            start, end = relayed.content  # "…que la Russie voulait la paix, selon l'agence Tass"
            phrase_start = _phrase_start(cue)
            if start < phrase_start < end:
                relayed.content = (start, _before_comma(text, start, phrase_start))
    return [c for c in cues if id(c) not in dropped]


def _speaker_words(cue: Cue) -> list[Token]:
    if cue.speaker_words is not None:
        return list(cue.speaker_words)
    if cue.subject is None:
        return []
    return [t for t in cue.subject.subtree if cue.sent.start <= t.i < cue.sent.end]


def _outlet_speaking(cue: Cue, entities: EntityIndex, outlets: Outlets, text: str) -> str | None:
    """The outlet's name when the cue's speaker is an outlet: its head word is the outlet's name or a media noun
    before it ("l'agence russe Tass"); ``text`` is the document's text."""
    if cue.kind not in ("verb", "source"):
        return None
    words = _speaker_words(cue)
    if not words:
        return None
    head = cue.subject if cue.subject is not None and cue.speaker_words is None else words[0].doc[
        words[0].i: words[-1].i + 1].root
    for m in entities.overlapping(words[0].idx, words[-1].idx + len(words[-1].text)):
        if m.type != "ORG" or not outlets.is_outlet(m.name, text[m.start:m.end]):
            continue
        on_head = m.start <= head.idx < m.end or head.lower_ in outlets.nouns or head.lemma_.lower() in outlets.nouns
        if on_head:
            return m.name
    return None


def _relayed(outlet_cue: Cue, other: Cue, quoted: Callable[[int], bool]) -> bool:
    """Whether ``other`` is a speech verb with a subject of its own in what the outlet's cue covers: its content,
    or for a source phrase its sentence (a verb whose content the source phrase would have taken)."""
    if other.kind != "verb" or other.sent.start != outlet_cue.sent.start or quoted(other.position):
        return False
    subject = other.subject
    if subject is None and other.speaker_words is not None:
        subject = other.speaker_words.root
    if subject is None or quoted(subject.idx):
        return False
    if outlet_cue.content is not None:
        start, end = outlet_cue.content
        return start <= other.position < end
    return outlet_cue.kind == "source"


def _phrase_start(cue: Cue) -> int:
    """Where a source phrase begins: its first word ("selon", "d'après", "according")."""
    words = _speaker_words(cue)
    first = min([cue.token.i, *(t.i for t in words)])
    doc = cue.token.doc
    k = first
    while k > cue.sent.start and not doc[k - 1].is_punct and doc[k - 1].pos_ in ("ADP", "VERB", "DET"):
        k -= 1
    return doc[k].idx


def _before_comma(text: str, start: int, phrase_start: int) -> int:
    """The end of the content before a source phrase: the comma and spaces before it left out."""
    end = phrase_start
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end
