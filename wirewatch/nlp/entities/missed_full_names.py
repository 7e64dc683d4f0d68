"""A person's full name the model missed, found from the surname it did find: "Spain's Mikel Ortega scored …
said Ortega" → "Mikel Ortega".

The model often tags a person only where the surname stands alone. A capitalised proper noun written right
before another occurrence of that surname, outside every candidate, is the given name: the two make a full-name
mention, which the bare surnames then join (clusters.py), so the entity is named in full. Titles, demonyms,
words that are no names ("Monday"), and names the KB holds are not given names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate, taken_tokens


def _given_name(token: Token, lex: EntityLexicon) -> bool:
    text = token.text
    return (token.pos_ == "PROPN" and token.is_title and token.is_alpha and len(text) > 1
            and normalize(text) not in lex.not_names and lex.title_role(text) is None
            and lex.demonym_country(text) is None and bool(token.whitespace_))


def add_missed_full_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> list[Candidate]:
    """Full-name candidates "Given Surname" for the surnames of lone person mentions (see the module's
    docstring); no name the article already writes in full."""
    surnames = {c.span(doc).text for c in cands if c.type == "PER" and c.actor is None and len(c.span(doc)) == 1}
    full = {c.span(doc)[-1].text for c in cands if c.type == "PER" and len(c.span(doc)) >= 2}
    surnames -= full
    if not surnames:
        return cands
    taken = taken_tokens(len(doc), cands)
    added = []
    for token in doc[1:]:
        i = token.i
        if token.text in surnames and not taken[i] and not taken[i - 1] and _given_name(doc[i - 1], lex):
            added.append(Candidate(i - 1, i + 1, "PER", "ner"))
            taken[i - 1] = taken[i] = True
    return sorted(cands + added, key=lambda c: c.start) if added else cands
