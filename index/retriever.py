"""Hybrid retrieval: dense FAISS search and BM25 keyword search fused by reciprocal rank."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.index.keyword import tokenize
from reportqa.index.query import expand_query
from reportqa.index.rerank import rerank
from reportqa.index.store import IndexData
from reportqa.index.vectorstore import chunk_to_document
from reportqa.index.vectorstores import FAISS, VectorStoreConfig, open_dense_store
from reportqa.ingest.models import Chunk

RRF_K = 60  # the constant from Cormack et al. (2009); damps the head of each list
CANDIDATES = 50
RERANK_DEPTH = 20  # fused candidates the reranker reorders
# The dense model is the stronger ranker (dev hit@1 0.95 alone); keyword search adds exact
# names and numbers, so its list counts for less in the fusion.
DENSE_WEIGHT, KEYWORD_WEIGHT = 1.0, 0.5


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk with the evidence for its rank."""

    chunk: Chunk
    score: float  # fused score used for ranking
    dense: float  # cosine similarity of question and chunk
    keyword: float  # BM25 score relative to the best keyword match (0..1)
    position: int  # row in the index


class UnknownDocuments(LookupError):
    """A scoped search named reports the index does not hold (the HTTP layer answers 422)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted(names)
        super().__init__("unknown documents: " + ", ".join(self.names))


class HybridSearcher:
    """Searches one loaded index version; immutable, so safe to share across threads."""

    def __init__(
        self,
        data: IndexData,
        embeddings: ArrayEmbeddings,
        vector_store: VectorStoreConfig = FAISS,
        rerank: bool = True,
    ) -> None:
        self.data = data
        self.rerank = rerank
        self.vectorstore = open_dense_store(data, embeddings, vector_store)
        self.embeddings = embeddings
        self.keywords = data.keywords
        rows: dict[str, list[int]] = {name: [] for name in data.manifest.files}
        for pos, chunk in enumerate(data.chunks):
            rows.setdefault(chunk.doc_id, []).append(pos)
        self._rows = {name: np.asarray(positions, dtype=np.int64) for name, positions in rows.items()}

    def rows_of(self, documents: Iterable[str] | None) -> np.ndarray | None:
        """The chunk rows of ``documents`` (corpus-relative file names), ascending; ``None`` for the whole corpus.

        A single name may be passed as a string. An empty collection means the whole corpus
        too, as an empty selection does in the web chat. Raises :class:`UnknownDocuments`
        naming every file the index lacks.
        """
        names = {documents} if isinstance(documents, str) else set(documents or ())
        if not names:
            return None
        unknown = names - self._rows.keys()
        if unknown:
            raise UnknownDocuments(unknown)
        return np.sort(np.concatenate([self._rows[name] for name in names]))

    def search(
        self, question: str, k: int = 5, documents: Iterable[str] | None = None, keyword_matches: int = 0
    ) -> list[Hit]:
        """The ``k`` best chunks for ``question``, best first, from ``documents`` only when given; then
        up to ``keyword_matches`` chunks below them that keyword search scores near its best
        (:func:`with_keyword_matches`).

        A scope is applied inside both searches, not to their results, so the best ``k``
        chunks of the named reports come back even when the rest of the corpus outranks them.
        """
        within = self.rows_of(documents)
        if not self.data.chunks or (within is not None and not len(within)):
            return []
        expanded = expand_query(question)
        qvec = self.embeddings.encode_query(question)
        dense_hits = self.vectorstore.search_vector(qvec, CANDIDATES, within)
        dense = dict(dense_hits)
        kw_scores = self.keywords.scores(tokenize(expanded))
        kw_top = _top_rows(kw_scores, CANDIDATES, within)
        kw_max = float(kw_scores[kw_top[0]]) if len(kw_top) and kw_scores[kw_top[0]] > 0 else 1.0
        fused: dict[int, float] = {}
        for rank, (pos, _) in enumerate(dense_hits):
            fused[pos] = fused.get(pos, 0.0) + DENSE_WEIGHT / (RRF_K + rank + 1)
        for rank, pos in enumerate(int(p) for p in kw_top if kw_scores[p] > 0):
            fused[pos] = fused.get(pos, 0.0) + KEYWORD_WEIGHT / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda pos: fused[pos], reverse=True)[: max(k, RERANK_DEPTH) if self.rerank else k]
        for p in order:  # keyword-only candidates still get a true cosine for the answerability check
            if p not in dense:
                dense[p] = self.vectorstore.cosine(p, qvec)
        hits = [Hit(self.data.chunks[p], fused[p], dense[p], float(kw_scores[p]) / kw_max, p) for p in order]
        return with_keyword_matches(rerank(question, hits), k, keyword_matches) if self.rerank else hits[:k]


# A passage whose keyword score is at least this share of the best one writes the question's own terms (or
# their translations: 化学发光 for "chemiluminescence") about as often as the best passage does.
KEPT_KEYWORD = 0.5


def with_keyword_matches(ranked: list[Hit], k: int, extra: int) -> list[Hit]:
    """The first ``k`` of ``ranked``, then up to ``extra`` passages below them that keyword search scores at
    least ``KEPT_KEYWORD`` of its best: the reranker leans on the dense cosine, which across languages ranks
    a paragraph writing the question's rare term ("其中化学发光…规模为450.9亿元") below tables that only share
    its market's words. Added, not swapped in: the passages ranked first are what other figures need."""
    return ranked[:k] + [h for h in ranked[k:] if h.keyword >= KEPT_KEYWORD][:extra]


def _top_rows(scores: np.ndarray, n: int, within: np.ndarray | None) -> np.ndarray:
    """The rows of the ``n`` highest ``scores``, highest first, among ``within`` when given."""
    if within is None:
        return np.argsort(-scores)[:n]
    return within[np.argsort(-scores[within])[:n]]


class ReportRetriever(BaseRetriever):
    """LangChain retriever over a :class:`HybridSearcher`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    searcher: HybridSearcher
    k: int = 5
    documents: list[str] | None = None  # corpus-relative file names to search within; None for all

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [chunk_to_document(h.chunk, h.score) for h in self.searcher.search(query, self.k, self.documents)]
