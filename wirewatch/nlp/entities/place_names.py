"""Places named once across languages: a place entity the KB does not hold takes the gazetteer's name when its
mentions name one place ("mer Caspienne" → Caspian Sea, "Kordofan-Nord" → North Kordofan), and two place entities of an
article under one gazetteer name are one entity ("mer Baltique" … "Baltic Sea"). A town the gazetteer names in the
BGN romanisation of Arabic (an article "Ar", "Al" … before it, a final "-ah": "Darnah", "Ar Raqqah", "Misratah")
keeps the form the article writes when that is the same name in the common spelling ("Derna", "Raqqa", "Misrata"):
French and English news write it alike, unlike an exonym ("Mossoul" → Mosul, "Syrte" → Sirte)."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.kb.names import arabic_romanisation_of, normalize
from wirewatch.kb.region_exonyms import gazetteer_reading_holds, region_exonym
from wirewatch.nlp.entities.clusters import Cluster
from wirewatch.nlp.entities.compass_places import compass_region
from wirewatch.nlp.entities.district_names import level_name

_NAMED_FEATURES = frozenset({"CONT", "COUNTRY", "RGN", "ADM1", "PPLC", "LANDMARK", "PPL"})
_MIN_TOWN = 5_000  # a town smaller than this shares its name with too many others to name it


def gazetteer_place(gazetteer: Gazetteer, text: str) -> tuple[str, str | None] | None:
    """The one name (and country, when they share one) of every place of the gazetteer called ``text`` (towns of
    5,000 people or more), or None when there is none or their names differ ("Zaporijia": oblast and city)."""
    places = [c.place for c in gazetteer.lookup(text)
              if c.place.feature in _NAMED_FEATURES and (c.place.feature != "PPL" or c.place.population >= _MIN_TOWN)]
    names, countries = {p.name for p in places}, {p.country for p in places}
    if len(names) != 1:
        return None
    return names.pop(), countries.pop() if len(countries) == 1 else None


def _place_or_region(gazetteer: Gazetteer, text: str, lang: str) -> tuple[str, str | None] | None:
    """gazetteer_place(), else the region a compass word names ("Sud-Kivu" → South Kivu, compass_places.py)."""
    return gazetteer_place(gazetteer, text) or compass_region(
        gazetteer, text, lang, lambda rest: gazetteer_place(gazetteer, rest))


def _cluster_place(doc: Doc, cluster: Cluster, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The one gazetteer place (name, country) that the cluster's mentions name, or None."""
    places = {_place_or_region(gazetteer, m.span(doc).text, doc.lang_) if not m.span(doc).text.isupper()
              else None for m in cluster.mentions if m.origin != "descriptor"}  # an acronym is no place's name
    return places.pop() if len(places) == 1 else None


def _regional_reading(doc: Doc, cluster: Cluster, gazetteer: Gazetteer, place: tuple[str, str | None] | None,
                      countries: set[str]) -> tuple[str, str | None] | None:
    """A region of the article's countries that the cluster names in the article's spelling (kb/region_exonyms.py),
    when the gazetteer knows the name as no place, or only as towns outside the article's countries (« le Tigré »
    with Ethiopia named is Tigray, not the Argentine town Tigre)."""
    if place is not None and gazetteer_reading_holds(place[1], _only_towns(gazetteer, cluster, doc), countries):
        return place
    texts = {m.span(doc).text for m in cluster.mentions if m.origin != "descriptor" and not m.span(doc).text.isupper()}
    regions = {region_exonym(gazetteer, text, countries, doc.lang_) for text in texts}
    region = regions.pop() if len(regions) == 1 else None
    return (region.name, region.country) if region is not None else place


def _only_towns(gazetteer: Gazetteer, cluster: Cluster, doc: Doc) -> bool:
    """Every gazetteer place the cluster's mentions may name is a town (PPL)."""
    return all(c.place.feature == "PPL" for m in cluster.mentions for c in gazetteer.lookup(m.span(doc).text))


def name_places(doc: Doc, clusters: list[Cluster], gazetteer: Gazetteer | None, canonical_lang: bool) -> list[Cluster]:
    """Gazetteer names for the place entities the KB does not hold (given as ``place_name`` unless the article is
    in the language of canonical names, whose own spelling stays) and their country (``place_country``), and
    place entities under one name merged."""
    if gazetteer is None:
        return clusters
    out: list[Cluster] = []
    by_name: dict[str, Cluster] = {}
    found = {id(c): _cluster_place(doc, c, gazetteer) for c in clusters if c.type == "LOC" and c.actor is None}
    named = [(id(c), c.actor.country) for c in clusters if c.type == "LOC" and c.actor is not None and c.actor.country]
    named += [(key, p[1]) for key, p in found.items() if p is not None and p[1]]
    for cluster in clusters:
        if cluster.type != "LOC" or cluster.actor is not None:
            out.append(cluster)
            continue
        countries = {country for key, country in named if key != id(cluster)}  # the other names' countries
        place = _regional_reading(doc, cluster, gazetteer, found[id(cluster)], countries)
        if place is None:
            cluster.place_name = level_name(doc, cluster.mentions)  # "the Darnytskyi district" (district_names.py)
            out.append(cluster)
            continue
        name, cluster.place_country = place
        written = {normalize(m.span(doc).text) for m in cluster.mentions}
        if not canonical_lang and normalize(name) not in written and not any(
                arabic_romanisation_of(name, m.span(doc).text) for m in cluster.mentions):
            cluster.place_name = name
        if (same := by_name.get(name)) is not None:
            same.mentions.extend(cluster.mentions)
            same.place_name = same.place_name or cluster.place_name
            same.place_country = same.place_country or cluster.place_country
            continue
        by_name[name] = cluster
        out.append(cluster)
    return out
