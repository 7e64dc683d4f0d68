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
LEADING_WORDS = 3  # the words before the demonym read for a level noun ("la ville" libyenne de)


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
        lead = " ".join(text[:qualifier.start].split()[-LEADING_WORDS:])
        phrase = f"{lead} {gap.strip()}".lower().replace("’", "'")
        if any(_ends_with_words(phrase, form) for form in forms):
            out[i] = replace(place, country=demonym.country)
    return out


def _ends_with_words(phrase: str, form: str) -> bool:
    """Whether ``phrase`` ends with the level phrase ``form`` as whole words ("… city of", "… ville d'")."""
    if not phrase.endswith(form):
        return False
    before = phrase[: len(phrase) - len(form)]
    return not before or before.endswith(" ")
