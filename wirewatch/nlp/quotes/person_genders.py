"""The gender an article gives its persons: an honorific before a name ("M. Renard", "Mrs. Smith") or a title
that states it ("la ministre X"), else the agreement of a participle or adjective with the person as its subject
(« Claire Dumont est arrivée », « Paul Renard s'est rendu à Lyon », « elle a été élue »: an auxiliary whose
participle agrees, ``quote_agreeing_auxiliaries.txt``, or the passive and the copula), else what the actor KB knows
of the person or of their given name (kb_genders.py: "Angela Merkel"). Pronoun resolution skips a
person of the other gender ("elle" is not M. Renard), and "Mrs. Trump said", joined by the entities layer to a
man, speaks as written. Organisations get the grammatical gender of their name (organisation_genders.py: "la
Commission" is not "il")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from wirewatch.nlp.quotes.antecedents import GENDERS, title_gender
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.organisation_genders import organisation_gender


class PersonGenders:
    """The persons' genders of one document, keyed by entity id (or name when the entity has none)."""

    def __init__(self, doc: Doc, text: str, lexicon: QuoteLexicon, index: EntityIndex,
                 known_gender: Callable[[str], str | None] | None = None):
        self.text = text
        self.lex = lexicon
        self.index = index
        self.known: dict[str, str] = {}
        persons = [m for m in index.mentions if m.type == "PER"]
        # an honorific anywhere ("Mme X") states the gender; a title's is the tagger's reading, which a rare
        # feminine form ("cheffe") may miss, so it only counts for a person no honorific names
        for m in persons:
            gender = self.honorific(m)
            if gender:
                self.known.setdefault(m.entity_id or m.name, gender)
        for m in persons:
            gender = title_gender(doc, lexicon.titles, m.start) \
                or self._apposed_title_gender(doc, m)  # "la ministre X", "le maire de la ville, X"
            if gender:
                self.known.setdefault(m.entity_id or m.name, gender)
        for m in persons:
            gender = self._agreement_gender(doc, m)
            if gender:
                self.known.setdefault(m.entity_id or m.name, gender)
        for m in persons:  # the KB's, for a name the article leaves bare
            gender = known_gender(m.name) if known_gender is not None else None
            if gender:
                self.known.setdefault(m.entity_id or m.name, gender)
        for m in (m for m in index.mentions if m.type == "ORG"):  # "la Commission … elle" (organisation_genders)
            gender = organisation_gender(doc, m)
            if gender:
                self.known.setdefault(m.entity_id or m.name, gender)

    def _agreement_gender(self, doc: Doc, m: EntityMention) -> str | None:
        """The gender of the participle or adjective the person is the sole subject of, when it agrees with its
        subject (« X est arrivée », « X a été nommé », « X est convaincue »); None for a participle of an auxiliary
        that does not agree (« X a reçu »), a plural one or coordinated subjects (« X et Y sont arrivés »)."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        name, g = span.root, self.lex.grammar
        predicate = name.head
        if name.dep_ not in g.subject or predicate == name or predicate.pos_ not in ("VERB", "ADJ") \
                or any(c.dep_ in g.coordinated for c in name.children) or "Plur" in predicate.morph.get("Number", []):
            return None
        if not any(c.dep_ in g.passive_auxiliary | g.copula or c.lemma_.lower() in self.lex.agreeing_auxiliaries
                   for c in predicate.children if c.pos_ == "AUX"):
            return None
        return GENDERS.get(next(iter(predicate.morph.get("Gender", [])), ""))

    def _apposed_title_gender(self, doc: Doc, m: EntityMention) -> str | None:
        """"le maire de la ville, Paul Renard", "Claire Dumont, la ministre": the gender of a title apposed to the
        name (or the name apposed to it), read on its determiner or on the title itself."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        name = span.root
        apposition = self.lex.grammar.apposition
        beside = [name.head] if name.dep_ in apposition else []
        beside += [c for c in name.children if c.dep_ in apposition]
        for title in beside:
            if title.pos_ != "NOUN" or not (title.lower_ in self.lex.titles or title.lemma_.lower() in self.lex.titles):
                continue
            if title.lower_ in self.lex.title_genders:  # the form states it ("cheffe", "présidente")
                return self.lex.title_genders[title.lower_]
            for t in [*(c for c in title.children if c.dep_ == "det" and c.i < title.i), title]:
                gender = GENDERS.get(next(iter(t.morph.get("Gender", [])), ""))
                if gender:
                    return gender
        return None

    def get(self, key: str) -> str | None:
        return self.known.get(key)

    def honorific(self, m: EntityMention) -> str | None:
        """The gender the honorific before (or opening) a mention gives, if any."""
        before = self.text[max(0, m.start - 12):m.start].split()
        gender = self.lex.honorifics.get(before[-1].lower()) if before else None
        if gender is None:
            first = self.text[m.start:m.end].split()
            gender = self.lex.honorifics.get(first[0].lower()) if first else None
        return gender

    def other_gender(self, key: str, position: int) -> bool:
        """"Mrs. Trump said" where the entities layer joined "Mrs. Trump" to a man ("Mr. Trump"): a person of the
        other gender than the one the article gives the entity elsewhere."""
        here = next((m for m in self.index.overlapping(position, position + 1)
                     if m.start == position and m.type == "PER"), None)
        gender = self.honorific(here) if here is not None else None
        known = self.known.get(key)
        return gender is not None and known is not None and known != gender
