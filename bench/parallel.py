"""Cross-language questions over a parallel English/Chinese set of encyclopedic paragraphs.

Usage::

    python -m bench.parallel [--split tune|holdout] [--workdir DIR]

``tests/data/parallel`` holds 24 short paragraphs, each in English (``en/``) and in a
faithful Chinese translation (``zh/``), and questions on them written in both languages
(XQuAD-style: the answer is a short span), plus one near-miss a paragraph (something it
does not state). The two folders are indexed as two corpora, and every question is asked
through the real service (ingest, FAISS, embedding model, answer pipeline) over the whole
corpus, in four directions: en→en, zh→zh, en→zh (the English question over the Chinese
paragraphs) and zh→en. For each direction: the right paragraph cited first, answerable
questions refused (and by which rule of ``docs/answerability.md``), the gold span in a
cited passage, near-misses refused. Paragraphs are split into tune and holdout halves by
a hash of their name (``split`` in ``questions.jsonl``). Results go to
``bench/results/parallel-<split>.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.tables import markdown_table, percent, write_results
from bench.tatqa import RESULTS, ROOT, BenchError, ingest

DATA = ROOT / "tests" / "data" / "parallel"
LANGS = ("en", "zh")
DIRECTIONS = tuple((q, c) for q in LANGS for c in LANGS)  # (question language, corpus language)


def load_questions(split: str, data: Path = DATA) -> list[dict]:
    """The question pairs of ``split`` (``tune`` or ``holdout``)."""
    lines = (data / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [q for q in map(json.loads, lines) if q["split"] == split]


def rule_of(reason: str) -> str:
    """The rule of ``docs/answerability.md`` a refusal reason comes from. Rules 2 and 4 give
    the same words; rule 4 names the question's lower-case English words, rule 2 names
    (capitalised, Chinese) or "that year"."""
    if reason.startswith("no passage is close"):
        return "1 floor"
    if reason.startswith("no passage about it states"):
        return "3 support"
    if reason.startswith("the reports do not mention "):
        named = reason.removeprefix("the reports do not mention ")
        return "4 unwritten" if named.isascii() and named.islower() and named != "that year" else "2 names"
    return reason or "?"


@contextmanager
def recorded_verdicts() -> Iterator[list[str]]:
    """The reasons the pipeline's refusal rules give, in order, while the block runs, in English
    (which :func:`rule_of` reads) whatever the question's language."""
    from reportqa.server.answer import pipeline
    from reportqa.server.reasons import worded

    reasons: list[str] = []
    judge: Callable = pipeline.judge

    def recording(*args, **kwargs):
        verdict = judge(*args, **kwargs)
        reasons.append(worded(verdict.reason, "en"))
        return verdict

    pipeline.judge = recording
    try:
        yield reasons
    finally:
        pipeline.judge = judge


def ask_direction(service, questions: list[dict], qlang: str, clang: str) -> list[dict]:
    """Each question in ``qlang`` asked over the ``clang`` corpus, with what was cited."""
    rows = []
    with recorded_verdicts() as reasons:
        for item in questions:
            started = time.perf_counter()
            answer = service.ask(item[qlang])
            gold = item[f"gold_{clang}"]
            cited = [c.text.lower() for c in answer.citations]
            rows.append(
                {
                    "id": item["id"],
                    "direction": f"{qlang}→{clang}",
                    "kind": item["kind"],
                    "numeric": item["numeric"],
                    "q": item[qlang],
                    "top_right": bool(answer.citations) and answer.citations[0].doc == item["doc"],
                    "refused": not answer.answerable,
                    "rule": rule_of(reasons[-1]) if not answer.answerable else "",
                    "reason": reasons[-1],
                    "gold_cited": gold is not None and any(gold.lower() in text for text in cited),
                    "ms": round(1000 * (time.perf_counter() - started)),
                }
            )
    return rows


