"""Deadlines: threats and demands with a due date or condition, tracked against later articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stories_helpers import entity, event, record, timex
from wirewatch.records import ArticleRecord, EventActor
from wirewatch.stories import Deadline, capital_countries, find_deadlines, follow, merge_deadlines, track

# Sentences written for these tests: Ottawa gives Oslo until Friday (published on a Wednesday).
ULTIMATUM = {
    "fr": ("Le délai fixé par Marc Dubois à Erik Berg expire vendredi. Ottawa a menacé d'imposer des droits de "
           "douane et des sanctions si la pêche ne cesse pas."),
    "en": ("The deadline set by Marc Dubois for Erik Berg expires on Friday. Ottawa threatened to impose tariffs "
           "and sanctions unless the fishing stops."),
}
FRIDAY = {"fr": "vendredi", "en": "Friday"}
THREAT = {"fr": "Ottawa a menacé", "en": "Ottawa threatened"}


def ultimatum(lang: str, modality: str = "future") -> tuple[ArticleRecord, str]:
    text = ULTIMATUM[lang]
    sentence = text[text.index(THREAT[lang]):]
    rec = record(f"ultimatum-{lang}", text, "2025-03-05", lang, entities=[
        entity(text, "e1", "Marc Dubois", ["Marc Dubois"], country="CAN"),
        entity(text, "e2", "Erik Berg", ["Erik Berg"], country="NOR"),
        entity(text, "e3", "Ottawa", ["Ottawa"], "LOC"),
    ], dates=[timex(text, FRIDAY[lang], "2025-03-07")], events=[
        event(text, "THREATEN", sentence, source=EventActor(name="Ottawa", entity="e3"), modality=modality)])
    return rec, text


def found(lang: str) -> Deadline:
    rec, text = ultimatum(lang)
    deadlines = find_deadlines(rec, text, capital_countries())
    assert len(deadlines) == 1
    return deadlines[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_evidence_offsets_index_the_text(lang: str) -> None:
    rec, text = ultimatum(lang)
    assert all(text[e.evidence.start:e.evidence.end] == e.evidence.text for e in rec.events)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_due_date_comes_from_the_deadline_sentence_before(lang: str) -> None:
    assert found(lang).due == "2025-03-07"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_threatened_measures_are_labelled(lang: str) -> None:
    assert found(lang).measures == ["tariffs", "sanctions"]


@pytest.mark.parametrize(("lang", "condition"), [("fr", "la pêche ne cesse pas"), ("en", "the fishing stops")])
def test_condition_is_the_clause_after_the_cue(lang: str, condition: str) -> None:
    assert found(lang).condition == condition


GIVEN = {"fr": "Ottawa a donné à la flotte jusqu'à vendredi pour partir.",
         "en": "Ottawa gave the fleet until Friday to leave."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_capital_gives_the_issuer_its_country(lang: str) -> None:
    text = GIVEN[lang]
    rec = record(f"given-{lang}", text, "2025-03-05", lang, entities=[entity(text, "e3", "Ottawa", ["Ottawa"], "LOC")],
                 dates=[timex(text, FRIDAY[lang], "2025-03-07")], events=[
        event(text, "REQUEST", text, source=EventActor(name="Ottawa", entity="e3"),
              target=EventActor(name="fleet", sector="civilians"))])
    [item] = find_deadlines(rec, text, capital_countries())
    assert (item.issuer, item.due) == (EventActor(name="Ottawa", country="CAN", entity="e3"), "2025-03-07")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_missing_target_is_the_other_country_named_around(lang: str) -> None:
    target = found(lang).target
    assert target is not None and (target.name, target.country) == ("Erik Berg", "NOR")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_issuer_is_the_one_who_set_the_deadline(lang: str) -> None:
    issuer = found(lang).issuer
    assert issuer is not None and (issuer.name, issuer.country) == ("Marc Dubois", "CAN")


CONDITIONAL = "Ottawa threatened sanctions on Friday unless the fishing stops."


@pytest.mark.parametrize(("modality", "items"), [("future", 1), ("negated", 0), ("denied", 0)])
def test_negated_threats_are_not_tracked(modality: str, items: int) -> None:
    text = CONDITIONAL
    rec = record("conditional", text, "2025-03-05", "en", entities=[entity(text, "e3", "Ottawa", ["Ottawa"], "LOC")],
                 events=[event(text, "THREATEN", text, source=EventActor(name="Ottawa", entity="e3"),
                               modality=modality, date="2025-03-07")])
    assert len(find_deadlines(rec, text, capital_countries())) == items


LATER = {
    "SANCTION": "Ottawa imposed tariffs on Norwegian fish on Monday.",
    "CONCEDE": "Ottawa dropped its demands on Monday.",
}


def later_record(etype: str, published: str = "2025-03-10") -> ArticleRecord:
    text = LATER[etype]
    return record(f"later-{etype}", text, published, "en", events=[
        event(text, etype, text, source=EventActor(name="Ottawa", country="CAN"),
              target=EventActor(name="Norway", country="NOR"), date=published)])


@pytest.mark.parametrize(("etype", "status"), [("SANCTION", "fulfilled"), ("CONCEDE", "withdrawn")])
def test_a_later_event_settles_the_deadline(etype: str, status: str) -> None:
    settled = track(found("fr"), [later_record(etype)], dt.date(2025, 3, 11))
    assert (settled.status, settled.settled_by.article_id if settled.settled_by else None) == (status,
                                                                                             f"later-{etype}")


@pytest.mark.parametrize(("as_of", "status"), [("2025-03-06", "open"), ("2025-03-08", "expired")])
def test_unsettled_deadline_expires_after_its_due_date(as_of: str, status: str) -> None:
    assert track(found("en"), [], dt.date.fromisoformat(as_of)).status == status


@pytest.mark.parametrize("published", ["2025-03-01", "2025-03-04"])
def test_events_published_before_the_threat_do_not_settle_it(published: str) -> None:
    assert track(found("en"), [later_record("SANCTION", published)], dt.date(2025, 3, 6)).status == "open"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_missing_issuer_is_the_first_person_of_the_evidence(lang: str) -> None:
    rec, text = ultimatum(lang)
    sentence = {"fr": "Le délai fixé par Marc Dubois à Erik Berg expire vendredi.",
                "en": "The deadline set by Marc Dubois for Erik Berg expires on Friday."}[lang]
    rec.events[0] = event(text, "THREATEN", sentence, modality="future")
    issuers = [d.issuer.name if d.issuer else None for d in find_deadlines(rec, text, capital_countries())]
    assert issuers == ["Marc Dubois"]


@pytest.mark.parametrize("first", ["fr", "en"])
def test_one_ultimatum_in_two_articles_is_one_item(first: str) -> None:
    second = "en" if first == "fr" else "fr"
    merged = merge_deadlines([found(first), found(second)])
    assert [sorted(d.reported_by) for d in merged] == [["ultimatum-en", "ultimatum-fr"]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_day_reports_do_not_settle_a_deadline(lang: str) -> None:
    assert track(found(lang), [later_record("SANCTION", "2025-03-05")], dt.date(2025, 3, 6)).status == "open"


@pytest.mark.parametrize(("target", "expected"), [("Sweden", "Erik Berg")])
def test_a_target_the_evidence_does_not_name_gives_way(target: str, expected: str) -> None:
    rec, text = ultimatum("en")
    rec.events[0] = rec.events[0].model_copy(update={"target": EventActor(name=target, country="SWE")})
    assert [d.target.name if d.target else None for d in find_deadlines(rec, text, capital_countries())] == [expected]


def statement(article_id: str, issued: str, due: str, issuer: str = "CAN", target: str = "NOR") -> Deadline:
    return Deadline(id=f"{article_id}#deadline-0", article_id=article_id, kind="REQUEST",
                    issued=dt.date.fromisoformat(issued), issuer=EventActor(name=issuer, country=issuer),
                    target=EventActor(name=target, country=target), due=due, evidence=f"Sentence of {article_id}.",
                    reported_by=[article_id])


@pytest.mark.parametrize(("later", "deadlines"), [
    (statement("b", "2025-03-06", "2025-03-07"), 1),  # the same deadline told by another story's article
    (statement("b", "2025-03-06", "2025-03-07", target="SWE"), 2),  # another target
    (statement("b", "2025-03-06", "2025-03-14"), 1),  # pushed back before it lapsed: extended
    (statement("b", "2025-06-01", "2025-06-10"), 2),  # months later: a new deadline
])
def test_statements_linked_across_stories(later: Deadline, deadlines: int) -> None:
    followed = follow([statement("a", "2025-03-03", "2025-03-07"), later], [], dt.date(2025, 3, 5),
                      {"a": "story-1", "b": "story-2"})
    assert len({d.id for d in followed}) == deadlines


COMPLIED = "Norway agreed on Monday to stop the fishing."


@pytest.mark.parametrize(("source", "target", "status"), [("NOR", "CAN", "met"), ("SWE", "CAN", "open")])
def test_the_target_complying_meets_the_deadline(source: str, target: str, status: str) -> None:
    later = record("complied", COMPLIED, "2025-03-06", "en", events=[
        event(COMPLIED, "AGREE", COMPLIED, source=EventActor(name=source, country=source),
              target=EventActor(name=target, country=target), date="2025-03-06")])
    settled = track(found("en"), [later], dt.date(2025, 3, 6))
    assert (settled.status, [link.article_id for link in settled.history]) == (
        status, ["complied"] if status == "met" else [])
