"""The language knowledge the quote layer reads: speech verbs, attribution cues, pronouns, channels, titles.

Everything comes from ``lexicons/<lang>/`` (one mechanism for every language; a language lacking a file gets
an empty table, never a crash):

- ``speech_verbs.tsv`` (``lemma``, ``kind``, ``that``, ``object``): verbs that attribute speech; ``that=yes``
  verbs also introduce reported speech ("X said that …"), ``object=yes`` ones report their object ("X reported
  two deaths"); ``object`` may instead name prepositions (``to``, ``on|for``) whose object is what is reported
  ("referred to her as …", "called on him to resign"); an optional ``infinitive=yes`` column marks verbs whose
  infinitive complement is what was said ("a annoncé avoir …"; also every verb of kind assert, claim or deny).
- ``quote_clefts.txt``: openings of a sentence that attributes the sentence before it ("C'est ce qu'a déclaré
  X", "That is what X said").
- ``quote_sources.tsv`` (``phrase``): prepositions whose object is a source ("selon X", "according to X").
- ``quote_pronouns.tsv`` (``form``, ``gender``, ``number``, ``refers``): subject pronouns of attributions.
- ``quote_channels.tsv`` (``pattern``, ``channel``): where a statement was made ("sur Telegram").
- ``quote_source_nouns.txt``: common nouns that can be a source without a name ("officials", "autorités").
- ``quote_naming_words.txt`` / ``quote_skip_words.txt``: words that make the quoted text after them a name
  ("the slogan "…"", "le film « … »"), and the articles skipped to find them.
- ``quote_document_nouns.txt``: what a speaker issues ("the report notes" → whoever issued it, the previous
  speaker).
- ``quote_honorifics.tsv`` (``form``, ``gender``): "Mrs.", "M." before a name give a person's gender.
- ``titles.tsv`` (``form``, ``role``; shared with the entity layer): offices that alone designate a speaker.
- ``quote_speaker_nouns.txt`` (and the forms of ``demonyms.tsv``): head nouns of speakers no name designates
  (people, groups, institutions); any other common noun heads a thing, which never speaks.
- ``quote_incise_forms.tsv`` (``form``, ``lemma``): present forms of speech verbs read on the surface in an
  incise ("…, estime X"; see incises.py).
- ``quote_office_holders.tsv`` (``role``, ``holders``): a generic office and the roles of its holders ("le chef
  du gouvernement" → the prime minister of the article).
- ``quote_transcript_roles.txt``: roles that label a transcript's turns alone ("MODERATOR: …"; see labels.py).
- ``quote_act_objects.tsv`` (``lemma``, ``objects``): objects that make a speech verb an act, not reported words
  ("claimed responsibility for the attack", "denied entry").
- ``quote_background_phrases.txt``: phrases that set reported speech in the narrator's background ("amid", « sur
  fond de »): the content ends before them (background.py).
- ``quote_dependencies.tsv`` (``set``, ``labels``) and ``quote_function_words.tsv`` (``class``, ``words``): the
  parser's dependency labels and the function words the rules read (``QuoteGrammar``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirewatch import lexicons
from wirewatch.kb.names import normalize


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    kind: str
    takes_clause: bool
    takes_object: bool = False
    object_prepositions: frozenset[str] = frozenset()  # "refer to X", "call on X": the preposition's object
    takes_infinitive: bool = False  # "a annoncé avoir …", "a menacé d'imposer …": its infinitive is what was said


@dataclass(frozen=True)
class Pronoun:
    form: str
    gender: str
    number: str
    refers: str  # person | org | any


@dataclass(frozen=True)
class QuoteGrammar:
    """The dependency labels and function words of one language that the quote rules read (see the headers of
    ``quote_dependencies.tsv`` and ``quote_function_words.tsv`` for what each set marks)."""

    active_subject: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    preposition_object: frozenset[str] = frozenset()
    source_object: frozenset[str] = frozenset()
    inherit: frozenset[str] = frozenset()
    prepositional: frozenset[str] = frozenset()
    clause: frozenset[str] = frozenset()
    relative: frozenset[str] = frozenset()
    inverted_subject: frozenset[str] = frozenset()
    np_stop: frozenset[str] = frozenset()
    agent_clause: frozenset[str] = frozenset()
    clause_modifier: frozenset[str] = frozenset()
    adverbial: frozenset[str] = frozenset()
    leading: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    coordinated: frozenset[str] = frozenset()
    agent: frozenset[str] = frozenset()
    predicate: frozenset[str] = frozenset()
    copula: frozenset[str] = frozenset()
    complementizer: frozenset[str] = frozenset()
    contrast: frozenset[str] = frozenset()
    conditional: frozenset[str] = frozenset()
    relative_pronoun: frozenset[str] = frozenset()
    relative_possessive: frozenset[str] = frozenset()
    genitive: frozenset[str] = frozenset()
    reflexive: frozenset[str] = frozenset()
    auxiliary: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    noun_phrase_stop: frozenset[str] = frozenset()
    same: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()
    expletive: frozenset[str] = frozenset()
    coordinator: frozenset[str] = frozenset()
    agent_preposition: frozenset[str] = frozenset()
    passive_auxiliary: frozenset[str] = frozenset()
    object_complement: frozenset[str] = frozenset()
    object_predicate: frozenset[str] = frozenset()
    possessor: frozenset[str] = frozenset()
    apposition: frozenset[str] = frozenset()
    noun_clause_opener: frozenset[str] = frozenset()
    infinitive_complement: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang: str) -> QuoteGrammar:
        sets: dict[str, frozenset[str]] = {}
        for name, key in (("quote_dependencies.tsv", "set"), ("quote_function_words.tsv", "class")):
            for row in lexicons.read_tsv(lang, name):
                if row.get(key) not in cls.__dataclass_fields__:
                    raise ValueError(f"lexicons/{lang}/{name}: unknown {key} {row.get(key)!r}")
                sets[row[key]] = frozenset(row.get("labels", row.get("words", "")).lower().split())
        return cls(**sets)


@dataclass(frozen=True)
class QuoteLexicon:
    """The quote layer's tables for one language."""

    lang: str
    verbs: dict[str, SpeechVerb] = field(default_factory=dict)
    source_phrases: tuple[tuple[str, ...], ...] = ()
    pronouns: dict[str, Pronoun] = field(default_factory=dict)
    channels: tuple[tuple[re.Pattern[str], str], ...] = ()
    source_nouns: frozenset[str] = frozenset()
    titles: dict[str, str] = field(default_factory=dict)  # lowercase title -> role
    naming_words: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    honorifics: dict[str, str] = field(default_factory=dict)  # lowercase honorific -> m | f
    title_genders: dict[str, str] = field(default_factory=dict)  # lowercase title whose form states it -> m | f
    skip_words: frozenset[str] = frozenset()
    clefts: tuple[str, ...] = ()  # normalised sentence openings ("c est ce qu")
    # the lowercase words of every channel pattern: a text holding none of them names no channel (None: not known)
    channel_texts: tuple[str, ...] | None = None
    grammar: QuoteGrammar = field(default_factory=QuoteGrammar)
    # lowercase head nouns of a speaker no name designates (people, groups, institutions, demonyms): a subject
    # headed by another common noun is a thing ("the decree") and never speaks
    speaker_nouns: frozenset[str] = frozenset()
    # present-tense forms of speech verbs read on the surface in an incise ("…, estime X"): form -> lemma
    incise_forms: dict[str, str] = field(default_factory=dict)
    # a generic office and the roles of those who hold it ("head of government" -> prime minister, chancellor)
    office_holders: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # lowercase roles that label a transcript's turns alone ("MODERATOR: …"; see labels.py)
    transcript_roles: frozenset[str] = frozenset()
    # speech verb lemma -> object lemmas that make it an act, not reported words ("claimed responsibility")
    act_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # derived from source_phrases (never passed): the phrases by first word, longest first
    phrases_by_first_word: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.source_phrases:  # longest first, kept per word
            if phrase:
                by_first.setdefault(phrase[0], []).append(phrase)
        object.__setattr__(self, "phrases_by_first_word", {w: tuple(ps) for w, ps in by_first.items()})

    @classmethod
    def load(cls, lang: str) -> QuoteLexicon:
        verbs = {
            row["lemma"].lower(): SpeechVerb(
                row["lemma"].lower(), row.get("kind", "say"), row.get("that") != "no", row.get("object") == "yes",
                frozenset(p for p in (row.get("object") or "").lower().split("|") if p and p != "yes"),
                row.get("infinitive") == "yes")
            for row in lexicons.read_tsv(lang, "speech_verbs.tsv")
            if row.get("lemma")
        }
        phrases = tuple(
            sorted(
                (tuple(row["phrase"].lower().split()) for row in lexicons.read_tsv(lang, "quote_sources.tsv")
                 if row.get("phrase")),
                key=len, reverse=True,
            )
        )
        pronouns = {
            row["form"].lower(): Pronoun(row["form"].lower(), row.get("gender", "x"), row.get("number", "sg"),
                                         row.get("refers", "any"))
            for row in lexicons.read_tsv(lang, "quote_pronouns.tsv")
            if row.get("form")
        }
        channel_rows = sorted(
            (row for row in lexicons.read_tsv(lang, "quote_channels.tsv") if row.get("pattern")),
            key=lambda row: len(row["pattern"]), reverse=True,
        )
        channels = tuple(
            (re.compile(r"(?<!\w)" + re.escape(row["pattern"].lower()) + r"(?!\w)"),
             row.get("channel") or row["pattern"])
            for row in channel_rows
        )
        title_rows = [row for row in lexicons.read_tsv(lang, "titles.tsv") if row.get("form")]
        titles = {row["form"].lower(): row.get("role", "") for row in title_rows}
        return cls(
            lang=lang,
            verbs=verbs,
            source_phrases=phrases,
            pronouns=pronouns,
            channels=channels,
            channel_texts=tuple(row["pattern"].lower() for row in channel_rows),
            source_nouns=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_source_nouns.txt")),
            titles=titles,
            title_genders={row["form"].lower(): row["gender"] for row in title_rows if row.get("gender") in ("m", "f")},
            naming_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_naming_words.txt")),
            skip_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_skip_words.txt")),
            document_nouns=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_document_nouns.txt")),
            clefts=tuple(normalize(line) for line in lexicons.read_lines(lang, "quote_clefts.txt")),
            honorifics={row["form"].lower(): row.get("gender", "")
                        for row in lexicons.read_tsv(lang, "quote_honorifics.tsv") if row.get("form")},
            grammar=QuoteGrammar.load(lang),
            speaker_nouns=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_speaker_nouns.txt"))
            | frozenset(row["form"].lower() for row in lexicons.read_tsv(lang, "demonyms.tsv") if row.get("form")),
            incise_forms={row["form"].lower(): row["lemma"].lower()
                          for row in lexicons.read_tsv(lang, "quote_incise_forms.tsv")
                          if row.get("form") and row.get("lemma", "").lower() in verbs},
            office_holders={row["role"].lower(): tuple(r.strip() for r in row.get("holders", "").lower().split("|")
                                                       if r.strip())
                            for row in lexicons.read_tsv(lang, "quote_office_holders.tsv") if row.get("role")},
            transcript_roles=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_transcript_roles.txt")),
            act_objects={row["lemma"].lower(): frozenset(o.strip().lower() for o in row.get("objects", "").split("|")
                                                         if o.strip())
                         for row in lexicons.read_tsv(lang, "quote_act_objects.tsv") if row.get("lemma")},
        )

    def channels_in(self, text: str) -> list[tuple[int, str]]:
        """(offset, channel) of every channel the text names, longest pattern first."""
        low = text.lower()
        if self.channel_texts is not None and not any(words in low for words in self.channel_texts):
            return []  # most sentences name none: a substring test is far cheaper than the patterns
        return [(m.start(), channel) for pattern, channel in self.channels for m in pattern.finditer(low)]
