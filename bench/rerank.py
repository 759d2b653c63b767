"""Passage ranking with and without the reranker, on question files with gold passages.

Usage: python -m bench.rerank INDEX QUESTIONS.jsonl [QUESTIONS.jsonl ...]

For every answerable question, the rank of the first retrieved passage that holds a gold
string; prints hit@1/3/8 and MRR per file for the fused ranking alone and reranked, and
writes ``bench/results/rerank.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportqa.evaluate import load_questions
from reportqa.index.embeddings import load_embeddings
from reportqa.index.retriever import HybridSearcher
from reportqa.index.store import load_index
from reportqa.settings import get_settings

RESULTS = Path(__file__).resolve().parent / "results"


def gold_ranks(searcher: HybridSearcher, questions: list[dict], depth: int = 8) -> list[int | None]:
    """Rank (0-based) of the first passage holding a gold string, ``None`` when not in ``depth``."""
    ranks = []
    for item in questions:
        hits = searcher.search(item["q"], depth)
        gold = item.get("gold", [])
        ranks.append(next((i for i, h in enumerate(hits) if any(g in h.chunk.text for g in gold)), None))
    return ranks


def summary(ranks: list[int | None]) -> dict:
    n = len(ranks) or 1
    found = [r for r in ranks if r is not None]
    return {f"hit@{k}": sum(r < k for r in found) / n for k in (1, 3, 8)} | {
        "mrr": sum(1 / (r + 1) for r in found) / n,
        "questions": len(ranks),
    }


def main(index: str, paths: list[str]) -> None:
    data = load_index(Path(index))
    embeddings = load_embeddings(*get_settings().embedding_args())
    rows = {}
    for path in paths:
        questions = [q for q in load_questions(Path(path)) if q.get("kind") != "unanswerable"]
        for rerank in (False, True):
            ranks = gold_ranks(HybridSearcher(data, embeddings, rerank=rerank), questions)
            rows[f"{Path(path).name} rerank={'on' if rerank else 'off'}"] = summary(ranks)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "rerank.json").write_text(json.dumps(rows, indent=1))
    print("| questions | reranker | hit@1 | hit@3 | hit@8 | MRR |\n|---|---|---|---|---|---|")
    for name, row in rows.items():
        file, mode = name.split(" rerank=")
        print(
            f"| {file} ({row['questions']}) | {mode} | {row['hit@1']:.3f} | {row['hit@3']:.3f} "
            f"| {row['hit@8']:.3f} | {row['mrr']:.3f} |"
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
