"""The reading of an event word that its doer decides, once the doer is known.

- A word with a reading of force and one of protest ("strike", "grève" …) tells a protest when its doer is a
  civilian body of work or protest ("a strike by teachers", "nurses struck for a week"): workers, students or
  protesters withdraw their work, armed actors strike targets (PLOVER PROTEST, CAMEO 143 "conduct strike or
  boycott", against ASSAULT); so does the word a verb of force takes as its object ("teachers launched a strike").
- A charge "with" a means of force ("police charged the crowd with batons") is force, no accusation.
- An obstruction (CAMEO 144 "obstruct passage, block") done by the state's armed or civil arm ("police blocked
  the roads", "soldiers sealed off the bridge") is a security measure, no protest: PLOVER PROTEST is a
  civilian's act of dissent.
- An act of force with no acting party: a hazard fought ("firefighters battled the blaze") or a craft's accident
  ("a military jet crashed into a school, killing 18"; ``mishaps``), whoever the craft's owner.
- A raid by the police or made to arrest is a search and seizure, PLOVER COERCE (``search_raids``).
- An occupation (CAMEO 192 "occupy territory") in a story whose lead tells a disaster and no attack ("troops
  took control of the flooded district", "police occupied the stadium to shelter the homeless") takes ground
  from no adversary: it is relief or policing, no seizure.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.mishap_causes import blames_a_mishap, told_as_accidental
from wirewatch.nlp.events.mishaps import FORCE, MishapWords, craft_accident, hazard_fought
from wirewatch.nlp.events.search_raids import coercive_raid
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.nlp.syntax import OBJECT
from wirewatch.records import EventActor

# sectors (event_actor_nouns.tsv, Phoenix agents) whose members protest by withdrawing their work or their presence
CIVIL_BODIES = frozenset({"labor", "education", "health", "agriculture", "protesters"})
# sectors of the state, whose blocking of a road is no protest
STATE_ARMS = frozenset({"police", "military", "government"})
OBSTRUCTION = "144"  # CAMEO: obstruct passage, block
OCCUPATION = "192"  # CAMEO: occupy territory


def reading_by_doer(token: Token, event_type: str, entry: TriggerEntry, source: EventActor | None,
                    lexicon: EventLexicon, disaster_story: bool = False) -> str | None:
    """The event's type as its doer reads the word (see the module's text); ``None``: no event.
    ``disaster_story``: the story's lead tells a disaster and no attack (``non_events.story_kind``)."""
    cameo = entry.cameo or lexicon.cameo_code(entry.type, entry.mode) or ""
    if disaster_story and cameo.startswith(OCCUPATION):
        return None
    sector = source.sector if source is not None else None
    if event_type == "ASSAULT" and sector in CIVIL_BODIES \
            and any(protest_reading(word, lexicon) for word in (token, *objects(token))):
        return "PROTEST"
    if event_type == "PROTEST" and sector in STATE_ARMS and cameo.startswith(OBSTRUCTION):
        return None
    if event_type == "ACCUSE" and charged_with_force(token, lexicon):
        return None  # "police charged the crowd with batons": a charge of force, no accusation
    if coercive_raid(token, event_type, sector, lexicon):
        return "COERCE"  # "police raided the offices", "raids to detain activists" (``search_raids``)
    return event_type


def charged_with_force(token: Token, lexicon: EventLexicon) -> bool:
    """What the act is done "with" is a means of force (the word class ``force_means``: "batons", "tear gas"),
    not an offence: "charged the crowd with batons" is no charge before a court."""
    means = lexicon.word_class("force_means")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            words = {noun.lemma_.lower(), noun.lower_, " ".join(t.lower_ for t in noun.subtree if not t.is_punct)}
            if words & means:
                return True
    return False


def protest_reading(word: Token, lexicon: EventLexicon) -> bool:
    """The word, or its lemma as a noun ("nurses struck": a strike), has a reading of protest."""
    nominal = lexicon.triggers.get((word.lemma_.lower(), "NOUN"), [])
    return any(entry.type == "PROTEST" for entry in (*lookup(word, lexicon), *nominal))


def objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBJECT]


def no_acting_party(trigger: Token, event_type: str, words: MishapWords) -> bool:
    """A struggle with a hazard (``mishaps.hazard_fought``), a craft's accident (``mishaps.craft_accident``), or a
    harm blamed on a fault ("blamed the blast on a faulty boiler": ``mishap_causes.blames_a_mishap``) or told as an
    accident ("a grenade exploded accidentally": ``mishap_causes.told_as_accidental``)."""
    return hazard_fought(trigger, event_type, words) or (event_type in FORCE and craft_accident(trigger, words)) \
        or (event_type == "ACCUSE" and blames_a_mishap(trigger, words)) \
        or (event_type in FORCE and told_as_accidental(trigger, words))
