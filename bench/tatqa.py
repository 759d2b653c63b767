"""TAT-QA through the real CLI and HTTP server, each question scoped to its own report.

Usage::

    python -m bench.tatqa [--limit N] [--formats md,html,pdf] [--split tune|holdout|all]
                          [--dataset PATH] [--workdir DIR] [--label NAME]

Each context of TAT-QA's development split (one table from an annual report with its
paragraphs) becomes one report file (:mod:`bench.tatqa_reports`); the files are indexed
with ``reportqa ingest``, ``reportqa serve`` is started on a free port, and every question
of the chosen contexts is sent to ``POST /ask`` with ``documents: [its report]``. Answers
are judged by :mod:`bench.tatqa_score`. Contexts are split into tune and holdout halves
by a hash of their uid; ``--limit`` takes the first N contexts of the split. Results go to
``bench/results/tatqa-<split>.json`` and ``.md`` (``tatqa-<label>-<split>`` with ``--label``,
e.g. ``--formats pdf --label pdf``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.tables import percent
from bench.tatqa_reports import FORMATS, split_of, write_reports
from bench.tatqa_score import judge
from reportqa.evaluate import percentile

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DATASET = ROOT.parent / "shared" / "eval" / "tatqa" / "tatqa_dataset_dev.json"
ANSWER_TYPES = ("arithmetic", "span", "multi-span", "count")
INGEST_TIMEOUT_S = 3600  # ~20 chunks/s on 2 cores: the whole split is a few thousand chunks
START_TIMEOUT_S = 300  # loading the embedding model and the index
ASK_TIMEOUT_S = 120


class BenchError(RuntimeError):
    """A step of the run failed; the message carries the tail of its log."""


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _reportqa() -> str:
    # The CLI next to this interpreter, so the run uses the same installation.
    return str(Path(sys.executable).with_name("reportqa"))


def ingest(corpus: Path, index: Path, log: Path) -> float:
    """Index ``corpus`` with ``reportqa ingest``; the seconds it took."""
    started = time.perf_counter()
    with log.open("w") as out:
        try:
            done = subprocess.run(
                [_reportqa(), "ingest", "--corpus", str(corpus), "--index", str(index)],
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=INGEST_TIMEOUT_S,
                cwd=ROOT,
            )
        except subprocess.TimeoutExpired as exc:
            raise BenchError(f"ingest ran over {INGEST_TIMEOUT_S} s; log {log}:\n{_tail(log)}") from exc
    if done.returncode != 0:
        raise BenchError(f"ingest exited with {done.returncode}; log {log}:\n{_tail(log)}")
    return time.perf_counter() - started


class Server:
    """``reportqa serve`` in a subprocess on a free loopback port, its output in a log file."""

    def __init__(self, corpus: Path, index: Path, log: Path) -> None:
        self.port, self.log = _free_port(), log
        self._out = log.open("w")
        env = {**os.environ, "REPORTQA_CORPUS": str(corpus), "REPORTQA_INDEX": str(index)}
        self.process = subprocess.Popen(
            [_reportqa(), "serve", "--port", str(self.port)],
            stdout=self._out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=env,
        )
        self.url = f"http://127.0.0.1:{self.port}"

    def wait_ready(self) -> dict:
        """The ``/health`` body once the server answers it."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"server exited with {self.process.returncode}; log {self.log}:\n{_tail(self.log)}")
            try:
                return httpx.get(self.url + "/health", timeout=5).raise_for_status().json()
            except httpx.HTTPError:
                time.sleep(0.5)
        raise BenchError(f"server not ready after {START_TIMEOUT_S} s; log {self.log}:\n{_tail(self.log)}")

    def stop(self) -> None:
        """Terminate the server (kill it if it does not stop) and close its log."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._out.close()


def select_contexts(dataset: list[dict], split: str, limit: int | None) -> list[dict]:
    """The contexts of ``split`` (``all`` for every one), in dataset order, the first ``limit``."""
    chosen = [c for c in dataset if split == "all" or split_of(c["table"]["uid"]) == split]
    return chosen[:limit] if limit else chosen


def ask_all(server: Server, contexts: list[dict], files: dict[str, str]) -> list[dict]:
    """Ask every question of ``contexts``, scoped to its report; one result row per question."""
    rows = []
    with httpx.Client(timeout=ASK_TIMEOUT_S) as client:
        client.post(server.url + "/ask", json={"question": "warm-up"})
        for context in contexts:
            file = files[context["table"]["uid"]]
            for question in sorted(context["questions"], key=lambda q: q["order"]):
                rows.append(_ask_one(client, server, question, file))
    return rows


def _ask_one(client: httpx.Client, server: Server, question: dict, file: str) -> dict:
    row = {
        "uid": question["uid"],
        "file": file,
        "answer_type": question["answer_type"],
        "scale": question["scale"],
        "question": question["question"],
        "gold": question["answer"],
        "derivation": question["derivation"],
    }
    started = time.perf_counter()
    try:
        response = client.post(server.url + "/ask", json={"question": question["question"], "documents": [file]})
    except httpx.HTTPError as exc:
        if server.process.poll() is not None:
            raise BenchError(f"server died during the run; log {server.log}:\n{_tail(server.log)}") from exc
        return row | {"error": f"{exc.__class__.__name__}: {exc}", "right": False, "latency_ms": None}
    row["latency_ms"] = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        return row | {"error": f"HTTP {response.status_code}: {response.text[:300]}", "right": False}
    body = response.json()
    docs = {c["doc"] for c in body.get("citations", [])}
    return row | {
        "right": judge(question, body),
        "answerable": body.get("answerable"),
        "answer": body.get("answer", "")[:1000],
        "figures": [{"value": f.get("value"), "display": f.get("display")} for f in body.get("figures", [])],
        "cited_docs": sorted(docs),
        "in_scope": docs <= {file},  # False while the server ignores `documents`
    }


def summarise(rows: list[dict]) -> dict:
    """Counts and rates per answer type, the share right of arithmetic answers stating a figure, latency."""
    by_type = {}
    for kind in ANSWER_TYPES:
        by_type[kind] = rate_of([r for r in rows if r["answer_type"] == kind])
    arithmetic = [r for r in rows if r["answer_type"] == "arithmetic" and "answer" in r]
    with_figure = [r for r in arithmetic if r["figures"]]
    latencies = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    answered = [r for r in rows if "answer" in r]
    return {
        "questions": len(rows),
        "right": sum(r["right"] for r in rows),
        "rate": sum(r["right"] for r in rows) / len(rows) if rows else None,
        "by_answer_type": by_type,
        "by_format": {fmt: rate_of([r for r in rows if r["file"].endswith("." + fmt)]) for fmt in FORMATS},
        "arithmetic_with_figure": {
            "answers": len(with_figure),
            "right": sum(r["right"] for r in with_figure),
            "rate": rate_of(with_figure)["rate"],
        },
        "refused": sum(not r["answerable"] for r in answered),
        "errors": sum("error" in r for r in rows),
        "in_scope_share": sum(r["in_scope"] for r in answered) / len(answered) if answered else None,
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
    }


def rate_of(rows: list[dict]) -> dict:
    """How many of ``rows`` there are, how many are right, and the share right (``None`` of none)."""
    right = sum(r["right"] for r in rows)
    return {"questions": len(rows), "right": right, "rate": right / len(rows) if rows else None}


def markdown(result: dict) -> str:
    """The summary as a Markdown page."""
    s, run = result["summary"], result["run"]
    lines = [
        f"# TAT-QA dev, {run['split']} split",
        "",
        f"{run['contexts']} contexts ({run['formats']}), {s['questions']} questions, asked through `reportqa serve` "
        f"with `documents: [its report]`; {run['machine']}; ingest {run['ingest_s']:.0f} s; {run['date']}.",
        "",
        "| answer type | questions | right | rate |",
        "|---|---|---|---|",
    ]
    for kind, row in s["by_answer_type"].items():
        lines.append(f"| {kind} | {row['questions']} | {row['right']} | {percent(row['rate'])} |")
    lines.append(f"| **all** | {s['questions']} | {s['right']} | {percent(s['rate'])} |")
    fig = s["arithmetic_with_figure"]
    lines += [
        "",
        f"- Arithmetic answers stating a computed figure: {fig['answers']}, of which right {fig['right']} "
        f"({percent(fig['rate'])}).",
        "- By format: "
        + ", ".join(
            f"{fmt} {percent(v['rate'])} of {v['questions']}" for fmt, v in s["by_format"].items() if v["questions"]
        )
        + ".",
        f"- Refused (answerable false): {s['refused']}; errors: {s['errors']}; answers citing only their own "
        f"report: {percent(s['in_scope_share'])}.",
        f"- Latency of `/ask`: p50 {s['p50_ms']:.0f} ms, p95 {s['p95_ms']:.0f} ms.",
    ]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> dict:
    """Convert, ingest, serve, ask and score; the result object written to ``bench/results``."""
    dataset = json.loads(Path(args.dataset).read_text(encoding="utf-8"))
    contexts = select_contexts(dataset, args.split, args.limit)
    formats = [f for f in args.formats.split(",") if f]
    if not contexts or not set(formats) <= set(FORMATS) or not formats:
        raise BenchError(f"nothing to run: {len(contexts)} contexts, formats {formats} (known: {', '.join(FORMATS)})")
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="tatqa-"))
    corpus, index = work / "corpus", work / "index"
    if corpus.exists():
        shutil.rmtree(corpus)  # a corpus from an earlier run may hold other contexts
    files = write_reports(contexts, corpus, formats)
    print(f"{len(contexts)} contexts written to {corpus}; indexing …", flush=True)
    ingest_s = ingest(corpus, index, work / "ingest.log")
    server = Server(corpus, index, work / "serve.log")
    try:
        health = server.wait_ready()
        print(f"serving {health.get('documents')} reports, {health.get('chunks')} chunks; asking …", flush=True)
        rows = ask_all(server, contexts, files)
    finally:
        server.stop()
    return {
        "run": {
            "split": args.split,
            "limit": args.limit,
            "contexts": len(contexts),
            "formats": ",".join(formats),
            "ingest_s": ingest_s,
            "chunks": health.get("chunks"),
            "workdir": str(work),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        },
        "summary": summarise(rows),
        "results": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tatqa", description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N contexts of the split")
    parser.add_argument("--formats", default="md", help="report formats to cycle through: md, html, pdf or a list")
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--dataset", default=str(DATASET), help="TAT-QA dev JSON (default shared/eval/tatqa)")
    parser.add_argument("--workdir", help="where the corpus, index and logs go (default a new temp folder)")
    parser.add_argument("--label", help="results go to tatqa-LABEL-<split> (default tatqa-<split>)")
    args = parser.parse_args(argv)
    # SIGTERM (a timeout, a CI cancel) unwinds like Ctrl-C, so the server subprocess is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        result = run(args)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / "-".join(["tatqa", *([args.label] if args.label else []), args.split])
    stem.with_suffix(".json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    stem.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    print(f"written: {stem}.json, {stem}.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
