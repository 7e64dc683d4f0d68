"""Join the Phoenix actor dictionaries of PETRARCH-2 to the actor KB: ``kb/data/actors_phoenix.jsonl``.

    python -m wirewatch.kb.tools.phoenix_actors ../shared/resources/petrarch2          # (re)write the file
    python -m wirewatch.kb.tools.phoenix_actors ../shared/resources/petrarch2 --check  # exit 1 when out of date

Each Phoenix entry (a name, its aliases, its CAMEO country/sector codes with dates) with the shape of a person or
an organisation name is matched by its name and aliases (normalised) against the KB's actors of the same kind:
- one KB actor matches: a ``join`` row adds the entry's new aliases (and a country the KB lacks) to that actor;
- none matches: a new actor with a local ``ww:phx-`` id (never a Wikidata id), its country and sector from the
  codes, and, for a person whose aliases name one office ("PRESIDENT_X") and who has one government span, that
  office over it when the span is closed (an open one may be stale), unless the KB has a holder of it then;
- several match, or a form is another kind of KB actor's (a country, a place): left out.
Left out as noise: country entries (the KB has its own) and names the gazetteer knows as places; one-word
names and aliases (bare surnames and common words; an organisation keeps a 2–5 letter acronym made of its name's
initials); aliases with a title ("PRIME_MINISTER_…"); organisations without an organisation's shape; people
whose known roles ended before ``ACTIVE_SINCE``; forms shared by two new actors.
Provenance: the file's first line, and ``source`` (file:line) on every row.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry

from wirewatch import lexicons
from wirewatch.kb.actor_kb import LISTED_ID_PREFIX, ActorKB, default_actor_file
from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import normalize
from wirewatch.kb.tools.phoenix_parse import INTERNATIONAL, PhoenixEntry, parse_file
from wirewatch.nlp.entities.lexicon import given_names
from wirewatch.settings import Settings

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SNAPSHOT = dt.date(2014, 1, 30)  # CountryInfo.140130, the newest dated source of the files
ACTIVE_SINCE = dt.date(1995, 1, 1)
OUTPUT_NAME = "actors_phoenix.jsonl"


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Function words of organisation names (``lexicons/en/phoenix_name_words.tsv``: the source's language)."""
    return frozenset(row["word"] for row in lexicons.read_tsv("en", "phoenix_name_words.tsv")
                     if row["class"] == "org_word")


@lru_cache(maxsize=1)
def name_function_words() -> frozenset[str]:
    """Organisation function words and the particles of names in many languages ("bin", "von", "de")."""
    return org_words() | {row["word"] for row in lexicons.read_tsv("en", "phoenix_name_words.tsv")
                          if row["class"] == "name_particle"}

_NAME_CHARS = re.compile(r"^[^\W\d_][\w.'’-]*$")


@dataclass
class Draft:
    """An actor-to-be of the output file."""

    type: str
    name: str
    forms: list[str]
    sources: list[str]
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    positions: list[dict[str, str | None]] = field(default_factory=list)


def display(words: list[str]) -> str:
    """Phoenix capitals → a written name: "ABU_BAKR_AL-BAGHDADI" → "Abu Bakr al-Baghdadi"."""
    out = []
    for k, word in enumerate(words):
        low = word.lower()
        if k > 0 and low in name_function_words():
            out.append(low)
            continue
        parts = []
        for part in low.split("-"):
            if part in ("al", "el") and k > 0:
                parts.append(part)
            else:
                parts.append(part[:2].upper() + part[2:].capitalize() if part[1:2] == "'" else part.capitalize())
        out.append("-".join(parts))
    return " ".join(out)


def _words(raw: str) -> list[str]:
    words = [w for w in re.split(r"[_\s]+", raw) if w]
    return words[1:] if len(words) > 1 and words[0].lower() == "the" else words


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """Head nouns of organisations' names (the ``body_head`` words), lower case; no place's ("City", "River")."""
    return frozenset(row["word"] for row in lexicons.read_tsv("en", "phoenix_name_words.tsv")
                     if row["class"] == "body_head")


def body_head(words: list[str]) -> str | None:
    """The head noun of a body's name, the last word before "of" ("Department of Transportation" →
    department; "Federal Aviation Administration" → administration), when it is a body's head noun; singular
    ("Defense Forces" = "Defence Force")."""
    low = [w.lower() for w in words]
    low = low[:low.index("of")] if "of" in low else low
    return low[-1].removesuffix("s") if len(words) >= 2 and low and low[-1] in body_heads() else None


