"""End to end with the real pipeline: a local feed with one new article, one watch round, and the matching
event delivered to a local webhook, signed, within that round."""

from __future__ import annotations

import json

from tests.watch_support import FeedItemSpec, feed_site, local_fetcher, webhook_receiver
from wirewatch.alerts import SIGNATURE_HEADER, Webhook, verify
from wirewatch.run.extractor import Extractor
from wirewatch.run.watch import Watcher
from wirewatch.store import open_store
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.watch_tables import Alert, AlertFilters

STRIKE = FeedItemSpec(
    guid="depot-strike", title="Drones hit a fuel depot",
    text="Russian drones struck a fuel depot near the eastern city overnight, killing four workers, "
         "the regional governor said on Tuesday.",
    description="Drones struck a fuel depot overnight.")


def test_watch_round_stores_the_article_and_alerts_its_event(extractor: Extractor) -> None:
    store = open_store(":memory:")
    assert isinstance(store, SQLStore)
    with feed_site([STRIKE]) as site, webhook_receiver() as receiver, local_fetcher() as fetcher:
        store.add_alert(Alert("strikes", AlertFilters(types=("ASSAULT",)), webhook=receiver.url, secret="k"))
        report = Watcher([f"{site.base}/feed.xml"], store, fetcher, extractor, webhook=Webhook(fetcher)).round()
    [(body, headers)] = receiver.posts
    event = json.loads(body)
    assert (report.ingest.ingested, report.alerts.delivered) == (1, 1)
    assert event["type"] == "ASSAULT" and event["killed"] == 4 and verify("k", body, headers[SIGNATURE_HEADER.lower()])
