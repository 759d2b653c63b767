"""Rebuild the index when files in the corpus change (``reportqa serve --watch``)."""

from __future__ import annotations

import logging
import threading

from watchfiles import watch

from reportqa.index.builder import RebuildRunning
from reportqa.server.library.library import Library

log = logging.getLogger(__name__)
DEBOUNCE_MS = 1500  # a copy of many files, or an editor's save dance, becomes one rebuild
RETRY_SECONDS = 1.0  # how often a change waits for a running rebuild to finish


def watch_corpus(library: Library, stop: threading.Event) -> None:
    """Block until ``stop`` is set, reindexing after each debounced batch of changes."""
    for changes in watch(library.settings.corpus, debounce=DEBOUNCE_MS, stop_event=stop, recursive=True):
        log.info("corpus changed (%d events); reindexing", len(changes))
        while not stop.is_set():
            try:
                report = library.reindex()
                log.info("reindexed: %s", report.to_dict())
            except RebuildRunning:  # that rebuild may have scanned before the change: rebuild after it
                stop.wait(RETRY_SECONDS)
                continue
            except Exception:  # the old index keeps serving; the next change retries
                log.exception("reindex after corpus change failed")
            break
