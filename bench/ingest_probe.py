"""Run one index build in its own process and print what it cost as JSON.

Usage: python -m bench.ingest_probe CORPUS INDEX

A separate process so that its peak RSS is the build's own, not the benchmark driver's.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from reportqa.index.builder import build_index
from reportqa.index.embeddings import load_embeddings
from reportqa.settings import get_settings


def main(corpus: str, index: str) -> None:
    started = time.perf_counter()
    embeddings = load_embeddings(*get_settings().embedding_args())
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    report = build_index(Path(corpus), Path(index), embeddings, progress=False)
    print(
        json.dumps(
            {
                "model_load_s": load_s,
                "build_s": time.perf_counter() - started,
                "added": len(report.added),
                "removed": len(report.removed),
                "unchanged": report.unchanged,
                "failed": len(report.failed),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                **report.stats,
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
