"""A demand or a denunciation made at a protest by the people protesting is the protest.

"Hundreds of residents demanded justice during a rally in Kano", "workers denounced the closure at a march in
Turin", "students called for the rector's resignation at a sit-in": the stance verb's clause places it at a
protest (a preposition of time or place whose noun has a reading of protest in the trigger lexicon); the crowd
speaking is the protest's, and what it demands or denounces is the protest's content (PLOVER PROTEST, CAMEO 14).
Only a civilian doer named (people, residents, workers, students, protesters): a minister who "called for
calm at a rally" speaks at a campaign meeting, and a government that "denounced the violence during the
protests" comments on them.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.records import EventActor

STANCES = frozenset({"ACCUSE", "REQUEST"})
# the sectors (event_actor_nouns.tsv) of people who protest: civilians, workers, students, protesters
PROTESTING_SECTORS = frozenset({"civilians", "protesters", "labor", "education", "health", "agriculture"})
SETTING_PREPS = frozenset({"during", "at", "in", "on"})


def voiced_at_a_protest(token: Token, event_type: str, source: EventActor | None, lexicon: EventLexicon) -> bool:
    """Whether a demand or a denunciation by civilians (or by no one named) is placed at a protest."""
    if event_type not in STANCES or source is None or source.sector not in PROTESTING_SECTORS:
        return False
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and any(e.type == "PROTEST" for e in lookup(noun, lexicon)):
                return True
    return False
