"""Schemathesis fuzzes every operation of the OpenAPI schema: no server errors, responses as documented."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402

from tests.api_support import TOKEN, demo_store, make_client  # noqa: E402

# Hypothesis keeps its files out of the working tree.
set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "wirewatch-hypothesis"))

# One store and app for the whole run; submissions go to the synthetic extractor (no models).
_client = make_client(demo_store(), token=TOKEN)
schema = schemathesis.openapi.from_asgi("/openapi.json", _client.app)


@schemathesis.check
def submitted_articles_add_up(ctx: object, response: schemathesis.Response, case: schemathesis.Case) -> None:
    """Every submitted article is counted once: ingested, updated, duplicate or failed."""
    if case.method.upper() == "POST" and case.path == "/api/articles" and response.status_code == 200:
        counts = response.json()
        sent = len(case.body["articles"])  # type: ignore[index]
        assert counts["ingested"] + counts["updated"] + counts["duplicates"] + counts["failed"] == sent, counts


@schema.exclude(path="/api/articles/urls").parametrize()
@hypothesis.settings(max_examples=40, deadline=None, database=None,
                     suppress_health_check=list(hypothesis.HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                           checks=[not_a_server_error, response_schema_conformance,
                                   submitted_articles_add_up])
