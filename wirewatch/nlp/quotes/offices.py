"""Office holders: a title alone as the speaker ("the president said", "a ajouté le ministre") → the person the
article names with that role, or beside that title word; never a person the article calls by another title
("le préfet X" is not "le ministre", whatever office the knowledge base gives X on the publication date)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention, roles_by_head

WINDOW = 1500  # characters searched back for the holder of the office


def holder_by_title(doc: Doc, lex: QuoteLexicon, index: EntityIndex, quoted: Callable[[int], bool],
                    phrase: Span) -> EntityMention | None:
    """"The president said": the nearest person before with that role, else the article's only one."""
    if phrase and phrase[0].text.lower() in lex.grammar.indefinite:  # "a spokesperson for …": someone else
        return None
    roles = roles_by_head(phrase, lex.titles)
    if not roles:
        return None
    # "le chef du gouvernement": whoever holds the office under its own title (the prime minister)
    roles += [r for role in roles for r in lex.office_holders.get(role, ()) if r not in roles]
    for m in index.before(phrase.start_char, WINDOW):
        if m.type == "PER" and m.role in roles and not quoted(m.start) \
                and not titled_otherwise(doc, lex, m, roles):  # ("le préfet X": not "le ministre")
            return m
    for role in roles:
        holders = [m for m in index.with_role(role) if not titled_otherwise(doc, lex, m, roles)]
        if len({m.entity_id or m.name for m in holders}) == 1:
            return holders[0]
    return titled_before(doc, lex, index, quoted, phrase)


def titled_otherwise(doc: Doc, lex: QuoteLexicon, m: EntityMention, roles: list[str]) -> bool:
    """The text names the person of ``m`` by a title of another role right beside the name ("le préfet X",
    "prefect X"): whatever office the knowledge base holds for X on the publication date, the article calls X by
    that title, so a bare "le ministre" is someone else."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    beside = [t for t in (span.root.head, *span.root.children) if t.pos_ == "NOUN" and not m.start <= t.idx < m.end]
    return any(_other_title(lex, t, roles) for t in beside)


def _other_title(lex: QuoteLexicon, noun: Token, roles: list[str]) -> bool:
    """A word for a person that is not the title sought: a speaker noun no title names ("préfet", "avocat"), or
    a title of another role standing alone ("le directeur X"; not "le chef de l'État, X", whose complement makes
    it the title of an office the role names do not spell)."""
    lemma = noun.lemma_.lower()
    role = next(iter(roles_by_head(_with_modifiers(noun), lex.titles)), None) or lex.titles.get(lemma)
    if role is None:
        return lemma in lex.speaker_nouns
    return bool(role) and role not in roles and not any(c.dep_ in ("nmod", "prep") for c in noun.children)


def _with_modifiers(noun: Token) -> Span:
    """The noun with the adjectives and compounds before it ("premier ministre", "prime minister"): a title of
    several words is read whole (``roles_by_head``), not by its head noun ("ministre")."""
    first = min((c.i for c in noun.lefts if c.dep_ in ("amod", "compound")), default=noun.i)
    return noun.doc[first: noun.i + 1]


def titled_before(doc: Doc, lex: QuoteLexicon, index: EntityIndex, quoted: Callable[[int], bool],
                  phrase: Span) -> EntityMention | None:
    """"Le ministre de l'Éducation Paul Renard … a ajouté le ministre": the nearest person named earlier
    beside the same title word (in apposition or compound), when the entities layer gave it no role."""
    title = phrase.root.lemma_.lower()
    if phrase.root.pos_ != "NOUN" or title not in lex.titles:
        return None
    for m in index.before(phrase.start_char, WINDOW):
        if m.type != "PER" or quoted(m.start):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        beside = [span.root.head, *span.root.children]
        if any(t.pos_ == "NOUN" and t.lemma_.lower() == title and not m.start <= t.idx < m.end for t in beside):
            return m
    return None
