"""A raid made to arrest, or by the police, is a search and seizure: PLOVER COERCE.

The PLOVER codebook lists "execute search, confiscate property, raid" as COERCE's ``seize`` mode and arrests as its
``arrest`` mode, while the CAMEO dictionary codes the verb RAID as conventional military force (190, ASSAULT). The
two meet in the doer and the aim: a raid by the police ("police raided the newspaper's offices") or one made to
arrest ("raids to detain activists", "raided homes to arrest suspects") is coercion; an armed group's or an army's
raid on a post or a camp stays an assault. Raid words: the word class ``search_raid`` of ``event_words.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.controlled_roles import purpose_marked
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup

SEARCH_RAID = "search_raid"
POLICE = "police"
ARREST = "arrest"
PURPOSES = frozenset({"xcomp", "advcl", "acl"})


def coercive_raid(token: Token, event_type: str, sector: str | None, lexicon: EventLexicon) -> bool:
    """Whether an assault read from a raid word is a search and seizure: done by the police, or with an arrest as
    its purpose (an infinitive of an arrest verb on the raid word or on the verb that governs it: "carried out
    raids to detain …")."""
    if event_type != "ASSAULT" or token.lemma_.lower() not in lexicon.word_class(SEARCH_RAID):
        return False
    if sector == POLICE:
        return True
    holders = [token, *([token.head] if token.pos_ == "NOUN" and token.head != token else [])]
    purposes = [c for holder in holders for c in holder.children if c.dep_ in PURPOSES and purpose_marked(c)]
    return any(arrests(verb, lexicon) for verb in (*purposes, *misread_purposes(holders)))


def arrests(verb: Token, lexicon: EventLexicon) -> bool:
    return any(e.mode == ARREST for e in lookup(verb, lexicon))


def misread_purposes(holders: list[Token]) -> list[Token]:
    """"conducting new raids to detain union activists" read with "to" as a preposition and the verb as a modifier of
    the noun after it: the word right after a "to" that hangs on the raid or its verb, when it is tagged a verb."""
    doc = holders[0].doc
    return [doc[c.i + 1] for holder in holders for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "to" and c.i + 1 < len(doc) and doc[c.i + 1].pos_ == "VERB"]