def split_subordinate_bodies(entry: PhoenixEntry) -> list[PhoenixEntry]:
    """The entry, and each body the files list among its aliases because it is coded alike
    ("+FEDERAL_AVIATION_ADMINISTRATION_" under "UNITED_STATES_DEPARTMENT_OF_TRANSPORTATION_"): an alias whose
    head noun differs from the name's is another body, not another name of it. Its spellings ("US Border
    Patrol", "United States Border Patrol": the same last two words) make one entry, named by the longest."""
    own = body_head(_words(entry.name))
    if own is None:
        return [entry]
    kept: list[str] = []
    bodies: dict[tuple[str, ...], list[str]] = {}
    for alias in entry.aliases:
        words = _words(alias)
        head = body_head(words)
        if head is None or head == own:
            kept.append(alias)
        else:
            bodies.setdefault(tuple(w.lower() for w in words[-2:]), []).append(alias)
    if not bodies:
        return [entry]
    out = [PhoenixEntry(entry.name, kept, entry.codes, entry.source)]
    for spellings in bodies.values():
        name = max(spellings, key=lambda a: len(_words(a)))
        out.append(PhoenixEntry(name, [a for a in spellings if a != name], list(entry.codes), entry.source))
    return out


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in org_words()).upper()


class Joiner:
    def __init__(self, kb: ActorKB, alias_titles: frozenset[str] = frozenset(),
                 is_place: Callable[[str], bool] = lambda name: False):
        self.kb = kb
        self.is_place = is_place  # whether a name is a gazetteer place's own name
        self.alias_titles = alias_titles  # first words of aliases that are titles in the files' own usage
        self.titles = {normalize(r["form"]): r["role"] for r in lexicons.read_tsv("en", "titles.tsv")}
        self.heads = frozenset(normalize(w) for w in lexicons.read_lines("en", "name_heads.txt"))

    def title_role(self, words: list[str]) -> tuple[str | None, bool]:
        """(role of a title the words start with, whether a person's alias of these words holds a title: a word
        that starts a title, or a first word the files use as a title)."""
        low = [w.lower() for w in words]
        for n in range(min(4, len(low) - 1), 0, -1):
            if (role := self.titles.get(normalize(" ".join(low[:n])))) is not None:
                return role, True
        first_words = {t.split()[0] for t in self.titles}
        return None, any(normalize(w) in first_words for w in low) or low[0] in self.alias_titles

    def kind(self, entry: PhoenixEntry, file_name: str) -> str | None:
        """PER, ORG or None (noise, or a country)."""
        words = _words(entry.name)
        if not words or not all(_NAME_CHARS.match(w) for w in words):
            return None
        low = {normalize(w) for w in words}
        lowered = {w.lower() for w in words}
        if self.is_place(" ".join(words)):
            return None  # "Cayman Islands": a place, whatever its head noun
        if low & self.heads:
            person_like = len(words) == 2 and normalize(words[0]) in given_names()  # "Anthony Lake"
            return "ORG" if len(words) >= 2 and not person_like else None
        if "MilNonState" in file_name:  # groups, and some of their members: a group's name shows it
            return "ORG" if len(words) >= 3 or lowered & org_words() else None
        core = [w for w in words if w.lower() not in name_function_words()]
        dated_or_elite = any(c.start or c.end or "ELI" in c.code for c in entry.codes)
        given = given_names()
        named = normalize(words[0]) in given or any(normalize(_words(a)[0]) in given for a in entry.aliases
                                                    if len(_words(a)) >= 2)
        if 2 <= len(core) <= 4 and not (lowered & org_words()) and (dated_or_elite or named):
            return "PER"
        international = any(c.code[:3] in INTERNATIONAL for c in entry.codes)
        company = any(c.code.startswith("MNC") for c in entry.codes)
        initials = any(len(w.rstrip(".")) == 1 for w in words)  # "A. Gavahi": a person listed undated
        if len(words) >= 2 and international and not dated_or_elite and not named and not initials and (
                company or len(words) >= 3 or lowered & org_words()):
            return "ORG"
        return None

    def holds_title(self, words: list[str]) -> bool:
        """Whether the words hold a title as whole words ("United States Secretary of State")."""
        text = f" {normalize(' '.join(words))} "
        return any(f" {title} " in text for title in self.titles)

    def draft(self, entry: PhoenixEntry, kind: str) -> Draft | None:
        latest = max((c.end or SNAPSHOT for c in entry.codes if c.start or c.end), default=None)
        if kind == "PER" and latest is not None and latest < ACTIVE_SINCE:
            return None
        name_words = _words(entry.name)
        if self.holds_title(name_words):
            return None  # an office, not an actor
        forms, roles = [display(name_words)], set()
        for alias in entry.aliases:
            words = _words(alias)
            if not words or not all(_NAME_CHARS.match(w) for w in words):
                continue
            role, titled = self.title_role(words)
            if role:
                roles.add(role)
            if role or (titled and kind == "PER") or self.holds_title(words):
                continue
            if kind == "PER" and len(words) > 3 and words[0].lower() != name_words[0].lower() \
                    and normalize(words[0]) not in given_names():
                continue  # "Former Representative …": a description, not a name
            if len(words) == 1:
                acronym = words[0].upper()
                if kind == "ORG" and 2 <= len(acronym) <= 5 and acronym == _initials(name_words):
                    forms.append(acronym)
                continue
            forms.append(display(words))
        ranked = sorted(entry.codes, key=lambda c: c.end or SNAPSHOT, reverse=True)
        country = next((c.country for c in ranked if c.country), None)
        if any(c.code[:3] in INTERNATIONAL for c in ranked[:1]):
            country = None
        sector = next((c.sector for c in ranked if c.sector), None)
        draft = Draft(kind, forms[0], list(dict.fromkeys(forms)), [entry.source], country, sector)
        if kind == "PER" and len(roles) == 1 and country and sum(c.sector == "government" for c in entry.codes) == 1:
            draft.role = roles.pop()
            draft.positions = self.positions(entry, draft.role, country)
        return draft

    def positions(self, entry: PhoenixEntry, role: str, country: str) -> list[dict[str, str | None]]:
        out: list[dict[str, str | None]] = []
        for code in entry.codes:
            if code.sector != "government" or code.country != country or code.start is None or code.end is None:
                continue  # an open span may be stale (the files date from 2014): no office without its end
            end = code.end
            if code.start >= end or any(
                    self.kb.holder(role, country, day) is not None for day in (code.start, end - dt.timedelta(1))):
                continue
            out.append({"role": role, "country": country, "start": code.start.isoformat(), "end": end.isoformat()})
        return out

    def matches(self, draft: Draft) -> tuple[set[str], bool]:
        """(ids of KB actors of the draft's kind one of its forms names, whether a form names another kind)."""
        same, other = set(), False
        for form in draft.forms:
            for actor in self.kb.candidates(form):
                if (actor.type == "PER") == (draft.type == "PER") and actor.type != "LOC":
                    same.add(actor.id)
                else:
                    other = True
        return same, other


