"""Postposed attributions whose speech verb is an infinitive under a light verb: "« … », a tenu à préciser le
ministère", "« … », a-t-il voulu souligner", and the two-word speech verbs read the same way ("« … », a fait savoir
le ministère", "a-t-il fait savoir").

The parse gives the infinitive no subject, and hangs the verbs of the group on one another in many ways, so the
group is read on the surface: after a comma or a closing quotation mark, an auxiliary, an inverted pronoun, light
verbs and their prepositions (``lexicons/<lang>/quote_light_verbs.tsv``), then the infinitive. The speaker is the
inverted pronoun, or else the nominal after the infinitive; what was said stands before the comma.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.content_edges import trim_content
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import CLOSING_MARKS, is_clause, nominal_after

MAX_GROUP_WORDS = 6  # "a-t-il tenu à" / "a fait savoir": the words between the comma and the infinitive


@dataclass(frozen=True)
class LightVerbs:
    """The light verbs of a language (lemma -> the prepositions that may introduce their infinitive)."""

    verbs: dict[str, frozenset[str]]

    @classmethod
    def load(cls, lang: str) -> LightVerbs:
        rows = lexicons.read_tsv(lang, "quote_light_verbs.tsv") if lexicons.has(lang, "quote_light_verbs.tsv") else ()
        return cls({row["lemma"].lower(): frozenset(p for p in row.get("prepositions", "").lower().split("|") if p)
                    for row in rows})


def postposed_group(lex: QuoteLexicon, light: dict[str, frozenset[str]], inf: Token, seg: Span
                    ) -> tuple[int, Span | None] | None:
    """(the first word of the verb group, its speaker words) when ``inf`` is an infinitive whose group — auxiliary,
    inverted pronoun, ``light`` verbs — opens right after a comma or a closing quotation mark; else None."""
    if "Inf" not in inf.morph.get("VerbForm", []):
        return None
    doc = inf.doc
    start = inf.i
    while start > seg.start and inf.i - start < MAX_GROUP_WORDS and doc[start - 1].text not in (",", *CLOSING_MARKS):
        start -= 1
    if start <= seg.start or start == inf.i:
        return None
    words = doc[start: inf.i]
    if not ("Fin" in words[0].morph.get("VerbForm", []) and words[0].lemma_.lower() in lex.grammar.auxiliary):
        return None  # "…, a tenu à": a finite auxiliary opens the group
    lights = [t for t in words if t.lemma_.lower() in light and t.pos_ in ("VERB", "AUX")]
    if not lights:
        return None
    prepositions = frozenset().union(*(light[t.lemma_.lower()] for t in lights))
    pronoun = None
    for t in words[1:]:
        if t.pos_ == "PRON" and t.text.startswith("-"):
            pronoun = pronoun if t.lower_ == "-t" else doc[t.i: t.i + 1]
        elif t not in lights and t.lower_ not in prepositions and t.lemma_.lower() not in lex.grammar.auxiliary:
            return None  # another word: no light-verb group ("a dit vouloir …")
    return start, pronoun or nominal_after(lex.grammar, inf, seg)


def light_verb_cues(lex: QuoteLexicon, light: LightVerbs, doc: Doc, segments: Segments, cues: list[Cue],
                    quoted: Callable[[int], bool]) -> list[Cue]:
    """Gives the speech-verb cues of ``cues`` left with no speaker under a light verb their speaker, and returns the
    cues of the postposed two-word speech verbs ("a fait savoir X") the other readers left out."""
    if not light.verbs and not lex.verbs:
        return []
    taken = {c.token.i for c in cues}
    for cue in cues:
        if cue.kind == "verb" and cue.subject is None and cue.speaker_words is None:
            read = postposed_group(lex, light.verbs, cue.token, cue.sent)
            if read is not None and read[1] is not None:
                cue.speaker_words = read[1]
                cue.content = cue.content or _said_before(lex, doc, read[0], cue.sent, quoted)
    firsts: dict[str, set[str]] = {}  # "savoir" -> {"faire"}: the two-word speech verbs by their infinitive
    for lemma, entry in lex.verbs.items():
        words = lemma.split()
        if len(words) == 2 and entry.takes_clause and not entry.object_prepositions:
            firsts.setdefault(words[1], set()).add(words[0])
    added = []
    for seg in segments.spans:
        for inf in seg:
            for first in sorted(firsts.get(inf.lemma_.lower(), ())):
                if quoted(inf.idx):
                    break
                read = postposed_group(lex, {first: frozenset(), **light.verbs}, inf, seg)
                if read is None or read[1] is None or any(read[0] <= i <= inf.i for i in taken) \
                        or doc[read[0]: inf.i][-1].lemma_.lower() != first:
                    continue
                added.append(Cue(inf, "verb", seg, speaker_words=read[1],
                                 content=_said_before(lex, doc, read[0], seg, quoted)))
    return added


def _said_before(lex: QuoteLexicon, doc: Doc, group_start: int, seg: Span, quoted: Callable[[int], bool]
                 ) -> tuple[int, int] | None:
    """"Les écoles resteront ouvertes, a tenu à préciser X": the clause before the comma, when not all quoted (a
    quotation is paired with the cue by position)."""
    if group_start - 1 <= seg.start or doc[group_start - 1].text != ",":
        return None
    span = trim_content(lex.grammar, doc_text(doc), seg.start_char, doc[group_start - 1].idx)
    unquoted = [] if span is None else [t for t in doc.char_span(*span, alignment_mode="expand") or ()
                                        if not t.is_punct and not quoted(t.idx)]
    return span if len(unquoted) >= MIN_CONTENT_WORDS and is_clause(doc[seg.start: group_start - 1]) else None
