"""The event layer's language knowledge, read from ``lexicons/<lang>/event_*.tsv`` (one loader for all languages).

A language lacking a file gets an empty table, never a crash: the layer then finds fewer events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.events.lexicon_words import LexiconWords

PLOVER_TABLE = Path(__file__).with_name("plover.tsv")


# the trigger files, read in this order: hand entries, entries written class by class from the CAMEO categories,
# entries generated from the CAMEO verb dictionary (kb/tools/build_event_triggers.py); for one word, entries with
# a condition come before entries without, and among equals the earlier file's first
TRIGGER_FILES = ("event_triggers.tsv", "event_triggers_classes.tsv", "event_triggers_cameo.tsv")
TRIGGER_ORIGINS = dict(zip(TRIGGER_FILES, ("hand", "classes", "cameo"), strict=True))
BLOCKED = "-"  # the type of an entry that says a reading is no event ("withdraw from the race")


@dataclass(frozen=True)
class Requirement:
    """A condition on a trigger's children: ``kind`` is prep, obj, prt, mod, subj or pp; ``words`` the lemmas
    allowed (for obj, empty: any object); ``prep`` the preposition of a ``pp`` condition ("pp:with=police")."""

    kind: str
    words: frozenset[str]
    prep: str = ""
    phrases: frozenset[tuple[str, str]] = frozenset()  # (modifier, head): "bank account" in an obj: list


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    weight: float
    requires: Requirement | None
    more: tuple[Requirement, ...] = ()  # further conditions, all to be met ("obj:police;pp:to=border")
    origin: str = "hand"  # the file it comes from: "hand", "classes" or "cameo" (TRIGGER_FILES)

    @property
    def locution_words(self) -> frozenset[str]:
        """The lemmas its prepositional conditions name: words of the locution ("battre en *retraite*", "put
        on *trial*"), never a thing the act is done to."""
        return frozenset(w for r in (self.requires, *self.more) if r is not None and r.kind == "pp" for w in r.words)


@dataclass(frozen=True)
class ActorNoun:
    sector: str
    name: str


@dataclass
class EventLexicon:
    """Everything the event layer knows about one language."""

    lang: str
    triggers: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    # readings that are no event ("withdraw from the race"): when one's conditions hold, the word tells nothing
    blocked: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    casualties: dict[tuple[str, str], str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    modality: dict[str, str] = field(default_factory=dict)
    actor_nouns: dict[str, ActorNoun] = field(default_factory=dict)
    modes: dict[str, str] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()  # one-word titles and functions ("ambassador", "maire"): persons
    cameo: dict[tuple[str, str], str] = field(default_factory=dict)
    # verb_lemma_endings.tsv: (ending of a form the lemmatiser left as it is, the infinitive's ending to try)
    verb_endings: tuple[tuple[str, str], ...] = ()
    # event_silencers.tsv: (phrase, the types it silences ("*": all), its scope: "sentence" or "clause")
    discards: tuple[tuple[str, str, str], ...] = ()
    # built on first use, from the lists as they are then
    finder: LexiconWords | None = field(default=None, repr=False, compare=False)

    def tokens(self, span: Span, word_list: str) -> list[Token]:
        """The tokens of ``span`` that can be words of one of the lexicon's lists ("trigger", "casualty",
        "obligation" …: see :mod:`lexicon_words`), in order; the caller tests each in full."""
        if self.finder is None:
            self.finder = LexiconWords(self)
        return self.finder.tokens(span, word_list)

    def sentence_mode(self, sent: Span) -> str | None:
        """The mode of the first weapon or means the sentence names ("drone", "artillery"), if any."""
        for token in self.tokens(sent, "mode"):
            mode = self.modes.get(token.lemma_.lower()) or self.modes.get(token.lower_)
            if mode is not None:
                return mode
        return None

    def verb_lemmas(self, form: str) -> list[str]:
        """The infinitives a verb form the lemmatiser left unchanged can be ("demande" → "demander"): the
        longest listed ending first."""
        return [form[: -len(end)] + lemma_end for end, lemma_end in self.verb_endings
                if form.endswith(end) and len(form) > len(end) + 2]

    def word_class(self, role: str) -> frozenset[str]:
        return self.words.get(role, frozenset())

    def cameo_code(self, event_type: str, mode: str | None) -> str | None:
        if mode and (event_type, mode) in self.cameo:
            return self.cameo[(event_type, mode)]
        return self.cameo.get((event_type, ""))


def parse_requirement(cell: str) -> Requirement | None:
    """``kind:a|b``, or ``pp:prep=a|b`` (a prepositional phrase: the preposition and its object's lemmas)."""
    if ":" not in cell:
        return None
    kind, _, words = cell.partition(":")
    prep = ""
    if kind.strip() == "pp":
        prep, _, words = words.partition("=")
    listed = [w.strip() for w in words.split("|") if w.strip()]
    phrases = frozenset((w.split()[0], w.split()[-1]) for w in listed if " " in w)
    return Requirement(kind.strip(), frozenset(w for w in listed if " " not in w), prep.strip(), phrases)


def parse_requirements(cell: str) -> tuple[Requirement | None, tuple[Requirement, ...]]:
    """The conditions of a ``requires`` cell, joined by ";": the first, and the others."""
    found = [r for part in cell.split(";") if (r := parse_requirement(part)) is not None]
    return (found[0], tuple(found[1:])) if found else (None, ())


def read_plover_table(path: Path = PLOVER_TABLE) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cells = [*line.split("\t"), "", "", ""][:3]
        table[(cells[0].strip(), cells[1].strip())] = cells[2].strip()
    return table


def load_event_lexicon(lang: str) -> EventLexicon:
    lex = EventLexicon(lang=lang, cameo=read_plover_table())
    for name in TRIGGER_FILES:
        for row in lexicons.read_tsv(lang, name):
            requires, more = parse_requirements(row.get("requires", ""))
            entry = TriggerEntry(
                lemma=row["lemma"].lower(), pos=row["pos"], type=row["type"], mode=row.get("mode") or None,
                cameo=row.get("cameo") or None, weight=float(row.get("weight") or 0.6), requires=requires,
                more=more, origin=TRIGGER_ORIGINS[name],
            )
            table = lex.blocked if entry.type == BLOCKED else lex.triggers
            table.setdefault((entry.lemma, entry.pos), []).append(entry)
    lex.discards = tuple((row["phrase"].lower(), row.get("types") or "*", row.get("scope") or "sentence")
                         for row in lexicons.read_tsv(lang, "event_silencers.tsv") if row.get("phrase"))
    for entries in lex.triggers.values():
        entries.sort(key=lambda e: e.requires is None)  # conditional readings first ("hunger strike")
    lex.verb_endings = tuple(sorted(((row["ending"], row["lemma_ending"])
                                     for row in lexicons.read_tsv(lang, "verb_lemma_endings.tsv")),
                                    key=lambda pair: -len(pair[0])))
    lex.speech_verbs = frozenset(row["lemma"].lower() for row in lexicons.read_tsv(lang, "speech_verbs.tsv"))
    for row in lexicons.read_tsv(lang, "event_casualties.tsv"):
        lex.casualties[(row["lemma"].lower(), row["pos"])] = row["kind"]
    for row in lexicons.read_tsv(lang, "event_numbers.tsv"):
        lex.numbers[row["form"].lower()] = int(row["value"])
    for row in lexicons.read_tsv(lang, "event_modality.tsv"):
        lex.modality[row["cue"].lower()] = row["kind"]
    for row in lexicons.read_tsv(lang, "event_actor_nouns.tsv"):
        lex.actor_nouns[row["lemma"].lower()] = ActorNoun(row["sector"], row["name"])
    for row in lexicons.read_tsv(lang, "event_modes.tsv"):
        lex.modes[row["lemma"].lower()] = row["mode"]
    grouped: dict[str, set[str]] = {}
    for row in lexicons.read_tsv(lang, "event_words.tsv"):
        grouped.setdefault(row["role"], set()).add(row["word"].lower())
    lex.words = {role: frozenset(words) for role, words in grouped.items()}
    lex.demonyms = read_demonyms(lang)
    # ``titles.tsv`` (owned by the entity layer): a noun naming a function names a person, not a thing
    lex.titles = frozenset(form for row in lexicons.read_tsv(lang, "titles.tsv")
                           if " " not in (form := (row.get("form") or "").lower()) and form)
    return lex


def read_demonyms(lang: str) -> dict[str, str]:
    """``demonyms.tsv`` (form → ISO3, owned by the places layer) when present; tolerates its absence."""
    out: dict[str, str] = {}
    for row in lexicons.read_tsv(lang, "demonyms.tsv"):
        values = list(row.values())
        form = (row.get("form") or (values[0] if values else "")).lower()
        iso3 = row.get("iso3") or row.get("country") or (values[1] if len(values) > 1 else "")
        if form and len(iso3) == 3:
            out[form] = iso3.upper()
    return out
