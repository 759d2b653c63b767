"""How well the operation a question asks is read, on a second batch of phrasings written blind.

``tests/data/phrasings/questions2.jsonl`` (450 questions, 13 operations × 15 English + 15 Chinese and
60 fact questions with calculation words) was written in session 21 by a writer who had not read the
code, the first batch or the rules, after the rules of :mod:`bench.phrasings`' first batch were written:
its holdout half measures how the reading carries to a writer the rules never saw.
``python -m bench.phrasings2 [--split tune|holdout|all] [--show-wrong]`` writes
``bench/results/phrasings2-<split>.json`` and ``.md``.
"""

from __future__ import annotations

from pathlib import Path

from bench.phrasings import run, to_markdown
from bench.split_cli import split_main

QUESTIONS = Path(__file__).resolve().parents[1] / "tests" / "data" / "phrasings" / "questions2.jsonl"


def main(argv: list[str] | None = None) -> int:
    return split_main(
        "phrasings2", __doc__.splitlines()[0], lambda split, show: run(split, show, QUESTIONS), to_markdown, argv
    )


if __name__ == "__main__":
    raise SystemExit(main())
