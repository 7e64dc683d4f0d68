"""Turning a noun phrase into an :class:`EventActor`: a named entity, a KB actor, or a description with a
country ("les forces russes" → Russian armed forces, RUS) and a sector."""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import pycountry
from spacy.tokens import Doc, Token

from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.events.actor_phrases import (
    agent_noun,
    appositions,
    ethnic_only,
    named_apposition,
    points_to_relation,
    stance_prefixed,
    weapon_owner,
)
from wirewatch.nlp.events.incise_speakers import incise_speaker
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.stranded_subjects import in_stranded_subject
from wirewatch.nlp.events.syntax import prep_objects, span_of_head, span_of_phrase
from wirewatch.nlp.events.weapon_names import of_civil_use
from wirewatch.nlp.events.weapon_users import is_weapon, part_of_agent, weapon_nouns, weapon_user
from wirewatch.nlp.syntax import POSSESSOR
from wirewatch.records import Entity, EventActor, Quote


class KnownActor(Protocol):
    id: str
    name: str
    country: str | None
    role: str | None


class ActorLookup(Protocol):
    def lookup(self, surface: str, lang: str | None = None) -> KnownActor | None: ...


@dataclass(frozen=True)
class MentionRef:
    start: int
    end: int
    entity: Entity


def country_names(lang: str) -> dict[str, str]:
    """Normalised country names (English, and the language's own from pycountry's translations) → ISO3."""
    table: dict[str, str] = {}
    translation = None
    if lang != "en":
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            translation = None
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", country.name),
                 getattr(country, "official_name", country.name)}
        if translation is not None:
            names.add(translation.gettext(country.name))
        for name in names:
            for variant in (name, name.split(",")[0], name.split("(")[0]):
                key = normalize(variant)
                if key:
                    table.setdefault(key, country.alpha_3)
    return table


