"""An acronym and the organisation name it abbreviates are one entity, also where the article does not put the
acronym in brackets after the name: "le Centre national de la recherche scientifique … le CNRS", "the Federal
Emergency Management Agency … FEMA said". The acronym is made of the initials of the name's words, with or
without the small words acronyms leave out (``lexicons/<lang>/acronym_skip_words.txt``), a hyphenated word
giving one initial or one per part ("Croix-Rouge"), an elided article dropped ("l'énergie"). The join needs
exactly one such name in the article, and neither may name another KB actor than the other.

An acronym is the article's before it is the KB's: "la Commission électorale indépendante (CEI)" is no
"Communauté des États indépendants", the actor the KB files under "CEI". Where the article writes the name an
acronym abbreviates, and that name is no form of the KB actor the acronym alone linked to (it shares under half
of its content words with each of the actor's forms, in any language), the acronym's link is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.nlp.entities.spans import Candidate

_MIN_LETTERS = 3  # two-letter acronyms ("UN", "EU") are the KB's: alone they could stand for too much
_MAX_LETTERS = 8
_ELIDED = re.compile(r"^[a-zà-ÿ][’']", re.IGNORECASE)  # "l'énergie", "d'Ivoire"


@lru_cache(maxsize=8)
def _skip_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "acronym_skip_words.txt"))


def _plain_upper(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def acronym_of(text: str) -> str | None:
    """The letters of a written acronym ("UIMM", "I.A.E.A."), or None when ``text`` is no acronym."""
    letters = text.replace(".", "")
    if not (_MIN_LETTERS <= len(letters) <= _MAX_LETTERS) or not letters.isalpha() or not letters.isupper():
        return None
    return _plain_upper(letters)


def initials(name: str, lang: str) -> set[str]:
    """The acronyms a name's words give: all words or only its content words, a hyphenated word as one initial
    or one per part ("Comité international de la Croix-Rouge" → CICR, CIDLCR, CIC …)."""
    skip = _skip_words(lang)
    words = [_ELIDED.sub("", w) for w in re.findall(r"[\w'’&-]+", name)]
    words = [w.strip("-") for w in words if w.strip("-")]
    out: set[str] = set()
    for kept in (words, [w for w in words if w.lower() not in skip]):
        if len(kept) < 2:
            continue
        out.add(_plain_upper("".join(w[0] for w in kept)))
        out.add(_plain_upper("".join(part[0] for w in kept for part in w.split("-") if part)))
    return out


def _stems(name: str, skip: frozenset[str]) -> set[str]:
    """A name's content words, accents, elision, plural -s and feminine -e left off: "indépendante" → "independant"."""
    words = (_plain_upper(_ELIDED.sub("", w)).lower() for w in re.findall(r"[\w'’-]+", name))
    return {w.removesuffix("s").removesuffix("e") for w in words if len(w) > 2 and w not in skip}


def unlink_contradicted_acronyms(doc: Doc, cands: list[Candidate], lang: str) -> None:
    """Drop the KB link of an organisation acronym whose expansion the article writes as a name that is no form
    of the linked actor ("Commission électorale indépendante (CEI)" ≠ the KB's "CEI", the CIS)."""
    skip = _skip_words(lang) | _skip_words("en") | _skip_words("fr")  # the KB's forms are English and French
    names: dict[str, list[str]] = {}
    for cand in cands:
        text = cand.span(doc).text
        if cand.type == "ORG" and cand.actor is None and len(cand.span(doc)) >= 2 and acronym_of(text) is None:
            for name_letters in initials(text, lang):
                names.setdefault(name_letters, []).append(text)
    for cand in cands:
        actor = cand.actor
        if actor is None or actor.type != "ORG" or len(cand.span(doc)) != 1 \
                or (letters := acronym_of(cand.span(doc).text)) is None or not (written := names.get(letters)):
            continue
        forms = [_stems(form, skip) for form in actor.surface_forms()]
        if all(2 * len(stems & form) < len(stems) for name in written if (stems := _stems(name, skip))
               for form in forms):
            for other in cands:
                if other.actor is actor and acronym_of(other.span(doc).text) == letters:
                    other.actor = None


def join_acronyms(doc: Doc, cands: list[Candidate], key_of: dict[int, str], lang: str) -> None:
    """Give an acronym candidate the entity key of the one organisation name of the article it abbreviates (or
    that name the acronym's, when only the acronym is a KB actor)."""
    names: dict[str, list[int]] = {}
    for idx, cand in enumerate(cands):
        if cand.type == "ORG" and len(cand.span(doc)) >= 2 and acronym_of(cand.span(doc).text) is None:
            for name_letters in initials(cand.span(doc).text, lang):
                names.setdefault(name_letters, []).append(idx)
    for idx, cand in enumerate(cands):
        if cand.type == "PER" or len(cand.span(doc)) != 1 or (letters := acronym_of(cand.span(doc).text)) is None:
            continue
        targets = {key_of[j] for j in names.get(letters, [])}
        if len(targets) != 1 or (target := targets.pop()) == key_of[idx]:
            continue
        acronym_linked, name_linked = key_of[idx].startswith("kb:"), target.startswith("kb:")
        if acronym_linked and name_linked:
            continue  # two KB actors: the KB knows them apart
        old, new = (target, key_of[idx]) if acronym_linked else (key_of[idx], target)
        for j, key in key_of.items():
            if key == old:
                key_of[j] = new
