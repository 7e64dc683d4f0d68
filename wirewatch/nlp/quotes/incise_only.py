"""Speech verbs that attribute only in an incise: « … », poursuit X; "…," he continued.

Such a verb (the lexicon gives it no clause, object or infinitive of what was said: ``that`` = no) reports
nothing outside an incise: "les combats se poursuivent", "les prix continuent de grimper", "the talks continued"
are no attribution, and a source phrase around them ("Selon la police, l'enquête se poursuit") reports the
clause itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.content_edges import speech_verb_forms
from wirewatch.nlp.quotes.lexicon import QuoteLexicon


def incise_only(lex: QuoteLexicon, verb: Token) -> bool:
    """Whether ``verb`` is a speech verb that introduces words only in an incise."""
    entry = next((lex.verbs[f] for f in speech_verb_forms(lex.grammar, verb) if f in lex.verbs), None)
    return entry is not None and not (entry.takes_clause or entry.takes_object or entry.takes_infinitive
                                      or entry.object_prepositions)