class ActorResolver:
    """Resolves the argument tokens of one document to actors."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], lexicon: EventLexicon,
                 kb: ActorLookup | None, countries: dict[str, str],
                 not_actors: Sequence[tuple[int, int]] = (), quotes: Sequence[Quote] = ()) -> None:
        self.doc = doc
        self.entities = {e.id: e for e in entities}
        # quoted spans with a known speaker: "we" inside them is that speaker
        self.quoted = [(start, end, q.speaker_entity) for q in quotes if q.speaker_entity
                       for start, end in ([(p.start, p.end) for p in q.parts] or [(q.start, q.end)])]
        self.not_actors = not_actors  # spans that name no actor: dates ("Thursday's attack")
        self.lexicon = lexicon
        self.weapons = weapon_nouns(lexicon)  # ``weapon_users``: read once per document, not per word resolved
        self.kb = kb
        self.countries = countries
        self.mentions = sorted(
            (MentionRef(m.start, m.end, e) for e in entities for m in e.mentions), key=lambda r: r.start
        )

    # --- countries -------------------------------------------------------------------------------------
    def country_of_text(self, text: str) -> str | None:
        key = text.lower()
        if key in self.lexicon.demonyms:
            return self.lexicon.demonyms[key]
        head, dash, _ = key.partition("-")
        if dash and head in self.lexicon.demonyms:
            return self.lexicon.demonyms[head]  # "Saudi-led", "Russian-backed": the leading country
        norm = normalize(text)
        if norm in self.countries:
            return self.countries[norm]
        if self.kb is not None and not text.islower():  # a common noun is no acronym ("a car factory": not CAR)
            actor = self.kb.lookup(text, lang=self.lexicon.lang)
            if actor is not None and actor.country:
                return actor.country
        return None

    def country_of_entity(self, entity: Entity) -> str | None:
        if entity.country:
            return entity.country
        return self.country_of_text(entity.name)

    # --- entities --------------------------------------------------------------------------------------
    def entity_over(self, start: int, end: int) -> Entity | None:
        for ref in self.mentions:
            if ref.start < end and start < ref.end:
                return ref.entity
            if ref.start >= end:
                break
        return None

    def last_person_before(self, offset: int) -> Entity | None:
        found = None
        for ref in self.mentions:
            if ref.end > offset:
                break
            if ref.entity.type == "PER":
                found = ref.entity
        return found

    def speaker_at(self, offset: int) -> Entity | None:
        """The speaker of the quote that holds ``offset``, when the quotes layer attributed it."""
        for start, end, entity_id in self.quoted:
            if start <= offset < end and entity_id in self.entities:
                return self.entities[entity_id]
        return None

    def is_subnational_place(self, actor: EventActor) -> bool:
        """A town or region (not a country) named as an actor: blamed or threatened, it stands for no one."""
        if self.entity_type(actor.entity) != "LOC":
            return False
        return normalize(actor.name) not in self.countries and self.country_of_text(actor.name) is None

    def known_entity(self, entity_id: str | None) -> bool:
        return any(ref.entity.kb_id for ref in self.mentions if ref.entity.id == entity_id)

    def public_actor(self, entity_id: str | None) -> bool:
        """An entity the KB knows, or a person named with a function ("General X"), not a passer-by."""
        return any(ref.entity.kb_id or ref.entity.role or ref.entity.type != "PER"
                   for ref in self.mentions if ref.entity.id == entity_id)

    def entity_type(self, entity_id: str | None) -> str | None:
        return next((ref.entity.type for ref in self.mentions if ref.entity.id == entity_id), None)

    def from_entity(self, entity: Entity, sector: str | None = None) -> EventActor:
        country = self.country_of_entity(entity) or self.demonym_in(entity)
        if country is None and entity.mentions:
            span = self.doc.char_span(entity.mentions[0].start, entity.mentions[0].end, alignment_mode="expand")
            country = self.country_before(span.root, entity) if span is not None else None
        return EventActor(name=entity.name, country=country, entity=entity.id,
                          sector=sector or ("government" if entity.type == "LOC" else None))

    def country_before(self, token: Token, entity: Entity) -> str | None:
        """A country in the words before a name: "Nigerian junior minister X", "Ivory Coast's Supreme Court"."""
        start, _ = span_of_head(token)
        for word in self.doc[token.sent.start: token.i]:
            if word.idx < start:
                continue
            country = self.lexicon.demonyms.get(word.lower_)
            if country is None and word.i + 1 < token.i:  # "South African leader X"
                country = self.lexicon.demonyms.get(f"{word.lower_} {word.nbor().lower_}")
            if country is None:
                other = self.entity_over(word.idx, word.idx + len(word.text))
                if other is not None and other.id != entity.id and other.type == "LOC":
                    country = self.country_of_entity(other)
            if country is not None:
                return country
        return None

    def demonym_in(self, entity: Entity) -> str | None:
        """"Latvian Constitutional Court": a country adjective inside the name."""
        for mention in entity.mentions:
            for word in mention.text.split():
                country = self.lexicon.demonyms.get(word.lower())
                if country is not None:
                    return country
        return None

    # --- phrases ---------------------------------------------------------------------------------------
    def names_no_actor(self, token: Token) -> bool:
        """The token is inside a span that names no actor (a date: "in the spring", "Thursday's attack")."""
        return any(start <= token.idx < end for start, end in self.not_actors)

    def is_thing(self, token: Token) -> bool:
        """A common noun that names no actor (not "the army", "protesters", "Russians", "the ambassador",
        "thousands of …", a name or an act) and no one's (not "the German chancellor", "Iran's envoy"): a
        thing, such as a building or a site, even when its phrase says where it is and so gives it a country
        ("a hospital in Kyiv")."""
        lex = self.lexicon
        lemma = token.lemma_.lower()
        return token.pos_ == "NOUN" and lemma not in lex.actor_nouns and token.lower_ not in lex.demonyms \
            and lemma not in lex.titles and token.lower_ not in lex.titles \
            and lemma not in lex.word_class("quantity") and not lex.numbers.get(token.lower_) \
            and (lemma, "NOUN") not in lex.triggers and self.entity_over(token.idx, token.idx + len(token)) is None \
            and self.country_in_phrase(token, who_only=True) == (None, None)

    def resolve(self, token: Token) -> EventActor | None:
        lex = self.lexicon
        lower = token.lower_
        if self.names_no_actor(token):
            return None
        if token.pos_ == "PRON":
            clause = token.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.speech_verbs:
                # "the union said it would …": the speaker is the subject of what it says
                speakers = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
                if speakers and speakers[0].pos_ != "PRON":
                    return self.resolve(speakers[0])
            if lower in lex.word_class("speaker_pronoun"):
                speaker = self.speaker_at(token.idx)
                if speaker is not None:
                    return self.from_entity(speaker)
                named = incise_speaker(clause, lex.speech_verbs)  # « Nous frapperons, a déclaré le chef du groupe »
                return self.resolve(named) if named is not None else None
            if lower in lex.word_class("person_pronoun"):
                person = self.last_person_before(token.idx)
                return self.from_entity(person) if person is not None else None
            return None
        demonym = lex.demonyms.get(lower)
        if demonym is not None:
            # "bombardements russes", "Palestinians protested"
            return EventActor(name=token.text if token.pos_ != "ADJ" else country_label(demonym), country=demonym)
        if lower in lex.word_class("quantity") or lex.numbers.get(lower):
            # "thousands of Iraqi Kurds", "a group of diplomats", "des milliers de manifestants"
            # ("la foule à Abidjan": a place says where the crowd is, not who is in it)
            members = [obj for prep, obj in prep_objects(token) if obj.i > token.i
                       and prep not in lex.word_class("place_prep")]
            if members:
                return self.resolve(members[0])
        head_entity = self.entity_over(token.idx, token.idx + len(token.text))
        named = named_apposition(token) if head_entity is None else None
        if named is not None and self.entity_over(named.idx, named.idx + len(named.text)) is not None:
            # "the special envoy, Steve Witkoff": the person named, of the description's country if none of its own
            actor = self.resolve(named)
            if actor is not None and actor.country is None:
                actor = actor.model_copy(update={"country": self.country_in_phrase(token)[0]})
            if actor is not None:
                return actor
        noun = None if of_civil_use(token) else agent_noun(token, lex)  # not "a water tank"
        if noun is None and is_weapon(token, lex, self.weapons):
            return weapon_user(token, self)  # "Katyusha rockets": no one; "Houthi drones": the Houthis
        if head_entity is not None and noun is None:
            actor = self.from_entity(head_entity)
            if actor.country is None:
                country = self.country_before(token, head_entity) or next(
                    (c for d in appositions(token) if (c := self.country_in_phrase(d)[0]) is not None), None)
                actor = actor.model_copy(update={"country": country})  # "X, head of the Sudanese army"
            return actor
        start, end = span_of_phrase(token)
        phrase = doc_text(self.doc)[start:end]
        country, inner = self.country_in_phrase(token)
        if self.kb is not None and noun is not None:
            known = self.kb.lookup(phrase, lang=lex.lang)
            if known is not None and head_entity is not None and token.pos_ == "PROPN":
                return self.from_entity(head_entity)  # "the European Union": a name, not a description ("the union")
            if known is not None:
                return EventActor(name=known.name, country=known.country or country, entity=None,
                                  sector=noun.sector)
        owner = weapon_owner(token, lex)
        owned = self.resolve(owner) if owner is not None else None
        if owned is not None:
            return owned  # "raids by the navy's helicopters": the navy's
        if token.lemma_.lower() in lex.modes and country is not None and noun is None:
            # weapons named as the doer ("des drones russes ont frappé"): the country's armed forces; not an
            # agent noun that is also a mode word ("by gunmen in Nairobi": the gunmen, not the army)
            return EventActor(name=f"{country_label(country)} armed forces", country=country, sector="military")
        if noun is None and (token.lemma_.lower(), "NOUN") in lex.triggers and token.pos_ == "NOUN":
            # an event named as the doer ("les frappes israéliennes ont visé …"): its country acted; where it
            # happened ("talks in Jeddah") says nothing of who
            whose_country, _ = self.country_in_phrase(token, who_only=True)
            return EventActor(name=country_label(whose_country), country=whose_country) \
                if whose_country is not None else None
        if noun is not None:
            name = noun.name
            if inner is not None and inner.type != "LOC" and not self.names_agent_part(token, inner):
                return self.from_entity(inner, sector=noun.sector)
            if country is not None:
                name = f"{country_label(country)} {noun.name}"
            return EventActor(name=name, country=country, sector=noun.sector)
        if head_entity is not None:
            return self.from_entity(head_entity)
        if inner is not None and inner.type == "LOC" and holds_a_title(token, lex):
            # "l'arrestation du maire d'Istanbul": the mayor, not the city, of the city's country
            return EventActor(name=phrase, country=country or self.country_of_entity(inner))
        if inner is not None and inner.type == "PER" and token.lemma_.lower() in lex.word_class("kin_noun"):
            # « la fille de Joe Biden »: the daughter, of her mother's country, not the mother
            return EventActor(name=phrase, country=country or self.from_entity(inner).country)
        if inner is not None:
            return self.from_entity(inner)
        if token.pos_ == "PROPN":
            return EventActor(name=phrase, country=country or self.country_of_text(phrase))
        if country is not None:
            return EventActor(name=phrase, country=country)
        return None

    def names_agent_part(self, token: Token, entity: Entity) -> bool:
        """The entity is a modifier word that is part of the agent noun's name ("Riot police" tagged a person), not
        a name that holds the noun too ("the Syrian Air Force")."""
        over_head = self.entity_over(token.idx, token.idx + len(token.text))
        if over_head is not None and over_head.id == entity.id:
            return False
        return any(part_of_agent(c, token, self.lexicon) and (e := self.entity_over(c.idx, c.idx + len(c.text)))
                   is not None and e.id == entity.id for c in token.children)

    def country_in_phrase(self, token: Token, depth: int = 0,
                          who_only: bool = False) -> tuple[str | None, Entity | None]:
        """A country stated inside the phrase: a demonym ("russes"), a possessor ("Iran's"), a named entity.
        The entity is returned only when it names who ("Iran's facilities", "les sites de l'Iran"), not where
        ("une école à Soumy", "a school in Sumy"); with ``who_only`` a country of where is not returned either.
        One level down too: "Vietnamese-led forces", "a spokesman for Iran's army"."""
        inner: Entity | None = None
        nested: str | None = None
        where: str | None = None  # a place phrase's country ("in Brussels"): only when nothing says whose
        for child in token.children:
            if child.dep_ not in ("amod", "compound", "nmod", "flat", "flat:name", "prep", "npadvmod") and \
                    child.dep_ not in POSSESSOR:
                continue
            node = child
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                node = objects[0]
            case = [c for c in node.children if c.dep_ == "case"]
            whose_case = self.lexicon.word_class("whose_case")
            whose = child.dep_ != "prep" and (not case or case[0].lower_ in whose_case
                                              or case[0].lemma_.lower() in whose_case)
            whose = whose or (child.dep_ == "prep" and child.lower_ in self.lexicon.word_class("whose_prep"))
            if (who_only and not whose) or stance_prefixed(node, self.lexicon) or ethnic_only(node, self.lexicon) \
                    or points_to_relation(child, self.lexicon, whose) or in_stranded_subject(node):
                continue  # "anti-Syria", "Israel's ally": another's country, not this actor's
            entity = self.entity_over(node.idx, node.idx + len(node.text))
            # a word of a longer place name is not that name's country ("Ireland" in "Northern Ireland")
            start, end = node.idx, node.idx + len(node.text)
            within_name = entity is not None and entity.type == "LOC" and any(
                m.start <= start and end <= m.end and m.end - m.start > end - start for m in entity.mentions)
            country = self.country_of_entity(entity) if within_name and entity is not None \
                else self.country_of_text(node.text)
            if country is None and entity is not None:
                country = self.country_of_entity(entity)
            if country is not None and not whose and (entity is None or entity.type == "LOC"):
                # "the Russian envoy in Brussels": where the actor is yields to whose it is
                where = where or country
                continue
            if country is not None:
                return country, entity if whose or (entity is not None and entity.type != "LOC") else None
            if entity is not None and whose:
                inner = entity
            if depth == 0 and nested is None and (whose or child.dep_ in ("amod", "compound")):
                nested = self.country_in_phrase(node, depth + 1, who_only)[0]
        if depth == 0 and not who_only and nested is None and where is None:
            where = self.country_where_based(token)
        return nested or where, inner

    def country_where_based(self, token: Token) -> str | None:
        """Where a described actor works, as a participle clause says ("a newspaper based in Beirut", "guerrillas
        operating in Macedonia"): its country only when nothing says whose the actor is."""
        for clause in token.children:
            if clause.dep_ != "acl" or clause.pos_ != "VERB":
                continue
            for prep, obj in prep_objects(clause):
                entity = self.entity_over(obj.idx, obj.idx + len(obj.text))
                if prep in self.lexicon.word_class("place_prep") and entity is not None and entity.type == "LOC":
                    return self.country_of_entity(entity)
        return None


def country_label(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return str(getattr(country, "common_name", None) or country.name.split(",")[0])


def holds_a_title(token: Token, lexicon: EventLexicon) -> bool:
    """A common noun of an office ("maire", "governor"): its holder is someone, not the place it is of."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in lexicon.titles or token.lower_ in lexicon.titles)
