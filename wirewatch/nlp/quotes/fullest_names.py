"""A speaker named by one word of a name given in full before: "German chancellor Olaf Scholz said … \"…,\"
Scholz told reporters", "says Emmanuel Macron … \"…,\" Emmanuel continues", "le ministre Jean Dupont … a ajouté
Dupont".

News names a person in full once, then by the surname alone (or, in features, by the first name). When the
entities layer did not join the short form to the full one, the quote still names the person by the fullest name
the article gives (the contract's speaker is the entity's canonical name): the one earlier name, of two words or
more, whose last word is the speaker's word (or whose first word is, for a person). With two such names ("Barack
Obama", "Michelle Obama") nothing is chosen. A speaker written with an honorific ("Mrs. Trump") is left to the
entities layer, which knows the gender it tells; so is a place or a body ("Israel" is no short "Israel Katz").
A name that takes in the speaker's own word is no earlier name ("a raconté à l'AFP Mohamed": the tagger's "AFP
Mohamed" holds the outlet the words were told to).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.speaker import Speaker

NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MAX_NAME_WORDS = 4  # a person's full name ("Luis Antonio Tagle"); longer names are bodies


def fullest_name(speaker: Speaker | None, index: EntityIndex, text: str) -> Speaker | None:
    """The speaker under the one fuller name of it given before, else the speaker unchanged."""
    if speaker is None or speaker.type not in (None, "PER"):
        return speaker  # (a body's or a place's one-word name is its name: "Reuters", "Israel")
    words = NAME_WORD.findall(speaker.name)
    if len(words) != 1 or not words[0][:1].isupper() or words[0] != speaker.name:
        return speaker
    word = words[0]
    if speaker.type is None and re.search(r"\b" + re.escape(word.lower()) + r"\b", text):
        return speaker  # a common noun written as a speaker ("Police said"), not a name
    fuller: dict[str, EntityMention] = {}
    for m in index.mentions:
        if m.start >= speaker.position:
            break
        if m.end > speaker.position:  # the speaker's own words, not a name given before ("à l'AFP Mohamed")
            continue
        parts = NAME_WORD.findall(text[m.start:m.end])
        if not 2 <= len(parts) <= MAX_NAME_WORDS or not all(p[:1].isupper() for p in parts):
            continue
        if parts[-1] == word or (parts[0] == word and m.type == "PER"):
            fuller[m.entity_id or m.name] = m
    if len(fuller) != 1:
        return speaker
    m = next(iter(fuller.values()))
    return replace(speaker, name=m.name, entity_id=m.entity_id, type=m.type)
