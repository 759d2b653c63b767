"""The served index version: built when missing, reloaded when a newer one appears, rebuilt on request."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportqa.index.builder import BuildReport, RebuildRunning, build_index, rebuild_index, utc_now
from reportqa.index.embeddings import ArrayEmbeddings, load_embeddings
from reportqa.index.memory import release_freed_memory
from reportqa.index.retriever import HybridSearcher
from reportqa.index.store import IndexData, current_version, load_index
from reportqa.server.library import figures
from reportqa.settings import Settings

log = logging.getLogger(__name__)
POLL_SECONDS = 1.0  # how often a request checks whether another process wrote a new index


@dataclass(frozen=True)
class LibraryStatus:
    """The served version, and when the last rebuild ended and how."""

    documents: int
    chunks: int
    index_version: str
    model: str
    last_rebuild: str | None
    last_result: dict | None


class Library:
    """Holds the searcher of the newest complete index version in ``settings.index``.

    The searcher is replaced whole when a new version appears, so a request that started
    on the old version finishes on it.
    """

    def __init__(self, settings: Settings, embeddings: ArrayEmbeddings | None = None) -> None:
        self.settings = settings
        self.embeddings = embeddings or load_embeddings(*settings.embedding_args())
        self._searcher: HybridSearcher | None = None
        self._swap_lock = threading.Lock()
        self._rebuild_lock = threading.RLock()  # re-entrant: an upload stores its file and rebuilds under it
        self._checked = 0.0
        self._last_rebuild: tuple[str, dict] | None = None  # (finished, result) of this server's last rebuild

    @property
    def index_dir(self) -> Path:
        return Path(self.settings.index)

    def ensure_index(self) -> BuildReport | None:
        """Build the index from the corpus if the index directory has none."""
        if current_version(self.index_dir) is None:
            return build_index(
                self.settings.corpus, self.index_dir, self.embeddings, vector_store=self.settings.vector_store_config()
            )
        return None

    def searcher(self) -> HybridSearcher:
        """The searcher of the newest complete index version (loaded on first use or change)."""
        now = time.monotonic()
        searcher = self._searcher
        if searcher is None or now - self._checked >= POLL_SECONDS:
            self._checked = now
            version = current_version(self.index_dir)
            if searcher is None or (version and version != searcher.data.manifest.version):
                with self._swap_lock:
                    searcher = self._searcher
                    if searcher is None or version != searcher.data.manifest.version:
                        searcher = self._serve(load_index(self.index_dir))
        return searcher

    def _serve(self, data: IndexData) -> HybridSearcher:
        """Make ``data`` the served version (the caller holds the swap lock) and return its searcher.

        The old version is let go at once; requests still on it keep it until they finish.
        Its figures table starts being read now, in the background, so that the first
        ``GET /figures`` does not wait for the whole read (about a second at 10k passages).
        """
        searcher = HybridSearcher(data, self.embeddings, self.settings.vector_store_config(), self.settings.rerank)
        figures.read_in_background(searcher)
        released = self._searcher is not None
        self._searcher = searcher
        log.info("serving index version %s", data.manifest.version)
        if released:
            release_freed_memory()
        return searcher

    @contextmanager
    def rebuilding(self) -> Iterator[None]:
        """Hold this server's right to rebuild; raise :class:`RebuildRunning` at once when a rebuild runs.

        Requests never queue behind a rebuild: each would hold a worker thread that
        questions need.
        """
        if not self._rebuild_lock.acquire(blocking=False):
            raise RebuildRunning("a rebuild is running; try again when it has finished")
        try:
            yield
        finally:
            self._rebuild_lock.release()

    def reindex(self) -> BuildReport:
        """Rebuild from the corpus and swap the new version in; the outcome, failed or not, shows in :meth:`status`.

        Raises :class:`RebuildRunning` when a rebuild (of this server or another process) is running.
        """
        with self.rebuilding():
            served = self._searcher
            try:
                # Built on the served version: what it keeps is neither loaded nor held twice.
                report, data = rebuild_index(
                    self.settings.corpus,
                    self.index_dir,
                    self.embeddings,
                    progress=False,
                    vector_store=self.settings.vector_store_config(),
                    wait=False,
                    served=served.data if served else None,
                )
            except RebuildRunning:
                raise
            except Exception as exc:
                self._last_rebuild = (utc_now(), {"ok": False, "error": f"{exc.__class__.__name__}: {exc}"})
                raise
            del served
            with self._swap_lock:
                if self._searcher is None or self._searcher.data.manifest.version != data.manifest.version:
                    self._serve(data)
                self._checked = time.monotonic()
        self._last_rebuild = (utc_now(), {"ok": True, **report.to_dict()})
        return report

    def status(self) -> LibraryStatus:
        """The served version, and when the last rebuild ended and how.

        That rebuild is the one that wrote the served version, or a later one this server
        ran that failed or found nothing to change.
        """
        manifest = self.searcher().data.manifest
        finished, result = manifest.created, {"ok": True, **manifest.last_result}
        if self._last_rebuild and self._last_rebuild[0] >= manifest.created:
            finished, result = self._last_rebuild
        return LibraryStatus(
            documents=len(manifest.files),
            chunks=manifest.chunk_count,
            index_version=manifest.version,
            model=manifest.model,
            last_rebuild=finished,
            last_result=result,
        )
