"""Given names coordinated before one surname: "Bill and Hillary Clinton", "Jean-Marc et Paul Verlaine".

The surname is written once, after the second given name; the first person's mention is their given name alone.
That person's full name is their given name with the surname of the full name after the conjunction, and it is
the entity's name (or finds its KB actor by spelling key) when the entity has no longer name of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.clusters import Cluster
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate


def _full_name_after(doc: Doc, cand: Candidate, starts: dict[int, Candidate], lex: EntityLexicon) -> str | None:
    """The full name "Given Surname" when ``cand`` is a lone given name (of the given-name list), a conjunction
    follows and then a person's name of two words or more, capitalised first and last."""
    span = cand.span(doc)
    given = normalize(span.text).split()  # "Jean-Pierre": each part a given name
    if len(span) != 1 or not given or any(g not in lex.given_names for g in given) or cand.end >= len(doc):
        return None
    if doc[cand.end].lower_ not in lex.conjunctions or (other := starts.get(cand.end + 1)) is None:
        return None
    words = other.span(doc)
    if other.type != "PER" or len(words) < 2 or not (words[0].is_title and words[-1].is_title):
        return None
    return f"{span.text} {doc[words.start + 1:words.end].text}"


def coordinated_full_names(doc: Doc, clusters: list[Cluster], kb: ActorKB,
                           lex: EntityLexicon) -> dict[int, str]:
    """Cluster id → the full name of a person the article names by a coordinated given name only; a person the
    KB knows under that full name becomes the cluster's actor instead."""
    starts = {c.start: c for cluster in clusters if cluster.type == "PER" for c in cluster.mentions}
    out: dict[int, str] = {}
    for cluster in clusters:
        if cluster.type != "PER" or cluster.actor is not None:
            continue
        named = [c for c in cluster.mentions if c.origin != "descriptor"]
        if not named or any(len(c.span(doc)) > 1 for c in named):
            continue
        full = next((f for c in named if (f := _full_name_after(doc, c, starts, lex)) is not None), None)
        if full is None:
            continue
        actor: Actor | None = kb.lookup_person(full)
        if actor is not None:
            cluster.actor = actor
        else:
            english = lex.romanization.english(full, cluster.country) if lex.romanization is not None else None
            out[id(cluster)] = english or full
    return out
