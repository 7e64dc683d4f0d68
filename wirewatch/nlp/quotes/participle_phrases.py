"""A speech verb's past participle that describes a noun attributes only the words of its own phrase.

« Pour FO, les réformes annoncées par le ministre « restent trop timides » », "For the union, the measures
announced by Joe Biden “are not enough”": the minister announced the reforms; the quotation is the predicate of
the clause whose subject is the noun the participle describes, and whoever frames that clause ("pour FO")
speaks, not the participle's agent. An adjunct participle (passive.py: no auxiliary, hung on a noun or a clause)
keeps a quotation inside its own phrase ("Qualifié de « menteur » par X, Y …": X's word). A participle that asks a
question is not concerned: the one asked answers ("Le ministre, interrogé par la presse, « ne regrette rien »").
"""

from __future__ import annotations

from spacy.tokens import Span

from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.passive import adjunct_participle, questioning_verbs


def outside_participle_phrase(g: QuoteGrammar, lang: str, cue: Cue, tokens: Span) -> bool:
    """Whether ``cue`` is a describing participle and the quotation ``tokens`` stands outside its phrase."""
    verb = cue.token
    if cue.kind != "verb" or verb.lemma_.lower() in questioning_verbs(lang) \
            or not adjunct_participle(g, verb, cue.sent):
        return False
    if cue.content is not None and cue.content[0] <= tokens.start_char and tokens.end_char <= cue.content[1]:
        return False
    phrase = {t.i for t in verb.subtree}
    return not any(t.i in phrase for t in tokens if not t.is_punct)

