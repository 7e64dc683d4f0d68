"""National teams named by their country: in a match report, "Norway beat Denmark 2-1" names two teams, not two
states. An article is a report on national teams when it has enough words of one team sport's reporting and a
national-team cue outside a club competition's name (``lexicons/<lang>/sports_words.tsv``,
``sports_nation_cues.tsv``); a country entity of such an
article whose mentions are mostly not places ("in Denmark", "en Norvège") is that country's team, named as
English Wikipedia titles national teams ("Norway national football team", an organisation of that country).
The countries that field teams are the KB's countries and the nations of ``kb/data/sporting_nations.tsv``
(England, Scotland …, which are no states)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.clusters import Cluster

ANY_SPORT = "*"
_MIN_WORDS = 3  # distinct sports words an article needs
_MIN_SPORT_HITS = 2  # occurrences of one sport's own words
_NAME_POS = frozenset({"NOUN", "PROPN"})  # a one-word entry counts as a noun ("the final", not "a final deal")


def sporting_nations() -> dict[str, str]:
    """English name (normalised) → ISO3 of the nations that field teams without being states."""
    path = resources.files("wirewatch.kb") / "data" / "sporting_nations.tsv"
    rows = lexicons.tsv_rows(path.read_text(encoding="utf-8"))
    return {normalize(row["name"]): row["country"] for row in rows}


@dataclass(frozen=True)
class SportsLexicon:
    words: dict[str, str]  # one word (lower-case) → sport or ANY_SPORT
    phrases: dict[tuple[str, ...], str]  # several words (lower-case) → sport or ANY_SPORT
    nation_cues: tuple[tuple[str, ...], ...]  # as written
    club_cues: tuple[tuple[str, ...], ...]  # club competitions whose names hold a nation cue ("Club World Cup")
    nations: dict[str, str]

    @classmethod
    def load(cls, lang: str) -> SportsLexicon:
        words: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for row in lexicons.read_tsv(lang, "sports_words.tsv"):
            parts = tuple(row["word"].lower().split())
            if len(parts) == 1:
                words[parts[0]] = row["sport"]
            elif parts:
                phrases[parts] = row["sport"]
        rows = lexicons.read_tsv(lang, "sports_nation_cues.tsv")
        nation = tuple(tuple(row["cue"].split()) for row in rows if row["cue"] and row.get("kind") != "club")
        club = tuple(tuple(row["cue"].split()) for row in rows if row["cue"] and row.get("kind") == "club")
        return cls(words, phrases, nation, club, sporting_nations())

    def _hits(self, doc: Doc) -> list[tuple[int, str]]:
        """(token index, word or phrase) of each sports word of the text."""
        hits: list[tuple[int, str]] = []
        lowered = [t.lower_ for t in doc]
        longest = max((len(p) for p in self.phrases), default=0)
        for i, token in enumerate(doc):
            for n in range(min(longest, len(doc) - i), 1, -1):
                if tuple(lowered[i:i + n]) in self.phrases:
                    hits.append((i, " ".join(lowered[i:i + n])))
                    break
            else:
                if lowered[i] in self.words and token.pos_ in _NAME_POS:
                    hits.append((i, lowered[i]))
        return hits

    def team_sport(self, doc: Doc) -> str | None:
        """The sport of the national teams the article reports on, or None when it is no such report."""
        hits = self._hits(doc)
        if len({word for _, word in hits}) < _MIN_WORDS:
            return None
        sports = Counter(self.words.get(w) or self.phrases.get(tuple(w.split()), ANY_SPORT) for _, w in hits)
        sports.pop(ANY_SPORT, None)
        if not sports:
            return None
        (sport, count), *rest = sports.most_common()
        if count < _MIN_SPORT_HITS or (rest and rest[0][1] == count):
            return None
        return sport if self._names_nations(doc) else None

    def _names_nations(self, doc: Doc) -> bool:
        """Whether a national-team cue stands in the text outside the name of a club competition."""
        text = doc.text
        in_club_name = [m.span() for cue in self.club_cues for m in re.finditer(_whole(cue), text)]
        return any(not any(start <= m.start() < end for start, end in in_club_name)
                   for cue in self.nation_cues for m in re.finditer(_whole(cue), text))


def _whole(words: tuple[str, ...]) -> str:
    """A pattern of ``words`` as whole words, any spacing between them, either apostrophe ("d'Europe", "d’Europe")."""
    return r"(?<!\w)" + r"\s+".join(re.escape(w).replace("'", "['’]") for w in words) + r"(?!\w)"


def _is_place_use(doc: Doc, start: int, locative_words: frozenset[str]) -> bool:
    """A mention right after a locative preposition ("in", "en") names the place."""
    return start > 0 and doc[start - 1].lower_ in locative_words


def mark_national_teams(doc: Doc, clusters: list[Cluster], sports: SportsLexicon,
                        locative_words: frozenset[str]) -> None:
    """Set ``team_sport`` on the country entities of a report on national teams that the article uses mostly as
    competitors (no more than half their mentions after a locative preposition). Which entities are countries is
    settled when they are named (:func:`team_country`)."""
    if not any(c.type == "LOC" for c in clusters):
        return
    sport = sports.team_sport(doc)
    if sport is None:
        return
    for cluster in clusters:
        if cluster.type != "LOC" or not cluster.mentions:
            continue
        places = sum(_is_place_use(doc, m.start, locative_words) for m in cluster.mentions)
        if 2 * places <= len(cluster.mentions):
            cluster.team_sport = sport


def team_country(cluster: Cluster, english_name: str, nations: dict[str, str]) -> str | None:
    """The ISO3 of the nation a ``team_sport`` entity named ``english_name`` plays for, or None when it is no
    country (a city, a region)."""
    actor = cluster.actor
    if actor is not None and actor.role == "country" and actor.country:
        return actor.country
    return nations.get(normalize(english_name))


def team_name(english_name: str, sport: str) -> str:
    """"Norway" → "Norway national football team"."""
    return f"{english_name} national {sport} team"
