"""Deadline forms in French and English, on records the full pipeline extracts from sentences written for these
tests (published on Wednesday 5 March 2025), roles by the sentence parser; and a deadline followed to a later
article that extends it."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings
from wirewatch.stories import Deadline, SpacySentenceParser, capital_countries, find_deadlines, follow

WEDNESDAY = dt.date(2025, 3, 5)
# (lang, sentence, due day, kind)
FORMS = [
    ("en", "Canada gave Norway until Friday to end the fishing or face sanctions.", "2025-03-07", "THREATEN"),
    ("en", "Canada ordered Norwegian firms to wind down dealings by March 20.", "2025-03-20", "REQUEST"),
    ("en", "Canada demanded that Norway withdraw its trawlers within 48 hours.", "2025-03-07", "REQUEST"),
    ("en", "Canada told Norway to settle the dispute in 30 days.", "2025-04-04", "REQUEST"),
    ("en", "Norwegian trawlers must leave 30 days after the decree, Canada warned Norway.", "2025-04-04",
     "THREATEN"),
    ("en", "Canada will impose sanctions on Norway unless its trawlers leave by Friday.", "2025-03-07", "THREATEN"),
    ("en", "Norway pledged to withdraw its trawlers by March 20.", "2025-03-20", "AGREE"),
    ("en", "Canada warned Norway it would face sanctions unless its trawlers left by the end of the month.",
     "2025-03-31", "THREATEN"),
    ("en", "Canada gave Norwegian trawlers 48 hours to leave its waters.", "2025-03-07", "REQUEST"),
    ("en", "The minister met his Norwegian counterpart five days before the deadline Canada set for Norway.",
     "2025-03-10", "REQUEST"),
    ("fr", "Le Canada a donné à la Norvège jusqu'à vendredi pour cesser la pêche, faute de quoi des sanctions "
           "suivront.", "2025-03-07", "THREATEN"),
    ("fr", "Le Canada exige que la Norvège retire ses chalutiers d'ici vendredi.", "2025-03-07", "REQUEST"),
    ("fr", "Le Canada a donné deux semaines à la Norvège pour retirer ses navires.", "2025-03-19", "REQUEST"),
    ("fr", "Le Canada a sommé la Norvège de retirer ses navires avant le 20 mars.", "2025-03-20", "REQUEST"),
    ("fr", "Le Canada exige que la Norvège retire ses navires sous 72 heures.", "2025-03-08", "REQUEST"),
    ("fr", "Le Canada a accordé à la Norvège un délai de dix jours, à compter du 1er mars, pour retirer ses "
           "navires.", "2025-03-11", "REQUEST"),
    ("fr", "Le Canada imposera des sanctions à la Norvège si ses navires ne partent pas d'ici vendredi.",
     "2025-03-07", "THREATEN"),
    ("fr", "La Norvège s'est engagée à retirer ses chalutiers avant le 20 mars.", "2025-03-20", "AGREE"),
    ("fr", "Le Canada a donné à la Norvège jusqu'à la fin du mois pour retirer ses navires, sous peine de "
           "sanctions.", "2025-03-31", "THREATEN"),
    ("fr", "Le ministre a rencontré son homologue norvégien cinq jours avant l'expiration de l'ultimatum lancé par "
           "le Canada à la Norvège.", "2025-03-10", "THREATEN"),
]
NOT_DEADLINES = [
    ("en", "By Friday, the floods had killed 12 people in Norway."),
    ("en", "The talks between Canada and Norway will resume on Friday."),
    ("fr", "Les pourparlers entre le Canada et la Norvège reprendront vendredi."),
    ("fr", "Avant le 20 mars, les inondations avaient fait douze morts en Norvège."),
]


@pytest.fixture(scope="module")
def parser(settings: Settings) -> SpacySentenceParser:
    return SpacySentenceParser(settings.models)


def deadlines_of(extractor: Extractor, parser: SpacySentenceParser, lang: str, text: str,
                 published: dt.date = WEDNESDAY, article_id: str = "a") -> list[Deadline]:
    record = extractor.extract_one(Article(id=article_id, lang=lang, published=published, text=text))
    return find_deadlines(record, text, capital_countries(), parse=parser)


@pytest.mark.parametrize(("lang", "text", "due", "kind"), FORMS)
def test_a_deadline_form_gives_its_due_day_and_kind(extractor: Extractor, parser: SpacySentenceParser, lang: str,
                                                     text: str, due: str, kind: str) -> None:
    assert [(d.due, d.kind) for d in deadlines_of(extractor, parser, lang, text)] == [(due, kind)]


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text, _, kind in FORMS if kind != "AGREE"])
def test_the_issuer_demands_of_the_other_side(extractor: Extractor, parser: SpacySentenceParser, lang: str,
                                              text: str) -> None:
    [item] = deadlines_of(extractor, parser, lang, text)
    assert (item.issuer.country if item.issuer else None, item.target.country if item.target else None) \
        == ("CAN", "NOR")


@pytest.mark.parametrize(("lang", "text"), NOT_DEADLINES)
def test_a_day_without_a_demand_is_no_deadline(extractor: Extractor, parser: SpacySentenceParser, lang: str,
                                               text: str) -> None:
    assert deadlines_of(extractor, parser, lang, text) == []


def test_who_has_until_a_day_to_act_is_the_target(extractor: Extractor, parser: SpacySentenceParser) -> None:
    [item] = deadlines_of(extractor, parser, "en", "Norway has until Friday to withdraw its trawlers.")
    assert (item.due, item.target.country if item.target else None) == ("2025-03-07", "NOR")


SAID = {"en": "The ultimatum expires on Sunday, Norway said.",
        "fr": "L'ultimatum expire dimanche, a indiqué la Norvège."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_who_reports_the_deadline_is_not_its_target(extractor: Extractor, parser: SpacySentenceParser,
                                                     lang: str) -> None:
    assert [(d.due, d.target) for d in deadlines_of(extractor, parser, lang, SAID[lang])] == [("2025-03-09", None)]


EXTENDED = {
    "en": ("Canada gave Norway until Friday to withdraw its trawlers or face sanctions.",
           "Canada extended its deadline for Norway to March 14, giving the trawlers more time."),
    "fr": ("Le Canada a donné à la Norvège jusqu'à vendredi pour retirer ses chalutiers, faute de quoi des "
           "sanctions suivront.",
           "Le Canada a prolongé jusqu'au 14 mars le délai accordé à la Norvège pour retirer ses chalutiers."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_later_article_extends_the_deadline(extractor: Extractor, parser: SpacySentenceParser, lang: str) -> None:
    first, later = EXTENDED[lang]
    statements = (deadlines_of(extractor, parser, lang, first, dt.date(2025, 3, 3), "first")
                  + deadlines_of(extractor, parser, lang, later, dt.date(2025, 3, 6), "later"))
    followed = follow(statements, [], dt.date(2025, 3, 10), {"first": "story", "later": "story"})
    assert len({d.id for d in followed}) == 1
    settled = {d.article_id: d for d in followed}["first"]
    assert (settled.status, settled.settled_by.article_id if settled.settled_by else None,
            settled.settled_by.evidence if settled.settled_by else None,
            settled.settled_by.due if settled.settled_by else None) == ("extended", "later", later, "2025-03-14")
