"""Alerts: new matching events found after each store, delivered once to a local webhook (signed with a secret,
unsigned without), retried with backoff; deadline alerts; the Atom feed. Records are prepared (no NLP)."""

from __future__ import annotations

import datetime as dt
import json
from xml.etree import ElementTree as ET

import httpx
import pytest

from tests.story_store_support import RecordExtractor, fill, story_articles
from tests.watch_support import local_fetcher, webhook_receiver
from wirewatch.alerts import SIGNATURE_HEADER, Webhook, atom_feed, check_alerts, current_matches, verify
from wirewatch.alerts.atom import ATOM
from wirewatch.ingest.fetch import Fetcher
from wirewatch.run.ingest_job import ingest
from wirewatch.store import open_store
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.watch_tables import Alert, AlertFilters

SECRET = "s3cret-for-tests"


def sql_store() -> SQLStore:
    store = open_store(":memory:")
    assert isinstance(store, SQLStore)
    return store


def strikes() -> Alert:
    return Alert("strikes", AlertFilters(types=("ASSAULT",), country="UKR", min_killed=1))


def test_event_stored_after_the_alert_is_matched_once() -> None:
    store = sql_store()
    store.add_alert(strikes())
    fill(store, story_articles()[:2])
    first, again = check_alerts(store, None), check_alerts(store, None)
    assert (first.matched, again.matched, len(store.alert_matches("strikes"))) == (2, 0, 2)


def test_events_stored_before_the_alert_are_not_alerted() -> None:
    store = sql_store()
    fill(store, story_articles()[:2])
    store.add_alert(strikes())
    assert check_alerts(store, None).matched == 0


@pytest.mark.parametrize(("filters", "count"), [
    (AlertFilters(types=("PROTEST",)), 0), (AlertFilters(types=("ASSAULT",), min_killed=100), 0),
    (AlertFilters(actor="missiles"), 2), (AlertFilters(q="no-such-words-here"), 0)])
def test_filters_narrow_the_matches(filters: AlertFilters, count: int) -> None:
    store = sql_store()
    store.add_alert(Alert("a", filters))
    fill(store, story_articles()[:2])
    assert check_alerts(store, None).matched == count


def test_signed_webhook_post_verifies_at_the_receiver() -> None:
    store = sql_store()
    with webhook_receiver() as receiver, local_fetcher() as fetcher:
        store.add_alert(Alert("strikes", strikes().filters, webhook=receiver.url, secret=SECRET))
        fill(store, story_articles()[:1])
        run = check_alerts(store, Webhook(fetcher))
    [(body, headers)] = receiver.posts
    assert run.delivered == 1 and verify(SECRET, body, headers[SIGNATURE_HEADER.lower()])
    assert json.loads(body)["type"] == "ASSAULT"


def test_tampered_body_fails_verification() -> None:
    store = sql_store()
    with webhook_receiver() as receiver, local_fetcher() as fetcher:
        store.add_alert(Alert("strikes", strikes().filters, webhook=receiver.url, secret=SECRET))
        fill(store, story_articles()[:1])
        check_alerts(store, Webhook(fetcher))
    [(body, headers)] = receiver.posts
    assert not verify(SECRET, body.replace(b"ASSAULT", b"PROTEST"), headers[SIGNATURE_HEADER.lower()])


def test_webhook_without_secret_is_unsigned() -> None:
    store = sql_store()
    with webhook_receiver() as receiver, local_fetcher() as fetcher:
        store.add_alert(Alert("strikes", strikes().filters, webhook=receiver.url))
        fill(store, story_articles()[:1])
        check_alerts(store, Webhook(fetcher))
    assert [SIGNATURE_HEADER.lower() in headers for _, headers in receiver.posts] == [False]


def test_webhook_is_retried_with_backoff() -> None:
    waits: list[float] = []
    store = sql_store()
    with webhook_receiver(fail_first=2) as receiver, local_fetcher() as fetcher:
        store.add_alert(Alert("strikes", strikes().filters, webhook=receiver.url))
        fill(store, story_articles()[:1])
        run = check_alerts(store, Webhook(fetcher, sleep=waits.append))
    assert (len(receiver.posts), waits, run.delivered) == (3, [1.0, 2.0], 1)


