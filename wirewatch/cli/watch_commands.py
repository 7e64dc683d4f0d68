"""Watch and alert commands: ``watch`` (feeds polled in rounds) and ``alerts`` (add, list, remove, feed).

A thin shell over :mod:`wirewatch.run.watch` and :mod:`wirewatch.alerts`; the store, extractor and HTTP client
are the ones ``ingest`` uses (tests inject an extractor through :class:`~wirewatch.cli.store_commands.StoreServices`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from wirewatch.cli.api_filters import event_query
from wirewatch.cli.exit_codes import EXIT_CODES_HELP, ExitCode, exit_with
from wirewatch.cli.options import db_option, json_option
from wirewatch.cli.store_commands import _extractor, _opened
from wirewatch.settings import Settings
from wirewatch.store.sql_store import SQLStore
from wirewatch.store.watch_tables import Alert, AlertFilters

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
ALERT_NAME = re.compile(r"[\w.-]{1,100}")
_PRIVATE_HELP = "Allow private and loopback addresses (feeds, pages, webhooks); also WIREWATCH_ALLOW_PRIVATE_URLS."


def parse_duration(text: str) -> float:
    """``"15m"`` → 900.0 seconds (units s, m, h, d; none means seconds)."""
    match = _DURATION.match(text.strip().lower())
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{text!r} is not a duration such as 90s, 15m, 1h")
    return float(match.group(1)) * _UNITS[match.group(2)]


@contextmanager
def _sql_store(db: str | None, *, create: bool = False) -> Iterator[SQLStore]:
    with _opened(db, create=create) as store:
        if not isinstance(store, SQLStore):
            raise click.ClickException("watch and alerts need a SQL store")
        yield store


def _settings(db: str | None, allow_private_urls: bool) -> Settings:
    return Settings.from_env(db=db, allow_private_urls=True if allow_private_urls else None)


@click.command("watch", epilog=EXIT_CODES_HELP)
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@db_option
@click.option("--every", default="15m", show_default=True, help="Time between rounds: 90s, 15m, 1h …")
@click.option("--once", is_flag=True, help="One round, then exit (for cron).")
@click.option("--allow-private-urls", is_flag=True, help=_PRIVATE_HELP)
@json_option
def watch_command(feeds: tuple[str, ...], db: str | None, every: str, once: bool, allow_private_urls: bool,
                  as_json: bool) -> None:
    """Poll RSS/Atom feeds in rounds: ingest new items into stories, then check alerts.

    FEED is a feed URL or a text file listing them (one a line). Each round makes one conditional request per
    feed; only items not seen before are fetched (once) and ingested. Feeds that fail back off. State is kept
    in the store, so a restarted watch resumes. Ctrl-C stops; a round with nothing new exits 0 with --once.

    \b
    Examples:
      wirewatch watch https://example.org/rss.xml --db news.sqlite --once
      wirewatch watch feeds.txt --every 15m --db news.sqlite

    With --once, the exit code is the round's (3 when every feed failed).
    """
    from wirewatch.alerts.webhook import Webhook
    from wirewatch.ingest.fetch import Fetcher, make_client
    from wirewatch.run.feed_poll import read_feed_list
    from wirewatch.run.watch import RoundReport, Watcher

    interval = parse_duration(every)
    try:
        urls = read_feed_list(feeds)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="FEED") from None
    settings = _settings(db, allow_private_urls)

    def show(report: RoundReport) -> None:
        if as_json:
            click.echo(json.dumps({"round": report.number, "feeds": report.feeds, "not_modified": report.not_modified,
                                   "feed_errors": report.feed_errors, "new_items": report.new_items,
                                   "requests": report.requests, "ingest": report.ingest.as_dict(),
                                   "alerts": report.alerts.matched, "delivered": report.alerts.delivered,
                                   "seconds": round(report.seconds, 3)}, ensure_ascii=False))
        else:
            click.echo(report.line())
            for failure in [*report.feed_errors, *report.ingest.failures, *report.alerts.failures][:20]:
                click.echo(f"  failed: {failure}")
        sys.stdout.flush()

    with _sql_store(db, create=True) as store, make_client(settings) as client, \
            _extractor(settings) as extractor:
        fetcher = Fetcher.from_settings(settings, client)
        watcher = Watcher(urls, store, fetcher, extractor, webhook=Webhook(fetcher), batch_size=settings.batch_size)
        # "Ctrl-C stops" holds even when the watch inherited an ignored SIGINT (a parent that ignores it)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            last = watcher.run(interval, once=once, report=show)
        except KeyboardInterrupt:
            click.echo("stopped: everything reported above is stored; run again to resume", err=True)
            sys.exit(int(ExitCode.INTERRUPTED))
    if len(last.feed_errors) == last.feeds:
        exit_with(ExitCode.NOTHING_READ)
    exit_with(ExitCode.SOME_FAILED if last.feed_errors or last.ingest.failed or last.alerts.failures
              else ExitCode.OK)


@click.group("alerts")
def alerts_group() -> None:
    """Saved queries that notify: an Atom feed of matching events and an optional webhook.

    \b
    Examples:
      wirewatch alerts add strikes --type ASSAULT --country UKR --min-killed 1 --db news.sqlite
      wirewatch alerts feed strikes --db news.sqlite > strikes.atom
    """


@alerts_group.command("add")
@click.argument("name")
@db_option
@click.option("--type", "types", multiple=True, help="PLOVER type (repeatable), e.g. ASSAULT.")
@click.option("--country", help="ISO3 country of the source, target or place, e.g. UKR.")
@click.option("--actor", help="Part of the source's or target's name (of an issuer or target for deadlines).")
@click.option("--q", help="Words the evidence sentence contains.")
@click.option("--min-killed", type=click.IntRange(min=0), default=None, help="At least this many killed.")
@click.option("--due-within", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="A deadline alert: open deadlines due within DAYS days (with --actor to narrow).")
@click.option("--webhook", metavar="URL", help="POST each new match here as JSON.")
@click.option("--secret", envvar="WIREWATCH_WEBHOOK_SECRET",
              help="Sign webhook POSTs with HMAC-SHA256 (header X-Wirewatch-Signature); also WIREWATCH_WEBHOOK_SECRET.")
@click.option("--allow-private-urls", is_flag=True, help=_PRIVATE_HELP)
def alerts_add(name: str, db: str | None, types: tuple[str, ...], country: str | None, actor: str | None,
               q: str | None, min_killed: int | None, due_within: int | None, webhook: str | None,
               secret: str | None, allow_private_urls: bool) -> None:
    """Save an alert (replacing one of the same name); it matches events stored from now on.

    \b
    Examples:
      wirewatch alerts add strikes --type ASSAULT --country UKR --webhook https://hooks.example.org/w --db news.sqlite
      wirewatch alerts add ultimatums --due-within 3 --db news.sqlite
    """
    if not ALERT_NAME.fullmatch(name):
        raise click.BadParameter(f"{name!r}: letters, digits, '.', '_' or '-' (at most 100), as in its feed's URL",
                                 param_hint="NAME")
    event_query(types, country, None, None, None, actor=actor, text=q)  # the API's schema: one line, exit 2
    if webhook:
        from wirewatch.ingest.fetch import Fetcher, FetchError, make_client

        settings = _settings(db, allow_private_urls)
        try:
            with make_client(settings) as client:  # the rule feeds and pages follow: no private address
                Fetcher.from_settings(settings, client).check_url(webhook)
        except FetchError as error:
            raise click.BadParameter(str(error), param_hint="--webhook") from None
    filters = AlertFilters(types=tuple(t.upper() for t in types), country=country.upper() if country else None,
                           actor=actor, q=q, min_killed=min_killed)
    with _sql_store(db, create=True) as store:  # as ingest does: the store is made when there is none
        store.add_alert(Alert(name, filters, webhook, secret, due_within))
    click.echo(f"alert {name} saved")


@alerts_group.command("list")
@db_option
@json_option
def alerts_list(db: str | None, as_json: bool) -> None:
    """The saved alerts, with their filters, webhook and the number of matches alerted so far.

    \b
    Example:
      wirewatch alerts list --db news.sqlite
    """
    with _sql_store(db) as store:
        for alert in store.alerts():
            alerted = store.alert_matches(alert.name, limit=1000)
            filters = json.loads(alert.filters.as_json())
            if as_json:
                click.echo(json.dumps({"name": alert.name, "filters": filters, "webhook": alert.webhook,
                                       "signed": bool(alert.secret), "due_within_days": alert.due_within_days,
                                       "alerted": len(alerted)}, ensure_ascii=False))
                continue
            shown = " ".join(f"{k}={v}" for k, v in filters.items() if v not in (None, [], ""))
            due = f" due-within={alert.due_within_days}" if alert.due_within_days is not None else ""
            hook = f" webhook={alert.webhook}{' (signed)' if alert.secret else ''}" if alert.webhook else ""
            click.echo(f"{alert.name}\t{shown or 'all events'}{due}{hook}\t{len(alerted)} alerted")


@alerts_group.command("remove")
@click.argument("name")
@db_option
def alerts_remove(name: str, db: str | None) -> None:
    """Delete an alert and its recorded matches.

    \b
    Example:
      wirewatch alerts remove strikes --db news.sqlite
    """
    with _sql_store(db) as store:
        if not store.remove_alert(name):
            raise click.ClickException(f"no alert named {name!r}")
    click.echo(f"alert {name} removed")


@alerts_group.command("feed")
@click.argument("name")
@db_option
@click.option("--base-url", default="http://127.0.0.1:8000", show_default=True,
              help="Where `wirewatch serve` runs: entries link to its article pages.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many entries.")
def alerts_feed(name: str, db: str | None, base_url: str, limit: int) -> None:
    """Print the events the alert matches (deadlines for --due-within) as an Atom feed, newest first.

    \b
    Example:
      wirewatch alerts feed strikes --db news.sqlite > strikes.atom
    """
    from wirewatch.alerts.atom import atom_feed
    from wirewatch.alerts.matches import current_matches

    with _sql_store(db) as store:
        alert = store.alert(name)
        if alert is None:
            raise click.ClickException(f"no alert named {name!r}")
        body = atom_feed(name, current_matches(store, alert, limit=limit), base_url,
                         updated=dt.datetime.now(dt.UTC).replace(microsecond=0))
    click.echo(body.decode("utf-8"))


def register(group: click.Group) -> None:
    group.add_command(watch_command)
    group.add_command(alerts_group)
