"""The command line of a benchmark measured on a tune or a holdout half: parse, run, write, print."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def split_main(
    name: str,
    description: str,
    run: Callable[[str, bool], dict],
    to_markdown: Callable[[dict], str],
    argv: list[str] | None = None,
) -> int:
    """Run ``run(split, show_wrong)`` on the split the arguments name, write its result as
    ``bench/results/<name>-<split>.json`` and ``.md`` and print the table."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", default="holdout", choices=["tune", "holdout", "all"])
    parser.add_argument("--show-wrong", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.split, args.show_wrong)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}-{args.split}.json").write_text(json.dumps(result, indent=2) + "\n")
    table = to_markdown(result)
    (RESULTS / f"{name}-{args.split}.md").write_text(table)
    print(table)
    return 0
