"""The question-answering service: the loaded index, retrieval, and answer assembly."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from reportqa.index.builder import BuildReport, build_index, utc_now
from reportqa.index.embeddings import ArrayEmbeddings, load_embeddings
from reportqa.index.retriever import HybridSearcher, Hit
from reportqa.index.store import current_version, load_index
from reportqa.ingest.models import Chunk
from reportqa.server.answerability import judge
from reportqa.ingest.normalize import detect_language
from reportqa.server.calculator import CalculationError
from reportqa.server.compose import Draft, compose, refusal_text
from reportqa.server.figures import Computed, refusal, render, with_conversions
from reportqa.server.gate import enforce
from reportqa.server.intents import calculate, detect, free_years
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
        self._last_rebuild: tuple[str, dict] | None = None  # (finished, result) of this server's last rebuild

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
        """Rebuild from the corpus and swap the new version in; the outcome, failed or not, shows in /health."""
        try:
            report = build_index(self.settings.corpus, self.index_dir, self.embeddings, progress=False)
        except Exception as exc:
            self._last_rebuild = (utc_now(), {"ok": False, "error": f"{exc.__class__.__name__}: {exc}"})
            raise
        self._last_rebuild = (utc_now(), {"ok": True, **report.to_dict()})
        self._checked = 0.0
        self.searcher()
        return report

    def ask(self, request: AskRequest) -> AskResponse:
        """Answer ``request``: refuse, compute a figure from cited inputs, or quote the best sentences.

        Every answer passes the number gate, so none states a number its citations or
        figures do not hold.
        """
        question = request.question
        hits = self.searcher().search(question, max(request.top_k, SEARCH_DEPTH))
        intent = detect(question)
        verdict = judge(question, hits, self.embeddings.model_name, free_years(intent) if intent else ())
        if not verdict.answerable:
            response = AskResponse(
                answer=refusal_text(question, verdict.reason),
                answerable=False,
                citations=[to_citation(h) for h in hits[: request.top_k]],
            )
        else:
            computed = self._computed(question, hits) if intent else None
            computed = computed or with_conversions(compose(question, hits), detect_language(question))
            sources = computed.draft.cited + [h for h in hits if h not in computed.draft.cited]
            response = AskResponse(
                answer=computed.draft.text,
                answerable=True,
                citations=[to_citation(h) for h in sources[: max(request.top_k, len(computed.draft.cited))]],
                figures=computed.figures,
            )
        response.answer = enforce(response.answer, response.citations, response.figures, detect_language(question))
        return response

    @staticmethod
    def _computed(question: str, hits: list[Hit]) -> Computed | None:
        """The calculation the question asks for, or ``None`` when its operands are not all found."""
        lang = detect_language(question)
        try:
            calculation = calculate(question, hits)
        except CalculationError as error:
            return Computed(Draft(refusal(str(error), lang), []), [])
        return render(calculation, lang) if calculation else None

    def health(self) -> Health:
        """The served version, and when the last rebuild ended and how.

        That rebuild is the one that wrote the served version, or a later one this server
        ran that failed or found nothing to change.
        """
        manifest = self.searcher().data.manifest
        finished, result = manifest.created, {"ok": True, **manifest.last_result}
        if self._last_rebuild and self._last_rebuild[0] >= manifest.created:
            finished, result = self._last_rebuild
        return Health(
            status="ok",
            documents=len(manifest.files),
            chunks=manifest.chunk_count,
            index_version=manifest.version,
            model=manifest.model,
            last_rebuild=finished,
            last_result=result,
        )
