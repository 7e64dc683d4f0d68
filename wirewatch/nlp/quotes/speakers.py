"""Speaker resolution: from the subject of an attribution to an entity of the entities layer.

The name in the attribution ("a déclaré le président ukrainien Volodymyr Zelensky"), a title alone ("the
president said" → the person with that role in the article), a pronoun (il, elle, he, she, they, it) → the nearest
compatible entity before it (the previous speaker first), a description the actor KB resolves ("l'armée
soudanaise", "Israel's health minister", "Washington": see describe.py), and otherwise the attribution's own
words ("an Israeli official"). Several coordinated subjects ("the ministry and the army") and the members of an
organisation named by a plural ("Republicans say") also speak as written. A name that only qualifies a noun ("a
Clinton campaign event", "his Facebook friends") or stands in a participle clause ("a survey conducted after X
…") does not speak. Entities come from ``doc._.ww_entities``; without that layer, from ``doc.ents``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.antecedents import apposed_person, plural_subject_before
from wirewatch.nlp.quotes.audiences import phrase_without_audience, without_audience
from wirewatch.nlp.quotes.complement_names import completes_other_noun
from wirewatch.nlp.quotes.coordinated_speakers import coordinated_nouns, coordinated_people_before
from wirewatch.nlp.quotes.describe import ActorDescriber, short_definite
from wirewatch.nlp.quotes.described_speakers import described_speaker, document_issuer
from wirewatch.nlp.quotes.document_reports import giver_of
from wirewatch.nlp.quotes.english import EnglishDescriptions
from wirewatch.nlp.quotes.expletive_passive import expletive_passive_subject
from wirewatch.nlp.quotes.fronted_adjuncts import without_fronted_adjunct
from wirewatch.nlp.quotes.holders_after import holder_named_after, person_named_after
from wirewatch.nlp.quotes.introduced import introduced_with
from wirewatch.nlp.quotes.kb_genders import kb_genders
from wirewatch.nlp.quotes.kb_titles import kb_holder_before
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention, noun_phrase, region, roles_by_head
from wirewatch.nlp.quotes.nationality_nouns import nationality_nouns, nationality_person
from wirewatch.nlp.quotes.office_of import office_of_named, voice_roles
from wirewatch.nlp.quotes.offices import holder_by_title
from wirewatch.nlp.quotes.organisation_nouns import organisation_before, organisation_nouns, takes_up_organisation
from wirewatch.nlp.quotes.person_genders import PersonGenders
from wirewatch.nlp.quotes.person_nouns import (
    anaphoric_nouns,
    demonstrative_gender,
    demonstrative_pronouns,
    is_anaphoric_noun,
    person_before,
)
from wirewatch.nlp.quotes.possessives import IMPERSONAL, Possessives, impersonal_place, owned_by, owner_of
from wirewatch.nlp.quotes.pronoun_antecedent import PRONOUN_WINDOW, PronounScope, pronoun_antecedent
from wirewatch.nlp.quotes.seats import seat_leader
from wirewatch.nlp.quotes.speaker import SPEAKER_TYPES, Speaker
from wirewatch.nlp.quotes.speaker_syntax import joint_subjects, other_name_after, possessive_owner, qualifies_noun
from wirewatch.nlp.quotes.things import can_speak, is_document, is_speaker_noun
from wirewatch.nlp.quotes.title_antecedent import unnamed_subject_before
from wirewatch.nlp.quotes.unnamed_continuation import continued_unnamed

RECENT_SPEAKER = 600  # characters within which the previous speaker is the preferred antecedent


class SpeakerResolver:
    """Resolves attribution subjects of one document; remembers the last speaker for pronouns."""

    def __init__(self, doc: Doc, lexicon: QuoteLexicon, index: EntityIndex, quoted: Callable[[int], bool],
                 describer: ActorDescriber | None = None, english: EnglishDescriptions | None = None,
                 is_outlet: Callable[[str], bool] | None = None):
        self.doc = doc
        self.is_outlet = is_outlet or (lambda name: False)
        self.possessives = Possessives.of_language(lexicon.lang)
        self.describer = describer
        self.text = doc_text(doc)
        self.lex = lexicon
        self.g = lexicon.grammar
        self.english = english or EnglishDescriptions(lexicon.lang, lexicon.grammar.indefinite)
        self.index = index
        self.quoted = quoted
        self.history: list[Speaker] = []  # speakers the entities layer knows: pronouns refer to them
        self.spoken: list[Speaker] = []  # every speaker, also as written ("la même source")
        self._genders = PersonGenders(doc, self.text, lexicon, index,
                                      kb_genders(describer.kb).of if describer is not None else None)
        self._anaphoric = anaphoric_nouns(lexicon.lang)  # "l'élue", "le quadragénaire" (person_nouns.py)
        self._demonstratives = demonstrative_pronouns(lexicon.lang)  # "celui-ci"
        self._nationalities = nationality_nouns(lexicon.lang)  # "l'Italienne" (nationality_nouns.py)
        self._pronoun_scope = PronounScope(doc, self.g, index, self._genders, quoted, self.is_outlet)

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.spoken.append(speaker)
        if speaker is not None and speaker.type is not None:
            self.history.append(speaker)

    def last_speaker(self, pos: int, window: int = RECENT_SPEAKER) -> Speaker | None:
        for sp in reversed(self.history):
            if sp.position < pos and pos - sp.position <= window:
                return sp
        return None

    # -- the subject of a verb, or the object of "selon"/"according to" ---------------------------------
    def resolve(self, head: Token, seg: Span) -> Speaker | None:
        if head.pos_ == "PRON" and (head.lower_.lstrip("-") in self.g.impersonal  # "…, a-t-on précisé à X"
                                    or expletive_passive_subject(self.g, head)):  # "il est précisé dans X que"
            return self._impersonal(head)
        pronoun = self.lex.pronouns.get(head.text.lower().lstrip("-"))
        if pronoun is not None and head.pos_ == "PRON":
            # "Les syndicats ont quitté la table. Ils ont affirmé …": the plural subject before speaks
            plural = plural_subject_before(self.g, head, self.quoted) if pronoun.number == "pl" else None
            if plural is not None:
                return self.resolve(plural, plural.sent)
            pair = coordinated_people_before(head, self.index, self.g.coordinator, self.quoted, self._genders.get,
                                             pronoun.gender) if pronoun.number == "pl" else None  # "X et Y … ils"
            if pair is not None:
                return Speaker(pair.name, None, "PER", head.idx)
            continued = continued_unnamed(self, head, pronoun.gender) if pronoun.number == "sg" else None
            if continued is not None:  # "The spokesman said … He added …" (unnamed_continuation.py)
                return continued
            named = self.resolve_pronoun(head.idx, pronoun.refers, pronoun.number, pronoun.gender, token=head,
                                         nearest=False)
            unnamed = unnamed_subject_before(self.lex, head, pronoun.gender, self.quoted) \
                if named is None and pronoun.number == "sg" else None  # "Le ministre a … « … », a-t-il dit"
            if unnamed is not None:
                return self.resolve(unnamed, unnamed.sent)
            named = named or self.resolve_pronoun(head.idx, pronoun.refers, pronoun.number, pronoun.gender,
                                                  token=head)
            ahead = person_named_after(self.index, self.quoted, self._genders.get, head, pronoun.gender) \
                if named is None and pronoun.number == "sg" and pronoun.refers != "org" else None
            return named or (Speaker(ahead.name, ahead.entity_id, ahead.type, head.idx) if ahead else None)
        demonstrative = demonstrative_gender(self._demonstratives, head) if head.pos_ == "PRON" else None
        if demonstrative is not None:  # "X a reçu Y. Celui-ci a dit …": the last person named (person_nouns.py)
            return self._person_before(head, self.doc[head.i: head.i + 1], demonstrative)
        if head.pos_ == "PRON" or self.quoted(head.idx):
            return None
        phrase = without_fronted_adjunct(self.g, head, noun_phrase(self.g, head, seg))  # ("Dans un message, X")
        phrase = phrase_without_audience(self.lex, self.text, phrase)  # ("… le porte-parole aux journalistes")
        joint = joint_subjects(self.g, head, phrase)
        if joint is not None or coordinated_nouns(phrase, self.index, self.lex.titles):  # "the ministry and the army"
            return self.as_written(joint or phrase)
        named = self._not_a_complement(head, self._named_in(region(self.g, head, seg), head))
        if named is not None and named.type == "PER":
            other = self._genders.other_gender(named.entity_id or named.name, named.position)
            return self.as_written(phrase) if other else named
        if named is not None and self._members_of(head, named):
            return self.as_written(phrase)
        if roles_by_head(phrase, self.lex.titles) or is_document(self.lex, head):
            # "selon un bilan du porte-parole du ministère, le lieutenant X": the office holder named after it
            apposed = self._apposed_person(phrase)
            if apposed is not None:
                return apposed
        owned = self._owned(head, phrase)  # "son porte-parole", "ses services", "his office"
        if owned is not None:
            return owned
        by_title = self._by_title(phrase)
        if by_title is not None:
            return by_title
        if named is None and is_anaphoric_noun(self._anaphoric, self.g.indefinite, head, phrase):
            return self._person_before(head, phrase)
        by_nationality = self._nationality(head, phrase) if named is None or named.type == "LOC" else None
        if by_nationality is not None:  # "a estimé l'Italienne" (nationality_nouns.py)
            return by_nationality
        taken_up = self._organisation_before(head, phrase) if named is None else None
        if taken_up is not None:  # "La CGT … Le syndicat estime": the organisation (organisation_nouns.py)
            return taken_up
        # "figures released by the ministry": the agent speaks; "the minister, praised by critics": a speaker noun
        # speaks itself, the agent of a clause describing it acted on it
        agent = giver_of(self.g, head) if named is None and not is_speaker_noun(self.lex, head) else None
        if agent is not None:
            by_agent = self.resolve(agent, seg)
            if by_agent is not None:
                return by_agent
        return self._unnamed(head, phrase, named)

    # -- possessive and impersonal speakers (possessives.py) ---------------------------------------------
    def _owned(self, head: Token, phrase: Span) -> Speaker | None:
        found = owned_by(self.possessives, self.lex.titles, head, phrase, self.index, self.quoted, self.g.subject,
                         lambda m: self._genders.get(m.entity_id or m.name))
        if found is None:
            return None
        owner, role = found  # the owner speaks through a body of its own, or an office of the owner does
        if role is None:
            return Speaker(owner.name, owner.entity_id, owner.type, phrase.start_char)
        return Speaker(f"{owner.name} {role}", None, "PER", phrase.start_char)

    def _impersonal(self, pronoun: Token) -> Speaker | None:
        """Where the words were said ("à l'Élysée", "dans son entourage"), else the speaker just before, else the
        subject of the nearest sentence naming a person or an organisation."""
        clause = self.doc[pronoun.i: pronoun.sent.end]  # (an inverted pronoun comes alone in its words)
        place = impersonal_place(pronoun, clause, self.is_outlet)
        said = (self.resolve(place, clause) if place is not None else None) or self.last_speaker(pronoun.idx)
        owner = owner_of(IMPERSONAL, clause, self.index, self.quoted, self.g.subject, lambda m: None) \
            if said is None else None
        said = said or (Speaker(owner.name, owner.entity_id, owner.type, 0) if owner is not None else None)
        return replace(said, position=pronoun.idx) if said is not None else None

    def _members_of(self, head: Token, named: Speaker) -> bool:
        """"Republicans say", "other leading Democrats said": a plural word for the members of an organisation
        (not the organisation's own name) speaks for those members, as written."""
        if named.type != "ORG" or "Plur" not in head.morph.get("Number", []):
            return False
        one_word = any(m.start == head.idx and m.end == head.idx + len(head.text)
                       for m in self.index.overlapping(head.idx, head.idx + 1))
        return one_word and normalize(head.text) != normalize(named.name)

    def _unnamed(self, head: Token, phrase: Span, named: Speaker | None) -> Speaker | None:
        """No person named and no title of one in the article: an organisation named, else what the KB says the
        description designates, else a description of something named before, else the words as written."""
        if named is not None and office_of_named(self.doc, self.g, self.lex.titles, voice_roles(), head,
                                                 named.position):
            leader = seat_leader(self.doc, self.index, self.lex.titles, head, named.name, phrase.start_char)
            if leader is not None:  # "le chef du Kremlin" when the article names the Russian president (seats.py)
                return Speaker(leader.name, leader.entity_id, leader.type, phrase.start_char)
            named = None  # "the mayor of Tolenburg", "le chef du Kremlin": an office, not its place (office_of.py)
        if named is not None and named.type != "LOC":
            return named
        taken_up = introduced_with(phrase, self.index, self.quoted, self.lex.speaker_nouns | self.lex.titles.keys(),
                                   lambda det: det not in self.g.indefinite, PRONOUN_WINDOW)  # "l'ONG X … l'ONG"
        if taken_up is not None and named is None:
            return Speaker(taken_up.name, taken_up.entity_id, taken_up.type, phrase.start_char)
        from_kb = self.from_kb(phrase)
        if from_kb is not None:
            return from_kb
        if named is not None:
            return named
        described = described_speaker(self, head, phrase)
        if described is not None:
            return described
        member = self._member_of(head, phrase)
        if member is not None:
            return member
        if any(c.lower_ in self.g.same for c in head.children) and not is_document(self.lex, head):
            # "selon la même source": the source before ("ce même sondage": its issuer, described_speaker)
            return next((sp for sp in reversed(self.spoken) if sp.position < phrase.start_char), None)
        issued = document_issuer(self, head, phrase) if is_document(self.lex, head) else None
        if issued is not None:  # "a Gallup poll", "FEC records": the issuer speaks (document_reports.py)
            return issued
        return self.as_written(phrase) if can_speak(self.lex, head, phrase) else None

    def _member_of(self, head: Token, phrase: Span) -> Speaker | None:
        """"a spokesperson for Iran's armed forces", "un porte-parole de l'armée iranienne": an office of a known
        organisation, named after it ("Islamic Republic of Iran Armed Forces spokesperson")."""
        role = self.lex.titles.get(head.lower_) or self.lex.titles.get(head.lemma_.lower())
        if not role:
            return None
        for child in head.children:
            obj = child if child.dep_ == "nmod" else next(
                (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
            if obj is None or not phrase.start <= obj.i < phrase.end:
                continue
            org_words = noun_phrase(self.g, obj, phrase)
            org = self._named_in((org_words.start_char, org_words.end_char), obj) or self.from_kb(org_words)
            if org is not None and org.type == "PER" and org.position > obj.idx:
                return org  # "le maire de Marseille Benoît Payan" parsed as one complement: the holder named
            if org is not None and org.type in SPEAKER_TYPES:
                return Speaker(f"{org.name} {role}", None, "PER", phrase.start_char)
        return None

    def from_kb(self, phrase: Span) -> Speaker | None:
        if self.describer is None or not len(phrase):
            return None
        actor = self.describer.describe(phrase, self.doc._.ww_published, {m.name for m in self.index.mentions})
        if actor is None and short_definite(phrase, self.g.indefinite):
            actor = self.describer.antecedent(self.text, phrase.root.text, phrase.start_char)
        if actor is None or (actor.type == "PER" and not self.names_person(phrase.root)):
            return None
        if actor.type == "PER" and other_name_after(phrase, actor.name):  # "le Premier ministre slovaque X"
            return None  # (X unknown to the entities layer: the office's holder in the KB is someone else)
        entity = next((m for m in self.index.mentions if m.name == actor.name), None)
        return Speaker(actor.name, entity.entity_id if entity else None, actor.type, phrase.start_char)

    def names_person(self, head: Token) -> bool:
        """"the Obama administration": a common noun that is no title heads a group, not the person named in it."""
        return head.pos_ != "NOUN" or head.lower_ in self.lex.titles or head.lemma_.lower() in self.lex.titles

    def as_written(self, words: Span) -> Speaker | None:
        """The attribution's own words ("an Israeli official"), without a date the parse glued to them
        ("jeudi matin le parquet")."""
        dated = [(d.start, d.end) for d in self.doc._.ww_dates or []]
        kept = [t for t in words if not any(s <= t.idx < e for s, e in dated)]
        while kept and (kept[0].is_punct or kept[0].is_space or kept[0].pos_ == "CCONJ"):  # ("et les autorités")
            kept.pop(0)
        kept = without_audience(self.lex, self.text, kept)  # ("le porte-parole de l'armée aux journalistes")
        if not kept:
            return None
        text = self.text[kept[0].idx: kept[-1].idx + len(kept[-1].text)].strip()
        text = self.english.describe(kept) or text  # "les analystes occidentaux" → "Western analysts"
        return Speaker(text, None, None, kept[0].idx) if any(ch.isalpha() for ch in text) else None

    def resolve_words(self, words: Span) -> Speaker | None:
        """A speaker read on the surface (an inverted subject): entities in it first, then its title."""
        words = phrase_without_audience(self.lex, self.text, words)  # ("… le porte-parole aux journalistes")
        head = words.root
        if head.pos_ == "PRON":  # ("a dit l'un d'eux, Ahmed": the person named after it)
            return self.resolve(head, words) or self._apposed_person(words)
        named = self._not_a_complement(head, self._named_in((words.start_char, words.end_char), head))
        if named is not None and named.type == "PER":
            return named
        apposed = self._apposed_person(words)
        if apposed is not None:
            return apposed
        by_title = self._by_title(words)
        if by_title is not None:
            return by_title
        if named is None and is_anaphoric_noun(self._anaphoric, self.g.indefinite, head, words):
            return self._person_before(head, words)
        by_nationality = self._nationality(head, words) if named is None or named.type == "LOC" else None
        if by_nationality is not None:
            return by_nationality
        taken_up = self._organisation_before(head, words) if named is None else None
        return taken_up or self._unnamed(head, words, named)

    def _person_before(self, head: Token, phrase: Span, gender: str | None = None) -> Speaker | None:
        m = person_before(self.index, self._genders.get, self.quoted, head, phrase, gender)  # "l'élue": whom
        return Speaker(m.name, m.entity_id, m.type, phrase.start_char) if m is not None else None

    def _nationality(self, head: Token, phrase: Span) -> Speaker | None:
        m = nationality_person(self._nationalities, self.g.indefinite, self.index, {
            e.id: e.country for e in self.doc._.ww_entities or [] if e.country}, self._genders.get, self.quoted,
            head, phrase)
        return Speaker(m.name, m.entity_id, m.type, phrase.start_char) if m is not None else None

    def _organisation_before(self, head: Token, phrase: Span) -> Speaker | None:
        if not takes_up_organisation(organisation_nouns(self.lex.lang), self.g, head, phrase):
            return None
        m = organisation_before(self.g, self.index, self.quoted, self.is_outlet, head)
        return Speaker(m.name, m.entity_id, m.type, phrase.start_char) if m is not None else None

    def _apposed_person(self, words: Span) -> Speaker | None:
        """"said Iranian spokesperson, Abolfazl Shekarchi", "…, le lieutenant X": the person named after the comma."""
        m = apposed_person(self.doc, self.index, self.lex.titles, words)
        return Speaker(m.name, m.entity_id, m.type, m.start) if m is not None else None

    def _named_in(self, chars: tuple[int, int], head: Token) -> Speaker | None:
        # a name before the head only qualifies it ("the Trump campaign", "Clinton aides", "a Coca-Cola
        # spokesman"): the speaker is the head or a name after it ("the UN head, Antonio Guterres")
        found = [m for m in self.index.overlapping(*chars)
                 if not self.quoted(m.start) and not possessive_owner(self.text, m) and m.end > head.idx
                 and not qualifies_noun(self.doc, m)]
        on_head = [m for m in found if m.start <= head.idx < m.end]
        best: EntityMention | None = None
        for wanted in SPEAKER_TYPES:
            typed = [m for m in on_head if m.type == wanted] or [m for m in found if m.type == wanted]
            if typed:
                best = typed[0]
                break
        if best is None and on_head and on_head[0].type == "LOC":  # "Israël a déclaré": a country speaks
            best = on_head[0]
        return Speaker(best.name, best.entity_id, best.type, best.start) if best else None

    def _not_a_complement(self, head: Token, named: Speaker | None) -> Speaker | None:
        """"a source close to X", "a lawyer for X": the noun speaks, not X (complement_names.py)."""
        m = next((m for m in self.index.overlapping(named.position, named.position + 1)
                  if m.start == named.position), None) if named is not None else None
        if m is not None and completes_other_noun(self.doc, self.g, head, m.start, m.end, m.type, voice_roles(),
                                                  self.lex.titles, self.lex.document_nouns):
            return None
        return named

    def _by_title(self, phrase: Span) -> Speaker | None:
        """"The president said": the person holding that office in the article (offices.py)."""
        m = holder_by_title(self.doc, self.lex, self.index, self.quoted, phrase)
        m = m if m is None or self._of_phrase_country(m, phrase) else None  # "le président russe": not Macron
        m = m or (kb_holder_before(
            self.describer, self.lex, self.index, self.quoted, phrase, self.doc._.ww_published)
            if self.describer is not None else None)  # "Scholz … a affirmé le chancelier" (kb_titles.py)
        m = m or holder_named_after(self.doc, self.describer, self.lex, self.index, self.quoted, phrase,
                                    self.doc._.ww_published)  # "…, a dit le chancelier. Olaf Scholz …"
        return Speaker(m.name, m.entity_id, m.type, phrase.start_char) if m is not None else None

    def _of_phrase_country(self, m: EntityMention, phrase: Span) -> bool:
        """Whether a holder found by title is of the country a word of the phrase names, if it names one."""
        if self.describer is None:
            return True
        countries = {self.describer.country_words[w] for w in (normalize(t.text) for t in phrase)
                     if w in self.describer.country_words}
        country = next((e.country for e in self.doc._.ww_entities or [] if e.id == m.entity_id), None)
        return not countries or country is None or country in countries

    def resolve_pronoun(self, pos: int, refers: str, number: str, gender: str = "x",
                        token: Token | None = None, nearest: bool = True) -> Speaker | None:
        return pronoun_antecedent(self._pronoun_scope, self.last_speaker(pos), pos, refers, number, gender, token,
                                  nearest)
