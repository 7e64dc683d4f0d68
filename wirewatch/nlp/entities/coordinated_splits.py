"""Two names read as one: "Amnesty International and Human Rights Watch", "la Banque mondiale et le FMI".

The model sometimes takes two coordinated names for one. A candidate the KB does not know as a whole is split at a
list conjunction ("and", "et") when the words on each side are a name on their own: a KB actor's name or a
gazetteer place of country or region level. Names whose parts are not both known stay whole ("Centers for Disease
Control and Prevention", "Bosnia and Herzegovina", a name the KB holds).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_PLACE_FEATURES = frozenset({"CONT", "COUNTRY", "ADM1", "PPLC", "RGN"})


def _known_type(span: Span, kb: ActorKB, gazetteer: Gazetteer | None, lang: str) -> tuple[str, Actor | None] | None:
    """The type (and the KB actor, when one) of a name the KB or the gazetteer holds as written, else None."""
    while len(span) > 1 and span[0].is_lower:  # "le FMI": the article is no part of the name
        span = span[1:]
    if not span or not (span[0].is_title or span[0].is_upper):
        return None
    actors = {a.id: a for a in kb.candidates(span.text, lang)}
    if len(actors) == 1:
        actor = next(iter(actors.values()))
        return actor.type, actor
    if actors:
        return None
    if gazetteer is not None and any(c.place.feature in _PLACE_FEATURES for c in gazetteer.lookup(span.text)):
        return "LOC", None
    return None


def _first_word(span: Span) -> int:
    """Token index of the first word of a name part, after its leading lower-case article."""
    i = span.start
    while i < span.end - 1 and span.doc[i].is_lower:
        i += 1
    return i


def split_coordinated_names(doc: Doc, cands: list[Candidate], kb: ActorKB, gazetteer: Gazetteer | None,
                            lex: EntityLexicon) -> list[Candidate]:
    """Each candidate made of two known names joined by a list conjunction, as two candidates."""
    out: list[Candidate] = []
    for cand in cands:
        span = cand.span(doc)
        conjunctions = [t.i for t in span[1:-1] if t.is_alpha and t.lower_ in lex.conjunctions]
        if cand.actor is not None or len(conjunctions) != 1 or kb.candidates(span.text, lex.lang) or (
                gazetteer is not None and gazetteer.lookup(span.text)):
            out.append(cand)
            continue
        cut = conjunctions[0]
        left, right = doc[cand.start:cut], doc[cut + 1:cand.end]
        left_known = _known_type(left, kb, gazetteer, lex.lang)
        right_known = _known_type(right, kb, gazetteer, lex.lang)
        if left_known is None or right_known is None:
            out.append(cand)
            continue
        out.append(Candidate(_first_word(left), left.end, left_known[0], cand.origin, left_known[1]))
        out.append(Candidate(_first_word(right), right.end, right_known[0], cand.origin, right_known[1]))
    return out
