"""Records stay byte-identical unless a change means to alter them.

Each set's records (``samples/articles.jsonl`` always; the dev sets of ../shared/eval/dev where that folder
exists — they skip, saying so, where it does not) must hash to the digest pinned in ``tests/records_digest.json``.
A change that alters records on purpose re-pins them (``python -m tests.pin_records_digest``), saying why in the
commit message.
"""

from __future__ import annotations

import pytest

from wirewatch.run.extractor import Extractor

from .pin_records_digest import DEV_SETS, SAMPLES, SHARED_DEV, articles_of, digest, pinned


@pytest.mark.parametrize("name", [SAMPLES, *DEV_SETS])
def test_records_match_the_pinned_digest(extractor: Extractor, name: str) -> None:
    if name != SAMPLES and not (SHARED_DEV / name).is_dir():
        pytest.skip(f"records digest of {name} skipped: {SHARED_DEV / name} is absent")
    expected = pinned().get(name)
    assert expected is not None, f"no digest pinned for {name}: run python -m tests.pin_records_digest {name}"
    assert digest(extractor.extract(articles_of(name))) == expected, (
        f"the records of {name} changed; if on purpose, re-pin (python -m tests.pin_records_digest {name}) "
        "and say why in the commit")