def alias_titles(entries: list[PhoenixEntry], least: int = 3) -> frozenset[str]:
    """Words that start the aliases of ``least`` entries or more but start no entry's name: titles and
    honorifics in the files' own usage ("Kanzler", "Mr", "Sheikh")."""
    starts: dict[str, set[int]] = defaultdict(set)
    name_starts: set[str] = set()
    for k, entry in enumerate(entries):
        name_starts.update(w.lower() for w in _words(entry.name)[:1])
        for alias in entry.aliases:
            if len(words := _words(alias)) >= 2:
                starts[words[0].lower()].add(k)
    given = given_names()
    return frozenset(w for w, ks in starts.items() if len(ks) >= least and w not in name_starts | given)


def build(source_dir: Path, kb: ActorKB, is_place: Callable[[str], bool] = lambda name: False,
          ) -> tuple[list[dict[str, object]], dict[str, int]]:
    countries = frozenset(c.alpha_3 for c in pycountry.countries)
    files = [(name, parse_file(source_dir / name, countries)) for name in FILES]
    joiner = Joiner(kb, alias_titles([e for _, entries in files for e in entries]), is_place)
    joins: dict[str, Draft] = {}
    new: dict[str, Draft] = {}
    stats: dict[str, int] = defaultdict(int)
    for file_name, listed in files:
        for entry, body_of in ((e, k > 0) for listed_entry in listed for k, e in enumerate(
                split_subordinate_bodies(listed_entry) if joiner.kind(listed_entry, file_name) == "ORG"
                else [listed_entry])):
            stats["subordinate bodies" if body_of else "entries"] += 1
            kind = "ORG" if body_of and not joiner.is_place(entry.name.replace("_", " ")) \
                else joiner.kind(entry, file_name)
            draft = joiner.draft(entry, kind) if kind else None
            if draft is None:
                continue
            same, other = joiner.matches(draft)
            if len(same) == 1 and not other:
                target = joins.setdefault(next(iter(same)), Draft(draft.type, draft.name, [], []))
                target.forms.extend(draft.forms)
                target.sources.extend(draft.sources)
                target.country = target.country or draft.country
            elif not same and not other:
                key = normalize(draft.name)
                if key in new:  # the same name listed twice: one actor
                    new[key].forms.extend(draft.forms)
                    new[key].sources.extend(draft.sources)
                else:
                    new[key] = draft
    _drop_shared_forms(new)
    rows: list[dict[str, object]] = []
    for actor_id, draft in joins.items():
        actor = kb.by_id(actor_id)
        assert actor is not None
        known = {normalize(f) for f in actor.surface_forms()}
        fresh = [f for f in dict.fromkeys(draft.forms) if normalize(f) not in known]
        fresh = list({normalize(f): f for f in fresh}.values())
        row: dict[str, object] = {"join": actor_id}
        if fresh:
            row["aliases"] = {"en": fresh}
        if actor.country is None and draft.country and actor.type != "LOC":
            row["country"] = draft.country
        if len(row) > 1:
            row["source"] = sorted(set(draft.sources))
            rows.append(row)
            stats["joined actors"] += 1
            stats["aliases added to KB actors"] += len(fresh)
    for draft in sorted(new.values(), key=lambda d: d.name):
        forms = list({normalize(f): f for f in draft.forms}.values())
        slug = re.sub(r"[^a-z0-9]+", "-", normalize(draft.name)).strip("-")
        row = {"id": f"{LISTED_ID_PREFIX}{slug}", "name": draft.name, "type": draft.type}
        row.update({k: v for k, v in (("country", draft.country), ("role", draft.role), ("sector", draft.sector))
                    if v})
        row["aliases"] = {"en": forms}
        if draft.positions:
            row["positions"] = draft.positions
        row["source"] = sorted(set(draft.sources))
        rows.append(row)
        stats[f"new {draft.type} actors"] += 1
        stats["aliases of new actors"] += len(forms)
    return rows, dict(stats)


