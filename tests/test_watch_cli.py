"""The ``watch`` and ``alerts`` commands and the alerts API, over a local feed server and a real SQLite file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import click
import pytest
from click.testing import CliRunner, Result

from tests.api_support import make_client
from tests.story_store_support import fill, story_articles
from tests.watch_support import feed_site, items
from wirewatch.alerts import check_alerts
from wirewatch.alerts.atom import ATOM
from wirewatch.cli import main
from wirewatch.cli.exit_codes import ExitCode
from wirewatch.cli.store_commands import StoreServices
from wirewatch.cli.watch_commands import parse_duration
from wirewatch.store import open_store
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.synthetic import SyntheticExtractor


def run(*args: str) -> Result:
    services = StoreServices(make_extractor=lambda settings: SyntheticExtractor())
    return CliRunner().invoke(main, list(args), obj=services, catch_exceptions=False)


def test_watch_once_prints_one_status_line_per_round(tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite")
    with feed_site(items(2)) as site:
        first = run("watch", f"{site.base}/feed.xml", "--db", db, "--once", "--allow-private-urls")
        second = run("watch", f"{site.base}/feed.xml", "--db", db, "--once", "--allow-private-urls")
    assert first.exit_code == 0 and "2 new items, 2 ingested" in first.output
    assert second.exit_code == 0 and "1 not modified" in second.output and "0 new items" in second.output


def test_watch_reads_the_private_setting_from_the_environment(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREWATCH_ALLOW_PRIVATE_URLS", "1")
    with feed_site(items(1)) as site:
        result = run("watch", f"{site.base}/feed.xml", "--db", str(tmp_path / "w.sqlite"), "--once", "--json")
    assert json.loads(result.output)["new_items"] == 1


def test_watch_refuses_a_private_feed_and_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREWATCH_ALLOW_PRIVATE_URLS", raising=False)
    with feed_site(items(1)) as site:
        result = run("watch", f"{site.base}/feed.xml", "--db", str(tmp_path / "w.sqlite"), "--once")
    assert result.exit_code == ExitCode.NOTHING_READ and "private or loopback" in result.output


def test_watch_takes_a_file_listing_feeds(tmp_path: Path) -> None:
    with feed_site(items(1)) as site:
        listing = tmp_path / "feeds.txt"
        listing.write_text(f"# local\n{site.base}/feed.xml\n", encoding="utf-8")
        result = run("watch", str(listing), "--db", str(tmp_path / "w.sqlite"), "--once", "--allow-private-urls")
    assert "1 feeds" in result.output and "1 new items" in result.output


def test_alerts_add_creates_the_store_and_lists_the_alert(tmp_path: Path) -> None:
    db = tmp_path / "new" / "alerts.sqlite"
    run("alerts", "add", "strikes", "--type", "assault", "--country", "ukr", "--min-killed", "1", "--db", str(db))
    listed = json.loads(run("alerts", "list", "--db", str(db), "--json").output)
    assert db.is_file() and listed["filters"] == {"types": ["ASSAULT"], "country": "UKR", "actor": None, "q": None,
                                                  "min_killed": 1}


def test_alerts_add_refuses_a_private_webhook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREWATCH_ALLOW_PRIVATE_URLS", raising=False)
    result = CliRunner().invoke(main, ["alerts", "add", "a", "--webhook", "http://127.0.0.1:9/hook",
                                       "--db", str(tmp_path / "a.sqlite")])
    assert result.exit_code == 2 and "private or loopback" in result.output


def test_alerts_remove_deletes_and_refuses_an_unknown_name(tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    run("alerts", "add", "strikes", "--db", db)
    removed = run("alerts", "remove", "strikes", "--db", db)
    again = CliRunner().invoke(main, ["alerts", "remove", "strikes", "--db", db])
    assert removed.exit_code == 0 and again.exit_code == 1 and "no alert named" in again.output


def test_alerts_list_without_a_store_exits_3(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["alerts", "list", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == ExitCode.NOTHING_READ and not (tmp_path / "none.sqlite").exists()


def _alerted_store(db: str) -> None:
    run("alerts", "add", "strikes", "--type", "ASSAULT", "--db", db)
    store = open_store(db)
    assert isinstance(store, SQLStore)
    fill(store, story_articles()[:2])
    check_alerts(store, None)
    store.close()


def test_alerts_feed_prints_an_atom_feed(tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    _alerted_store(db)
    feed = ET.fromstring(run("alerts", "feed", "strikes", "--db", db).output.encode("utf-8"))
    assert len(feed.findall(f"{{{ATOM}}}entry")) == 2


def test_api_serves_the_alert_feed_and_the_list(tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    _alerted_store(db)
    store = open_store(db)
    client = make_client(store)
    feed = client.get("/api/alerts/strikes.atom")
    listed = client.get("/api/alerts").json()["items"]
    missing = client.get("/api/alerts/nothing.atom")
    store.close()
    assert feed.headers["content-type"].startswith("application/atom+xml") and b"<entry>" in feed.content
    assert ([a["name"] for a in listed], len(listed[0]["latest"]), missing.status_code) == (["strikes"], 2, 404)


def test_ctrl_c_stops_the_watch_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "WIREWATCH_ALLOW_PRIVATE_URLS": "1"}
    with feed_site([]) as site:
        process = subprocess.Popen([sys.executable, "-m", "wirewatch", "watch", f"{site.base}/feed.xml", "--db",
                                    str(db), "--every", "60s"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        try:
            assert process.stdout is not None
            first = process.stdout.readline()  # the first round's status line: now sleeping until the next
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=20)
        finally:
            process.kill()
    store = open_store(db)
    assert isinstance(store, SQLStore)
    state = store.feed_state(f"{site.base}/feed.xml")
    store.close()
    assert first.startswith(b"round 1:") and process.returncode == ExitCode.INTERRUPTED and b"stopped" in stderr
    assert state.etag is not None


def test_ui_has_an_alerts_page(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "a.sqlite"))
    client = make_client(store)
    index, script = client.get("/").text, client.get("/static/alerts.js").text
    store.close()
    assert 'href="#/alerts"' in index and "export async function alertsView" in script


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90.0), ("15m", 900.0), ("1h", 3600.0), ("2", 2.0)])
def test_every_reads_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["0m", "fast", "-5m", "15 minutes"])
def test_every_refuses_what_is_not_a_duration(text: str) -> None:
    with pytest.raises(click.BadParameter):
        parse_duration(text)
