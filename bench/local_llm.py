"""The dev set answered by the packaged local model next to the extractive default.

Usage::

    python -m bench.local_llm [--questions ../shared/eval/dev.jsonl] [--max-tokens 160] [--workdir DIR]

Both answerers share one index of ``corpus/`` and one embedding model, and run in this
process through :class:`QAService` (the same code ``/ask/stream`` runs). For each question
and answerer it records the score of ``reportqa eval`` (right, citation hit, numbers),
the time to the first streamed piece of text and to the whole answer, how many of the
model's sentences the number gate dropped, and whether the model's wording was used or
the extractive answer given instead. An extractive answer arrives whole, so its first
piece is the whole answer. Results go to ``bench/results/local-llm.json`` and ``.md``.
Needs the ``local`` extra (``pip install -e '.[local]'``); the weights are fetched on first use.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.tables import markdown_table
from reportqa.evaluate import EvalResult, load_questions, percentile, scope, score
from reportqa.server.answer.types import Answer
from reportqa.server.http.schemas import AskResponse
from reportqa.server.service import QAService
from reportqa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
WORDED_LOG = "reportqa.server.answer.worded"


class _GateLog(logging.Handler):
    """Counts the model's sentences the gate drops and the answers that fell back to extraction."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.dropped = 0
        self.fallbacks = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        self.dropped += message.startswith("dropped a model sentence")
        self.fallbacks += "answering extractively" in message

    def take(self) -> tuple[int, int]:
        counts = self.dropped, self.fallbacks
        self.dropped = self.fallbacks = 0
        return counts


@dataclass
class Timed:
    """One answer: its score row, the times to first text and to the whole answer, the gate's work."""

    id: str
    right: bool
    cited: bool
    first_ms: float
    full_ms: float
    dropped: int
    worded: bool
    answer: str


def ask_timed(service: QAService, item: dict) -> tuple[AskResponse, float, float]:
    """The answer to ``item`` through the streaming path, with ms to its first text and to its end."""
    started = time.perf_counter()
    first = None
    answer = None
    for event in service.ask_stream(item["q"], documents=scope(item)):
        if first is None:
            first = time.perf_counter()
        if isinstance(event, Answer):
            answer = event
    end = time.perf_counter()
    assert answer is not None
    return AskResponse.from_answer(answer), ((first or end) - started) * 1000, (end - started) * 1000


def run(service: QAService, questions: list[dict], gate_log: _GateLog, uses_model: bool) -> tuple[EvalResult, list]:
    service.ask("warm-up")  # loads the models
    gate_log.take()
    result, rows = EvalResult(), []
    for item in questions:
        response, first_ms, full_ms = ask_timed(service, item)
        dropped, fallbacks = gate_log.take()
        row = score(item, response, full_ms)
        result.results.append(row)
        worded = uses_model and response.answerable and not fallbacks
        rows.append(Timed(item["id"], row.right, row.cited, first_ms, full_ms, dropped, worded, response.answer))
        print(
            f"  {item['id']:<5} right={row.right!s:<5} first={first_ms:8.0f} ms full={full_ms:8.0f} ms "
            f"dropped={dropped} worded={worded}",
            flush=True,
        )
    return result, rows


def summary(result: EvalResult, rows: list[Timed]) -> dict:
    d = result.to_dict()
    first = [r.first_ms for r in rows]
    full = [r.full_ms for r in rows]
    return {
        "questions": d["questions"],
        "right": d["right"],
        "citation_hit_rate": d["citation_hit_rate"],
        "number_accuracy": d["number_accuracy"],
        "refusal_accuracy": d["refusal_accuracy"],
        "gate_dropped_sentences": sum(r.dropped for r in rows),
        "worded_by_model": sum(r.worded for r in rows),
        "first_p50_ms": percentile(first, 50),
        "first_p95_ms": percentile(first, 95),
        "full_p50_ms": percentile(full, 50),
        "full_p95_ms": percentile(full, 95),
        "results": [asdict(r) for r in rows],
    }


def markdown(runs: dict[str, dict], meta: dict) -> str:
    lines = [
        "# Dev set: the local model next to the extractive default",
        "",
        f"{meta['machine']}; {meta['questions']} questions of `{meta['question_file']}`; "
        f"local model {meta['model']}, max {meta['max_tokens']} tokens, {meta['date']}. "
        "Times are from the question to the first streamed text and to the whole answer, in process.",
        "",
    ]
    header = [
        "answerer",
        "right",
        "citation hit",
        "number accuracy",
        "refusals",
        "sentences the gate dropped",
        "answers worded by the model",
        "first text p50 / p95 (s)",
        "full answer p50 / p95 (s)",
    ]
    rows = [
        [
            name,
            f"{s['right']:.1%}",
            f"{s['citation_hit_rate']:.1%}",
            f"{s['number_accuracy']:.1%}",
            f"{s['refusal_accuracy']:.0%}",
            str(s["gate_dropped_sentences"]),
            str(s["worded_by_model"]),
            f"{s['first_p50_ms'] / 1000:.1f} / {s['first_p95_ms'] / 1000:.1f}",
            f"{s['full_p50_ms'] / 1000:.1f} / {s['full_p95_ms'] / 1000:.1f}",
        ]
        for name, s in runs.items()
    ]
    lines.append(markdown_table(header, rows))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEV)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--workdir", type=Path, help="where the index is built (default: a temporary folder)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    gate_log = _GateLog()
    logging.getLogger(WORDED_LOG).addHandler(gate_log)
    logging.getLogger(WORDED_LOG).setLevel(logging.INFO)
    questions = load_questions(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        settings = Settings(corpus=ROOT / "corpus", index=workdir / "index")
        extractive = QAService(settings)
        extractive.library.ensure_index()
        local_settings = settings.model_copy(update={"llm_backend": "local", "llm_max_tokens": args.max_tokens})
        local = QAService(local_settings, embeddings=extractive.embeddings)
        runs = {}
        for name, service, uses_model in (("extractive (default)", extractive, False), ("local", local, True)):
            print(f"{name}:", flush=True)
            runs[name] = summary(*run(service, questions, gate_log, uses_model))
    meta = {
        "machine": f"{platform.processor() or platform.machine()}, {len(os.sched_getaffinity(0))} cores",
        "questions": len(questions),
        "question_file": args.questions.name,
        "model": local_settings.llm_model or "qwen2.5-coder-1.5b (Q4_K_M, xllamacpp)",
        "max_tokens": args.max_tokens,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "local-llm.json").write_text(json.dumps({"meta": meta, "runs": runs}, ensure_ascii=False, indent=2))
    table = markdown(runs, meta)
    (RESULTS / "local-llm.md").write_text(table)
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
