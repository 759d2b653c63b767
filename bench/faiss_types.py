"""Flat vs HNSW FAISS search on a built index: recall@10 against exact search, and latency.

Usage: python -m bench.faiss_types INDEX [--queries 500]

Queries are a fixed random sample of the index's own vectors plus small noise, standing in
for questions near existing passages. Writes
``bench/results/faiss-<chunks>.json`` and prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import faiss
import numpy as np

from reportqa.index.store import load_index

RESULTS = Path(__file__).resolve().parent / "results"
K = 10


def _timed_search(index: faiss.Index, queries: np.ndarray) -> tuple[np.ndarray, float]:
    """Result ids and the mean milliseconds per single-query search (as /ask issues them)."""
    ids = np.zeros((len(queries), K), dtype=np.int64)
    started = time.perf_counter()
    for row, query in enumerate(queries):
        ids[row] = index.search(query.reshape(1, -1), K)[1][0]
    return ids, (time.perf_counter() - started) * 1000 / len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index")
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()
    data = load_index(Path(args.index))
    vectors = data.vectors.reconstruct_n(0, data.vectors.ntotal)
    rng = np.random.default_rng(0)
    sample = vectors[rng.choice(len(vectors), min(args.queries, len(vectors)), replace=False)]
    queries = sample + rng.normal(0, 0.02, sample.shape).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    exact, flat_ms = _timed_search(data.vectors, queries)
    rows = [{"index": "flat", "recall@10": 1.0, "ms_per_query": flat_ms, "build_s": 0.0}]
    for m, ef in ((32, 64), (32, 128), (32, 256)):
        started = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(vectors.shape[1], m, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 200
        hnsw.add(vectors)
        build_s = time.perf_counter() - started
        hnsw.hnsw.efSearch = ef
        found, ms = _timed_search(hnsw, queries)
        recall = np.mean([len(set(a) & set(b)) / K for a, b in zip(found, exact)])
        rows.append(
            {"index": f"HNSW M={m} efSearch={ef}", "recall@10": float(recall), "ms_per_query": ms, "build_s": build_s}
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"faiss-{len(vectors)}.json").write_text(json.dumps(rows, indent=1))
    print(f"{len(vectors)} vectors, {vectors.shape[1]} dimensions\n")
    print("| index | recall@10 | ms per query | build (s) |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row['index']} | {row['recall@10']:.3f} | {row['ms_per_query']:.2f} | {row['build_s']:.1f} |")


if __name__ == "__main__":
    main()
