"""Speech verbs the French lemmatiser leaves unlemmatised: the present "estime", "affirme" keep their own form as
lemma, a participle such as "tweeté" or "asséné" too, and "a nuancé" is read as an adjective. Their lemma is
repaired on the Doc before the cues are looked for, so that every rule sees the infinitive the lexicon lists
(``quote_verb_endings.tsv``: an ending and the infinitive ending to try; ``quote_incise_forms.tsv``: present forms).

Only a word whose repaired lemma is a speech verb of the lexicon changes; a participle read as an adjective is a
verb only when the auxiliary of a compound tense hangs on it ("a nuancé X", not "un avis nuancé"); one read as a
name ("a tweeté" as PROPN) only right after a conjugated auxiliary.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, MorphAnalysis, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.lexicon import QuoteLexicon

MIN_STEM = 3  # letters left before the ending ("dit" is no stem "d" + "it")


@dataclass(frozen=True)
class SpeechLemmas:
    verbs: frozenset[str]  # speech verb lemmas, also without the reflexive pronoun ("exclamer" for "s'exclamer")
    present: dict[str, str]  # present forms read on the surface -> lemma
    endings: tuple[tuple[str, str], ...]  # longest first
    auxiliaries: frozenset[str]  # lemmas of the auxiliaries of compound tenses ("avoir", "être")
    passive: frozenset[str]  # dependency labels of a passive's auxiliary

    @classmethod
    def load(cls, lexicon: QuoteLexicon) -> SpeechLemmas:
        lang = lexicon.lang
        rows = [(r["ending"], r.get("lemma_ending", "")) for r in lexicons.read_tsv(lang, "quote_verb_endings.tsv")
                if r.get("ending")]
        verbs = frozenset([*lexicon.verbs] + [v.split("'", 1)[-1].removeprefix("se ") for v in lexicon.verbs])
        return cls(verbs, dict(lexicon.incise_forms), tuple(sorted(rows, key=lambda r: -len(r[0]))),
                   lexicon.grammar.auxiliary, lexicon.grammar.passive_auxiliary)

    def lemma_of(self, tok: Token) -> str | None:
        """The speech verb a word left unlemmatised is a form of ("estime", "tweeté"; "indignée" lemmatised as the
        adjective "indigné"), else None."""
        form, lemma = tok.lower_, tok.lemma_.lower()
        if lemma in self.verbs:
            return None
        if form in self.present and lemma == form:
            return self.present[form]
        for word in dict.fromkeys((form, lemma)):
            for ending, infinitive in self.endings:
                if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                    candidate = word[: -len(ending)] + infinitive
                    if candidate in self.verbs:
                        return candidate
        return None

    def repair(self, doc: Doc) -> None:
        if not self.endings and not self.present:
            return
        for tok in doc:
            if tok.pos_ == "VERB" or (tok.pos_ in ("ADJ", "X") and self._after_tense_auxiliary(tok)) \
                    or (tok.pos_ == "PROPN" and self._right_after_auxiliary(tok)):
                lemma = tok.lemma_.lower() if tok.lemma_.lower() in self.verbs else self.lemma_of(tok)
                if lemma is not None:
                    tok.lemma_ = lemma
                    tok.pos_ = "VERB"
                    self._attach_auxiliary(tok)

    def _right_after_auxiliary(self, tok: Token) -> bool:
        """"a tweeté", "ont posté": a participle the tagger read as a name, whatever the parse made of it, right
        after a conjugated auxiliary of a compound tense (a form that is not its own lemma: "a", not "avoir")."""
        if tok.i == 0:
            return False
        before = tok.doc[tok.i - 1]
        return before.lemma_.lower() in self.auxiliaries and before.lower_ != before.lemma_.lower() \
            and before.pos_ in ("AUX", "VERB", "X")

    def _attach_auxiliary(self, tok: Token) -> None:
        """The conjugated auxiliary right before a repaired participle that the parse hung on it under another
        label ("a" as ``dep`` of "tweeté") is its tense auxiliary, finite: the verb group then starts there."""
        before = tok.doc[tok.i - 1] if tok.i else None
        if before is None or before.head.i != tok.i or before.dep_.startswith("aux") \
                or not self._right_after_auxiliary(tok):
            return
        before.dep_ = "aux:tense"
        before.pos_ = "AUX"
        if "Fin" not in before.morph.get("VerbForm", []):
            before.morph = MorphAnalysis(before.vocab, {**before.morph.to_dict(), "VerbForm": "Fin"})

    def _after_tense_auxiliary(self, tok: Token) -> bool:
        """"a nuancé": the auxiliary of a compound tense hangs on the participle (not a passive's or a copula:
        "le financement est assuré"); a participle the tagger left unknown ("a tweeté") comes right after it."""
        for c in tok.children:
            if c.i < tok.i and c.lemma_.lower() in self.auxiliaries and (
                    (c.dep_.startswith("aux") and c.dep_ not in self.passive)
                    or (tok.pos_ == "X" and c.i == tok.i - 1 and c.lemma_.lower() != c.lower_)):
                return True
        return False
