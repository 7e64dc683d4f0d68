"""An organ of an international organisation named by its head noun alone: "the Commission", « la Commission »,
"the European Union's powerful Commission" in an article that names the EU are the European Commission. The
organ is the one KB organisation whose name (any language's alias) is a name of the parent the article links
followed or preceded by that word ("EU Commission" → European Commission); a word many countries' bodies bear
("Parliament", « Sénat », ``generic_bodies.tsv``) is left to the article's country (generic_links.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_MAX_PARENT_WORDS = 4  # "European Union", "UN", "Union africaine": a parent's short names, not its long titles


def _organ(word: str, parents: list[Actor], kb: ActorKB, lang: str) -> Actor | None:
    """The one KB organisation a parent's name and ``word`` name together, or None (none or several)."""
    found = {a.id: a for parent in parents for form in parent.surface_forms()
             if len(form.split()) <= _MAX_PARENT_WORDS
             for name in (f"{form} {word}", f"{word} {form}")
             for a in kb.candidates(name, lang) if a.type == "ORG" and a.id != parent.id}
    return next(iter(found.values())) if len(found) == 1 else None


def _owner_and_head(doc: Doc, cand: Candidate, lex: EntityLexicon) -> tuple[str, str] | None:
    """The owner and head word of "<owner>'s [modifiers] <Head>" ("European Union's powerful Commission")."""
    span = cand.span(doc)
    marks = [t.i for t in span if t.text in lex.possessives]
    if len(marks) != 1 or marks[0] in (span.start, span.end - 1) or not span[-1].text[:1].isupper():
        return None
    return doc[span.start:marks[0]].text, span[-1].text


def link_organs_by_parent(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> None:
    """Link an unlinked organisation name that is an organ's head word alone, or an owner's possessive before
    it, to the one organ of a parent organisation the article (or the possessive) names."""
    parents = list({c.actor.id: c.actor for c in cands if c.actor is not None and c.actor.type == "ORG"}.values())
    for cand in cands:
        if cand.actor is not None or cand.type == "PER":
            continue
        span = cand.span(doc)
        if len(span) == 1 and span[0].text[:1].isupper() and lex.generic_body(span.text) is None:
            organ = _organ(span.text, parents, kb, lex.lang)
        elif (owned := _owner_and_head(doc, cand, lex)) is not None and lex.generic_body(owned[1]) is None:
            owners = [a for a in kb.candidates(owned[0], lex.lang) if a.type == "ORG"]
            organ = _organ(owned[1], owners, kb, lex.lang) if len({a.id for a in owners}) == 1 else None
        else:
            continue
        if organ is not None:
            cand.actor = organ
            cand.type = organ.type
