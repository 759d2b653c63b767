"""The benchmark suite: ingest, ``/ask`` latency and throughput, memory, index size and
retrieval quality, at several corpus scales.

Usage::

    python -m bench.run [--scales seeds,20,100,500] [--workdir .reportqa/bench] [--duration 15]

For each scale it builds a corpus (:mod:`bench.synth`), indexes it from scratch in a
separate process, adds one more report and reindexes incrementally, starts the real
server (``reportqa serve``) and asks a fixed mixed question set over HTTP on loopback:
sequentially for p50/p95/p99 and dev-set quality, then with 1, 4 and 16 concurrent
clients for throughput. Results go to ``bench/results/scale-<name>.json`` and the table
to ``bench/results/README.md``. ``--reuse`` keeps an index built by an earlier run and
only re-measures serving.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from bench.synth import build_corpus, market_names, synthetic_report
from bench.tables import markdown_table
from reportqa.evaluate import load_questions, percentile, score
from reportqa.server.http.schemas import AskResponse

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"
OWN_SET = ROOT / "tests" / "questions.jsonl"
SEED_CORPUS = ROOT / "corpus"
CONCURRENCY = (1, 4, 16)
ADMIN_TOKEN = "bench"


def _reportqa() -> str:
    return str(Path(sys.executable).with_name("reportqa"))


def _ingest(corpus: Path, index: Path, env: dict[str, str] | None = None) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.ingest_probe", str(corpus), str(index)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _proc_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


class Server:
    """``reportqa serve`` (this install's, or the ``reportqa`` executable given) in a subprocess on a free loopback port."""

    def __init__(
        self, corpus: Path, index: Path, log: Path, env: dict[str, str] | None = None, reportqa: str | None = None
    ) -> None:
        self.port = _free_port()
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [
                reportqa or _reportqa(),
                "serve",
                "--corpus",
                str(corpus),
                "--index",
                str(index),
                "--port",
                str(self.port),
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
        )
        self.url = f"http://127.0.0.1:{self.port}"

    def wait(self, timeout: float = 600) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self._log.name}")
            try:
                return httpx.get(self.url + "/health", timeout=2).json()
            except httpx.HTTPError:
                time.sleep(0.5)
        raise TimeoutError("server did not come up")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        self._log.close()


def _ask(client: httpx.Client, url: str, question: str) -> tuple[float, dict]:
    started = time.perf_counter()
    response = client.post(url + "/ask", json={"question": question})
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed, response.json()


def _reindex_live(server: Server, corpus: Path, reports: int) -> dict:
    """Seconds from ``POST /reindex`` to the new version being served, adding then removing a report."""
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    timings = {}
    extra = _add_one_report(corpus, reports)
    for step in ("add", "remove"):
        started = time.perf_counter()
        response = httpx.post(server.url + "/reindex", headers=headers, timeout=600)
        response.raise_for_status()
        timings[f"{step}_s"] = time.perf_counter() - started
        timings[f"{step}_stats"] = response.json().get("stats", {})
        extra.unlink(missing_ok=True)
    return timings


def _latency_and_quality(url: str, questions: list[dict], rounds: int) -> dict:
    """Sequential asks: latency percentiles over all rounds, quality from the first."""
    latencies: list[float] = []
    dev_scores = []
    with httpx.Client(timeout=60) as client:
        for item in questions[:5]:  # warm-up
            _ask(client, url, item["q"])
        for round_ in range(rounds):
            for item in questions:
                elapsed, body = _ask(client, url, item["q"])
                latencies.append(elapsed)
                if round_ == 0 and item.get("set") == "dev":
                    dev_scores.append(score(item, AskResponse.model_validate(body), elapsed))
    answerable = [r for r in dev_scores if r.kind != "unanswerable"]
    refused = [r for r in dev_scores if r.kind == "unanswerable"]
    return {
        "requests": len(latencies),
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 95),
        "p99_ms": percentile(latencies, 99),
        "dev_right": sum(r.right for r in dev_scores) / len(dev_scores),
        "dev_citation_hit_rate": sum(r.cited for r in answerable) / max(1, len(answerable)),
        "dev_refusal_accuracy": sum(r.refusal for r in refused) / max(1, len(refused)),
    }