def test_webhook_on_a_private_address_is_refused_unless_allowed() -> None:
    store = sql_store()
    with webhook_receiver() as receiver, httpx.Client(timeout=5.0) as client:
        store.add_alert(Alert("strikes", strikes().filters, webhook=receiver.url))
        fill(store, story_articles()[:1])
        run = check_alerts(store, Webhook(Fetcher(client)))
    assert receiver.posts == [] and "private or loopback" in run.failures[0]
    assert store.alert_matches("strikes")[0].delivered.startswith("failed")  # type: ignore[union-attr]


def test_matches_are_alerted_in_the_round_that_stores_them() -> None:
    store = sql_store()
    store.add_alert(strikes())
    pairs = story_articles()
    ingest([pairs[0][0]], RecordExtractor(pairs), store)
    assert check_alerts(store, None).matched == 1


def test_deadline_due_within_days_is_alerted_once() -> None:
    store = sql_store()
    store.add_alert(Alert("due", AlertFilters(), due_within_days=3))
    fill(store, story_articles()[:3])  # a threat due 2025-03-14
    first = check_alerts(store, None, today=dt.date(2025, 3, 12))
    again = check_alerts(store, None, today=dt.date(2025, 3, 13))
    assert (first.matched, again.matched, store.alert_matches("due")[0].summary["kind"]) == (1, 0, "deadline")


def test_deadline_further_away_is_not_alerted() -> None:
    store = sql_store()
    store.add_alert(Alert("due", AlertFilters(), due_within_days=1))
    fill(store, story_articles()[:3])
    assert check_alerts(store, None, today=dt.date(2025, 3, 10)).matched == 0


def test_atom_feed_lists_matches_newest_first_with_article_links() -> None:
    store = sql_store()
    store.add_alert(strikes())
    fill(store, story_articles()[:2])
    check_alerts(store, None)
    feed = ET.fromstring(atom_feed("strikes", current_matches(store, strikes()), "http://127.0.0.1:8000"))
    entries = feed.findall(f"{{{ATOM}}}entry")
    links = [e.find(f"{{{ATOM}}}link[@rel='alternate']").get("href") for e in entries]  # type: ignore[union-attr]
    keys = [e.findtext(f"{{{ATOM}}}id", "").rsplit("%3A", 1)[1] for e in entries]
    assert len(entries) == 2 and keys == sorted(keys, key=int, reverse=True)
    assert all(link.startswith("http://127.0.0.1:8000/#/article?id=") for link in links)


def test_atom_entry_states_type_actors_toll_and_evidence() -> None:
    store = sql_store()
    store.add_alert(strikes())
    fill(store, story_articles()[:1])
    check_alerts(store, None)
    entry = ET.fromstring(atom_feed("strikes", current_matches(store, strikes()), "http://x")).find(f"{{{ATOM}}}entry")
    assert entry is not None
    title, summary = entry.findtext(f"{{{ATOM}}}title", ""), entry.findtext(f"{{{ATOM}}}summary", "")
    assert title.startswith("ASSAULT: missiles (RUS)") and "killed" in title and "Evidence: " in summary


def test_removed_alert_takes_its_matches_with_it() -> None:
    store = sql_store()
    store.add_alert(strikes())
    fill(store, story_articles()[:1])
    check_alerts(store, None)
    assert store.remove_alert("strikes") and (store.alerts(), store.alert_matches("strikes")) == ([], [])


def test_feed_lists_matching_events_stored_before_the_alert() -> None:
    store = sql_store()
    fill(store, story_articles()[:2])
    store.add_alert(strikes())
    assert (len(current_matches(store, strikes())), check_alerts(store, None).matched) == (2, 0)


def test_current_matches_carry_their_delivery_status() -> None:
    store = sql_store()
    with webhook_receiver() as receiver, local_fetcher() as fetcher:
        alert = Alert("strikes", strikes().filters, webhook=receiver.url)
        store.add_alert(alert)
        fill(store, story_articles()[:1])
        check_alerts(store, Webhook(fetcher))
    assert [m.delivered for m in current_matches(store, alert)] == ["sent"]


def test_deadline_alert_feed_lists_open_deadlines_due_soon() -> None:
    store = sql_store()
    fill(store, story_articles()[:3])
    alert = Alert("due", AlertFilters(), due_within_days=3)
    assert [m.summary["day"] for m in current_matches(store, alert, today=dt.date(2025, 3, 12))] == ["2025-03-14"]
