"""How well the operation a question asks is read, on phrasings written blind to the rules.

``tests/data/phrasings/questions.jsonl`` holds questions an analyst might type, in English and
Chinese, written by someone who had not read :mod:`reportqa.server.calc.intents`, each labelled
with the operation its answer needs (``none`` for a fact the report states). Only the reading is
measured (:func:`~reportqa.server.calc.intents.detect`): no retrieval, no model, no report.
Half of the questions, by a hash of their id, tune the rules; the other half reports on them.
``python -m bench.phrasings [--split tune|holdout|all] [--show-wrong]`` writes
``bench/results/phrasings-<split>.json`` and ``.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.split_cli import split_main
from bench.tatqa_reports import split_of
from reportqa.server.calc.intents import read_intent

QUESTIONS = Path(__file__).resolve().parents[1] / "tests" / "data" / "phrasings" / "questions.jsonl"

# The intent kinds that answer each label. A plain figure of one year is read as ``unstated_value``
# (computed only when no passage states it), so it answers a fact question and an amount from a
# share alike; an amount of a whole less a part is a difference (``rest``).
KINDS: dict[str, frozenset[str | None]] = {
    "difference": frozenset({"change", "rest"}),
    "percent_change": frozenset({"relative_change"}),
    "pp_change": frozenset({"change"}),
    "ratio": frozenset({"ratio"}),
    "share": frozenset({"share"}),
    "sum": frozenset({"sum"}),
    "average": frozenset({"average"}),
    "cagr": frozenset({"implied_cagr"}),
    "projection": frozenset({"projection"}),
    "implied_prior": frozenset({"implied_value"}),
    "complement": frozenset({"complement"}),
    "part_of": frozenset({"part_of", "unstated_value"}),
    "unit_conversion": frozenset({"convert"}),
    "none": frozenset({None, "unstated_value"}),
}


def read_as(question: str) -> str | None:
    """The intent kind ``question`` is read as (as the pipeline reads it), ``None`` for a fact question."""
    intent = read_intent(question)
    return intent.kind if intent else None


def run(split: str, show_wrong: bool = False, questions: Path = QUESTIONS) -> dict:
    """Right readings per label and language for the questions of ``split``."""
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for line in questions.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if split != "all" and split_of(item["id"]) != split:
            continue
        key = (item["op"], item["lang"])
        kind = read_as(item["q"])
        total[key] += 1
        if kind in KINDS[item["op"]]:
            right[key] += 1
        elif show_wrong:
            print(f"{item['id']} {item['op']} read as {kind}: {item['q']}")
    labels = sorted({op for op, _ in total})
    rows = {
        op: {lang: {"right": right[op, lang], "questions": total[op, lang]} for lang in ("en", "zh")} for op in labels
    }
    questions_n, right_n = sum(total.values()), sum(right.values())
    return {"split": split, "questions": questions_n, "right": right_n, "rate": right_n / questions_n, "labels": rows}


def to_markdown(result: dict) -> str:
    """The result as a table, one row per label."""
    lines = [
        f"Operation read right, split `{result['split']}`: **{result['right']} of {result['questions']} "
        f"({result['rate']:.1%})**",
        "",
        "| label | en | zh |",
        "|---|---|---|",
    ]
    for op, langs in result["labels"].items():
        cells = [f"{langs[lang]['right']}/{langs[lang]['questions']}" for lang in ("en", "zh")]
        lines.append(f"| {op} | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return split_main("phrasings", __doc__.splitlines()[0], run, to_markdown, argv)


if __name__ == "__main__":
    raise SystemExit(main())