def judged_offline(questions: list[dict], data: Path = DATA) -> list[dict]:
    """Each question judged by the refusal rules alone (no model, no retrieval) over every
    chunk of its own paragraph in each language, as if retrieved: a fast check of rules 2–4
    across scripts. Near-misses are then refused only for what their own paragraph lacks."""
    from reportqa.index.retriever import Hit
    from reportqa.ingest.chunker import chunk_document
    from reportqa.ingest.loaders import load_document
    from reportqa.server.answer.answerability import judge
    from reportqa.server.reasons import worded

    rows = []
    for clang in LANGS:
        hits = {}
        for doc in dict.fromkeys(q["doc"] for q in questions):
            path = data / clang / doc
            chunks = chunk_document(load_document(path, doc, path.read_bytes()))
            hits[doc] = [Hit(c, 0.5, 0.5, 0.5, i) for i, c in enumerate(chunks)]
        for qlang in LANGS:
            for item in questions:
                verdict = judge(item[qlang], hits[item["doc"]])
                refused = not verdict.answerable
                rows.append(
                    {
                        "id": item["id"],
                        "direction": f"{qlang}→{clang}",
                        "kind": item["kind"],
                        "refused": refused,
                        "rule": rule_of(worded(verdict.reason, "en")) if refused else "",
                    }
                )
    return rows


def summarise(rows: list[dict]) -> dict:
    """Per direction: the rates the bench reports."""
    out = {}
    for qlang, clang in DIRECTIONS:
        mine = [r for r in rows if r["direction"] == f"{qlang}→{clang}"]
        answerable = [r for r in mine if r["kind"] == "answerable"]
        near = [r for r in mine if r["kind"] == "near-miss"]
        refused = [r for r in answerable if r["refused"]]
        out[f"{qlang}→{clang}"] = {
            "answerable": len(answerable),
            "top_right": _share(answerable, "top_right"),
            "refused": _share(answerable, "refused"),
            "refused_by_rule": dict(Counter(r["rule"] for r in refused).most_common()),
            "refused_numeric": sum(r["numeric"] for r in refused),
            "gold_cited": _share([r for r in answerable if not r["refused"]], "gold_cited"),
            "answered_with_gold": _share(answerable, "gold_cited", lambda r: not r["refused"]),
            "near_misses": len(near),
            "near_refused": _share(near, "refused"),
        }
    return out


def _share(rows: list[dict], key: str, also: Callable[[dict], bool] = lambda r: True) -> float | None:
    return sum(bool(r[key]) and also(r) for r in rows) / len(rows) if rows else None


def markdown(result: dict) -> str:
    """The summary as a Markdown page."""
    s, run = result["summary"], result["run"]
    header = [
        "direction",
        "answerable",
        "right paragraph cited first",
        "refused",
        "refused by rule",
        "gold in a cited passage (answered)",
        "answered with gold cited",
        "near-misses refused",
    ]
    rows = [
        [
            d,
            str(v["answerable"]),
            percent(v["top_right"]),
            percent(v["refused"]),
            ", ".join(f"{k}: {n}" for k, n in v["refused_by_rule"].items()) or "–",
            percent(v["gold_cited"]),
            percent(v["answered_with_gold"]),
            f"{percent(v['near_refused'])} of {v['near_misses']}",
        ]
        for d, v in s.items()
    ]
    return (
        f"# Parallel en/zh paragraphs, {run['split']} split\n\n"
        f"{run['paragraphs']} paragraphs, {run['questions']} question pairs, each asked over the whole corpus of "
        f"its direction through the service; {run['date']}.\n\n" + markdown_table(header, rows) + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parallel", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout"), default="tune")
    parser.add_argument("--workdir", help="where the indexes go (default a new temp folder)")
    args = parser.parse_args(argv)
    from reportqa.server.service import QAService
    from reportqa.settings import get_settings

    questions = load_questions(args.split)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="parallel-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for clang in LANGS:
        corpus, index = DATA / clang, work / f"index-{clang}"
        try:
            ingest(corpus, index, work / f"ingest-{clang}.log")
        except BenchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        service = QAService(get_settings(corpus=corpus, index=index))
        service.library.ensure_index()
        for qlang in LANGS:
            rows += ask_direction(service, questions, qlang, clang)
    run = {
        "split": args.split,
        "paragraphs": len({q["doc"] for q in questions}),
        "questions": len(questions),
    }
    write_results(RESULTS / f"parallel-{args.split}", run, summarise(rows), rows, markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
