"""The quote layer: quotation marks and dialogue dashes (:mod:`~.marks`), attribution cues on the parse
(:mod:`~.cues`, their speakers' words in :mod:`~.subjects`), whether a quoted phrase is speech
(:mod:`~.structure`), speakers (:mod:`~.speakers` over :mod:`~.mentions`, described by :mod:`~.describe`, in
English by :mod:`~.english`; things and documents in :mod:`~.things`), outlets as channels (:mod:`~.channels`),
per-language words and grammar (:mod:`~.lexicon`); the ``ww_quotes`` component in :mod:`~.component` (importing
it registers the factory), its records assembled in :mod:`~.assemble`.
"""

from wirewatch.nlp.quotes.component import QuoteComponent, make_quote_component

__all__ = ["QuoteComponent", "make_quote_component"]
