"""The question-answering service: the loaded index, retrieval, and answer assembly."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from reportqa.index.builder import BuildReport, build_index
from reportqa.index.embeddings import ArrayEmbeddings, load_embeddings
from reportqa.index.retriever import HybridSearcher, Hit
from reportqa.index.store import current_version, load_index
from reportqa.ingest.models import Chunk
from reportqa.server.answerability import judge
from reportqa.server.compose import compose, refusal_text
from reportqa.server.schemas import AskRequest, AskResponse, Citation, Health
from reportqa.settings import Settings

log = logging.getLogger(__name__)
SEARCH_DEPTH = 8  # hits considered for the answer and the refusal decision
POLL_SECONDS = 1.0  # how often a request checks whether another process wrote a new index


def citation_of(chunk: Chunk, score: float = 0.0) -> Citation:
    """A chunk as the API shows it; ``score`` is 0 where it was not retrieved (passage context)."""
    return Citation(
        id=chunk.id, doc=chunk.doc_id, title=chunk.title, text=chunk.text,
        lang=chunk.lang, location=chunk.location, score=score,
    )


def to_citation(hit: Hit) -> Citation:
    return citation_of(hit.chunk, round(hit.dense, 4))


class QAService:
    """Answers questions over the index in ``settings.index``.

    The searcher is replaced whole when a new index version appears, so a request that
    started on the old version finishes on it.
    """

    def __init__(self, settings: Settings, embeddings: ArrayEmbeddings | None = None) -> None:
        self.settings = settings
        self.embeddings = embeddings or load_embeddings(
            settings.embedding_model, str(settings.cache) if settings.cache else None
        )
        self._searcher: HybridSearcher | None = None
        self._swap_lock = threading.Lock()
        self._checked = 0.0

    @property
    def index_dir(self) -> Path:
        return Path(self.settings.index)

    def ensure_index(self) -> BuildReport | None:
        """Build the index from the corpus if the index directory has none."""
        if current_version(self.index_dir) is None:
            return build_index(self.settings.corpus, self.index_dir, self.embeddings)
        return None

    def searcher(self) -> HybridSearcher:
        """The searcher of the newest complete index version (loaded on first use or change)."""
        now = time.monotonic()
        if self._searcher is None or now - self._checked >= POLL_SECONDS:
            self._checked = now
            version = current_version(self.index_dir)
            if self._searcher is None or (version and version != self._searcher.data.manifest.version):
                with self._swap_lock:
                    if self._searcher is None or version != self._searcher.data.manifest.version:
                        self._searcher = HybridSearcher(load_index(self.index_dir), self.embeddings)
                        log.info("serving index version %s", self._searcher.data.manifest.version)
        return self._searcher

    def reindex(self) -> BuildReport:
        """Rebuild from the corpus and swap the new version in."""
        report = build_index(self.settings.corpus, self.index_dir, self.embeddings, progress=False)
        self._checked = 0.0
        self.searcher()
        return report

    def ask(self, request: AskRequest) -> AskResponse:
        searcher = self.searcher()
        question = request.question
        hits = searcher.search(question, max(request.top_k, SEARCH_DEPTH))
        verdict = judge(question, hits, self.embeddings.model_name)
        if not verdict.answerable:
            return AskResponse(
                answer=refusal_text(question, verdict.reason),
                answerable=False,
                citations=[to_citation(h) for h in hits[: request.top_k]],
            )
        draft = compose(question, hits)
        sources = draft.cited + [h for h in hits if h not in draft.cited]
        return AskResponse(
            answer=draft.text,
            answerable=True,
            citations=[to_citation(h) for h in sources[: max(request.top_k, len(draft.cited))]],
        )

    def health(self) -> Health:
        data = self.searcher().data
        manifest = data.manifest
        return Health(
            status="ok",
            documents=len(manifest.files),
            chunks=manifest.chunk_count,
            index_version=manifest.version,
            model=manifest.model,
            last_rebuild=manifest.created,
            last_result=manifest.last_result or None,
        )
