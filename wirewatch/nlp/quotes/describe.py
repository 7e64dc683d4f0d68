"""Speakers that are descriptions rather than names, resolved through the actor KB.

When no entity of the entities layer stands in an attribution, its words may still designate a known actor:

- an alias of the KB, after its determiner ("l'armée soudanaise", "Ukrainian forces"), or after a possessive
  country is turned into its adjective ("Iran's state television" → "Iranian state television");
- a shorter form of such an alias, unique in the KB and naming a country ("la télévision iranienne" → the one
  Iranian actor with an alias holding both words);
- an office and a country ("Israel's Health Minister", "le ministre israélien de la Défense") → the holder of
  that office on the publication date, else the office described in English ("Israeli Minister of Health");
- a person's office ("Retailleau's ministry") → the ministry of the office that person holds;
- a capital city ("Washington a menacé") → that country's government (a metonym);
- a short definite description ("le parquet") → the fuller description of it earlier in the article that the
  KB knows ("le parquet général ukrainien").

Data: ``quote_offices.tsv`` (``form``, ``role``, ``name``: office titles and their English names), the shared
``titles.tsv`` and ``demonyms.tsv`` of the language, and English demonyms for the described names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span

from wirewatch import lexicons
from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.lexicon import QuoteGrammar

SPEAKING_TYPES = ("ORG", "PER")
MIN_SHORT_FORM_WORDS = 2
ANTECEDENT_WINDOW = 3000  # characters searched back for the fuller form of a short description
ANTECEDENT_MAX_WORDS = 6
SHORT_DESCRIPTION_WORDS = 3
GOVERNMENT_REACH = 3  # words between a country and the noun of its government ("Portugal's minority government")
POSSESSIVE = re.compile(r"^(?P<owner>.+?)\s*['’]s?\s+(?P<rest>.+)$")
CAPITAL_FEATURE = "PPLC"


@dataclass(frozen=True)
class DescribedActor:
    """Who a description designates: a KB actor's canonical name, or an office described in English."""

    name: str
    type: str
    kb_id: str | None = None


