"""The ``ww_entities`` component: PER/ORG/LOC/MISC entities, merged within the article, named canonically.

Finds candidates (model NER repaired with the actor KB, surnames and majority labels — see spans.py), groups
them into entities (clusters.py; "Mrs. Trump" by gender in gender.py), and writes
``doc._.ww_entities: list[Entity]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import CANONICAL_LANG, normalize, strip_accents
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.entities.article_names import link_outlets_without_article
from wirewatch.nlp.entities.article_places import extend_over_place_articles
from wirewatch.nlp.entities.award_names import retype_awards
from wirewatch.nlp.entities.canonical_names import article_country, canonical_name, plain_spacing
from wirewatch.nlp.entities.capital_lines import drop_names_in_capitals
from wirewatch.nlp.entities.capitalised_words import drop_capitalised_common_words
from wirewatch.nlp.entities.clusters import (
    Cluster,
    assign_roles,
    cluster_candidates,
    descriptor_mentions,
    link_titled_given_names,
    mark_genders,
    retype_titled_names,
    set_nationality_countries,
)
from wirewatch.nlp.entities.compass_places import retype_compass_regions
from wirewatch.nlp.entities.coordinated_names import coordinated_full_names
from wirewatch.nlp.entities.coordinated_splits import split_coordinated_names
from wirewatch.nlp.entities.dateline_places import dateline_places
from wirewatch.nlp.entities.district_names import retype_names_before_name_levels
from wirewatch.nlp.entities.given_name_joins import join_split_given_names
from wirewatch.nlp.entities.hyphen_compounds import NOTABLE_FEATURES, NOTABLE_POPULATION, extend_over_hyphen_compounds
from wirewatch.nlp.entities.institutions import lowercase_institution_name
from wirewatch.nlp.entities.known_extensions import extend_to_known_names
from wirewatch.nlp.entities.known_places import retype_known_places
from wirewatch.nlp.entities.leading_demonyms import split_leading_demonyms
from wirewatch.nlp.entities.level_places import retype_names_before_level_words, retype_regions_with_level_words
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.missed_full_names import add_missed_full_names
from wirewatch.nlp.entities.numbered_names import counts_next_noun, extend_over_numbers
from wirewatch.nlp.entities.owned_names import retype_place_owned_names
from wirewatch.nlp.entities.person_evidence import retype_described_persons, retype_person_name_ends
from wirewatch.nlp.entities.place_evidence import retype_placed_names
from wirewatch.nlp.entities.place_names import name_places
from wirewatch.nlp.entities.quoted_titles import retype_quoted_titles
from wirewatch.nlp.entities.repairs import (
    drop_datelines,
    drop_nouns_before_acronyms,
    extend_over_given_names,
    retype_things,
    split_at_separators,
    split_leaders_from_bodies,
    split_possessive_owners,
)
from wirewatch.nlp.entities.sentence_starts import extend_over_sentence_starts
from wirewatch.nlp.entities.spans import (
    Candidate,
    add_surname_mentions,
    combine,
    gazetteer_candidates,
    harmonise_types,
    join_of_phrases,
    ner_candidates,
    retype_given_names,
    split_joined_names,
    taken_tokens,
)
from wirewatch.nlp.entities.teams import SportsLexicon, mark_national_teams, team_country, team_name
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.resources import Resources
from wirewatch.records import Entity, Mention


def _matchable(alias: str, lex: EntityLexicon) -> bool:
    """KB aliases searched in text: proper-name forms (capital or digit first) of two characters or more, not
    descriptions made of a demonym and common nouns ("Israeli military", "Iran's armed forces")."""
    words = alias.split()
    if len(alias) < 2 or not (alias[0].isupper() or alias[0].isdigit()):
        return False
    described = lex.demonym_country(words[0]) is not None or "'s" in alias or "’s" in alias
    return not (described and any(w[:1].islower() for w in words[1:]))


def _titled_form(alias: str, actor: Actor, lex: EntityLexicon) -> bool:
    """A person's KB alias made of a title in lower case and their name ("pape François", "roi Charles III"):
    searched in text too, where the model often misses a name right after its title ("Le pape François a reçu
    …"); the mention is the name after the title."""
    words = alias.split()
    return (actor.type == "PER" and len(words) >= 2 and words[0].islower() and words[-1][:1].isupper()
            and lex.title_role(words[0]) is not None)


def _folded(words: Iterable[str]) -> list[str]:
    """Words without their accents (a word made only of marks keeps them): the KB's names are looked up
    accent-insensitively, so « Benyamin Nétanyahou » is the KB's "Benyamin Netanyahou"."""
    return [strip_accents(w) or w for w in words]


def _folded_doc(doc: Doc) -> Doc:
    """``doc``'s tokens without accents, one for one (the KB matcher's indices are ``doc``'s)."""
    return Doc(doc.vocab, words=_folded(t.text for t in doc), spaces=[bool(t.whitespace_) for t in doc])


def _capitals(words: Iterable[str]) -> tuple[bool, ...]:
    """Which words of a name after its first start with a capital letter."""
    return tuple(w[:1].isupper() for w in list(words)[1:])


_WORD_ACRONYM_LENGTH = 4  # "Nato", "Unicef", "Ocha": shorter ones ("Un", "Onu") are too often words


def _acronym_written_as_word(span: Span, lex: EntityLexicon) -> bool:
    """An acronym written with one capital, as French and British style write those read as a word ("l'Ocha",
    "Nato", "Unrwa"): one word of four letters or more, no given name ("Sana", "Rand"), and no part of a longer
    name (no capitalised word right before or after it: "Rand Paul")."""
    text = span.text
    if len(span) != 1 or len(text) < _WORD_ACRONYM_LENGTH or not text.istitle() or not text.isalpha() \
            or normalize(text) in lex.given_names:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return not ((before is not None and before.is_title and not span[0].is_sent_start)
                or (after is not None and after.is_title))


def _written_as_name(span: Span, acronyms: frozenset[str], capitals: set[tuple[bool, ...]],
                     lex: EntityLexicon) -> bool:
    """A case-insensitive KB match counts where the text writes it as a name: capital or digit first, and in
    capitals where the KB only knows it as an acronym ("UN", not the French article "Un"). A word the KB's forms
    capitalise but the text does not is a title before another name when it is a title word or a name follows
    ("le maire Paul Girard" is no "Le Maire"; "Bloc québécois a voté" is the Bloc Québécois)."""
    text = span.text
    first = text[:1]
    if text.lower() in acronyms and not text.isupper():
        return _acronym_written_as_word(span, lex)
    if not (first.isupper() or first.isdigit()):
        return False
    if text.isupper() or not capitals:
        return True
    words = [t.text for t in span]
    written = _capitals(words)
    if any(all(w or not need for w, need in zip(written, form, strict=True)) for form in capitals):
        return True
    lowered = {i + 1 for form in capitals for i, (w, need) in enumerate(zip(written, form, strict=True))
               if need and not w}
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return not (any(lex.title_role(words[i]) for i in lowered) or (nxt is not None and nxt.is_title))


class EntityComponent:
    """Entities with canonical names, KB ids, countries and roles."""

    def __init__(self, nlp: Language, name: str, lang: str):
        self.name = name
        self.lang = lang
        self.vocab = nlp.vocab
        self.kb: ActorKB | None = None
        self.gazetteer: Gazetteer | None = None
        self.lex: EntityLexicon | None = None
        self.sports: SportsLexicon | None = None
        self.matcher: PhraseMatcher | None = None
        self.match_actor: dict[int, Actor] = {}
        self.acronyms: frozenset[str] = frozenset()
        self.capitals: dict[tuple[int, tuple[str, ...]], set[tuple[bool, ...]]] = {}
        self.lowercase_names: set[tuple[int, tuple[str, ...]]] = set()  # institutions.py
        self.titled_names: set[tuple[int, tuple[str, ...]]] = set()  # "pape François" (_titled_form)

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   resources: Resources | None = None) -> None:
        if resources is None or nlp is None:
            raise ValueError(f"{self.name}: initialize() needs nlp= and resources=")
        self.kb = resources.actors
        self.gazetteer = resources.gazetteer
        self.lex = EntityLexicon.load(self.lang)
        self.sports = SportsLexicon.load(self.lang)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        acronyms: set[str] = set()
        written: set[str] = set()
        for actor in self.kb.actors:
            if not actor.has_reference_name:
                continue  # listed actors (tens of thousands) are linked where the model finds their names
            lowercase = {f for f in actor.surface_forms()
                         if lowercase_institution_name(f, actor, self.lex.trim_words)}
            titled = {f for f in actor.surface_forms() if _titled_form(f, actor, self.lex)}
            forms = sorted({f for f in actor.surface_forms() if _matchable(f, self.lex)} | lowercase | titled)
            forms = [f for f in forms if len({a.id for a in self.kb.candidates(f)}) == 1]
            if not forms:
                continue
            acronyms.update(f.lower() for f in forms if f.isupper())
            written.update(f.lower() for f in forms if not f.isupper())
            key = nlp.vocab.strings.add(f"ww_actor:{actor.id}")
            self.match_actor[key] = actor
            patterns = [_folded_doc(nlp.make_doc(f)) for f in forms]
            self.matcher.add(f"ww_actor:{actor.id}", patterns)
            self.lowercase_names.update((key, tuple(t.lower_ for t in p)) for f, p in zip(forms, patterns, strict=True)
                                        if f in lowercase)
            self.titled_names.update((key, tuple(t.lower_ for t in p)) for f, p in zip(forms, patterns, strict=True)
                                     if f in titled)
            for pattern in patterns:
                if len(pattern) > 1:
                    words = tuple(t.lower_ for t in pattern)
                    self.capitals.setdefault((key, words), set()).add(_capitals(t.text for t in pattern))
        self.acronyms = frozenset(acronyms - written)

    def __call__(self, doc: Doc) -> Doc:
        clusters = self.match(doc)
        self.set_annotations(doc, clusters)
        return doc

    def match(self, doc: Doc) -> list[Cluster]:
        if self.kb is None or self.lex is None or self.matcher is None or self.sports is None:
            raise RuntimeError(f"{self.name} used before initialize()")
        kb_cands = self._kb_candidates(doc)
        ner = drop_names_in_capitals(doc, ner_candidates(doc, self.lex), self.gazetteer)  # "MACRON WARNS RUSSIA"
        cands = join_of_phrases(doc, combine(ner, kb_cands), self.kb, self.lex)
        cands = extend_to_known_names(doc, cands, self.kb, self.lex)
        cands = split_coordinated_names(doc, cands, self.kb, self.gazetteer, self.lex)
        extend_over_sentence_starts(doc, cands, self.lex)
        split_at_separators(doc, cands)
        extend_over_hyphen_compounds(doc, cands, self.lex, self._is_notable_place)  # « [La Croix]-Rouge »
        extend_over_numbers(doc, cands)
        cands = split_possessive_owners(doc, cands, self.kb, self.lex)
        cands = split_leaders_from_bodies(doc, cands, self.kb, self.lex)
        drop_datelines(doc, cands)
        cands = split_leading_demonyms(doc, cands, self.kb, self.lex)
        drop_nouns_before_acronyms(doc, cands)
        extend_over_given_names(doc, cands, self.lex)
        cands = join_split_given_names(doc, cands, self.lex)
        retype_titled_names(doc, cands, self.lex)
        retype_given_names(doc, cands, self.lex)
        retype_known_places(doc, cands, self.lex, self.gazetteer)
        retype_compass_regions(doc, cands, self.gazetteer, self.lex.given_names)
        retype_placed_names(doc, cands, self.lex, self.gazetteer)
        retype_place_owned_names(doc, cands, self.lex, self.gazetteer)
        retype_names_before_level_words(doc, cands, self.lex, self.gazetteer)
        retype_regions_with_level_words(doc, cands, self.lex, self.gazetteer)  # "Borno State"
        retype_names_before_name_levels(doc, cands, self.gazetteer)
        cands = add_surname_mentions(doc, split_joined_names(doc, cands))
        cands = gazetteer_candidates(doc, cands, self.lex, self.gazetteer)
        extend_over_place_articles(doc, cands, self.gazetteer, self.lang)
        cands = dateline_places(doc, cands, self.gazetteer)
        harmonise_types(doc, cands)
        cands = retype_things(doc, cands, self.lex)
        retype_awards(doc, cands)
        retype_quoted_titles(doc, cands, self._is_place)
        retype_described_persons(doc, cands, self.lex)
        retype_person_name_ends(doc, cands, self.lex)
        cands = drop_capitalised_common_words(doc, cands, self.lex)
        cands = add_missed_full_names(doc, cands, self.lex)
        link_outlets_without_article(doc, cands, self.kb, self._is_place)  # "au Parisien", "the Times"
        nationalities = [c for c in cands if c.type == "MISC" and c.actor is None
                         and self.lex.is_nationality(c.span(doc).text)]  # not the KB's "US", a country
        cands = [c for c in cands if c not in nationalities]
        mark_genders(doc, cands, self.lex)
        link_titled_given_names(doc, cands, self.kb, self.lex, doc._.ww_published)  # "le roi Charles"
        clusters = name_places(doc, cluster_candidates(doc, cands, self.kb, self.lex), self.gazetteer,
                               self.lang == CANONICAL_LANG)
        assign_roles(doc, clusters, self.lex)
        set_nationality_countries(doc, nationalities, clusters, self.lex)
        # "the Russian president": the demonym may be inside a descriptor
        taken = taken_tokens(len(doc), [c for c in cands if c.type != "MISC"])
        descriptors = descriptor_mentions(doc, clusters, self.kb, self.lex, doc._.ww_published, taken)
        for cluster in clusters:
            cluster.mentions = [m for m in cluster.mentions
                                if not (cluster.type == "MISC" and any(m.overlaps(d) for d in descriptors))]
        clusters = [c for c in clusters if c.mentions]
        mark_national_teams(doc, clusters, self.sports, self.lex.locative_words)
        return clusters

    def _kb_candidates(self, doc: Doc) -> list[Candidate]:
        """The KB's names written as names in the text; a person's title in lower case before their name
        ("pape François") is no part of the mention."""
        assert self.matcher is not None and self.lex is not None
        out = []
        folded = _folded_doc(doc)
        for m, s, e in self.matcher(folded):
            words = tuple(t.lower_ for t in folded[s:e])
            if counts_next_noun(doc[s:e]):
                continue
            if (m, words) in self.titled_names and doc[s].is_lower:
                start = next(i for i in range(s, e) if not doc[i].is_lower)
                if doc[start].text[:1].isupper():
                    out.append(Candidate(start, e, self.match_actor[m].type, "kb", self.match_actor[m]))
            elif (m, words) in self.lowercase_names or _written_as_name(
                    doc[s:e], self.acronyms, self.capitals.get((m, words), set()), self.lex):
                out.append(Candidate(s, e, self.match_actor[m].type, "kb", self.match_actor[m]))
        return out

    def _is_place(self, name: str) -> bool:
        return self.gazetteer is None or bool(self.gazetteer.lookup(name))

    def _is_notable_place(self, name: str) -> bool:
        """A country, region or capital, or a town of 100,000 people: not "Rouge" (a suburb of Toronto)."""
        return self.gazetteer is None or any(
            c.place.feature in NOTABLE_FEATURES or c.place.population >= NOTABLE_POPULATION
            for c in self.gazetteer.lookup(name))

    def _country_name(self, iso3: str) -> str | None:
        country = self.kb.country(iso3) if self.kb is not None else None
        return country.name if country is not None else None

    def set_annotations(self, doc: Doc, clusters: list[Cluster]) -> None:
        assert self.lex is not None and self.kb is not None
        entities = []
        text = doc_text(doc)
        coordinated = coordinated_full_names(doc, clusters, self.kb, self.lex)  # "Bill and Hillary …": Bill's
        main_country = article_country(clusters)
        for number, cluster in enumerate(clusters, 1):
            actor = cluster.actor
            name = plain_spacing(coordinated.get(id(cluster)) or canonical_name(doc, cluster, self.lex,
                                                                               self._country_name, main_country))
            team_of = team_country(cluster, name, self.sports.nations) \
                if cluster.team_sport and self.sports is not None else None
            if team_of is not None and cluster.team_sport:  # the national team, not the state: no KB id
                name, cluster.type, cluster.country, actor = team_name(name, cluster.team_sport), "ORG", team_of, None
            mentions = []
            for cand in sorted(cluster.mentions, key=lambda c: c.start):
                span = cand.span(doc)
                start, end = span.start_char, span.end_char
                mentions.append(Mention(start=start, end=end, text=text[start:end]))
            entities.append(Entity(
                id=f"e{number}",
                name=name,
                type=cluster.type,  # type: ignore[arg-type]
                kb_id=actor.kb_id if actor else None,
                country=(actor.country if actor else None) or cluster.country,
                role=cluster.role or (actor.role if actor and actor.type == "PER" else None),
                mentions=mentions,
            ))
        doc._.ww_entities = entities


@Language.factory("ww_entities", assigns=["doc._.ww_entities"], requires=["doc.ents", "token.dep"])
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    ensure_extensions()
    return EntityComponent(nlp, name, nlp.lang or "")


def entity_at(doc: Doc, start_char: int, end_char: int) -> Entity | None:
    """The entity one of whose mentions overlaps [start_char, end_char), the longest overlap first."""
    best: tuple[int, Entity] | None = None
    for entity in doc._.ww_entities or []:
        for m in entity.mentions:
            overlap = min(end_char, m.end) - max(start_char, m.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, entity)
    return best[1] if best else None
