"""The grammatical gender of an organisation's name, which a French pronoun agrees with: "la Commission …
elle", "le Kremlin … il", "l'armée … elle" (never "il" for "la Commission").

Read on the article's own words: the gender the tagger gives the determiner right before a mention ("la",
"le"; an elided "l'" states none), else the gender of the mention's head noun ("l'armée" is feminine). English
determiners and names carry no gender, so English organisations get none and any pronoun may take them up.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.nlp.quotes.antecedents import GENDERS
from wirewatch.nlp.quotes.mentions import EntityMention


def organisation_gender(doc: Doc, m: EntityMention) -> str | None:
    """"f" or "m" for an organisation mention whose determiner or head noun states it (see the module docstring)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    det = first if first.pos_ == "DET" else doc[first.i - 1] if first.i > 0 else None
    if det is not None and det.pos_ == "DET" and det.head.i in range(span.start, span.end):
        gender = GENDERS.get(next(iter(det.morph.get("Gender", [])), ""))
        if gender:
            return gender
    root = span.root
    return GENDERS.get(next(iter(root.morph.get("Gender", [])), "")) if root.pos_ == "NOUN" else None
