"""Within-article merging of entity mentions and their link to the actor KB.

- "Vladimir Poutine" … "Poutine": a bare surname joins the nearest preceding full name that ends with it; a title
  and a given name join the one full name that starts with it ("Mohammed bin Salman" … "Prince Mohammed");
- "Mrs. Trump", "Mme Macron": a surname whose honorific or title states a gender joins only a person of a compatible
  gender (gender.py), else stands alone, named with its honorific;
- "Agence France-Presse (AFP)": an acronym in brackets joins the name before it;
- names the KB knows join under the KB actor, whatever the language ("Poutine" = "Putin" = "Путин");
- titles give roles: "le gouverneur régional Ivan Fedorov" → governor; "Russian President Vladimir Putin" →
  president, RUS; an apposition "Kirill Dmitriev, l'envoyé …" → envoy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.kb.names import CANONICAL_LANG, name_key, normalize, undotted_acronyms
from wirewatch.kb.parent_names import without_parent_complement
from wirewatch.nlp.entities.acronym_joins import join_acronyms, unlink_contradicted_acronyms
from wirewatch.nlp.entities.article_names import titled_person
from wirewatch.nlp.entities.body_names import body_country, english_body_names
from wirewatch.nlp.entities.gender import honorific_before, join_gendered_surnames
from wirewatch.nlp.entities.generic_links import link_generic_names_by_country, unlink_unsupported_links
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.organ_links import link_organs_by_parent
from wirewatch.nlp.entities.reordered_names import reordered_organisation
from wirewatch.nlp.entities.romanize import Romanization
from wirewatch.nlp.entities.spans import Candidate, TitleMatch


@dataclass
class Cluster:
    type: str
    actor: Actor | None = None
    mentions: list[Candidate] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    place_name: str | None = None  # a place's name in the gazetteer, when the article writes it otherwise
    place_country: str | None = None  # a place's country in the gazetteer (for the article's main country only)
    team_sport: str | None = None  # a country named for its national team of this sport (teams.py)


def link_actor(doc: Doc, cand: Candidate, kb: ActorKB, lang: str, in_article: set[str],
               countries: list[str], romanization: Romanization | None = None) -> Actor | None:
    """The KB actor a candidate names, typed compatibly (a person only links to a person). An ambiguous alias
    takes the actor the article names otherwise ("RSF" after "Rapid Support Forces"), else the one of the
    article's main country ("Conservative Party" in an article about Canada). A person's name the KB does not
    hold as written may link by its spelling key, also in its English transcription ("Iouri Ouchakov")."""
    if cand.actor is not None:
        return cand.actor
    text = cand.span(doc).text
    found = [a for a in kb.candidates(text if cand.type == "PER" else undotted_acronyms(text), lang)
             if (a.type == "PER") == (cand.type == "PER")]  # "U.N. Security Council": the KB writes "UN"
    if cand.type == "PER" and not found:  # "le pape François": the KB's name holds the title before the span
        found = titled_person(cand.span(doc), kb, lang)
    for body_form in english_body_names(text, lang) if cand.type == "ORG" and not found else ():
        found = found or [a for a in kb.candidates(body_form, CANONICAL_LANG)
                          if a.type == "ORG" and a.country in (None, body_country(text, lang))]
    if cand.type == "ORG" and not found and (own_name := without_parent_complement(text, lang)) is not None:
        found = [a for a in kb.candidates(own_name, lang) if a.type == "ORG" and a.sector == "igo"]  # of the UN
    if len({a.id for a in found}) > 1:
        named = [a for a in found if a.id in in_article]
        found = named or next(([a for a in found if a.country == c] for c in countries
                               if any(a.country == c for a in found)), [])
    if len({a.id for a in found}) == 1:
        return found[0]
    if cand.type != "PER" or found:
        return None
    english = romanization.english(text) if romanization is not None else None
    for form in (text, english) if english else (text,):
        if len(name_key(form).split()) >= 2 and (actor := kb.lookup_person(form)):  # a bare surname: too ambiguous
            return actor
    return None


def _bare_surname_target(doc: Doc, cand: Candidate, full_names: list[Candidate]) -> Candidate | None:
    """The full-name mention a bare (one- or two-word) name belongs to: the nearest one before it that ends with
    it, else the first after it; a name of two words or more that starts exactly one longer name of the article
    belongs to it ("Ali Bongo" … "Ali Bongo Ondimba": a second surname left out)."""
    words = cand.norm(doc).split()
    best_before: Candidate | None = None
    first_after: Candidate | None = None
    given_name_of = [f for f in full_names if len(words) == 1 and f.norm(doc).split()[0] == words[0]
                     and len(f.span(doc)) > 1]
    if len(words) >= 2:
        given_name_of = [f for f in full_names if f.norm(doc).split()[:len(words)] == words
                         and len(f.norm(doc).split()) > len(words)]
    for full in full_names:
        if full is cand:
            continue
        full_words = full.norm(doc).split()
        if len(full_words) <= len(words):
            continue
        if full_words[-len(words):] != words and not (
                full in given_name_of and len({g.norm(doc) for g in given_name_of}) == 1):
            continue
        if full.start < cand.start:
            best_before = full
        elif first_after is None:
            first_after = full
    return best_before or first_after


@lru_cache(maxsize=8)
def _given_name_titles(lang: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicons.read_lines(lang, "given_name_titles.txt"))


def _titled_given_name_target(doc: Doc, cand: Candidate, full_names: list[Candidate],
                              lang: str) -> Candidate | None:
    """The one full name of the article that a title and a given name stand for ("Mohammed bin Salman" …
    "Prince Mohammed"; ``given_name_titles.txt``)."""
    words = cand.norm(doc).split()
    if len(words) != 2 or words[0] not in _given_name_titles(lang):
        return None
    targets = [f for f in full_names if f is not cand and len(f.norm(doc).split()) >= 2
               and f.norm(doc).split()[0] == words[1]]
    return targets[0] if len({t.norm(doc) for t in targets}) == 1 else None


def cluster_candidates(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Cluster]:
    """Group candidates into entities, in order of first mention."""
    lang = lex.lang
    for pass_number in (1, 2):  # the second pass settles ambiguous aliases by the actors the first found
        linked = [c.actor for c in cands if c.actor is not None]
        in_article = {a.id for a in linked} if pass_number == 2 else set()
        countries = [c for c, _ in Counter(a.country for a in linked if a.country).most_common(1)] \
            if pass_number == 2 else []
        for cand in cands:
            if cand.actor is None:
                cand.actor = link_actor(doc, cand, kb, lang, in_article, countries, lex.romanization) or (
                    reordered_organisation(cand.span(doc).text, kb, lex) if cand.type == "ORG" else None)
            if cand.actor is not None:
                cand.type = cand.actor.type
        unlink_unsupported_links(doc, cands, kb, lex)  # before the second pass counts the article's actors
        unlink_contradicted_acronyms(doc, cands, lang)  # "Commission électorale indépendante (CEI)": not the CIS
    link_generic_names_by_country(doc, cands, kb, lex)
    link_organs_by_parent(doc, cands, kb, lex)  # "the Commission" in an article naming the EU
    full_names = [c for c in cands if c.type == "PER" and len(c.span(doc)) >= 2]
    key_of: dict[int, str] = {}
    for idx, cand in enumerate(cands):
        if cand.actor is not None:
            key_of[idx] = "kb:" + cand.actor.id
            continue
        key_of[idx] = "text:" + cand.norm(doc)
    # "Parti socialiste" … "les socialistes": names many countries' parties share are one party of the article (a
    # body, also where the model read a place: "Cour suprême")
    for idx, cand in enumerate(cands):
        if cand.actor is None and cand.type != "PER" and (body := lex.generic_body(cand.span(doc).text)):
            cand.type = "ORG"
            key_of[idx] = f"generic:{body[0]}:{body[2] or ''}"
    # bare surnames → their full name's cluster
    index_of = {id(c): i for i, c in enumerate(cands)}
    for idx, cand in enumerate(cands):
        if cand.type == "PER" and cand.actor is None:
            target = _bare_surname_target(doc, cand, full_names) or _titled_given_name_target(
                doc, cand, full_names, lang)
            if target is not None:
                key_of[idx] = key_of[index_of[id(target)]]
    # "le pape François" … "François": a name written as one KB person's mention is that person (one only)
    linked_persons: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "PER" and c.actor is not None:
            linked_persons.setdefault(c.norm(doc), set()).add(c.actor.id)
    for idx, cand in enumerate(cands):
        if cand.type == "PER" and cand.actor is None and len(ids := linked_persons.get(cand.norm(doc), set())) == 1:
            key_of[idx] = "kb:" + next(iter(ids))
    join_gendered_surnames(doc, cands, key_of)
    # "l'Union européenne" … "l'Union": a one-word organisation name that starts exactly one longer organisation
    # name of the article joins it
    for idx, cand in enumerate(cands):
        if cand.type != "ORG" or cand.actor is not None or len(cand.span(doc)) != 1:
            continue
        word = cand.norm(doc)
        heads = {key_of[j] for j, other in enumerate(cands) if other.type == "ORG" and len(other.span(doc)) > 1
                 and other.norm(doc).split()[0] == word}
        if len(heads) == 1:
            key_of[idx] = heads.pop()
    # "l'UE" … "l'Union": a one-word organisation name that starts a longer name of exactly one KB actor the
    # article names joins that actor
    linked_orgs = {c.actor.id: c.actor for c in cands if c.actor is not None and c.actor.type == "ORG"}
    for idx, cand in enumerate(cands):
        if cand.type != "ORG" or cand.actor is not None or len(cand.span(doc)) != 1:
            continue
        word = cand.norm(doc)
        owners = {a.id for a in linked_orgs.values() for form in a.surface_forms(lang)
                  if len(normalize(form).split()) > 1 and normalize(form).split()[0] == word}
        if len(owners) == 1:
            cand.actor = linked_orgs[owners.pop()]
            key_of[idx] = "kb:" + cand.actor.id
    # "Name (ACRONYM)" → one entity; a person's bracket names an affiliation ("Jane Roe (LR)"), not the person,
    # unless it is made of the name's initials; nor does a dateline's place ("VIENNE (AFP)", dateline_places.py)
    for idx, cand in enumerate(cands[:-1]):
        nxt = cands[idx + 1]
        if (nxt.start == cand.end + 1 and cand.end < len(doc) and doc[cand.end].text == "("
                and nxt.end < len(doc) and doc[nxt.end].text == ")" and doc[nxt.start:nxt.end].text.isupper()
                and (cand.type != "PER" or doc[nxt.start:nxt.end].text == _initials(cand.span(doc).text))
                and cand.origin != "dateline"):
            old, new = key_of[idx + 1], key_of[idx]
            for j, k in key_of.items():
                if k == old:
                    key_of[j] = new
    join_acronyms(doc, cands, key_of, lang)  # "le Centre national de la recherche scientifique" … "le CNRS"
    clusters: dict[str, Cluster] = {}
    for idx, cand in enumerate(cands):
        cluster = clusters.setdefault(key_of[idx], Cluster(type=cand.type, actor=cand.actor))
        cluster.mentions.append(cand)
        if cluster.actor is None and cand.actor is not None:
            cluster.actor = cand.actor
    for cluster in clusters.values():
        types = Counter(c.type for c in cluster.mentions)
        cluster.type = cluster.actor.type if cluster.actor else types.most_common(1)[0][0]
    return list(clusters.values())


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"\w+", name)).upper()


_WORD_PUNCT = frozenset({"-", "'", "’"})


_NO_TITLE = TitleMatch(None, None, None)
# offices whose holders news names by their given name ("le roi Charles", "Pope Leo"); a president's one name
# after the title is a surname
_GIVEN_NAME_OFFICES = frozenset({"king", "queen", "pope", "emir", "sultan", "crown prince", "emperor"})


def _title_before(doc: Doc, start: int, lex: EntityLexicon) -> TitleMatch:
    """Role, country and stated gender of a title right before token ``start``: "le gouverneur régional",
    "Russian President", "le président ukrainien"."""
    widest = min(lex.max_title_words + 2, start)
    texts = [t.text for t in doc[start - widest:start]]  # the widest window; the others end the same way
    breaks = [k for k, t in enumerate(doc[start - widest:start]) if t.is_punct and texts[k] not in _WORD_PUNCT]
    for n in range(widest - (breaks[-1] + 1 if breaks else 0), 0, -1):  # no punctuation inside but "-" and "'"
        if texts[widest - n] in _WORD_PUNCT:
            continue
        country = None
        words = [text for text in texts[widest - n:] if text not in _WORD_PUNCT]
        if words and (c := lex.demonym_country(words[-1])):
            country, words = c, words[:-1]
        if words and (c := lex.demonym_country(words[0])):
            country, words = country or c, words[1:]
        if words and (role := lex.title_role(" ".join(words))):
            return TitleMatch(role, country, lex.title_gender(" ".join(words)))
    return _NO_TITLE


def _title_of(doc: Doc, cand: Candidate, lex: EntityLexicon) -> TitleMatch:
    """``_title_before`` the candidate, looked up once."""
    if cand.title is None:
        cand.title = _title_before(doc, cand.start, lex)
    return cand.title


def _title_after(doc: Doc, end: int, lex: EntityLexicon) -> str | None:
    """Role from an apposition: "Kirill Dmitriev, l'envoyé du président russe …" → envoy."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    while i < len(doc) and doc[i].lower_ in lex.trim_words:
        i += 1
    if i >= len(doc) or not lex.may_start_title(doc[i]):
        return None
    for n in range(lex.max_title_words, 0, -1):
        if i + n <= len(doc) and (role := lex.title_role(doc[i:i + n].text)):
            return role
    return None


