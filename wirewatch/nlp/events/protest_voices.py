"""What the protesters of a report say after their protest is told is the protest's voice, not another act.

"Hundreds of residents staged a sit-in outside the ministry. They accused the minister of lying", "Teachers
rallied in Harare. The union warned of a nationwide strike", « Des centaines d'enseignants ont manifesté à Dakar.
Ils ont accusé le ministre de mentir »: a denunciation or a demand, or a threat of more protest (a strike, a
sit-in), whose doer is a third-person plural pronoun or the doer of the protest itself, told after a protest in an
earlier sentence, is that protest's content (PLOVER PROTEST: what protesters demand or denounce is what they
protest), as "protesters denounced the cuts" already is when the doer is named as protesters (``build``). A
pronoun's referent is taken to be the protesters only when the document has told a protest before and nothing
else: the last line that told acts must have told a protest (``ProtestVoices``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.nlp.syntax import OBJECT, SUBJECT
from wirewatch.records import EventActor

PROTEST = "PROTEST"
STANCES = frozenset({"ACCUSE", "REQUEST"})  # what protesters denounce or demand
COMPLEMENTS = frozenset({*OBJECT, "xcomp", "prep", "pobj", "obl", "ccomp"})  # what a threat is of, not its condition


@dataclass
class ProtestVoices:
    """Per document: the types of the acts built on each line (by its start), and the protests' doers."""
    types: dict[int, set[str]] = field(default_factory=dict)
    doers: set[str] = field(default_factory=set)

    def told(self, event_type: str, line_start: int, source: EventActor | None) -> None:
        """Record an event built on the line starting at ``line_start``."""
        self.types.setdefault(line_start, set()).add(event_type)
        if event_type == PROTEST and source is not None and source.name:
            self.doers.add(source.name.lower())

    def protest_before(self, line_start: int) -> bool:
        """The last earlier line that told acts told a protest."""
        earlier = [start for start in self.types if start < line_start]
        return bool(earlier) and PROTEST in self.types[max(earlier)]


def plural_pronoun_subject(token: Token) -> bool:
    """The act's subject is a third-person plural personal pronoun ("they", « ils », « elles »)."""
    return any(c.dep_ in SUBJECT and c.pos_ == "PRON" and "Plur" in c.morph.get("Number", [])
               and "3" in c.morph.get("Person", []) for c in token.children)


def threatens_protest(token: Token, lexicon: EventLexicon) -> bool:
    """The threat's complement names a protest ("warned of a strike", "threatened to intensify their
    agitation"), not its condition ("if the demand is not met")."""
    stack = [c for c in token.children if c.dep_ in COMPLEMENTS]
    while stack:
        node = stack.pop()
        if any(e.type == PROTEST for e in lookup(node, lexicon)):
            return True
        stack.extend(c for c in node.children if c.dep_ in COMPLEMENTS)
    return False


def voices_the_protest(token: Token, event_type: str, source: EventActor | None, line_start: int,
                       voices: ProtestVoices, lexicon: EventLexicon) -> bool:
    """Whether the stance (or threat of protest) is the voice of a protest told in an earlier line."""
    if not voices.protest_before(line_start) or PROTEST in voices.types.get(line_start, ()):
        return False
    if event_type not in STANCES and not (event_type == "THREATEN" and threatens_protest(token, lexicon)):
        return False
    if source is None:
        return plural_pronoun_subject(token)
    return bool(source.name) and source.name.lower() in voices.doers
