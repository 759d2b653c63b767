"""``reportqa ingest`` that stops for good halfway through writing the new index version.

Run as a script with the ``ingest`` arguments. Once the vectors are in the new version's
staging folder it prints :data:`MARKER` and sleeps, so a test can SIGKILL the process at
the moment a half-written version is on disk.
"""

from __future__ import annotations

import sys
import time

import faiss

from reportqa.cli import main

MARKER = "PAUSED INSIDE THE INDEX WRITE"
_write_index = faiss.write_index


def _write_then_hang(index, path: str) -> None:
    _write_index(index, path)
    print(MARKER, flush=True)
    time.sleep(3600)


if __name__ == "__main__":
    faiss.write_index = _write_then_hang  # index.store looks it up at call time
    sys.exit(main(["ingest", *sys.argv[1:]]))