def _drop_shared_forms(new: dict[str, Draft]) -> None:
    """A form two new actors share names neither (the look-up would be ambiguous): it is dropped from both."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, draft in new.items():
        for form in draft.forms:
            owners[normalize(form)].add(key)
    for key, draft in new.items():
        draft.forms = [f for f in draft.forms if len(owners[normalize(f)]) == 1 or normalize(f) == key]


def provenance() -> dict[str, object]:
    return {"provenance": {"source": f"https://github.com/{SOURCE_REPO}", "commit": SOURCE_COMMIT, "license": "MIT",
                           "files": [f"petrarch2/data/dictionaries/{f}" for f in FILES],
                           "built_by": "python -m wirewatch.kb.tools.phoenix_actors",
                           "snapshot": SNAPSHOT.isoformat()}}


def render(rows: list[dict[str, object]]) -> str:
    lines = [provenance(), *rows]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source_dir", type=Path, help="folder holding the Phoenix.*.actors.txt files")
    parser.add_argument("--check", action="store_true", help="exit 1 when the output file is out of date")
    args = parser.parse_args(argv)
    kb = ActorKB.load(default_actor_file(), extensions=False)
    gazetteer = Gazetteer.open(Settings())

    def is_place(name: str) -> bool:
        return any(c.main_name for c in gazetteer.lookup(name))

    rows, stats = build(args.source_dir, kb, is_place)
    target = default_actor_file().with_name(OUTPUT_NAME)
    text = render(rows)
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}", file=sys.stderr)
    if args.check:
        return 0 if target.is_file() and target.read_text(encoding="utf-8") == text else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(rows)} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
