"""The place layer: toponyms in the text (:mod:`~.mentions`), resolved to gazetteer places from their context
(:mod:`~.resolve`); the ``ww_places`` component in :mod:`~.component` (importing it registers the factory).
"""

from wirewatch.nlp.places.component import PlaceComponent, make_place_component

__all__ = ["PlaceComponent", "make_place_component"]