def retype_titled_names(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """A name right after a person's title is a person: "le gouverneur régional Oleh Kiper"."""
    for cand in cands:
        if (cand.type != "PER" and cand.actor is None and len(cand.span(doc)) >= 2
                and _title_of(doc, cand, lex).role is not None):
            cand.type = "PER"


def link_titled_given_names(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon,
                            published: dt.date | None) -> None:
    """"le roi Charles", "King Felipe", "le pape Léon": one word after a monarch's or pope's title names the one
    holder of that office on the publication date (of the title's country, when it states one) whose name starts
    with it."""
    if published is None:
        return
    for cand in cands:
        if cand.actor is not None or cand.type == "LOC" or len(cand.span(doc)) != 1:
            continue
        role, country, _ = _title_of(doc, cand, lex)
        if role not in _GIVEN_NAME_OFFICES:
            continue
        word = cand.norm(doc)
        found = {a.id: a for a in kb.holders(role, published) if country in (None, a.country) and a.type == "PER"
                 and any(len(words := normalize(form).split()) >= 2 and words[0] == word
                         and lex.title_role(words[0]) is None for form in a.surface_forms())}
        if len(found) == 1:
            cand.actor = next(iter(found.values()))
            cand.type = "PER"


def mark_genders(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> None:
    """The gender an honorific ("Mrs. Trump", "Mme Macron") or a title ("la présidente …") before a name states."""
    for cand in cands:
        honorific = honorific_before(doc, cand.start, lex)
        if honorific is not None:
            cand.honorific = honorific.text
            cand.gender = lex.honorific_gender(honorific.text)
        elif cand.type == "PER":
            cand.gender = _title_of(doc, cand, lex).gender


def set_nationality_countries(doc: Doc, nationalities: list[Candidate], clusters: list[Cluster],
                              lex: EntityLexicon) -> None:
    """A demonym is no entity; written right before a name ("the Turkish Red Crescent" read as "Turkish" + "Red
    Crescent"), it gives that name's entity its country when the KB gives none."""
    starts = {m.start: cluster for cluster in clusters for m in cluster.mentions}
    for nationality in nationalities:
        cluster = starts.get(nationality.end)
        country = lex.demonym_country(nationality.span(doc).text)
        if cluster is not None and country and cluster.country is None and (
                cluster.actor is None or cluster.actor.country is None):
            cluster.country = country


def assign_roles(doc: Doc, clusters: list[Cluster], lex: EntityLexicon) -> None:
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        for cand in cluster.mentions:
            role, country, _ = _title_of(doc, cand, lex)
            role = role or _title_after(doc, cand.end, lex)
            if role and cluster.role is None:
                cluster.role = role
            if country and cluster.country is None:
                cluster.country = country


def descriptor_mentions(doc: Doc, clusters: list[Cluster], kb: ActorKB, lex: EntityLexicon,
                        published: dt.date | None, taken: list[bool]) -> list[Candidate]:
    """"le dirigeant russe", "the Ukrainian president": a title with a demonym naming an office whose holder on
    the publication date is an entity of the article becomes a mention of that entity."""
    by_actor = {c.actor.id: c for c in clusters if c.actor is not None}
    added: list[Candidate] = []
    if not by_actor or published is None:
        return added
    for i in lex.title_first_tokens(doc):
        if i >= len(doc) - 1:
            break
        for n in range(min(lex.max_title_words, len(doc) - i - 1), 0, -1):
            role = lex.title_role(doc[i:i + n].text)
            if role is None:
                continue
            after, before = doc[i + n], doc[i - 1] if i > 0 else None
            if (country := lex.demonym_country(after.text)) and after.i + 1 <= len(doc):
                start, end = i, i + n + 1
            elif before is not None and (country := lex.demonym_country(before.text)):
                start, end = i - 1, i + n
            else:
                continue
            if any(taken[start:end]) or (end < len(doc) and doc[end].is_title and not doc[end].is_sent_start):
                continue  # part of a name, or a title in front of a name
            holder = kb.holder(role, country, published)
            cluster = by_actor.get(holder.id) if holder else None
            if cluster is not None:
                added.append(Candidate(start, end, cluster.type, "descriptor", holder))
                cluster.mentions.append(added[-1])
                for k in range(start, end):
                    taken[k] = True
            break
    return added
