"""A company's commercial dealings are no political event: a firm suing, paying, meeting or buying another firm
or a party with no public role ("Apple sued a rival over a patent", "the carmaker donated $2 million to a
campaign group"). The test is general: the source is a business (a known actor of the business sector or of the
role "company", ``kb/data/actors*.jsonl`` from Wikidata and the Phoenix actor lists) and the target has no
public role (no target, another business, or an organisation or thing the knowledge base gives no sector). An
act of a firm towards a state, a government, an armed group or a person stays ("Tesla sued the German
government", "the company met the minister"), and so does force (an assault, a protest)."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.actor_resolver import ActorResolver, KnownActor
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import PASSIVE_AUXILIARY
from wirewatch.records import EventActor

BUSINESS_SECTORS = frozenset({"business"})
COMPANY_ROLES = frozenset({"company"})
FORCEFUL = frozenset({"ASSAULT", "PROTEST"})
PUBLIC_TYPES = frozenset({"LOC", "PER"})  # a country, a town, a person


def organisation_entry(actor: EventActor, resolver: ActorResolver) -> KnownActor | None:
    """The knowledge base's entry for the organisation entity the actor stands for, if any."""
    entity = resolver.entities.get(actor.entity) if actor.entity is not None else None
    if entity is None or resolver.kb is None or entity.type != "ORG":
        return None
    return resolver.kb.lookup(entity.name, lang=resolver.lexicon.lang)


def is_business(actor: EventActor, resolver: ActorResolver) -> bool:
    """The actor is a company by its sector, or by the knowledge base's entry for its entity."""
    if actor.sector in BUSINESS_SECTORS:
        return True
    entity = resolver.entities.get(actor.entity) if actor.entity is not None else None
    if entity is not None and resolver.kb is not None and entity.type == "ORG" and entity.role in COMPANY_ROLES:
        return True
    known = organisation_entry(actor, resolver)
    return known is not None and (getattr(known, "sector", None) in BUSINESS_SECTORS
                                  or known.role in COMPANY_ROLES)


def without_public_role(actor: EventActor | None, resolver: ActorResolver) -> bool:
    if actor is None or is_business(actor, resolver):
        return True
    if actor.sector is not None:
        return False
    return actor.entity is None or resolver.entity_type(actor.entity) not in PUBLIC_TYPES


def commercial_act(event_type: str, source: EventActor | None, target: EventActor | None,
                   resolver: ActorResolver) -> bool:
    """A business's act towards no one of public role (see the module)."""
    if event_type in FORCEFUL or source is None or not is_business(source, resolver):
        return False
    return without_public_role(target, resolver)


def agreed_to_be_sold(token: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """An agreement to be bought ("the exchange agreed to be bought by a broker", « a accepté d'être racheté par
    un concurrent »): what a firm agrees to is its own sale (word class ``sale_verb``, passive), no settlement."""
    sales = lexicon.word_class("sale_verb")
    return event_type == "AGREE" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in sales and any(a.dep_ in PASSIVE_AUXILIARY for a in c.children)
        for c in token.children)
