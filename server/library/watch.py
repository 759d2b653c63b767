"""Rebuild the index when files in the corpus change (``reportqa serve --watch``)."""

from __future__ import annotations

import logging
import threading

from watchfiles import watch

from reportqa.server.library.library import Library

log = logging.getLogger(__name__)
DEBOUNCE_MS = 1500  # a copy of many files, or an editor's save dance, becomes one rebuild


def watch_corpus(library: Library, stop: threading.Event) -> None:
    """Block until ``stop`` is set, reindexing after each debounced batch of changes."""
    for changes in watch(library.settings.corpus, debounce=DEBOUNCE_MS, stop_event=stop, recursive=True):
        log.info("corpus changed (%d events); reindexing", len(changes))
        try:
            report = library.reindex()
            log.info("reindexed: %s", report.to_dict())
        except Exception:  # the old index keeps serving; the next change retries
            log.exception("reindex after corpus change failed")
