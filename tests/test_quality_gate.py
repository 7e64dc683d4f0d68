"""The quality gate: scorer figures on ../shared/eval/dev must not drop below the pinned floors
(tests/quality_floors.json). Skips, saying so, where ../shared/eval is absent."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from wirewatch.cli.stories_commands import deadlines_command
from wirewatch.ingest.read import read_jsonl_bytes
from wirewatch.nlp.resources import Resources
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings
from wirewatch.stories import build_stories

from .conftest import SHARED_EVAL

FLOORS: dict[str, dict[str, float]] = {
    k: v for k, v in json.loads((Path(__file__).parent / "quality_floors.json").read_text()).items()
    if not k.startswith("_")
}
DEADLINE_SETS = frozenset({"news"})  # the sets whose gold has a deadlines layer
CASES = [(dev_set, metric) for dev_set, floors in FLOORS.items() for metric in floors]

pytestmark = [
    pytest.mark.quality,
    pytest.mark.skipif(not (SHARED_EVAL / "score.py").is_file(),
                       reason=f"quality gate skipped: {SHARED_EVAL} is absent (no gold data here)"),
]


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wirewatch_eval_score", SHARED_EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def deadlines_of(inputs: Path, records: Path, folder: Path) -> Path:
    """What ``wirewatch deadlines INPUT`` prints, from the records already made (the scorer's --deadlines input)."""
    out = folder / "deadlines.json"
    result = CliRunner().invoke(deadlines_command, [str(inputs), "--records", str(records), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def figures(settings: Settings, resources: Resources,
            tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, float]]:
    """Scorer figures of one dev set, computed once per session, on the default output (the fitted threshold,
    and no negated or conditional act: the session's extractor keeps every event, so one of its own)."""
    scorer = load_scorer()
    extractor = Extractor(settings.model_copy(update={"min_event_confidence": None}), resources)
    cache: dict[str, dict[str, float]] = {}

    def compute(dev_set: str) -> dict[str, float]:
        if dev_set not in cache:
            gold_dir = SHARED_EVAL / "dev" / dev_set
            lines = []
            for path in sorted(gold_dir.glob("*.json")):
                gold = json.loads(path.read_text(encoding="utf-8"))
                lines.append(json.dumps({k: gold.get(k) for k in ("id", "text", "lang", "published", "url")}))
            articles = read_jsonl_bytes("\n".join(lines).encode("utf-8"), dev_set)
            folder = tmp_path_factory.mktemp("quality")
            inputs = folder / "articles.jsonl"
            inputs.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            out, stories, result = folder / "records.jsonl", folder / "stories.json", folder / "score.json"
            records = list(extractor.extract(articles))
            out.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
            story_of = {article: story.id for story in build_stories(records) for article in story.article_ids}
            stories.write_text(json.dumps(story_of), encoding="utf-8")
            extra = ["--deadlines", str(deadlines_of(inputs, out, folder))] if dev_set in DEADLINE_SETS else []
            scorer.main([str(gold_dir), str(out), "--stories", str(stories), "--json", str(result), *extra])
            cache[dev_set] = json.loads(result.read_text(encoding="utf-8"))
        return cache[dev_set]

    return compute


@pytest.mark.parametrize(("dev_set", "metric"), CASES)
def test_figure_holds_its_floor(figures: Callable[[str], dict[str, float]], dev_set: str, metric: str) -> None:
    value = figures(dev_set).get(metric)
    assert value is not None and value >= FLOORS[dev_set][metric], f"{dev_set} {metric} = {value}"
