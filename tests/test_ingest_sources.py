"""URLs, feeds, WARC files and folders as article sources; all offline (httpx.MockTransport)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.feeds import parse_feed
from wirewatch.ingest.fetch import Fetcher, FetchError, is_public_address
from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article

PAGES = {
    "fr": ("Visite à Lyon", "Le ministre de l'Économie a visité une usine de Lyon jeudi pour parler d'emploi. "
           "Il a promis de nouvelles aides aux entreprises de la région avant la fin de l'année."),
    "en": ("Visit to Leeds", "The economy minister visited a factory in Leeds on Thursday to talk about jobs. "
           "He promised new support for the region's companies before the end of the year."),
}


def page_html(lang: str) -> bytes:
    title, body = PAGES[lang]
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in body.split("\n"))
    return (f'<html lang="{lang}"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="2025-08-07T09:00:00Z"></head>'
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>").encode()


def feed_xml(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Item {i}</title><link>{link}</link>"
                    f"<pubDate>Thu, 07 Aug 2025 10:00:00 GMT</pubDate></item>" for i, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>'
            f"<link>https://news.example.org/</link>{items}</channel></rss>").encode()


def public(host: str) -> list[str]:
    return ["93.184.216.34"]


def make_fetcher(handler: Callable[[httpx.Request], httpx.Response], *, resolve: Callable[[str], list[str]] = public,
                 **options: object) -> Fetcher:
    return Fetcher(httpx.Client(transport=httpx.MockTransport(handler)), resolve=resolve, **options)  # type: ignore[arg-type]


def site(routes: dict[str, httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return routes.get(str(request.url), httpx.Response(404))
    return handler


def html_response(lang: str) -> httpx.Response:
    return httpx.Response(200, content=page_html(lang), headers={"content-type": "text/html; charset=utf-8"})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_url_page_becomes_article(lang: str) -> None:
    fetcher = make_fetcher(site({"https://news.example.org/a": html_response(lang)}))
    [article] = list(read_sources(["https://news.example.org/a"], fetcher))
    assert isinstance(article, Article) and PAGES[lang][1].split("\n")[0] in article.text


def test_page_metadata_date_is_kept() -> None:
    fetcher = make_fetcher(site({"https://news.example.org/a": html_response("en")}))
    [article] = list(read_sources(["https://news.example.org/a"], fetcher))
    assert isinstance(article, Article) and str(article.published) == "2025-08-07"


@pytest.mark.parametrize("header", ["text/html; charset=windows-1252", "text/html"])
def test_page_charset_from_header_or_meta(header: str) -> None:
    body = '<html><head><meta charset="windows-1252"></head><body><p>Café à Genève</p></body></html>'
    fetcher = make_fetcher(site({"https://news.example.org/c": httpx.Response(
        200, content=body.encode("windows-1252"), headers={"content-type": header})}))
    assert "Café à Genève" in fetcher.get("https://news.example.org/c").text()


def test_redirect_is_followed_to_final_url() -> None:
    fetcher = make_fetcher(site({
        "https://news.example.org/short": httpx.Response(301, headers={"location": "/long"}),
        "https://news.example.org/long": html_response("fr"),
    }))
    assert fetcher.get("https://news.example.org/short").url == "https://news.example.org/long"


def test_redirect_loop_is_bounded() -> None:
    fetcher = make_fetcher(lambda request: httpx.Response(302, headers={"location": str(request.url)}),
                           max_redirects=3)
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetcher.get("https://news.example.org/loop")


def test_body_over_size_limit_is_refused() -> None:
    fetcher = make_fetcher(lambda request: httpx.Response(200, content=b"x" * 5000), max_bytes=1000)
    with pytest.raises(FetchError, match="over the limit"):
        fetcher.get("https://news.example.org/big")


def test_timeout_is_a_fetch_error() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)
    with pytest.raises(FetchError, match="timed out"):
        make_fetcher(slow).get("https://news.example.org/slow")


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.5", "169.254.169.254", "::1", "fd00::1"])
def test_private_addresses_are_refused(address: str) -> None:
    fetcher = make_fetcher(site({}), resolve=lambda host: [address])
    with pytest.raises(FetchError, match="private or loopback"):
        fetcher.get("http://intranet.example/")


def test_redirect_to_private_address_is_refused() -> None:
    fetcher = make_fetcher(
        site({"https://news.example.org/go": httpx.Response(302, headers={"location": "http://127.0.0.1/admin"})}),
        resolve=lambda host: [host] if host[0].isdigit() else ["93.184.216.34"],
    )
    with pytest.raises(FetchError, match="private or loopback"):
        fetcher.get("https://news.example.org/go")


def test_private_addresses_allowed_by_settings() -> None:
    fetcher = make_fetcher(site({"http://localhost/a": html_response("en")}), resolve=lambda host: ["127.0.0.1"],
                           allow_private=True)
    assert fetcher.get("http://localhost/a").status == 200


@pytest.mark.parametrize(("address", "expected"), [("8.8.8.8", True), ("127.0.0.1", False),
                                                   ("::ffff:10.0.0.1", False), ("2001:4860::8888", True)])
def test_is_public_address(address: str, expected: bool) -> None:
    assert is_public_address(address) is expected


def test_non_http_scheme_is_refused() -> None:
    with pytest.raises(FetchError, match="only http and https"):
        make_fetcher(site({})).get("file:///etc/passwd")


def test_failed_url_is_an_input_error_not_an_exception() -> None:
    [item] = list(read_sources(["https://news.example.org/missing"], make_fetcher(site({}))))
    assert isinstance(item, InputError) and "HTTP 404" in item.message


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_feed_url_yields_each_item_page(lang: str) -> None:
    links = ["https://news.example.org/1", "https://news.example.org/2"]
    routes = {link: html_response(lang) for link in links}
    routes["https://news.example.org/feed"] = httpx.Response(200, content=feed_xml(links),
                                                             headers={"content-type": "application/rss+xml"})
    items = list(read_sources(["https://news.example.org/feed"], make_fetcher(site(routes))))
    assert [a.url for a in items if isinstance(a, Article)] == links


def test_feed_items_have_link_title_and_date() -> None:
    [item] = parse_feed(feed_xml(["https://news.example.org/1"])) or []
    assert (item.link, item.title, str(item.published)) == ("https://news.example.org/1", "Item 0", "2025-08-07")


def test_html_is_not_a_feed() -> None:
    assert parse_feed(page_html("en")) is None


def write_warc(path: Path, pages: dict[str, bytes]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, body in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example.org/robots.txt", "response",
                                                      payload=io.BytesIO(b"User-agent: *"), http_headers=robots))


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
def test_warc_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    pages = {"https://news.example.org/fr": page_html("fr"), "https://news.example.org/en": page_html("en")}
    write_warc(tmp_path / name, pages)
    articles = list(read_sources([str(tmp_path / name)], None))
    assert [a.url for a in articles if isinstance(a, Article)] == list(pages)


def test_broken_warc_is_one_input_error(tmp_path: Path) -> None:
    (tmp_path / "broken.warc").write_bytes(b"definitely not a warc file\r\n" * 20)
    items = list(read_sources([str(tmp_path / "broken.warc")], None))
    assert len(items) == 1 and isinstance(items[0], InputError)


def test_folder_reads_every_file_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(PAGES["en"][1], encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_bytes(page_html("fr"))
    (tmp_path / "a.jsonl").write_text('{"id": "j1", "text": "Une phrase écrite pour ce test."}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    items = list(read_sources([str(tmp_path)], None))
    assert [type(i).__name__ for i in items] == ["Article"] * 3 and items[0].id == "j1"  # type: ignore[union-attr]


def test_url_without_fetcher_is_an_input_error() -> None:
    [item] = list(read_sources(["https://news.example.org/a"], None))
    assert isinstance(item, InputError)
