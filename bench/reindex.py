"""One new report through ``POST /reindex`` of a large served index, this checkout next to a baseline, in one run.

Usage::

    python -m bench.reindex --served-reports 400 --baseline ../main/.venv/bin [--rounds 1] [--precision int8]

``--baseline`` is the ``bin`` folder of a virtual environment whose ``reportqa`` is the
code to compare with (a checkout of ``main`` after ``make install``). For each path, in
turn: a copy of one M-report index (random unit vectors, as in :mod:`bench.runtimes`, so
it builds in seconds; the new report is embedded for real) is served by ``reportqa serve``;
``/ask`` is timed over the dev and own sets; one new report is added and ``POST /reindex``
timed while the server's RSS is sampled every 50 ms; ``/ask`` is timed again; the report
is removed through ``POST /reindex``. RSS is reported loaded (after the first questions),
peak during the reindex, and after it (once the new version has answered questions).
``--precision`` runs this checkout's server in that ``REPORTQA_EMBEDDING_PRECISION``; its
copy of the index then records the model name vectors of that precision are kept under, so
that the reindex keeps the served rows instead of embedding them all again.
Writes ``bench/results/reindex.json`` and prints a markdown table; compare only within one run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import threading
import time
from pathlib import Path

import httpx

from bench.run import ADMIN_TOKEN, RESULTS, ROOT, Server, _add_one_report, _latency_and_quality, _proc_mb, _questions
from bench.runtimes import RandomVectors, served_index
from bench.tables import markdown_table
from reportqa.index.embeddings import vectors_name
from reportqa.index.store import MANIFEST, current_version

HEADERS = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


class RssSampler:
    """The highest RSS of a process, sampled every ``interval`` seconds while in a ``with`` block."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval, self.peak_mb = pid, interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, _proc_mb(self.pid, "VmRSS"))
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, _proc_mb(self.pid, "VmRSS"))


def _reindex(server: Server) -> tuple[float, dict]:
    started = time.perf_counter()
    response = httpx.post(server.url + "/reindex", headers=HEADERS, timeout=900)
    response.raise_for_status()
    return time.perf_counter() - started, response.json()


def _record_model(index: Path, model: str) -> None:
    """Make ``model`` the maker of ``index``'s (random) vectors in its current manifest."""
    manifest = index / "versions" / str(current_version(index)) / MANIFEST
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "model": model}, ensure_ascii=False, indent=1))


def bench_path(
    name: str, reportqa: str, served: int, workdir: Path, questions: list[dict], precision: str | None = None
) -> dict:
    """The +1 report reindex, RSS and ``/ask`` latency of the server ``reportqa`` runs (in ``precision``)."""
    corpus, source = served_index(served, workdir)
    index = workdir / f"index-{name}"
    shutil.rmtree(index, ignore_errors=True)
    shutil.copytree(source, index)
    env = {"REPORTQA_ADMIN_TOKEN": ADMIN_TOKEN, "PYTHONDONTWRITEBYTECODE": "1"}
    if precision:
        env["REPORTQA_EMBEDDING_PRECISION"] = precision
        _record_model(index, vectors_name(RandomVectors.model_name, precision))
    print(f"[{name}] serving {served} reports", flush=True)
    server = Server(corpus, index, workdir / f"server-{name}.log", env, reportqa)
    try:
        result: dict = {"path": name, "precision": precision or "auto", "chunks": server.wait()["chunks"]}
        before = _latency_and_quality(server.url, questions, 1)
        result["ask_p95_ms"] = before["p95_ms"]
        result["rss_loaded_mb"] = _proc_mb(server.process.pid, "VmRSS")
        result["peak_before_reindex_mb"] = _proc_mb(server.process.pid, "VmHWM")
        extra = _add_one_report(corpus, served)
        print(f"[{name}] one new report through POST /reindex", flush=True)
        try:
            with RssSampler(server.process.pid) as sampler:
                result["add_one_report_s"], body = _reindex(server)
            if body["added"] != [extra.name]:
                raise RuntimeError(f"the reindex did not add {extra.name} alone: {body}")
            result["add_stats"] = body.get("stats", {})
            result["rss_peak_during_mb"] = sampler.peak_mb
            after = _latency_and_quality(server.url, questions, 1)
            result["ask_p95_after_ms"] = after["p95_ms"]
            result["rss_after_mb"] = _proc_mb(server.process.pid, "VmRSS")
        finally:
            extra.unlink(missing_ok=True)
        result["remove_one_report_s"], _ = _reindex(server)
        result["rss_after_remove_mb"] = _proc_mb(server.process.pid, "VmRSS")
        result["peak_mb"] = _proc_mb(server.process.pid, "VmHWM")
    finally:
        server.stop()
    print(json.dumps(result), flush=True)
    return result


def markdown(rows: list[dict]) -> str:
    header = ["path", "chunks served", "+1 report via POST /reindex (s)", "-1 report (s)"]
    header += ["RSS loaded / peak during / after (MB)", "/ask p95 before / after (ms)"]
    return markdown_table(
        header,
        (
            [
                f"{r['path']} ({r.get('precision', 'auto')})",
                str(r["chunks"]),
                f"{r['add_one_report_s']:.1f}",
                f"{r['remove_one_report_s']:.1f}",
                f"{r['rss_loaded_mb']:.0f} / {r['rss_peak_during_mb']:.0f} / {r['rss_after_mb']:.0f}",
                f"{r['ask_p95_ms']:.0f} / {r['ask_p95_after_ms']:.0f}",
            ]
            for r in rows
        ),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--served-reports", type=int, default=400, help="reports in the served index")
    parser.add_argument("--baseline", required=True, help="bin folder of the baseline's virtual environment")
    parser.add_argument("--rounds", type=int, default=1, help="baseline and this checkout, alternating")
    parser.add_argument("--precision", help="REPORTQA_EMBEDDING_PRECISION of this checkout's server (e.g. int8)")
    parser.add_argument("--workdir", default=str(ROOT / ".reportqa" / "bench-runtimes"))
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    paths = {"baseline": str(Path(args.baseline) / "reportqa"), "this": str(Path(sys.executable).with_name("reportqa"))}
    questions = _questions()
    rows = []
    for round_ in range(args.rounds):
        order = list(paths.items()) if round_ % 2 == 0 else list(paths.items())[::-1]
        rows += [
            bench_path(
                name, reportqa, args.served_reports, workdir, questions, args.precision if name == "this" else None
            )
            for name, reportqa in order
        ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "reindex.json").write_text(json.dumps({"served_reports": args.served_reports, "rows": rows}, indent=2))
    print(markdown(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
