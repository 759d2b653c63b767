"""The embedding runtimes side by side in one run: chunks/s, +1 report, RSS and quality.

Usage: python -m bench.runtimes [--reports N] [--served-reports M] [--runtimes torch,openvino]

For each runtime (``REPORTQA_EMBEDDING_RUNTIME``), one after the other: a full ingest of an
N-report synthetic corpus in its own process (chunks/s, peak RSS); a server over an
M-report index taking one new report through ``POST /reindex`` (seconds, RSS during and
after); and the dev set and own set over the seed corpus (``reportqa eval``). The M-report
index holds random unit vectors under the model's name, so that a 400-report index costs
seconds to build, not hours; the new report is embedded for real, and the served index's
size, loading and writing are those of M reports. Tokens per chunk are those the
model sees (its document prompt included). Writes bench/results/runtimes.json and prints
a markdown table. Timings are comparable only within one run, on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np

from bench.run import (
    ADMIN_TOKEN,
    DEV_SET,
    OWN_SET,
    RESULTS,
    ROOT,
    SEED_CORPUS,
    Server,
    _corpus_for,
    _ingest,
    _proc_mb,
    _reindex_live,
    _reportqa,
)
from bench.tables import markdown_table
from reportqa.index.builder import build_index
from reportqa.index.embeddings import ArrayEmbeddings


class RandomVectors(ArrayEmbeddings):
    """Random unit vectors under EmbeddingGemma's name and size: an index to serve, not to search."""

    model_name = "embeddinggemma-300m"
    dimension = 768

    def __init__(self) -> None:
        self._rng = np.random.default_rng(0)

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        vectors = self._rng.standard_normal((len(texts), self.dimension)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def served_index(reports: int, workdir: Path) -> tuple[Path, Path]:
    """An M-report corpus and its index of random vectors (built once, reused by every runtime)."""
    corpus, _ = _corpus_for(str(reports), workdir)
    index = workdir / f"served-{reports}"
    if not (index / "CURRENT").is_file():
        build_index(corpus, index, RandomVectors(), progress=False)
    return corpus, index


def tokens_per_chunk(corpus: Path) -> float:
    """Mean tokens EmbeddingGemma reads per chunk of ``corpus``: prompt, title, section and text."""
    from transformers import AutoTokenizer

    from reportqa.index.embeddings import document_inputs, resolve_model_path
    from reportqa.index.store import embedding_text, embedding_title
    from reportqa.ingest.corpus import read_source, scan_corpus

    folder = resolve_model_path("embeddinggemma-300m")
    tokenizer = AutoTokenizer.from_pretrained(folder)
    prompt = json.loads((Path(folder) / "config_sentence_transformers.json").read_text())["prompts"]["document"]
    chunks = [c for source in scan_corpus(corpus).files for c in read_source(source)[1]]
    inputs = document_inputs(prompt, [embedding_text(c) for c in chunks], [embedding_title(c) for c in chunks])
    return statistics.mean(len(tokenizer(text)["input_ids"]) for text in inputs)


def _quality(env: dict[str, str], workdir: Path) -> dict:
    """Share right of the dev set and own set over the seed corpus, indexed by this runtime."""
    out = {}
    for name, questions in (("dev", DEV_SET), ("own", OWN_SET)):
        result = workdir / f"eval-{name}.json"
        subprocess.run(
            [_reportqa(), "eval", "--questions", str(questions), "--corpus", str(SEED_CORPUS)]
            + ["--index", str(workdir / "seed-index"), "--json-out", str(result)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        out[f"{name}_right"] = json.loads(result.read_text())["right"]
    return out


def bench_runtime(runtime: str, reports: int, served: int, workdir: Path) -> dict:
    env = {**os.environ, "REPORTQA_EMBEDDING_RUNTIME": runtime}
    work = workdir / runtime
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus, _ = _corpus_for(str(reports), workdir)
    print(f"[{runtime}] full ingest of {reports} reports", flush=True)
    ingest = _ingest(corpus, work / "index", env)
    result = {
        "runtime": runtime,
        "chunks": ingest["chunks"],
        "chunks_per_s": ingest["chunks"] / ingest["embed_s"],
        "ingest_peak_rss_mb": ingest["peak_rss_mb"],
    }
    print(f"[{runtime}] one new report through POST /reindex at {served} reports", flush=True)
    served_corpus, index = served_index(served, workdir)
    server = Server(served_corpus, index, work / "server.log", {**env, "REPORTQA_ADMIN_TOKEN": ADMIN_TOKEN})
    try:
        result["served_chunks"] = server.wait()["chunks"]
        result["serve_rss_loaded_mb"] = _proc_mb(server.process.pid, "VmRSS")
        live = _reindex_live(server, served_corpus, served)
        result["add_one_report_s"] = live["add_s"]
        result["serve_rss_after_reindex_mb"] = _proc_mb(server.process.pid, "VmRSS")
        result["serve_peak_rss_mb"] = _proc_mb(server.process.pid, "VmHWM")
    finally:
        server.stop()
    print(f"[{runtime}] dev and own set", flush=True)
    result.update(_quality(env, work))
    return result


def markdown(rows: list[dict], tokens: float) -> str:
    header = ["runtime", "embed chunks/s", "tokens/chunk", "+1 report via POST /reindex at M reports (s)"]
    header += ["server RSS loaded / after / peak (MB)", "ingest peak RSS (MB)", "dev right", "own set right"]
    return markdown_table(
        header,
        (
            [
                r["runtime"],
                f"{r['chunks_per_s']:.1f}",
                f"{tokens:.0f}",
                f"{r['add_one_report_s']:.1f}",
                f"{r['serve_rss_loaded_mb']:.0f} / {r['serve_rss_after_reindex_mb']:.0f} / {r['serve_peak_rss_mb']:.0f}",
                f"{r['ingest_peak_rss_mb']:.0f}",
                f"{r['dev_right']:.1%}",
                f"{r['own_right']:.1%}",
            ]
            for r in rows
        ),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2, help="synthetic reports in the corpus (~100 chunks each)")
    parser.add_argument("--served-reports", type=int, default=400, help="reports in the served index")
    parser.add_argument("--runtimes", default="torch,openvino")
    parser.add_argument("--workdir", default=str(ROOT / ".reportqa" / "bench-runtimes"))
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    rows = [bench_runtime(runtime, args.reports, args.served_reports, workdir) for runtime in args.runtimes.split(",")]
    tokens = tokens_per_chunk(workdir / str(args.reports) / "corpus")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "runtimes.json").write_text(json.dumps({"tokens_per_chunk": tokens, "rows": rows}, indent=2))
    print(markdown(rows, tokens))


if __name__ == "__main__":
    main(sys.argv[1:])
