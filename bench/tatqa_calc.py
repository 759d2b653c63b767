"""The calculations alone on TAT-QA: every arithmetic question over its whole context.

Each context is rendered as a Markdown report (``bench.tatqa_reports``), read by the real
loader and chunker, and all its chunks are handed to the calculation as if retrieved, so
this measures operation detection and operand resolution without retrieval or a model.
A result is right when it is the annotators' answer within 0.5%, sign included.
``python -m bench.tatqa_calc [--split tune|holdout|all] [--show-wrong]`` writes
``bench/results/tatqa-calc-<split>.json`` and ``.md``; ``bench.tatqa`` measures the whole
product over HTTP.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.split_cli import split_main
from bench.tatqa_reports import split_of
from bench.tatqa_reports import to_markdown as context_markdown
from bench.tatqa_score import TOLERANCE, rounds_to
from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from reportqa.server.calc.calculator import CalculationError
from reportqa.server.calc.program import calculate_with_givens as calculate

DATASET = Path(__file__).resolve().parents[2] / "shared" / "eval" / "tatqa" / "tatqa_dataset_dev.json"


def _written(question: dict) -> str:
    return str(question["answer"][0] if isinstance(question["answer"], list) else question["answer"])


def _gold(question: dict) -> float | None:
    try:
        return float(_written(question).replace(",", ""))
    except ValueError:
        return None


def outcome(question: dict, hits: list[Hit]) -> tuple[str, str]:
    """``(right|wrong|refused|none, formula)`` for one arithmetic question."""
    try:
        calculation = calculate(question["question"], hits)
    except CalculationError as error:
        return "refused", str(error)
    if calculation is None:
        return "none", ""
    gold, value = _gold(question), float(calculation.result.value)
    right = gold is not None and (
        abs(value - gold) <= TOLERANCE * max(abs(gold), 0.01) or rounds_to(value, _written(question))
    )
    return ("right" if right else "wrong"), calculation.result.formula


def run(split: str, show_wrong: bool = False, dataset: Path = DATASET) -> dict:
    """Counts and rates for the arithmetic questions of ``split``."""
    counts: Counter[str] = Counter()
    for context in json.loads(dataset.read_text(encoding="utf-8")):
        if split != "all" and split_of(context["table"]["uid"]) != split:
            continue
        text = context_markdown(context)
        doc = load_document(Path("context.md"), "context.md", text.encode("utf-8"))
        hits = [Hit(c, 0.5, 0.5, 0.5, i) for i, c in enumerate(chunk_document(doc))]
        for question in context["questions"]:
            if question["answer_type"] != "arithmetic":
                continue
            result, formula = outcome(question, hits)
            counts[result] += 1
            if show_wrong and result == "wrong":
                print(f"{question['question']} | gold {question['answer']} ({question['derivation']}) | got {formula}")
    total = sum(counts.values())
    stated = counts["right"] + counts["wrong"]
    return {
        "split": split,
        "questions": total,
        **{k: counts[k] for k in ("right", "wrong", "refused", "none")},
        "right_rate": counts["right"] / total if total else 0.0,
        "precision": counts["right"] / stated if stated else 0.0,
    }


def to_markdown(result: dict) -> str:
    """The result as a one-row table."""
    line = (
        f"| {result['split']} | {result['questions']} | {result['right']} ({result['right_rate']:.1%}) | "
        f"{result['wrong']} | {result['refused'] + result['none']} | {result['precision']:.1%} |"
    )
    return (
        "| split | arithmetic questions | right | wrong | no figure stated | right among stated |\n"
        "|---|---|---|---|---|---|\n" + line + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    return split_main("tatqa-calc", __doc__.splitlines()[0], run, to_markdown, argv)


if __name__ == "__main__":
    raise SystemExit(main())