def _throughput(url: str, questions: list[str], clients: int, duration: float, max_requests: int) -> dict:
    """``clients`` threads asking in a loop for ``duration`` seconds (or ``max_requests`` in all)."""
    deadline = time.monotonic() + duration
    latencies: list[float] = []
    errors = 0

    def client_loop(offset: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=120) as client:
            i = offset
            while time.monotonic() < deadline and len(latencies) < max_requests:
                try:
                    latencies.append(_ask(client, url, questions[i % len(questions)])[0])
                except httpx.HTTPError:
                    errors += 1
                i += 1

    started = time.monotonic()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client_loop, range(0, clients * 7, 7)))
    wall = time.monotonic() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors,
        "requests_per_s": len(latencies) / wall,
        "p50_ms": statistics.median(latencies) if latencies else 0.0,
        "p95_ms": percentile(latencies, 95),
    }


def _questions() -> list[dict]:
    dev = [dict(q, set="dev") for q in load_questions(DEV_SET)] if DEV_SET.exists() else []
    return dev + [dict(q, set="own") for q in load_questions(OWN_SET)]


def _corpus_for(scale: str, workdir: Path) -> tuple[Path, int]:
    corpus = workdir / scale / "corpus"
    reports = 2 if scale == "seeds" else int(scale)
    build_corpus(SEED_CORPUS, corpus, reports)
    return corpus, reports


def _add_one_report(corpus: Path, reports: int) -> Path:
    """A report for a market the corpus does not have yet (the incremental reindex case)."""
    zh, en = market_names(reports + 1)[-1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_CORPUS.glob("*.txt"))]
    path = corpus / "zz-new-report.txt"
    path.write_text(synthetic_report(texts, zh, en, random.Random(reports)), encoding="utf-8")
    return path


def bench_scale(scale: str, args: argparse.Namespace) -> dict:
    workdir = Path(args.workdir)
    corpus, reports = _corpus_for(scale, workdir)
    index = workdir / scale / "index"
    previous = RESULTS / f"scale-{scale}.json"
    result: dict = {"scale": scale, "reports": reports}
    if args.reuse and index.exists() and previous.exists():
        old = json.loads(previous.read_text())
        result.update({k: old[k] for k in ("full_ingest", "incremental_add", "incremental_remove") if k in old})
    else:
        shutil.rmtree(index, ignore_errors=True)
        print(f"[{scale}] full ingest of {reports} reports", flush=True)
        result["full_ingest"] = _ingest(corpus, index)
        extra = _add_one_report(corpus, reports)
        print(f"[{scale}] incremental: one new report", flush=True)
        result["incremental_add"] = _ingest(corpus, index)
        extra.unlink()
        result["incremental_remove"] = _ingest(corpus, index)
    version = (index / "CURRENT").read_text().strip()
    result["index_mb"] = _dir_mb(index / "versions" / version)
    result["corpus_mb"] = _dir_mb(corpus)

    print(f"[{scale}] serving", flush=True)
    server = Server(corpus, index, workdir / scale / "server.log", {"REPORTQA_ADMIN_TOKEN": ADMIN_TOKEN})
    try:
        started = time.monotonic()
        health = server.wait()
        result["server_start_s"] = time.monotonic() - started
        result["chunks"] = health["chunks"]
        result["serve_rss_loaded_mb"] = _proc_mb(server.process.pid, "VmRSS")
        questions = _questions()
        result["ask"] = _latency_and_quality(server.url, questions, args.rounds)
        print(f"[{scale}] reindex through the running server", flush=True)
        result["live_reindex"] = _reindex_live(server, corpus, reports)
        texts = [q["q"] for q in questions]
        result["throughput"] = [
            _throughput(server.url, texts, c, args.duration, args.max_requests) for c in CONCURRENCY
        ]
        result["serve_peak_rss_mb"] = _proc_mb(server.process.pid, "VmHWM")
    finally:
        server.stop()
    server = Server(corpus, index, workdir / scale / "server-norerank.log", {"REPORTQA_RERANK": "false"})
    try:
        server.wait()
        result["ask_without_rerank"] = _latency_and_quality(server.url, questions, 1)
    finally:
        server.stop()
    return result


