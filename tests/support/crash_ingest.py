"""``reportqa ingest`` that stops for good halfway through writing the new index version.

Run as a script with the ``ingest`` arguments. Once the vectors are in the new version's
staging folder it prints :data:`MARKER` and sleeps, so a test can SIGKILL the process at
the moment a half-written version is on disk.
"""

from __future__ import annotations

import sys
import time

from reportqa.cli import main
from reportqa.index import store

MARKER = "PAUSED INSIDE THE INDEX WRITE"
_write_vectors = store.write_vectors


def _write_then_hang(*args, **kwargs) -> None:
    _write_vectors(*args, **kwargs)
    print(MARKER, flush=True)
    time.sleep(3600)


if __name__ == "__main__":
    store.write_vectors = _write_then_hang  # write_index looks it up at call time
    sys.exit(main(["ingest", *sys.argv[1:]]))
