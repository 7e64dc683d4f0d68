"""``wirewatch serve`` and ``wirewatch demo``: the HTTP API and web UI over a store."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from wirewatch.api.access import is_loopback
from wirewatch.cli.exit_codes import ExitCode, NothingRead
from wirewatch.cli.options import db_option
from wirewatch.settings import Settings
from wirewatch.store import Store, StoreError, is_postgres_url, open_store

DEFAULT_PORT = 8321


def _bound(host: str, port: int) -> socket.socket:
    """The listening socket, or a one-line error (exit code 2) when the port is taken: never another port."""
    from wirewatch.api.server import PortInUse, listening_socket

    try:
        return listening_socket(host, port)
    except PortInUse as error:
        raise PortBusy(str(error)) from None


class PortBusy(click.ClickException):
    """The port to serve on is taken: ``Error: …``, exit code 2 (a bad --port)."""

    exit_code = int(ExitCode.USAGE)


def _run(settings: Settings, store: Store, sock: socket.socket, host: str, port: int) -> None:
    """Serve on ``sock`` (bound and listening); "UI at …" is printed once the server has started."""
    import uvicorn

    from wirewatch.api import create_app
    from wirewatch.api.server import AnnouncingServer, header_timeout_protocol, served_hosts

    if not is_loopback(host):
        click.echo(f"wirewatch: serving on {host}: other machines can reach it; reads from them need the API "
                   "token" + ("" if settings.api_token else " (none set: they will be refused)"), err=True)
    hosts = served_hosts(settings, host)
    if hosts is not None and host in ("0.0.0.0", "::") and not settings.api_hosts:
        click.echo("wirewatch: only requests naming this machine as localhost or 127.0.0.1 are answered; set "
                   "WIREWATCH_API_HOSTS to the names other machines use", err=True)

    def announce() -> None:
        click.echo(f"wirewatch: UI at http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/ "
                   f"— API reference at /docs (Ctrl-C to stop)", err=True)

    config = uvicorn.Config(create_app(settings, store, allowed_hosts=hosts), host=host, port=port,
                            log_level="warning", http=header_timeout_protocol(settings.api_header_timeout))
    AnnouncingServer(config, announce).run(sockets=[sock])


def _host_option(function):  # type: ignore[no-untyped-def]
    return click.option("--host", default="127.0.0.1", show_default=True,
                        help="Address to listen on (other machines: 0.0.0.0, with WIREWATCH_API_TOKEN set).")(function)


def _port_option(function):  # type: ignore[no-untyped-def]
    return click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True,
                        help="Port to listen on.")(function)


@click.command("serve")
@db_option
@_host_option
@_port_option
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the HTTP API and the web UI over a store.

    Reads are open to this machine; submitting articles (POST /api/articles) needs the token in
    WIREWATCH_API_TOKEN, sent as "Authorization: Bearer <token>".

    \b
    Examples:
      wirewatch serve
      WIREWATCH_API_TOKEN=s3cret wirewatch serve --db team.sqlite --port 8080
    """
    settings = Settings.from_env(db=db)
    url = settings.db_url()
    if not is_postgres_url(url) and url != ":memory:" and not Path(url).exists():  # serving reads: never create
        raise NothingRead(f"no store at {url}: make one with `wirewatch ingest FILE --db {url}` (or run "
                          "`wirewatch demo`)")
    try:
        store = open_store(url)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    try:
        with _bound(host, port) as sock:
            _run(settings, store, sock, host, port)
    finally:
        store.close()


@click.command("demo")
@click.option("--samples", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="JSON Lines articles to load (default: the bundled samples/articles.jsonl).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite file to create (default: demo.sqlite in the data directory, remade at each demo).")
@_host_option
@_port_option
def demo(samples: Path | None, db: Path | None, host: str, port: int) -> None:
    """Extract the sample articles (French and English) into a fresh SQLite store and open the UI.

    The store stays after the demo (its path is printed): query it with
    "wirewatch events --db PATH". A busy --port is an error, never a move to another port.

    \b
    Example:
      wirewatch demo            # then open http://127.0.0.1:8321/
    """
    from wirewatch.api.demo import load_samples, sample_articles_path
    from wirewatch.run.extractor import Extractor

    source = samples or sample_articles_path()
    if source is None:
        raise click.ClickException("no sample articles found: pass --samples FILE.jsonl")
    if db is not None and db.exists():
        raise click.ClickException(f"{db} exists: the demo makes a fresh store (pick a new --db)")
    with _bound(host, port) as sock:  # a busy port ends the demo before anything is made
        if db is None:
            db = demo_store_path(Settings.from_env())
            db.parent.mkdir(parents=True, exist_ok=True)
            for old in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                old.unlink(missing_ok=True)  # the demo's own store, remade
        settings = Settings.from_env(db=str(db))
        try:
            store = open_store(db)
        except StoreError as error:
            raise click.ClickException(str(error)) from None
        try:
            click.echo(f"wirewatch: demo store {db} (kept after the demo; query it with: "
                       f"wirewatch events --db {db})", err=True)
            click.echo(f"wirewatch: extracting {source} (loading models takes a few seconds)…", err=True)
            summary = load_samples(store, Extractor(settings), source)
            click.echo(f"wirewatch: {summary.line()}", err=True)
            _run(settings, store, sock, host, port)
        except StoreError as error:
            raise click.ClickException(str(error)) from None
        finally:
            store.close()


def demo_store_path(settings: Settings) -> Path:
    """Where ``wirewatch demo`` keeps its store by default: ``demo.sqlite`` in the data directory."""
    return settings.data_dir / "demo.sqlite"


def register(group: click.Group) -> None:
    """Add ``serve`` and ``demo`` to the ``wirewatch`` command group."""
    group.add_command(serve)
    group.add_command(demo)
