"""``wirewatch serve`` and ``wirewatch demo``: the HTTP API and web UI over a store."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from wirewatch.api.access import is_loopback
from wirewatch.cli.options import db_option
from wirewatch.settings import Settings
from wirewatch.store import Store, StoreError, open_store

DEFAULT_PORT = 8321


def _run(settings: Settings, store: Store, host: str, port: int) -> None:
    import uvicorn

    from wirewatch.api import create_app
    from wirewatch.api.server import header_timeout_protocol, served_hosts

    if not is_loopback(host):
        click.echo(f"wirewatch: serving on {host}: other machines can reach it; reads from them need the API "
                   "token" + ("" if settings.api_token else " (none set: they will be refused)"), err=True)
    click.echo(f"wirewatch: UI at http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/ "
               f"— API reference at /docs (Ctrl-C to stop)", err=True)
    hosts = served_hosts(settings, host)
    if hosts is not None and host in ("0.0.0.0", "::") and not settings.api_hosts:
        click.echo("wirewatch: only requests naming this machine as localhost or 127.0.0.1 are answered; set "
                   "WIREWATCH_API_HOSTS to the names other machines use", err=True)
    uvicorn.run(create_app(settings, store, allowed_hosts=hosts), host=host, port=port, log_level="warning",
                http=header_timeout_protocol(settings.api_header_timeout))


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
    try:
        store = open_store(settings.db_url())
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    try:
        _run(settings, store, host, port)
    finally:
        store.close()


@click.command("demo")
@click.option("--samples", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="JSON Lines articles to load (default: the bundled samples/articles.jsonl).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite file to create (default: a fresh one in a temporary folder).")
@_host_option
@_port_option
def demo(samples: Path | None, db: Path | None, host: str, port: int) -> None:
    """Extract the sample articles (French and English) into a fresh SQLite store and open the UI.

    \b
    Example:
      wirewatch demo            # then open http://127.0.0.1:8321/
    """
    from wirewatch.api.demo import load_samples, sample_articles_path
    from wirewatch.run.extractor import Extractor

    source = samples or sample_articles_path()
    if source is None:
        raise click.ClickException("no sample articles found: pass --samples FILE.jsonl")
    folder = None
    if db is None:
        folder = tempfile.TemporaryDirectory(prefix="wirewatch-demo-")
        db = Path(folder.name) / "demo.sqlite"
    elif db.exists():
        raise click.ClickException(f"{db} exists: the demo makes a fresh store (pick a new --db)")
    settings = Settings.from_env(db=str(db))
    try:
        store = open_store(db)
        click.echo(f"wirewatch: extracting {source} into {db} (loading models takes a few seconds)…", err=True)
        summary = load_samples(store, Extractor(settings), source)
        click.echo(f"wirewatch: {summary.line()}", err=True)
        _run(settings, store, host, port)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    finally:
        if folder is not None:
            folder.cleanup()


def register(group: click.Group) -> None:
    """Add ``serve`` and ``demo`` to the ``wirewatch`` command group."""
    group.add_command(serve)
    group.add_command(demo)