def machine() -> dict:
    """What the numbers were measured on."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    from reportqa.index.embeddings import resolve_precision
    from reportqa.settings import get_settings

    settings = get_settings()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem / 2**20, 1),
        "python": platform.python_version(),
        "embedding_model": settings.embedding_model,
        "precision": resolve_precision(settings.embedding_precision),
        "load_average": os.getloadavg(),
    }


def markdown(results: list[dict], host: dict) -> str:
    """The results as the markdown table the README shows."""
    lines = [
        f"Measured on {host['cpu']}, {host['cores']} cores, {host['memory_gb']} GB RAM, Python {host['python']}, "
        f"embedding model {host['embedding_model']} in {host['precision']}; one uvicorn worker, loopback HTTP.",
        "",
    ]
    header = [
        "corpus",
        "chunks",
        "full ingest: read / embed / write (s)",
        "embed chunks/s",
        "+1 report: POST /reindex, cold CLI (s)",
        "ingest peak RSS (MB)",
        "index on disk (MB)",
        "/ask p50 / p95 / p99 (ms)",
        "req/s at 1 / 4 / 16 clients",
        "serving RSS (MB)",
        "dev right / citation hit",
        "without reranker: p95 (ms), dev right",
    ]
    rows = []
    for r in results:
        full, inc, ask = r.get("full_ingest", {}), r.get("incremental_add", {}), r["ask"]
        plain = r.get("ask_without_rerank", {})
        rows.append(
            [
                f"{r['scale']} ({r['reports']} reports)",
                str(r["chunks"]),
                f"{full.get('read_s', 0):.1f} / {full.get('embed_s', 0):.1f} / {full.get('write_s', 0):.1f}",
                f"{full.get('chunks', 0) / max(full.get('embed_s', 0), 1e-9):.1f}",
                f"{r.get('live_reindex', {}).get('add_s', 0):.1f}, {inc.get('build_s', 0):.1f}",
                f"{full.get('peak_rss_mb', 0):.0f}",
                f"{r['index_mb']:.1f}",
                f"{ask['p50_ms']:.0f} / {ask['p95_ms']:.0f} / {ask['p99_ms']:.0f}",
                " / ".join(f"{t['requests_per_s']:.1f}" for t in r["throughput"]),
                f"{r['serve_peak_rss_mb']:.0f}",
                f"{ask['dev_right']:.0%} / {ask['dev_citation_hit_rate']:.0%}",
                f"{plain.get('p95_ms', 0):.0f}, {plain.get('dev_right', 0):.0%}",
            ]
        )
    lines.append(markdown_table(header, rows))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="seeds,20,100", help="comma-separated: seeds or a report count")
    parser.add_argument("--workdir", default=str(ROOT / ".reportqa" / "bench"))
    parser.add_argument("--rounds", type=int, default=2, help="sequential passes over the question set")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per concurrency level")
    parser.add_argument("--max-requests", type=int, default=400, help="cap per concurrency level")
    parser.add_argument("--reuse", action="store_true", help="keep indexes built by an earlier run")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    host = machine()
    for scale in args.scales.split(","):
        result = bench_scale(scale.strip(), args) | {"machine": host}
        (RESULTS / f"scale-{scale}.json").write_text(json.dumps(result, indent=1))
        print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=1), flush=True)
    # The table covers every scale measured so far, so scales can be run one at a time.
    results = sorted((json.loads(p.read_text()) for p in RESULTS.glob("scale-*.json")), key=lambda r: r["reports"])
    table = markdown(results, host)
    (RESULTS / "README.md").write_text("# Benchmark results\n\n" + table)
    print(table)


if __name__ == "__main__":
    main()
