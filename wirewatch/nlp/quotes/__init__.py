"""The quote layer: quotation marks and dialogue dashes (:mod:`~.marks`), attribution cues on the parse
(:mod:`~.cues`), speakers (:mod:`~.speakers`, described by :mod:`~.describe`), per-language words
(:mod:`~.lexicon`); the ``ww_quotes`` component in :mod:`~.component` (importing it registers the factory).
"""

from wirewatch.nlp.quotes.component import QuoteComponent, make_quote_component

__all__ = ["QuoteComponent", "make_quote_component"]
