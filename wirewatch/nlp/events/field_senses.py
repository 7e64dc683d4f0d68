"""A noun of force named with the field it is waged in is a campaign of that field, no assault: an adjective of a
field of trade, diplomacy, law, money or words on the noun ("Renault launched a commercial offensive", "a
diplomatic offensive", « une offensive commerciale », « une guerre commerciale », « les attaques verbales de… »),
or a noun of such a field beside it ("a charm offensive", "a trade war", "a price war", « une offensive de
charme », « la guerre des prix »). Force told with a field of violence keeps its act ("a terrorist attack",
« une offensive terrestre »): those adjectives are in no class here. Word classes of ``event_words.tsv``:
``field_adjective`` (adjectives by lemma) and ``field_noun`` (nouns by lemma, a compound in English, a « de »
phrase in French).

Force aimed at a market is competition, no assault, when the market is one of trade: a noun of the word class
``field_target`` ("market", « marché ») that a good or a field qualifies ("the banks attacked the mortgage
market", « Total a conquis le marché indien du gaz », « une offensive sur le marché des pharmacies », « s'attaque
au marché de l'assurance »), or one a business aims at ("Amazon attacked the market"); force on a share of it is
aimed at it ("seized control of the cloud market", « a pris le contrôle du marché »). This is the one reading of
force aimed at a market (``worded_attacks`` reads force said of words); a market place keeps its attack
(« les rebelles ont attaqué le marché central de Goma », "gunmen attacked a crowded market", « le marché de la
ville »), as does any harm told."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.place_levels import level_nouns
from wirewatch.nlp.events.syntax import contracted_prepositions, prep_objects
from wirewatch.nlp.syntax import OBJECT

FIELD_TYPES = frozenset({"ASSAULT"})  # « une offensive commerciale »; a trade threat is still a threat
ADJECTIVE_DEPS = frozenset({"amod"})
NOUN_DEPS = frozenset({"compound", "nmod", "prep"})  # "charm offensive", « offensive de charme », "war of words"
OF_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "of"})


def waged_in_a_field(trigger: Token, word_type: str, lexicon: EventLexicon) -> bool:
    """The trigger is a noun of force its field qualifies, or a verb whose object is one ("launched a commercial
    offensive", « prépare une offensive diplomatique »); ``word_type`` is the trigger word's own type, before a
    plan retypes it (see the module)."""
    if word_type not in FIELD_TYPES:
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        return qualified_by_field(trigger, lexicon)
    return any(c.dep_ in OBJECT and c.pos_ == "NOUN" and qualified_by_field(c, lexicon) for c in trigger.children)


def qualified_by_field(noun: Token, lexicon: EventLexicon) -> bool:
    """The noun has an adjective of a field ("a commercial offensive") or a noun of a field beside it ("a charm
    offensive", « la guerre des prix »)."""
    adjectives, nouns = lexicon.word_class("field_adjective"), lexicon.word_class("field_noun")
    for child in noun.children:
        if child.dep_ in ADJECTIVE_DEPS and child.lemma_.lower() in adjectives:
            return True
        if child.dep_ in NOUN_DEPS and field_noun(child, nouns):
            return True
    return False


def field_noun(child: Token, nouns: frozenset[str]) -> bool:
    """A noun of a field beside the trigger: a compound ("trade war"), « de charme », "of words"."""
    if child.dep_ == "compound":
        return child.lemma_.lower() in nouns
    if child.dep_ == "prep":  # English "war of words": the noun is the preposition's object
        return child.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in child.children)
    marks = [g for g in child.children if g.dep_ == "case"]
    return child.lemma_.lower() in nouns and bool(marks) and marks[0].lower_ in OF_PREPOSITIONS


PLACE_ENTITIES = frozenset({"LOC", "GPE", "FAC"})
QUALIFIER_DEPS = frozenset({"compound", "nmod"})  # "mortgage market", « marché du gaz »


def aimed_markets(trigger: Token, lexicon: EventLexicon) -> list[Token]:
    """The market nouns (word class ``field_target``) the force is aimed at: the verb's object, the target phrase
    of the noun or of the verb's object ("an offensive on the market", « a lancé une offensive sur le marché »,
    « s'attaque au marché »), and what a share of it is the share of ("seized control of the cloud market",
    « a pris le contrôle du marché »: word class ``of_prep``)."""
    preps, of_preps = lexicon.word_class("target_prep"), lexicon.word_class("of_prep")
    contracted = contracted_prepositions(lexicon.lang)  # « au » is « à », « du » is « de »
    nouns = [c for c in trigger.children if c.dep_ in OBJECT] if trigger.pos_ in ("VERB", "AUX") else [trigger]
    # a support verb's noun ("launched an offensive on the market"): the target phrase of the noun or of the verb
    heads = {trigger, *nouns, *([trigger.head] if trigger.dep_ in OBJECT else [])}  # "launched [an offensive] on"
    aimed = [*nouns, *(o for head in heads for prep, o in prep_objects(head) if contracted.get(prep, prep) in preps),
             *(o for noun in nouns if noun.i != trigger.i for prep, o in prep_objects(noun)
               if contracted.get(prep, prep) in of_preps)]
    return [a for a in aimed if a.pos_ == "NOUN" and a.lemma_.lower() in lexicon.word_class("field_target")]


def market_of_trade(market: Token, lexicon: EventLexicon) -> bool:
    """A good or a field qualifies the market: a common noun that is no place ("mortgage market", « marché du
    gaz », not « marché de la ville », "Christmas market") or an adjective of a field (« marché financier »)."""
    places = level_nouns(market.doc.lang_)
    for child in market.children:
        if child.dep_ == "amod" and child.lemma_.lower() in lexicon.word_class("field_adjective"):
            return True
        if child.dep_ in QUALIFIER_DEPS and child.pos_ == "NOUN" and child.ent_type_ not in PLACE_ENTITIES \
                and child.lemma_.lower() not in places and child.lower_ not in places:
            return True
    return False


def aimed_at_trade(trigger: Token, word_type: str, business_doer: bool, harmed: bool, lexicon: EventLexicon) -> bool:
    """Force aimed at a market of trade, or by a business at a market, harming no one (see the module)."""
    if word_type not in FIELD_TYPES or harmed:
        return False
    return any(business_doer or market_of_trade(m, lexicon) for m in aimed_markets(trigger, lexicon))