class ActorDescriber:
    """Resolves descriptive attributions of one language (the KB and lexicons are its only state)."""

    def __init__(self, lang: str, kb: ActorKB, gazetteer: Gazetteer | None = None):
        self.lang = lang
        self.grammar = QuoteGrammar.load(lang)
        self.kb = kb
        self.gazetteer = gazetteer
        self.country_words: dict[str, str] = {}  # normalised demonym or country name -> iso3
        for row in lexicons.read_tsv(lang, "demonyms.tsv"):
            if row.get("form") and row.get("iso3"):
                self.country_words.setdefault(normalize(row["form"]), row["iso3"])
        self.adjective: dict[str, str] = {}  # iso3 -> English adjective ("Israeli")
        for row in lexicons.read_tsv("en", "demonyms.tsv"):
            if row.get("form") and row.get("iso3"):
                self.adjective.setdefault(row["iso3"], row["form"])
        self.governments: dict[str, Actor] = {}
        self._words: dict[str, set[str]] = defaultdict(set)  # normalised word -> ids of actors using it
        for actor in kb.actors:
            if actor.type == "LOC" and actor.role == "country" and actor.country:
                for form in actor.surface_forms():
                    self.country_words.setdefault(normalize(form), actor.country)
            if actor.type == "ORG" and actor.role == "government" and actor.country:
                self.governments.setdefault(actor.country, actor)
            if actor.type in SPEAKING_TYPES:
                for form in actor.surface_forms():
                    for word in normalize(form).split():
                        self._words[word].add(actor.id)
        self.offices: dict[str, str] = {}  # normalised title -> role
        self.office_names: dict[str, str] = {}  # role -> English name of the office
        for source in (lang, "en"):
            for row in lexicons.read_tsv(source, "quote_offices.tsv"):
                if row.get("form") and row.get("role"):
                    if source == lang:
                        self.offices.setdefault(normalize(row["form"]), row["role"])
                    if row.get("name"):
                        self.office_names.setdefault(row["role"], row["name"])
        for row in lexicons.read_tsv(lang, "titles.tsv"):
            if row.get("form") and row.get("role"):
                self.offices.setdefault(normalize(row["form"]), row["role"])
        self._max_office_words = max((len(k.split()) for k in self.offices), default=0)

    # -- the whole phrase -------------------------------------------------------------------------------
    def describe(self, phrase: Span, on: dt.date | None, mentioned: Collection[str] = ()) -> DescribedActor | None:
        """The actor the words of an attribution designate, or None."""
        words = [t for t in phrase if not t.is_punct and not t.is_space]
        if not words or words[0].lower_ in self.grammar.indefinite:
            return None
        while words and words[0].pos_ == "DET":
            words = words[1:]
        if not words:
            return None
        text = doc_text(phrase.doc)[words[0].idx: words[-1].idx + len(words[-1].text)]
        found = self._alias(text)
        if found is not None:
            return found
        owner, rest = self._possessive(text)
        if owner is not None and rest is not None:
            iso3 = self.country_words.get(normalize(owner))
            if iso3 is not None and iso3 in self.adjective:
                found = self._alias(f"{self.adjective[iso3]} {rest}")
                if found is not None:
                    return found
            else:
                found = self._office_of_person(owner, rest, on)
                if found is not None:
                    return found
        norm = normalize(text)
        iso3 = self._country_in(norm)
        office = self._office_in(norm)
        if office is not None and iso3 is not None:
            return self._office_holder(office, iso3, on, mentioned)
        if iso3 is not None and norm not in self.country_words:  # ("les États-Unis": the country, no body of it)
            found = self._short_form(norm, iso3)
            if found is not None:
                return found
        if len(words) == 1 and words[0].pos_ == "PROPN":
            return self._capital_government(text)
        return None

    def antecedent(self, text: str, head: str, before: int) -> DescribedActor | None:
        """"le parquet" → the nearest earlier "parquet …" whose words (up to a few) are a KB alias."""
        pattern = re.compile(r"(?<!\w)" + re.escape(head) + r"(?!\w)", re.IGNORECASE)
        starts = [m.start() for m in pattern.finditer(text, max(0, before - ANTECEDENT_WINDOW), before)]
        for start in reversed(starts):
            # the head opens the fuller form in French ("parquet général ukrainien"), ends it in English
            # ("Prosecutor General's Office")
            following = re.findall(r"[\w'’-]+", text[start:start + 120])[:ANTECEDENT_MAX_WORDS]
            preceding = re.findall(r"[\w'’-]+", text[max(0, start - 120):start + len(head)])[-ANTECEDENT_MAX_WORDS:]
            forms = [" ".join(following[:n]) for n in range(len(following), 1, -1)]
            forms += [" ".join(preceding[-n:]) for n in range(len(preceding), 1, -1)]
            for form in forms:
                found = self._alias(form)
                if found is not None:
                    return found
            found = self._government_of(preceding, head)
            if found is not None:
                return found
        return None

    def _government_of(self, words: list[str], head: str) -> DescribedActor | None:
        """"Portugal's minority government … the government said": the government of the country named just
        before the earlier head noun, when the KB's government of that country is called by that noun."""
        for word in reversed(words[:-1][-GOVERNMENT_REACH:]):
            iso3 = self.country_words.get(normalize(re.sub(r"['’]s?$", "", word)))
            if iso3 is None:
                continue
            government = self.governments.get(iso3)
            forms = {w for form in government.surface_forms() for w in normalize(form).split()} if government else set()
            return _of(government) if government is not None and normalize(head) in forms else None
        return None

    # -- the mechanisms ---------------------------------------------------------------------------------
    def _alias(self, text: str) -> DescribedActor | None:
        found = [a for a in self.kb.candidates(text, self.lang) if a.type in SPEAKING_TYPES]
        if len({a.id for a in found}) != 1:
            return None
        return _of(found[0])

    @staticmethod
    def _possessive(text: str) -> tuple[str | None, str | None]:
        m = POSSESSIVE.match(text)
        if m is None or not re.search(r"['’]s?\s", text):
            return None, None
        return m.group("owner"), m.group("rest")

    def _country_in(self, norm: str) -> str | None:
        found = {iso3 for word, iso3 in self._spans(norm, self.country_words)}
        return next(iter(found)) if len(found) == 1 else None

    def _office_in(self, norm: str) -> str | None:
        """The longest office title in the words, read without the country ("le ministre israélien de la
        Santé" holds "ministre de la santé")."""
        bare = " ".join(w for w in norm.split() if w not in self.country_words)
        matches = sorted(self._spans(bare, self.offices), key=lambda m: -len(m[0].split()))
        return matches[0][1] if matches else None

    @staticmethod
    def _spans(norm: str, table: dict[str, str]) -> list[tuple[str, str]]:
        words = norm.split()
        out: list[tuple[str, str]] = []
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 6) + 1):
                key = " ".join(words[i:j])
                if key in table:
                    out.append((key, table[key]))
        return out

    def _office_holder(self, role: str, iso3: str, on: dt.date | None, mentioned: Collection[str]
                       ) -> DescribedActor | None:
        """The holder of the office on the publication date. A ministerial office (one with an English name in
        ``quote_offices.tsv``) names its holder only when the article names that person too; else it stays the
        office described ("Israeli Minister of Health"): cabinets change more often than the KB."""
        holder = self.kb.holder(role, iso3, on) if on is not None else None
        office = self.office_names.get(role)
        if holder is not None and (office is None or holder.name in mentioned):
            return _of(holder)
        adjective = self.adjective.get(iso3)
        if office is None or adjective is None:
            return None
        return DescribedActor(f"{adjective} {office}", "PER")

    def _office_of_person(self, owner: str, rest: str, on: dt.date | None) -> DescribedActor | None:
        """"Retailleau's ministry": the one actor of that person's country named by the words of the office
        the person holds and the rest of the phrase ("interior" + "ministry")."""
        person = self.kb.lookup(owner, self.lang, type="PER")
        if person is None:
            return None
        day = on or dt.date.today()
        offices = [p for p in person.positions if p.holds_on(day) and p.country] or [
            p for p in person.positions if p.country]
        if len(offices) != 1:
            return None
        role, iso3 = offices[0].role, offices[0].country
        if iso3 is None:
            return None
        # roles are English "<portfolio> <office>" names ("interior minister"): the portfolio names the ministry
        role_words = [w for w in normalize(role).split()[:-1] if w not in normalize(rest).split()]
        return self._short_form(" ".join([*role_words, normalize(rest)]), iso3, need_country_word=False)

    def _short_form(self, norm: str, iso3: str, need_country_word: bool = True) -> DescribedActor | None:
        """The one organisation of ``iso3`` with an alias holding every word of the phrase."""
        words = [w for w in norm.split() if len(w) > 1]
        if len(words) < MIN_SHORT_FORM_WORDS and need_country_word:
            return None
        ids: set[str] | None = None
        for word in words:
            hits = self._words.get(word, set())
            ids = set(hits) if ids is None else ids & hits
            if not ids:
                return None
        if not ids:
            return None
        wanted = set(words)
        found: list[Actor] = []
        for actor_id in ids:
            actor = self.kb.by_id(actor_id)
            if actor is None or actor.type != "ORG" or actor.country != iso3:
                continue
            if any(wanted <= set(normalize(form).split()) for form in actor.surface_forms()):
                found.append(actor)
        return _of(found[0]) if len(found) == 1 else None

    def _capital_government(self, text: str) -> DescribedActor | None:
        """"Washington a menacé": a capital city speaks for its country's government."""
        if self.gazetteer is None:
            return None
        cities = [c.place for c in self.gazetteer.lookup(text) if c.place.is_city]
        if not cities or cities[0].feature != CAPITAL_FEATURE or not cities[0].country:
            return None
        government = self.governments.get(cities[0].country)
        return _of(government) if government is not None else None


def short_definite(phrase: Span, indefinite: frozenset[str]) -> bool:
    """"le parquet", "the ministry": a determiner and a common noun, nothing that names."""
    words = [t for t in phrase if not t.is_punct]
    return (1 < len(words) <= SHORT_DESCRIPTION_WORDS and words[0].pos_ == "DET"
            and words[0].lower_ not in indefinite and all(t.pos_ in ("DET", "NOUN", "ADJ") for t in words))


def _of(actor: Actor) -> DescribedActor:
    return DescribedActor(actor.name, actor.type, actor.kb_id)
