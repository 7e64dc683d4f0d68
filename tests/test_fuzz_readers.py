"""Property-based fuzz of every reader, bounded (a few seconds per strategy): whatever the input, no exception
escapes the run, and ingested + updated + duplicates + failed add up to the items read. The longer run is
``benchmarks/fuzz_readers.py``."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402

from tests.reader_fuzz import (  # noqa: E402
    FORMATS,
    JSONL,
    SERVED,
    Served,
    feed_item_fetcher,
    local_server,
    run_file,
    run_sources,
    url_fetcher,
)
from wirewatch.ingest.feeds import looks_like_feed  # noqa: E402
from wirewatch.ingest.fetch import parse_content_type  # noqa: E402

set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "wirewatch-hypothesis"))
BOUNDED = settings(max_examples=25, deadline=None, database=None, derandomize=True,
                   suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_any_file_is_read_item_by_item(fmt: str) -> None:
    strategy, name = FORMATS[fmt]
    fetcher = feed_item_fetcher()

    @BOUNDED
    @given(strategy)
    def check(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            result = run_file(Path(folder), name, data, fetcher)
        assert result.adds_up, (result.items, result.summary.line())

    check()


@BOUNDED
@given(JSONL)
def test_every_json_lines_line_is_one_item(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        result = run_file(Path(folder), "in.jsonl", data, None)
    assert result.items == max(1, sum(1 for line in data.split(b"\n") if line.strip())) or (
        result.items == 0 and not data.strip())


def test_any_page_served_by_url_is_read() -> None:
    with local_server() as (url, handler):
        fetcher = url_fetcher()

        @BOUNDED
        @given(SERVED)
        def check(served: Served) -> None:
            handler.served = served
            result = run_sources([url, url + "?second"], fetcher)
            a_feed = served.status == 200 and looks_like_feed(parse_content_type(served.content_type)[0], served.body)
            assert result.adds_up and (a_feed or result.items == 2)  # a feed may have no item; a page is one

        check()
