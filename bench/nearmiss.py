"""Near-miss refusals measured on questions generated from real annual-report tables.

Usage::

    python -m bench.nearmiss [--split tune|holdout] [--contexts N] [--workdir DIR]
                             [--questions-out FILE]

Each TAT-QA dev context (a table from an annual report with its paragraphs) becomes one
report (:mod:`bench.tatqa_reports`). Its annotators' questions are asked as they are
(answerable: must not be refused), and each is rewritten, deterministically, into
near-misses the report cannot answer (must be refused):

- **period**: every year the question names is moved back by the report's span of years
  plus four, so that no year it asks about is written anywhere in the report ("in 2019"
  of a 2017–2019 table becomes "in 2013");
- **measure**: a row label of the report's table that the question spells out is replaced
  by a row label of another context's table (same split) that the report never writes,
  with at least one of its words absent from the report ("Fixed Price" → "Deferred
  revenue").

Every question is asked through the real service (ingest, FAISS, embedding model,
answer pipeline) scoped to its own report, as ``reportqa eval`` does with a ``doc`` field.
Contexts are split into tune and holdout halves by :func:`bench.tatqa_reports.split_of`;
``--contexts`` takes the first N of the split. Results go to
``bench/results/nearmiss-<split>.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench.tables import markdown_table, percent, write_results
from bench.tatqa import DATASET, RESULTS, BenchError, ingest, rate_of, select_contexts
from bench.tatqa_reports import report_name, to_markdown, write_reports

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WORD = re.compile(r"[a-z]+")
# Words only: no figures, units or bracketed notes ("(in millions)" heads a column, names no measure).
_LABEL = re.compile(r"[A-Za-z][A-Za-z ,&'/-]*[A-Za-z]")
# Words a row label shares with any report; a donor label must bring a word of substance.
_COMMON = frozenset("total other net and the for from of in on to at by with less plus".split())
VARIANTS = ("original", "period", "measure")


def _labels(context: dict) -> list[str]:
    """The row labels of a context's table that could name a measure: a few words, no figures."""
    out = []
    for row in context["table"]["table"]:
        label = " ".join(str(row[0]).split()) if row else ""
        if 4 <= len(label) <= 40 and _LABEL.fullmatch(label):
            out.append(label)
    return out


def period_shift(question: str, report: str) -> str | None:
    """``question`` with every year moved to one the report never writes, or ``None`` when it
    names no year the report states."""
    asked = [int(y) for y in YEAR.findall(question)]
    stated = {int(y) for y in YEAR.findall(report)}
    if not asked or not set(asked) <= stated:
        return None
    offset = max(stated) - min(stated) + 4
    shifted = YEAR.sub(lambda m: str(int(m.group()) - offset), question)
    if any(y in report for y in YEAR.findall(shifted)):
        return None
    return shifted


def _foreign(label: str, report: str) -> bool:
    """Whether the report never writes ``label`` and lacks one of its words of substance."""
    lowered = report.lower()
    words = [w for w in _WORD.findall(label.lower()) if len(w) > 3 and w not in _COMMON]
    # "Revenues" is not foreign to a report that writes "revenue".
    return label.lower() not in lowered and any(w.rstrip("s") not in lowered for w in words)


def measure_swap(question: str, own: list[str], donors: list[str], report: str) -> str | None:
    """``question`` with the longest row label of its own table it spells out replaced by the
    first donor label the report never writes; ``None`` when it spells out none."""
    spelled = [re.search(rf"\b{re.escape(label)}\b", question, re.IGNORECASE) for label in own]
    found = sorted((m for m in spelled if m), key=lambda m: len(m.group()), reverse=True)
    donor = next((d for d in donors if _foreign(d, report)), None)
    if not found or donor is None:
        return None
    return question[: found[0].start()] + donor + question[found[0].end() :]


def generate(contexts: list[dict], files: dict[str, str]) -> list[dict]:
    """Originals and near-miss variants of every question of ``contexts``, each with its
    report as ``doc``; donors for a measure swap come from the following contexts, in turn."""
    questions = []
    labels = [_labels(c) for c in contexts]
    for n, context in enumerate(contexts):
        report = to_markdown(context)
        doc = files[context["table"]["uid"]]
        for k, item in enumerate(sorted(context["questions"], key=lambda q: q["order"])):
            # Rotate through the other contexts so one donor table does not supply every swap.
            others = labels[n + 1 + k :] + labels[: n + 1 + k]
            donors = [label for group in others[: len(contexts) - 1] for label in group]
            variants = {
                "original": item["question"],
                "period": period_shift(item["question"], report),
                "measure": measure_swap(item["question"], labels[n], donors, report),
            }
            for kind, text in variants.items():
                if text is None:
                    continue
                questions.append(
                    {
                        "id": f"{item['uid'][:8]}-{kind}",
                        "lang": "en",
                        "kind": "fact" if kind == "original" else "unanswerable",
                        "variant": kind,
                        "answer_type": item["answer_type"],
                        "q": text,
                        "doc": doc,
                    }
                )
    return questions


