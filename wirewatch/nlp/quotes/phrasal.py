"""Speech verbs of a verb and a noun ("faire état de …", "faire part de …"): entries of ``speech_verbs.tsv`` whose
lemma has two words and whose ``object`` column names the prepositions of what was reported. The verb's object is
the noun ("a fait état"), and what was said is its complement opening on one of those prepositions ("de trois
blessés", "d'un nombre « énorme » de morts"), said by the verb's subject."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from wirewatch.nlp.quotes.cues import MIN_CONTENT_WORDS, Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon, SpeechVerb
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import attribution_subject, finite


def phrasal_cues(lex: QuoteLexicon, doc: Doc, segments: Segments, quoted: Callable[[int], bool]) -> list[Cue]:
    """The cues of the two-word speech verbs of ``doc``, with the complement they report as content."""
    phrases = {tuple(lemma.split()): entry for lemma, entry in lex.verbs.items()
               if len(lemma.split()) == 2 and entry.object_prepositions}
    if not phrases:
        return []
    firsts = {words[0] for words in phrases}
    cues = []
    for seg in segments.spans:
        for verb in seg:
            lemma = verb.lemma_.lower()
            if lemma not in firsts or verb.pos_ != "VERB" or quoted(verb.idx) or not finite(verb):
                continue
            for (first, noun_word), entry in phrases.items():
                content = _reported(lex, verb, noun_word, entry, quoted) if first == lemma else None
                if content is not None:
                    subject = attribution_subject(lex.grammar, verb, seg)
                    cues.append(Cue(verb, "verb", seg, subject=subject, content=content))
    return cues


def _reported(lex: QuoteLexicon, verb: Token, noun_word: str, entry: SpeechVerb, quoted: Callable[[int], bool]
              ) -> tuple[int, int] | None:
    g = lex.grammar
    noun = next((c for c in verb.children if c.dep_ in g.object and c.lower_ == noun_word and c.i > verb.i), None)
    if noun is None:
        return None
    said = next((c for c in verb.children if c.i > noun.i and any(
        m.dep_ in g.leading and m.lower_ in entry.object_prepositions for m in c.children)), None)
    if said is None:
        return None
    words = [t for t in verb.doc[said.left_edge.i: said.right_edge.i + 1] if not t.is_punct]
    if len(words) < MIN_CONTENT_WORDS or all(quoted(t.idx) for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)
