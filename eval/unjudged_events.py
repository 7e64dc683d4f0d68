"""List the events of unseen news that no hand judgement names yet, to judge them for the confidence model.

    python eval/unjudged_events.py /tmp/run-eval french_timebank geoparsing_gritta polnear_test tempeval3_platinum

Reads ``<run>/<set>/records.jsonl`` (the records ``eval/score_halves.py --keep <run>`` wrote) and prints, for each
event of a tuning-half document (``eval/split.json``; the check half is never listed) whose (document, type,
evidence start) no row of ``eval/confidence_hand_labels.tsv`` names, a row ready to append to that file (its
last column "?" to replace by 1 or 0) and, under it, the event's roles and evidence sentence to judge it by. After
the event rules change, events are retyped or move, and their old judgements no longer match
(``fit_event_confidence.py`` prints how many do): this lists what replaced them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
HAND_LABELS = EVAL / "confidence_hand_labels.tsv"
SPLIT_FILE = EVAL / "split.json"


def judged(path: Path = HAND_LABELS) -> set[tuple[str, str, int]]:
    """The (document id, type, evidence start) of every judgement of ``path``."""
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 5 or row[0] == "set":
            continue
        keys.add((row[1], row[2], int(row[3])))
    return keys


def role(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('name')} [{actor.get('country') or ''}|{actor.get('sector') or ''}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("run", type=Path, help="the folder score_halves.py --keep wrote")
    parser.add_argument("sets", nargs="+", help="sets without event gold (their tuning half is listed)")
    args = parser.parse_args(argv)
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["sets"]
    done = judged()
    count = 0
    for dev_set in args.sets:
        tuning = set(split[dev_set]["tuning"])
        for line in (args.run / dev_set / "records.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] not in tuning:
                continue
            for event in record["events"]:
                evidence = event["evidence"]
                if (record["id"], event["type"], evidence["start"]) in done:
                    continue
                count += 1
                print(f"{dev_set}\t{record['id']}\t{event['type']}\t{evidence['start']}\t?")
                print(f"#   {event['modality']}, source {role(event.get('source'))}, "
                      f"target {role(event.get('target'))}, confidence {event.get('confidence')}: "
                      f"{evidence['text'][:300]!r}")
    print(f"{count} unjudged events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