def ask_all(corpus: Path, index: Path, questions: list[dict]) -> list[dict]:
    """Ask each question of ``questions`` within its ``doc`` through the real service."""
    from reportqa.server.service import QAService
    from reportqa.settings import get_settings

    service = QAService(get_settings(corpus=corpus, index=index))
    service.library.ensure_index()
    service.ask("warm-up")
    rows = []
    for item in questions:
        answer = service.ask(item["q"], documents=[item["doc"]])
        refused = not answer.answerable
        rows.append(
            item
            | {"refused": refused, "right": refused == (item["kind"] == "unanswerable"), "answer": answer.text[:300]}
        )
    return rows


def judged_offline(contexts: list[dict]) -> list[dict]:
    """Each generated question judged by the refusal rules alone (no model, no retrieval, no
    calculation) over every chunk of its own report as if retrieved: a fast check of rules 2–4.

    Only reports of at most ``SEARCH_DEPTH`` chunks are asked (most TAT-QA contexts), so that
    every passage a verdict could rest on is judged whatever retrieval would rank first.
    """
    from reportqa.index.retriever import Hit
    from reportqa.ingest.chunker import chunk_document
    from reportqa.ingest.loaders import load_document
    from reportqa.server.answer.answerability import SEARCH_DEPTH, judge
    from reportqa.server.reasons import worded

    files, hits = {}, {}
    for context in contexts:
        name = report_name(context, "md")
        doc = load_document(Path(name), name, to_markdown(context).encode("utf-8"))
        chunks = chunk_document(doc)
        if len(chunks) <= SEARCH_DEPTH:
            files[context["table"]["uid"]] = name
            hits[name] = [Hit(c, 0.5, 0.5, 0.5, i) for i, c in enumerate(chunks)]
    contexts = [c for c in contexts if c["table"]["uid"] in files]
    rows = []
    for item in generate(contexts, files):
        verdict = judge(item["q"], hits[item["doc"]])
        refused = not verdict.answerable
        rows.append(
            item
            | {
                "refused": refused,
                "right": refused == (item["kind"] == "unanswerable"),
                "answer": worded(verdict.reason, "en"),
            }
        )
    return rows


def summarise(rows: list[dict]) -> dict:
    """Per variant: questions and the share handled right (originals answered, variants refused)."""
    out = {}
    for kind in VARIANTS:
        out[kind] = rate_of([r for r in rows if r["variant"] == kind])
    near = [r for r in rows if r["variant"] != "original"]
    out["near_miss_refused"] = sum(r["right"] for r in near) / len(near) if near else None
    out["answerable_refused"] = 1 - out["original"]["rate"] if out["original"]["rate"] is not None else None
    out["refusal_reasons"] = dict(Counter(r["answer"].split(":")[0][:80] for r in rows if r["refused"]).most_common(8))
    return out


_NAMES = {"original": "answerable (answered)", "period": "period shift (refused)", "measure": "measure swap (refused)"}


def markdown(result: dict) -> str:
    """The summary as a Markdown page."""
    s, run = result["summary"], result["run"]
    rows = [[_NAMES[k], str(s[k]["questions"]), str(s[k]["right"]), percent(s[k]["rate"])] for k in VARIANTS]
    return (
        f"# Generated near-misses, TAT-QA dev {run['split']} split\n\n"
        f"{run['contexts']} contexts, {sum(s[k]['questions'] for k in VARIANTS)} questions, each asked within its own "
        f"report through the service; {run['date']}.\n\n"
        + markdown_table(["questions", "asked", "handled right", "rate"], rows)
        + f"\n\nNear-misses refused: {percent(s['near_miss_refused'])}; answerable refused: "
        f"{percent(s['answerable_refused'])}.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.nearmiss", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout"), default="tune")
    parser.add_argument("--contexts", type=int, default=30, help="the first N contexts of the split")
    parser.add_argument("--dataset", default=str(DATASET), help="TAT-QA dev JSON (default shared/eval/tatqa)")
    parser.add_argument("--workdir", help="where the corpus and index go (default a new temp folder)")
    parser.add_argument("--questions-out", help="also write the questions as JSON lines for `reportqa eval`")
    args = parser.parse_args(argv)
    contexts = select_contexts(json.loads(Path(args.dataset).read_text(encoding="utf-8")), args.split, args.contexts)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="nearmiss-"))
    corpus, index = work / "corpus", work / "index"
    files = write_reports(contexts, corpus, ["md"])
    questions = generate(contexts, files)
    if args.questions_out:
        Path(args.questions_out).write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="utf-8")
    try:
        ingest(corpus, index, work / "ingest.log")
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rows = ask_all(corpus, index, questions)
    run = {
        "split": args.split,
        "contexts": len(contexts),
    }
    write_results(RESULTS / f"nearmiss-{args.split}", run, summarise(rows), rows, markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
