"""A subject that says no one spoke: "No one at the bank said the vote was rigged", "Nobody predicted that …",
"None of the aides claimed …", « Personne n'a dit que … », « Aucun responsable n'a affirmé que … ».

The verb then reports nothing: what follows was said by no one, and a name inside the subject ("the bank") is not
its speaker. The words are the ``no_one`` class of ``quote_function_words.tsv``: the subject's head itself when no
determiner stands before it ("nobody", "none of …", « personne », « aucun des … »; not « une personne »), or a word
before the head ("no one", "neither aide", « aucun responsable »).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def says_no_one(g: QuoteGrammar, subject: Token | None) -> bool:
    """Whether ``subject``, the head of a speech verb's subject, says that no one spoke."""
    if subject is None or not g.no_one:
        return False
    before = [c for c in subject.children if c.i < subject.i]
    if subject.lower_ in g.no_one and not any(c.pos_ == "DET" and c.lower_ not in g.no_one for c in before):
        return True
    return any(c.lower_ in g.no_one for c in before)
