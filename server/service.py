"""The question-answering service: the loaded index, retrieval, and answer assembly."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Generator, Iterator
from pathlib import Path

from langchain_core.language_models import BaseChatModel

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
from reportqa.server.followup import standalone_question
from reportqa.server.gate import enforce
from reportqa.server.generate import Generated, Material, Writer
from reportqa.server.intents import calculate, detect, free_years
from reportqa.server.llm import build_chat_model
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

    def __init__(self, settings: Settings, embeddings: ArrayEmbeddings | None = None,
                 chat_model: BaseChatModel | None = None) -> None:
        """``chat_model`` (any LangChain chat model) words the answers; by default the one
        ``settings`` configure, and none (extractive answers) unless they configure one."""
        self.settings = settings
        self.embeddings = embeddings or load_embeddings(*settings.embedding_args())
        model = chat_model or build_chat_model(settings)
        self.writer = Writer(model, settings.llm_timeout) if model else None
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
            return build_index(self.settings.corpus, self.index_dir, self.embeddings,
                               vector_store=self.settings.vector_store_config())
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
                        self._searcher = HybridSearcher(load_index(self.index_dir), self.embeddings,
                                                        self.settings.vector_store_config(), self.settings.rerank)
                        log.info("serving index version %s", self._searcher.data.manifest.version)
        return self._searcher

    def reindex(self) -> BuildReport:
        """Rebuild from the corpus and swap the new version in; the outcome, failed or not, shows in /health."""
        try:
            report = build_index(self.settings.corpus, self.index_dir, self.embeddings, progress=False,
                                 vector_store=self.settings.vector_store_config())
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
        *_, response = self.ask_stream(request)
        return response

    def ask_stream(self, request: AskRequest) -> Iterator[str | AskResponse]:
        """The answer as it is written: checked pieces of a language model's text, if one
        is configured, then the whole response (always the last item).

        The follow-up is made a standalone question first. Retrieval decides whether the
        question is answered; code computes the figures; the model only words the answer,
        and any failure of it falls back to the extractive answer.
        """
        rewrite = self.writer.rewrite if self.writer else None
        question = standalone_question(request.question, request.history, rewrite)
        lang = detect_language(question)
        hits = self.searcher().search(question, max(request.top_k, SEARCH_DEPTH))
        intent = detect(question)
        verdict = judge(question, hits, self.embeddings.model_name, free_years(intent) if intent else ())
        note = ""
        if not verdict.answerable:
            citations = [to_citation(h) for h in hits[: request.top_k]]
            closest = self.writer.refusal_note(question, verdict.reason, lang, citations) if self.writer else None
            response = AskResponse(answer=refusal_text(question, verdict.reason, closest), answerable=False,
                                   citations=citations)
        else:
            calculation = self._computed(question, hits) if intent else None
            computed = calculation or with_conversions(compose(question, hits), lang)
            sources = computed.draft.cited + [h for h in hits if h not in computed.draft.cited]
            passages = sources[: max(request.top_k, len(computed.draft.cited))]
            response = AskResponse(
                answer=computed.draft.text,
                answerable=True,
                citations=[to_citation(h) for h in passages],
                figures=computed.figures,
            )
            if self.writer and computed.draft.cited:
                worded, note = yield from self._worded(question, lang, passages, computed, calculation)
                response = worded or response
        response.answer = enforce(response.answer, response.citations, response.figures, lang)
        if note:
            response.answer = f"{response.answer}\n{note}"
        yield response

    def _worded(self, question: str, lang: str, passages: list[Hit], computed: Computed,
                calculation: Computed | None) -> Generator[str, None, tuple[AskResponse | None, str]]:
        """The model's answer over ``passages``, streamed, then ``(response, "")``; or
        ``(None, note)`` when the extractive answer is to be given, with the note saying why
        when the model failed."""
        material = Material(question, lang, [to_citation(h) for h in passages], computed.figures)
        result = Generated("")
        for event in self.writer.answer(material):
            if isinstance(event, Generated):
                result = event
            else:
                yield event
        if not result.text:
            return None, result.note
        cited = [passages[i] for i in result.cited]
        # The figures are code's: the calculation's, and conversions of the amounts the answer quotes.
        worded = with_conversions(Draft(result.text, cited), lang)
        figures = calculation.figures if calculation else []
        figures = figures + [f for f in worded.figures if f.display not in {g.display for g in figures}]
        ordered = cited + [h for h in passages if h not in cited]
        return AskResponse(answer=worded.draft.text, answerable=True,
                           citations=[to_citation(h) for h in ordered], figures=figures), ""

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
