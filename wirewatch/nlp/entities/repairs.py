"""Repairs of candidate types and bounds that rest on the words around a name, each with its example:

- a name after, starting with or (capitalised) ending with a class noun that says what it names ("the tanker
  Eventide", "le télescope Hubble", "Storm Ciarán", "the news website Vesti", « l'école Maurice-Henry », "Martin
  Luther King High School") is no person but of that noun's type (``lexicons/<lang>/kind_nouns.tsv``);
- a lone sentence-initial word the tagger reads as a common noun ("Debris fell …") is no name;
- a dateline glued to a person's name ("WASHINGTON Trump said …") is not part of it;
- a common noun glued before an acronym ("la milice RSF", "the militia RSF") is not part of the name;
- a person's name the model began one word late ("Oleksandr" left out of "Oleksandr Petrenko arrived") takes back
  the capitalised given name right before it;
- a person's possessive is not part of the name after it ("Durand's Liberals" → Durand + Liberals: a party is not
  its leader);
- a known person is not part of the organisation the model read with them ("Rassemblement national de Marine
  Durand", "the Commission Ursula …" after "head of"): a party is not its leader;
- a name does not run across a separator ("Canada • LIVE", "Ottawa | News"): the side with more capitalised
  words is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate, full_name_surnames


def _capitalised_thing_noun(doc: Doc, i: int, lex: EntityLexicon) -> bool:
    """Token ``i`` is a thing's class noun written with a capital as the first word of its name, which the model
    left out ("Hurricane Melissa", "Typhoon Kai", "Operation Northwind"): a noun of a MISC kind, no name word
    before it (not the surname of "Anna Ferry Smith"), so that it cannot end another name."""
    token = doc[i]
    if not token.is_title or lex.kind_nouns.get(normalize(token.text)) != "MISC":
        return False
    before = doc[i - 1] if i > 0 else None
    return before is None or token.is_sent_start or not (before.is_title or before.is_upper)


def _kind_before(doc: Doc, start: int, lex: EntityLexicon) -> str | None:
    """The type a head noun right before ``start`` gives ("the party Chega"); a thing's noun may also stand one
    lower-case word before ("the oil tanker X", "le télescope spatial X"), not a party's or a town's ("le parti
    de Marine Durand" names her party, not her), and not across a preposition (« un navire en mer Noire »)."""
    if start >= 1 and _capitalised_thing_noun(doc, start - 1, lex):
        return "MISC"  # "after Hurricane Melissa", "Operation Northwind began"
    for back in (1, 2):
        i = start - back
        if i < 0:
            return None
        kind = lex.kind_nouns.get(normalize(doc[i].text)) if doc[i].is_lower else None  # not "Jules Ferry and X"
        if kind is not None and (back == 1 or kind == "MISC"):
            return kind
        if not doc[i].is_lower or doc[i].is_punct or doc[i].pos_ == "ADP":
            return None  # « un navire en mer Noire »: a preposition links the noun to another name
    return None


def _kind_at_end(doc: Doc, cand: Candidate, lex: EntityLexicon) -> str | None:
    """The type a capitalised class noun ending the name gives ("Martin Luther King High School", "the Jean
    Monnet Foundation"): the name is the institution's, not the person's it honours (``ends`` in kind_nouns.tsv)."""
    span = cand.span(doc)
    for size in (2, 1):
        kind = lex.name_end_kinds.get(normalize(span[-size:].text)) if len(span) > size else None
        if kind is not None and all(t.is_title for t in span[-size:]):
            return kind
    return None


def _lower_kind_start(doc: Doc, cand: Candidate, lex: EntityLexicon) -> str | None:
    """The type of a lower-case class noun the model read into the name ("lycée Jean-Moulin")."""
    first = doc[cand.start]
    return lex.kind_nouns.get(normalize(first.text)) if cand.end - cand.start > 1 and first.is_lower else None


def _kind_of(doc: Doc, cand: Candidate, lex: EntityLexicon) -> str | None:
    span = cand.span(doc)
    if len(span) > 2 and (kind := lex.kind_nouns.get(normalize(span[:2].text))) is not None:
        return kind
    if len(span) > 1 and (kind := lex.kind_nouns.get(normalize(span[0].text))) is not None:
        return kind
    return _kind_before(doc, cand.start, lex) or _kind_at_end(doc, cand, lex)


def _common_noun_alone(doc: Doc, cand: Candidate, lex: EntityLexicon) -> bool:
    span = cand.span(doc)
    token = span[0]
    return bool(len(span) == 1 and token.is_sent_start and token.pos_ == "NOUN" and not token.text.isupper()
            and normalize(token.text) not in lex.given_names)


def _kind_after(doc: Doc, cand: Candidate, lex: EntityLexicon) -> str | None:
    """The thing or body a name is the modifier of: "the James Webb telescope", "the Ever Given ship", "told
    al-Hadath television" (a noun of a thing's or an organisation's kind right after the name, the name's head,
    and itself no modifier of a next noun)."""
    end = cand.end
    if end >= len(doc) or doc[end].pos_ != "NOUN" or not doc[end].is_lower:
        return None
    kind = lex.kind_nouns.get(normalize(doc[end].text))
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if kind not in ("MISC", "ORG") or cand.span(doc).root.head.i != end or (nxt is not None and nxt.pos_ == "NOUN"):
        return None
    return kind


def retype_things(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> list[Candidate]:
    """Persons whose class noun says they are something else take its type, with every mention of the same
    name: a noun before the name ("the news website Vesti", « l'école Maurice-Henry »), starting it or, capitalised,
    ending it ("Martin Luther King High School"); other names the model read as a place or an organisation become
    things (MISC) when their head noun names a thing: a vessel, a craft, an instrument, a storm ("le télescope
    James Webb", "the tanker Eagle S"), and take the other of the two types when the class noun right before them
    says so ("the newspaper Dawn", "the town Bucha"); lone common nouns are dropped (KB actors are kept as they
    are)."""
    out: list[Candidate] = []
    kinds: dict[str, str] = {}
    for cand in cands:
        if cand.actor is None and cand.type == "PER":
            if _common_noun_alone(doc, cand, lex):
                continue
            if (kind := _kind_of(doc, cand, lex) or _kind_after(doc, cand, lex)) is not None:
                kinds.setdefault(cand.norm(doc), kind)
        elif cand.actor is None and cand.type in ("ORG", "LOC") and _kind_of(doc, cand, lex) == "MISC":
            kinds.setdefault(cand.norm(doc), "MISC")
        elif cand.actor is None and cand.type in ("ORG", "LOC") and (
                kind := _kind_before(doc, cand.start, lex) or _lower_kind_start(doc, cand, lex)) in ("ORG", "LOC") \
                and kind != cand.type:
            kinds.setdefault(cand.norm(doc), kind)  # "the newspaper Dawn" read as a place, "the town Bucha" as a body
        out.append(cand)
    for cand in out:
        if cand.actor is None and cand.type in ("PER", "ORG", "LOC") and cand.norm(doc) in kinds:
            cand.type = kinds[cand.norm(doc)]
    return out


def _dateline_word(token: Token) -> bool:
    """An all-capital word of three letters or more at the start of a line, before a capitalised word."""
    doc = token.doc
    at_line_start = token.i == 0 or doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (at_line_start and token.is_alpha and len(token.text) >= 3 and token.text.isupper()
            and nxt is not None and nxt.is_title and not nxt.text.isupper())


def drop_datelines(doc: Doc, cands: list[Candidate]) -> None:
    """"WASHINGTON Trump" → "Trump": a person's name loses a dateline word glued before it."""
    for cand in cands:
        if cand.actor is None and cand.type == "PER" and cand.end - cand.start >= 2 and _dateline_word(doc[cand.start]):
            cand.rebound(cand.start + 1, cand.end)


def drop_nouns_before_acronyms(doc: Doc, cands: list[Candidate]) -> None:
    """"milice RSF" → "RSF": lower-case words before a closing acronym are a description, not the name."""
    for cand in cands:
        span = cand.span(doc)
        last = span[-1]
        if (cand.actor is None and len(span) >= 2 and last.is_alpha and len(last.text) >= 2 and last.text.isupper()
                and all(t.is_lower and t.is_alpha for t in span[:-1])):
            cand.rebound(cand.end - 1, cand.end)


_SEPARATORS = frozenset({"•", "|", "·", "¦", "▪", "●"})


def split_at_separators(doc: Doc, cands: list[Candidate]) -> None:
    """"Canada • EN DIRECT" → "Canada": of the parts between separators, the one with the most title-case words
    (the first on a tie)."""
    for cand in cands:
        span = cand.span(doc)
        cuts = [t.i for t in span if t.text in _SEPARATORS]
        if cand.actor is not None or not cuts:
            continue
        bounds = list(zip([cand.start, *(c + 1 for c in cuts)], [*cuts, cand.end], strict=True))
        parts = [(start, end) for start, end in bounds if end > start]
        if not parts:
            continue
        best = max(parts, key=lambda b: (sum(t.is_title for t in doc[b[0]:b[1]]), -b[0]))
        cand.rebound(*best)


def extend_over_given_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """"[Oleksandr] Petrenko" → "Oleksandr Petrenko": a person's name takes up to two capitalised given names
    written right before it on the same line, outside every other candidate."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    for cand in cands:
        if cand.actor is not None or cand.type != "PER":
            continue
        for _ in range(2):
            i = cand.start - 1
            if (i < 0 or i in taken or not doc[i].is_title or not doc[i].whitespace_ or "\n" in doc[i].whitespace_
                    or normalize(doc[i].text) not in lex.given_names):
                break
            cand.rebound(i, cand.end)
            taken.add(i)


def split_possessive_owners(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Candidate]:
    """"Durand's Liberals" → "Durand" (PER) + "Liberals": a name holding a possessive whose owner is a person (a
    surname of the article's full names or a KB person) is two names; the owned one is an organisation when the
    model called the whole a person ("Martin's Greens")."""
    surnames = set(full_name_surnames(doc, cands))
    out: list[Candidate] = []
    for cand in cands:
        span = cand.span(doc)
        cut = next((t.i for t in span[1:-1] if t.text in lex.possessives), None)
        if cand.actor is not None or cut is None:
            out.append(cand)
            continue
        owner = doc[cand.start:cut]
        person = normalize(owner[-1].text) in surnames or kb.lookup(owner.text, lex.lang, "PER") is not None
        if not person:
            out.append(cand)
            continue
        out.append(Candidate(cand.start, cut, "PER", cand.origin))
        out.append(Candidate(cut + 1, cand.end, "ORG" if cand.type == "PER" else cand.type, cand.origin))
    return out


def _complement_of_noun(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """The name at ``start`` completes a common noun: "la présidente de la [Commission …]", "head of the [X …]"."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in lex.trim_words and doc[i].lower_ not in lex.name_joiners:
        i -= 1
    return i >= 1 and doc[i].lower_ in lex.name_joiners and doc[i - 1].is_lower and doc[i - 1].is_alpha


def split_leaders_from_bodies(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Candidate]:
    """"Rassemblement national de Marine Durand" → the party + the person: a name not in the KB whose last words
    name a KB person is two names when a joiner stands between them ("de", "of"), the words before are a KB
    organisation, or the whole completes a common noun ("la présidente de la Commission Ursula …"). Names of
    bodies named after a person ("Fondation Jean Dupont") keep their words: their person is no KB person."""
    out: list[Candidate] = []
    for cand in cands:
        span = cand.span(doc)
        split = None
        if cand.actor is None and cand.type != "PER" and len(span) >= 3:
            for k in range(1, len(span) - 1):
                person = kb.lookup(span[k:].text, lex.lang, "PER")
                if person is None or not span[k].is_title:
                    continue
                joiner = span[k - 1].lower_ in lex.name_joiners
                body_end = cand.start + k - (1 if joiner else 0)
                body = kb.lookup(doc[cand.start:body_end].text, lex.lang)
                if body_end > cand.start and (joiner or (body is not None and body.type == "ORG")
                                              or _complement_of_noun(doc, cand.start, lex)):
                    split = (body_end, cand.start + k, person, body)
                break
        if split is None:
            out.append(cand)
            continue
        body_end, person_start, person, body = split
        out.append(Candidate(cand.start, body_end, body.type if body is not None else "ORG", cand.origin, body))
        out.append(Candidate(person_start, cand.end, "PER", cand.origin, person))
    return out
