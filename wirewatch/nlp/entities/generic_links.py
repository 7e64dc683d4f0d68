"""KB links that rest on the article's country: names many countries' bodies share, and parties.

"Parti social-démocrate", "the Social Democrats", "the Conservatives", "Parliament", "Foreign Ministry" name one
body per country: the KB may hold such a name as the alias of one actor only (Germany's SPD is "Social
Democrats"), but an article about Sweden means Sweden's party.
A name is generic when the lexicon's list of generic bodies (``generic_bodies.tsv``) holds it, or when the KB
gives it to actors of several countries. Such a name keeps its KB link only when

- it carries its country ("sociaux-démocrates allemands", "Malian Foreign Ministry") and that is the actor's, or
- it carries none, and the actor's country is one the article names otherwise: through an actor it links by a
  name that is not generic ("Olaf Scholz", "Germany") or a demonym of its text ("le gouvernement allemand").

A party's link rests on the article's country too, whatever name links it ("Parti socialiste" in an article about
Portugal is not France's party): it stands when the article names the party's country otherwise, or names no
country at all (a name only one body holds then keeps its link).

Else the entity stays unlinked (no id beats a wrong one); clusters.py then names it as a generic body of its
country ("Social Democratic Party (Sweden)")."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_NO_COUNTRY = ""


def generic_name_country(name: str, kb: ActorKB, lex: EntityLexicon) -> str | None:
    """For a generic name, the country it carries (an ISO3 code), or "" when it carries none; None when the name
    is not generic (one body's own name, "Bundestag", "Social Democratic Party of Germany")."""
    body = lex.generic_body(name)
    if body is not None:
        return body[2] or _NO_COUNTRY
    countries = {a.country for a in kb.candidates(name) if a.type != "PER" and a.country}
    return _NO_COUNTRY if len(countries) > 1 else None


def article_countries(doc: Doc, cands: list[Candidate], resting: dict[int, str | None],
                      lex: EntityLexicon) -> set[str]:
    """The countries the article names: those of actors whose links stand on their own (``resting`` None), and of
    demonyms."""
    named = {c.actor.country for i, c in enumerate(cands)
             if c.actor is not None and c.actor.country and resting[i] is None}
    named.update(country for token in doc if token.is_alpha and (country := lex.demonym_country(token.text)))
    return named


def _is_party(cand: Candidate) -> bool:
    return cand.actor is not None and cand.actor.sector == "party"


def unlink_unsupported_links(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> None:
    """Drop the KB link of every candidate whose link rests on a country the article does not support: a generic
    name whose country the name does not carry and the article does not name otherwise, or a party's name whose
    country the article does not name while it names others."""
    generic = {i: generic_name_country(c.span(doc).text, kb, lex) if c.actor is not None and c.actor.type == "ORG"
               else None for i, c in enumerate(cands)}
    resting = {i: _NO_COUNTRY if carried is None and _is_party(c) else carried
               for (i, carried), c in zip(generic.items(), cands, strict=True)}
    if not any(g is not None for g in resting.values()):
        return
    countries = article_countries(doc, cands, resting, lex)
    for idx, cand in enumerate(cands):
        carried = resting[idx]
        if carried is None or cand.actor is None:
            continue
        if carried:
            supported = cand.actor.country == carried
        else:  # a party's own name keeps its link in an article that names no country
            supported = cand.actor.country in countries or (generic[idx] is None and not countries)
        if not supported:
            cand.actor = None


def _demonym_forms(lex: EntityLexicon, country: str) -> list[str]:
    return [form for form, iso3 in lex.demonyms.items() if iso3 == country]


def link_generic_names_by_country(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> None:
    """A generic name the KB leaves unlinked and that carries no country ("Parlement", "the Foreign Ministry")
    names the body of the article's main country (the one its linked actors point to most): the one KB
    organisation of that country the name designates with one of the country's demonyms ("Parlement ukrainien",
    "Ukrainian Foreign Ministry"), if there is one."""
    countries = Counter(c.actor.country for c in cands if c.actor is not None and c.actor.country).most_common(1)
    if not countries:
        return
    country = countries[0][0]
    demonyms = _demonym_forms(lex, country)
    for cand in cands:
        if cand.actor is not None or cand.type == "PER":
            continue
        name = cand.span(doc).text
        body = lex.generic_body(name)
        if body is None or body[2] is not None:
            continue
        found = {a.id: a for d in demonyms for form in (f"{d} {name}", f"{name} {d}")
                 for a in kb.candidates(form, lex.lang) if a.type == "ORG" and a.country == country}
        if len(found) == 1:
            cand.actor = found.popitem()[1]
            cand.type = cand.actor.type
