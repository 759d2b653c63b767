"""Which engine answers dense search, chosen by configuration (``REPORTQA_VECTOR_STORE``).

An engine does four things with index versions: open one for search, publish a new one's
vectors before ``CURRENT`` names it, tell whether it holds one, and drop pruned ones.
FAISS needs no publishing (its vectors are the version folder's ``vectors.faiss``);
Qdrant keeps one collection per version (:mod:`reportqa.index.qdrant_store`). Another
engine (Milvus, …) is one more class with these four methods and a
:class:`~reportqa.index.vectorstore.ChunkVectorStore` to search with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.index.store import IndexData
from reportqa.index.vectorstore import ChunkVectorStore, FaissChunkStore


@dataclass(frozen=True)
class VectorStoreConfig:
    """The dense engine and where it lives (``REPORTQA_VECTOR_STORE``, ``REPORTQA_QDRANT_*``)."""

    engine: Literal["faiss", "qdrant"] = "faiss"
    url: str | None = None  # a Qdrant server or cluster
    path: str | None = None  # an embedded Qdrant folder, or ":memory:"
    api_key: str | None = None


FAISS = VectorStoreConfig()


class DenseEngine(Protocol):
    """What indexing and retrieval need of a dense engine, per index version."""

    def open(self, data: IndexData, embeddings: ArrayEmbeddings) -> ChunkVectorStore:
        """A store searching ``data``'s version."""

    def publish(self, data: IndexData) -> None:
        """Make ``data``'s vectors searchable under its version, completely, before returning."""

    def holds(self, version: str) -> bool:
        """Whether ``version`` has been published."""

    def drop(self, versions: Iterable[str]) -> None:
        """Forget pruned ``versions``."""


class FaissEngine:
    """FAISS in process: ``write_index`` writes the vectors, so there is nothing else to do."""

    def open(self, data: IndexData, embeddings: ArrayEmbeddings) -> ChunkVectorStore:
        return FaissChunkStore(data, embeddings)

    def publish(self, data: IndexData) -> None:
        pass

    def holds(self, version: str) -> bool:
        return True

    def drop(self, versions: Iterable[str]) -> None:
        pass


def dense_engine(config: VectorStoreConfig = FAISS) -> DenseEngine:
    """The engine ``config`` names; qdrant-client is imported only when Qdrant is chosen."""
    if config.engine == "qdrant":
        try:
            from reportqa.index.qdrant_store import QdrantEngine
        except ModuleNotFoundError as exc:
            raise ImportError("the qdrant vector store needs qdrant-client: pip install 'reportqa[qdrant]'") from exc
        return QdrantEngine.connect(config.url, config.path, config.api_key)
    return FaissEngine()


def open_dense_store(
    data: IndexData, embeddings: ArrayEmbeddings, config: VectorStoreConfig = FAISS
) -> ChunkVectorStore:
    """The dense store serving ``data``'s version in the engine ``config`` names."""
    return dense_engine(config).open(data, embeddings)
