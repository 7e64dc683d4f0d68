"""A sports team's "attack" is a move of the game, not an assault: "L'OL a attaqué fort en début de match",
"Manchester United attacked down the left". The test is general: the source is a team or club (an actor of the
sector "sport", ``kb/data/actors*.jsonl`` from Wikidata), no one is counted killed or injured, and what it acts on
is no party of public role: nothing, a thing ("le but adverse") or another team. Supporters of a club who attack
the police keep their act, whatever name the resolver gives them ("des supporters du PSG ont attaqué des
policiers").

The noun of an attack in a sentence about a game is the team's attack, its forwards or their moves, whoever the
parser gives it ("Lyon's attack dominated the match", « l'attaque lyonnaise a été stérile en première mi-temps »,
« le PSG a subi les attaques de Lens pendant tout le match »): no one harmed, on no one or on a team, with a noun
of a game in its sentence (word class ``game_noun`` of ``event_words.tsv``). A verb keeps its act (« des
supporters ont attaqué des policiers après le match »)."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.commercial_acts import organisation_entry
from wirewatch.nlp.events.syntax import preposition_of
from wirewatch.nlp.syntax import OBJECT
from wirewatch.records import EventActor

SPORT_SECTORS = frozenset({"sport"})
GAME_MOVES = frozenset({"ASSAULT", "COERCE", "THREATEN"})  # "attacked", "crushed", "put under pressure"


def is_team(actor: EventActor | None, resolver: ActorResolver) -> bool:
    """The actor is a sports team or club, by its sector or by the knowledge base's entry for its entity."""
    if actor is None:
        return False
    if actor.sector in SPORT_SECTORS:
        return True
    known = organisation_entry(actor, resolver)
    return known is not None and getattr(known, "sector", None) in SPORT_SECTORS


def game_move(event_type: str, source: EventActor | None, target: EventActor | None, harmed: bool,
              resolver: ActorResolver) -> bool:
    """A forceful act whose doer is a team, harming no one, on nothing, a thing or a team (see the module)."""
    if event_type not in GAME_MOVES or harmed or not is_team(source, resolver):
        return False
    return target is None or (target.sector is None and target.entity is None) or is_team(target, resolver)


def game_noun_act(token: Token, event_type: str, target: EventActor | None, harmed: bool, resolver: ActorResolver,
                  game_nouns: frozenset[str], target_preps: frozenset[str],
                  score_words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> bool:
    """An act noun of force, harming no one, on no one, on a team, or with no target phrase of its own (the parser
    may give it the clause's « contre Marseille »), in a sentence about a game (see the module) or telling a
    score (``scores``)."""
    if event_type not in GAME_MOVES or harmed or token.pos_ != "NOUN":
        return False
    if target is not None and not is_team(target, resolver) and aimed_at(token, target_preps):
        return False  # « l'attaque contre le bus des supporters »: a target of its own, not the clause's
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in game_nouns for t in token.sent) \
        or scores(token, score_words)


def scores(token: Token, score_words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The sentence tells a score: a verb of scoring (``score_verb``: « marquer », "score") with a noun of a score
    as its object (``score_noun``: « but », "goal"); « l'attaque de Lyon a marqué trois buts »: « but » alone may
    be an aim, with « marquer » it is a goal."""
    verbs, nouns = score_words
    return any(t.dep_ in OBJECT and t.pos_ == "NOUN" and t.lemma_.lower() in nouns
               and t.head.lemma_.lower() in verbs for t in token.sent)


def aimed_at(noun: Token, target_preps: frozenset[str]) -> bool:
    """The noun has a phrase of its own that a preposition of target introduces ("the attack on the bus")."""
    return any(preposition_of(c) in target_preps for c in noun.children if c.pos_ in ("NOUN", "PROPN", "PRON"))
