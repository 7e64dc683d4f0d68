"""Score this checkout on both halves of the dev sets (eval/split.json) with ../shared/eval/score.py.

    python eval/score_halves.py news plover_gsr case2021        # extract, score both halves, print a table
    python eval/score_halves.py news --keep out/                 # keep records, stories, deadlines and scores
    python eval/score_halves.py news --metric "event F1"         # only the figures whose name contains this

Records are made by this checkout's own code (``python -m wirewatch`` run from the repository root), so a git
worktree scores its own changes. News also gets stories and deadlines. The table gives each figure on the
tuning half, the check half, and their gap (tuning − check): tune on the first, judge by the second.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SPLIT = json.loads((Path(__file__).with_name("split.json")).read_text(encoding="utf-8"))["sets"]


def inputs_of(dev_set: str) -> list[dict[str, object]]:
    items = []
    for path in sorted((SHARED_EVAL / "dev" / dev_set).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        items.append({k: gold.get(k) for k in ("id", "text", "lang", "published", "url")})
    return items


def wirewatch(*args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "wirewatch", *args], check=True, cwd=ROOT, env=env)


def half_dir(dev_set: str, half: str, folder: Path) -> Path:
    """A folder of symlinks to the gold files of one half."""
    wanted = set(SPLIT[dev_set][half])
    target = folder / f"gold-{half}"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.json"):
        old.unlink()  # a kept folder may hold the links of an earlier split
    for path in sorted((SHARED_EVAL / "dev" / dev_set).glob("*.json")):
        if json.loads(path.read_text(encoding="utf-8"))["id"] in wanted:
            (target / path.name).symlink_to(path)
    return target


def score_set(dev_set: str, folder: Path, extra_args: list[str]) -> dict[str, dict[str, object]]:
    folder.mkdir(parents=True, exist_ok=True)
    articles, preds = folder / "articles.jsonl", folder / "records.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in inputs_of(dev_set)),
                        encoding="utf-8")
    wirewatch("extract", str(articles), "-o", str(preds), *extra_args)
    scorer_args: list[str] = []
    if dev_set == "news":
        stories, deadlines = folder / "stories.json", folder / "deadlines.json"
        wirewatch("stories", str(articles), "-o", str(stories))
        wirewatch("deadlines", str(articles), "-o", str(deadlines))
        scorer_args = ["--stories", str(stories), "--deadlines", str(deadlines)]
    results = {}
    for half in ("tuning", "check"):
        out = folder / f"score-{half}.json"
        subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(half_dir(dev_set, half, folder)),
                        str(preds), *scorer_args, "--json", str(out)], check=True, stdout=subprocess.DEVNULL)
        results[half] = json.loads(out.read_text(encoding="utf-8"))
    return results


def table(dev_set: str, results: dict[str, dict[str, object]], metric: str | None) -> str:
    lines = [f"== {dev_set}", f"{'figure':<44} {'tuning':>8} {'check':>8} {'gap':>7}"]
    for key, tune in results["tuning"].items():
        check = results["check"].get(key)
        if metric and metric not in key:
            continue
        if isinstance(tune, int | float) and isinstance(check, int | float) and not isinstance(tune, bool):
            lines.append(f"{key:<44} {tune:>8.3f} {check:>8.3f} {tune - check:>+7.3f}")
        else:
            lines.append(f"{key:<44} {tune!s:>8} {check!s:>8}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", choices=sorted(SPLIT), help="dev sets to score")
    parser.add_argument("--keep", type=Path, help="keep inputs, records and scores in this folder")
    parser.add_argument("--metric", help="print only figures whose name contains this")
    parser.add_argument("--extract-arg", action="append", default=[],
                        help="an extra argument for `wirewatch extract` (repeatable)")
    args = parser.parse_args(argv)
    if not (SHARED_EVAL / "score.py").is_file():
        print(f"score_halves: {SHARED_EVAL} is absent: nothing to score", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for dev_set in args.sets:
            results = score_set(dev_set, base / dev_set, args.extract_arg)
            print(table(dev_set, results, args.metric), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
