"""A speech verb whose noun object gives it another sense than speaking is no attribution.

"Macron a déclaré que la France soutiendrait l'Ukraine « aussi longtemps qu'il le faudra »": "soutenir" is a speech
verb ("soutenir que …", "« … », soutient X") but with a thing as its object ("l'Ukraine") it means "support" and
reports nothing; the quotation is Macron's, not France's. A verb cue of ``quote_transitive_senses.txt`` (soutenir,
assurer, maintenir; maintain, estimate) that reports no content, whose verb has a noun object, outside quotation
marks or quoted as a thing ("would maintain « strong pressure »": no framed speech, see quoted_object.py), is
dropped. The same verb with a clause ("la France soutient que …") or in an incise ("« … », soutient-il")
keeps its cue, and so does a verb whose object is speech in any sense ("a dénoncé l'attaque").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch import lexicons
from wirewatch.nlp.quotes.lexicon import QuoteGrammar

if TYPE_CHECKING:  # (cues.py applies this rule to the cues it finds)
    from wirewatch.nlp.quotes.cues import Cue

NOMINAL = frozenset({"NOUN", "PROPN"})


def without_transitive_senses(cues: list[Cue], lang: str, g: QuoteGrammar) -> list[Cue]:
    """``cues`` less the verbs whose noun object makes them another verb than one of speech."""
    verbs = frozenset(lexicons.read_lines(lang, "quote_transitive_senses.txt"))
    return [c for c in cues if not (
        c.kind == "verb" and c.content is None and c.speaker_words is None and c.token.lemma_.lower() in verbs
        and any(o.dep_ in g.object and o.pos_ in NOMINAL and o.i > c.token.i for o in c.token.children))]
