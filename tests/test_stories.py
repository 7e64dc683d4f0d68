"""Story clustering: signatures, the incremental clusterer and its index, merged events."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.stories_helpers import entity, event, record
from wirewatch.cli.stories_commands import COMMANDS, register
from wirewatch.kb.names import name_key
from wirewatch.records import ArticleRecord, EventActor
from wirewatch.stories import (
    ArticleSignature,
    ClusterSettings,
    MemoryStoryIndex,
    StoryClusterer,
    build_stories,
    cluster_records,
    merge_events,
    signature_of,
)
from wirewatch.stories.build import refine

# Sentences written for these tests: a summit in two languages, a flood elsewhere, a football final.
SUMMIT = {
    "fr": "Le ministre Jan Kowalski a rencontré Maria Silva à Lisbonne. Kowalski et Silva ont parlé du port.",
    "en": "Minister Jan Kowalski met Maria Silva in Lisbon. Kowalski and Silva discussed the harbour deal.",
}
FLOOD = "Des crues ont frappé Valence ; le maire Pedro Ruiz a demandé de l'aide à l'armée. Ruiz était à Valence."
FINAL = "Le club de Porto a battu Ajax en finale ; l'entraîneur Luis Costa a salué ses joueurs. Costa a souri."


def summit_record(lang: str, published: str = "2025-03-03") -> ArticleRecord:
    text = SUMMIT[lang]
    return record(f"summit-{lang}", text, published, lang, entities=[
        entity(text, "e1", "Jan Kowalski", ["Jan Kowalski", "Kowalski"]),
        entity(text, "e2", "Maria Silva", ["Maria Silva", "Silva"]),
        entity(text, "e3", "Lisbon", ["Lisbonne" if lang == "fr" else "Lisbon"], "LOC", "PRT"),
    ])


def flood_record(published: str = "2025-03-03") -> ArticleRecord:
    return record("flood", FLOOD, published, entities=[
        entity(FLOOD, "e1", "Pedro Ruiz", ["Pedro Ruiz", "Ruiz"]),
        entity(FLOOD, "e2", "Valencia", ["Valence"], "LOC", "ESP"),
    ])


def final_record(published: str = "2025-03-04") -> ArticleRecord:
    return record("final", FINAL, published, entities=[
        entity(FINAL, "e1", "Luis Costa", ["Luis Costa", "Costa"]),
        entity(FINAL, "e2", "FC Porto", ["Porto"], "ORG"),
    ])


def story_map(records: list[ArticleRecord]) -> dict[str, str]:
    return cluster_records(records).story_of()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_mentions_of_test_records_index_their_text(lang: str) -> None:
    rec = summit_record(lang)
    assert all(SUMMIT[lang][m.start:m.end] == m.text for e in rec.entities for m in e.mentions)


@pytest.mark.parametrize("first", ["fr", "en"])
def test_same_events_in_two_languages_share_a_story(first: str) -> None:
    second = "en" if first == "fr" else "fr"
    stories = story_map([summit_record(first), summit_record(second), flood_record(), final_record()])
    assert stories["summit-fr"] == stories["summit-en"]


@pytest.mark.parametrize("other", ["flood", "final"])
def test_unrelated_articles_stay_apart(other: str) -> None:
    stories = story_map([summit_record("fr"), summit_record("en"), flood_record(), final_record()])
    assert stories[other] != stories["summit-fr"]


@pytest.mark.parametrize("days_later", [10, 30])
def test_same_names_weeks_apart_start_a_new_story(days_later: int) -> None:
    later = (dt.date(2025, 3, 3) + dt.timedelta(days=days_later)).isoformat()
    stories = story_map([summit_record("fr"), summit_record("en", later)])
    assert stories["summit-fr"] != stories["summit-en"]


@pytest.mark.parametrize("name", ["Steve Kowalski", "Kowalski"])
def test_person_keys_share_the_surname(name: str) -> None:
    text = f"{name} a parlé."
    rec = record("a", text, "2025-03-03", entities=[entity(text, "e1", name, [name])])
    assert f"per:{name_key('Steven Kowalski').split()[-1]}" in signature_of(rec).keys


@pytest.mark.parametrize("lead", [True, False])
def test_a_key_named_in_the_lead_weighs_more(lead: bool) -> None:
    filler = "" if lead else "x" * 500 + " "
    text = filler + "Maria Silva a parlé."
    rec = record("a", text, "2025-03-03", entities=[entity(text, "e1", "Maria Silva", ["Maria Silva"])])
    assert signature_of(rec).keys[f"ent:{name_key('Maria Silva')}"] == (2.0 if lead else 1.0)


def _signature(article_id: str, key: str, day: dt.date) -> ArticleSignature:
    return ArticleSignature(article_id=article_id, day=day, keys={key: 1.0, f"own:{article_id}": 1.0})


@pytest.mark.parametrize("per_key", [5, 20])
def test_candidates_come_from_the_index_never_all_stories(per_key: int) -> None:
    index = MemoryStoryIndex()
    clusterer = StoryClusterer(index, ClusterSettings(per_key=per_key))
    day = dt.date(2025, 1, 1)
    for n in range(100):  # 100 unrelated stories sharing one common key
        clusterer.add(_signature(f"a{n}", "common", day))
    assignment = clusterer.add(_signature("new", "common", day))
    assert assignment.candidates == per_key


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_assignment_reports_a_new_story_for_the_first_article(lang: str) -> None:
    clusterer = StoryClusterer(MemoryStoryIndex())
    assignment = clusterer.add(signature_of(summit_record(lang)))
    assert (assignment.created, assignment.story_id) == (True, f"story:summit-{lang}")


STRIKE = {
    "fr": "Une frappe sur Dnipro a tué 4 personnes et blessé 9 autres mardi.",
    "en": "A strike on Dnipro killed 6 people and injured 9 on Tuesday.",
}


def strike_record(lang: str, killed: int, published: str) -> ArticleRecord:
    text = STRIKE[lang]
    return record(f"strike-{lang}", text, published, lang, events=[
        event(text, "ASSAULT", text, source=EventActor(name="armed forces", country="RUS"),
              target=EventActor(name="civilians", country="UKR"), date="2025-03-04", killed=killed, injured=9,
              place="Dnipro")])


@pytest.mark.parametrize(("field", "expected"), [
    ("conservative_killed", 4), ("latest_killed", 6), ("disagreement", ["killed"]), ("conservative_injured", 9),
])
def test_merged_event_keeps_lowest_latest_and_flags_disagreement(field: str, expected: object) -> None:
    merged = merge_events([strike_record("fr", 4, "2025-03-04"), strike_record("en", 6, "2025-03-05")])
    assert [getattr(m, field) for m in merged] == [expected]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_merged_event_keeps_every_source(lang: str) -> None:
    merged = merge_events([strike_record("fr", 4, "2025-03-04"), strike_record("en", 4, "2025-03-05")])
    assert [s.article_id for s in merged[0].sources] == ["strike-fr", "strike-en"]


@pytest.mark.parametrize("modality", ["future", "hypothetical"])
def test_unasserted_events_are_not_merged(modality: str) -> None:
    rec = strike_record("fr", 4, "2025-03-04")
    rec.events[0] = rec.events[0].model_copy(update={"modality": modality})
    assert merge_events([rec]) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_build_stories_lists_every_article_once(lang: str) -> None:
    stories = build_stories([summit_record(lang), flood_record(), final_record()])
    assert sorted(a for s in stories for a in s.article_ids) == ["final", "flood", f"summit-{lang}"]


@pytest.mark.parametrize("killed", [(4, 6), (6, 4)])
def test_one_article_s_own_figures_are_no_disagreement(killed: tuple[int, int]) -> None:
    first, second = strike_record("fr", killed[0], "2025-03-04"), strike_record("fr", killed[1], "2025-03-04")
    first.events.append(second.events[0])
    assert merge_events([first])[0].disagreement == []


def _keyed(article_id: str, topic: str) -> ArticleSignature:
    return ArticleSignature(article_id=article_id, day=dt.date(2025, 1, 1), keys={"common": 1.0, topic: 5.0})


@pytest.mark.parametrize("misplaced", ["c", "d"])
def test_refinement_takes_a_misplaced_article_out(misplaced: str) -> None:
    signatures = [_keyed("a", "x"), _keyed("b", "x"), _keyed(misplaced, "y")]
    index = MemoryStoryIndex()
    loose = StoryClusterer(index, ClusterSettings(threshold=0.0))  # anything sharing a key lands together
    for signature in signatures:
        loose.add(signature)
    assert len(set(index.story_of().values())) == 1  # precondition: one mixed story
    while refine(index, StoryClusterer(index), signatures):
        pass
    assert index.story_of()[misplaced] != index.story_of()["a"]


DOCS = Path(__file__).resolve().parents[1] / "docs" / "stories.md"


@pytest.mark.parametrize("option", sorted({
    max(p.opts, key=len) for command in COMMANDS.values() for p in command.params if isinstance(p, click.Option)
}))
def test_every_command_option_is_documented(option: str) -> None:
    assert option in DOCS.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_stories_command_maps_every_article_to_a_story(lang: str, tmp_path: Path) -> None:
    records = [summit_record(lang), flood_record()]
    texts = {f"summit-{lang}": SUMMIT[lang], "flood": FLOOD}
    (tmp_path / "in.jsonl").write_text("".join(
        json.dumps({"id": r.id, "text": texts[r.id], "lang": r.lang, "published": str(r.published)}) + "\n"
        for r in records), encoding="utf-8")
    (tmp_path / "records.jsonl").write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    group = click.Group()
    register(group)
    result = CliRunner().invoke(group, ["stories", str(tmp_path / "in.jsonl"), "--records",
                                        str(tmp_path / "records.jsonl")])
    assert json.loads(result.output) == {f"summit-{lang}": f"story:summit-{lang}", "flood": "story:flood"}
