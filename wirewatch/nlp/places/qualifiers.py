"""A demonym qualifying the place after it: "the Libyan city of Sirte", "la ville syrienne d'Alep".

The demonym names the country the place lies in, as an adjacent parent does ("Sirte, Libya"): the resolver then
prefers the candidates inside that country over a same-named place elsewhere that the rest of the article might
favour. It qualifies the next toponym only through a level phrase of the language ("city of", "ville … de"):
"the Russian strike on Kharkiv" says who struck, not where Kharkiv is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirewatch.nlp.places.mentions import PlaceWords, Toponym

MAX_GAP = 24  # characters between the demonym and the place it qualifies


def qualify_by_demonyms(text: str, toponyms: list[Toponym], words: PlaceWords) -> list[Toponym]:
    """``toponyms`` (in text order), each place qualified by a demonym before it carrying that country."""
    forms = [form for form, level in words.before if level in ("city", "region")]
    out = list(toponyms)
    for i in range(1, len(out)):
        qualifier, place = out[i - 1], out[i]
        demonym = qualifier.demonym
        if demonym is None or demonym.country is None or place.demonym is not None:
            continue
        gap = text[qualifier.end:place.start]
        if len(gap) > MAX_GAP or "\n" in gap:
            continue
        # the whole gap is the level phrase ("Libyan | city of | X"), or the level noun stands before the demonym
        # and the gap is the rest of it ("ville | libyenne | de X"); never a level phrase after other words
        # ("Russian strikes on the city of X")
        between = gap.strip().lower().replace("’", "'")
        before = text[:qualifier.start].split()[-1:]
        joined = f"{before[0].lower()} {between}" if before else between
        if between in forms or joined in forms:
            out[i] = replace(place, country=demonym.country)
    return out
