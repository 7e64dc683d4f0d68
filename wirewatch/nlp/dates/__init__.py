"""The date layer (TIMEX3): the language's rules over the text (:mod:`~.rules`, started at :mod:`~.gate`), read
from the lexicon (:mod:`~.lexicon`), resolved against the publication or speech date (:mod:`~.resolve`, with the
tense and quotes around them from :mod:`~.context`); the ``ww_dates`` component in :mod:`~.component` (importing
it registers the factory).
"""

from wirewatch.nlp.dates.component import TimexTagger, make_timex_tagger

__all__ = ["TimexTagger", "make_timex_tagger"]
