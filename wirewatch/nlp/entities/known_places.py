"""Names the model typed as persons or organisations that the gazetteer knows as places ("Kyiv said", "in El
Fasher", "to Khan Younis", "in Abu Dhabi"), and seas or regions it typed as MISC (« mer Noire »)."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import name_key, normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate, in_place_context

_PLACE_FEATURES = frozenset({"COUNTRY", "ADM1", "PPLC", "PPL", "RGN"})
_AREA_FEATURES = frozenset({"RGN", "CONT", "COUNTRY", "ADM1"})
_SEAT_FEATURES = frozenset({"COUNTRY", "ADM1", "PPLC"})  # a state, a first-level region, a capital
_MIN_TOWN_ALONE = 100_000  # a town named without context must be this large
_MIN_TOWN_IN_CONTEXT = 5_000


def _seat_named_after_given_name(span: Span, gazetteer: Gazetteer) -> bool:
    """A name of two words or more that is the main name of a country, region or capital ("Abu Dhabi", "San
    Salvador"): its first word may be a given name, the whole is no person's."""
    return len(span) >= 2 and any(c.main_name and c.place.feature in _SEAT_FEATURES
                                  for c in gazetteer.lookup(span.text))


def retype_known_places(doc: Doc, cands: list[Candidate], lex: EntityLexicon, gazetteer: Gazetteer | None) -> None:
    """Towns the model took for people ("Kyiv said" as PER) or organisations ("in El Fasher" as ORG): a name the
    gazetteer knows as a place (by its main name, or another spelling of it with the same name key: "Khan Younis"
    of "Khān Yūnis") becomes LOC when it is no person's surname and does not start with a given name — unless,
    after a locative preposition, it is the main name of a country, region or capital ("in Abu Dhabi").
    Without context it must be a country, region, capital or city of 100,000 people; after a locative preposition
    or in a list of places, any town of 5,000 will do, and an ORG is only retyped in such a context. A name the
    model read as MISC becomes LOC when it is the main or authored name of a sea, region, continent or country
    (« mer Noire », « Moyen-Orient »), not a nationality."""
    if gazetteer is None:
        return
    full_names_of: dict[str, set[str]] = defaultdict(set)  # surname → full names ending with it
    for full in cands:
        tokens = [t for t in full.span(doc) if not t.is_punct]
        if full.type == "PER" and len(tokens) >= 2 and tokens[-1].is_title:
            full_names_of[normalize(tokens[-1].text)].add(full.norm(doc))
    for c in cands:
        span = c.span(doc)
        if c.actor is None and c.type == "MISC" and len(span) <= 3 and not lex.is_nationality(span.text) and any(
                cand.main_name and cand.place.feature in _AREA_FEATURES for cand in gazetteer.lookup(span.text)):
            c.type = "LOC"  # « mer Noire », « Moyen-Orient » read as MISC: a sea or region the gazetteer names
            continue
        if c.actor is not None or c.type not in ("PER", "ORG") or len(span) > 3:
            continue
        words = c.norm(doc).split()
        if full_names_of.get(words[-1], set()) - {c.norm(doc)}:
            continue
        in_context = in_place_context(doc, c, cands, lex)
        if words[0] in lex.given_names and not (in_context and _seat_named_after_given_name(span, gazetteer)):
            continue
        if c.type == "ORG" and not in_context:
            continue
        floor = _MIN_TOWN_IN_CONTEXT if in_context else _MIN_TOWN_ALONE
        written = name_key(span.text)  # another spelling of the main name: "Khan Younis" of "Khān Yūnis"
        if any(cand.place.feature in _PLACE_FEATURES and (cand.place.feature != "PPL" or cand.place.population >= floor)
               for cand in gazetteer.lookup(span.text) if cand.main_name or name_key(cand.place.name) == written):
            c.type = "LOC"
