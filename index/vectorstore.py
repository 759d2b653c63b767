"""Dense search behind LangChain's ``VectorStore`` interface, over reportqa's chunk records.

Keeping the dense side behind this interface is what lets another engine (Qdrant,
Milvus, …) replace FAISS without touching retrieval or answering: an engine supplies
:meth:`ChunkVectorStore.search_vector` and :meth:`ChunkVectorStore.cosine` over the rows
of one :class:`IndexData`, and the LangChain methods come with them.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, Self

import faiss
import numpy as np
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import VectorStore

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.index.keyword import KeywordIndex, tokenize_chunks
from reportqa.index.store import IndexData, Manifest, new_faiss_index
from reportqa.ingest.models import Chunk
from reportqa.ingest.normalize import detect_language, normalize


def chunk_to_document(chunk: Chunk, score: float | None = None) -> Document:
    """A LangChain document whose content is the verbatim passage."""
    metadata = {k: v for k, v in chunk.to_dict().items() if k not in ("text", "search_text")}
    metadata["location"] = chunk.location
    if score is not None:
        metadata["score"] = score
    return Document(page_content=chunk.text, metadata=metadata, id=chunk.id)


def index_data_of_texts(texts: list[str], embedding: ArrayEmbeddings, metadatas: list[dict] | None = None) -> IndexData:
    """An in-memory index over loose texts (each text becomes one chunk of doc ``metadata['doc_id']``)."""
    metadatas = metadatas or [{} for _ in texts]
    chunks = [
        Chunk(
            id=f"text#{i + 1}",
            doc_id=str(meta.get("doc_id", "text")),
            title=str(meta.get("title", "")),
            lang=detect_language(text),
            text=text,
            search_text=normalize(text),
            section=str(meta.get("section", "")),
            page=None,
            start=0,
            end=len(text),
        )
        for i, (text, meta) in enumerate(zip(texts, metadatas))
    ]
    vectors = embedding.encode_documents([c.search_text for c in chunks])
    manifest = Manifest("memory", "", embedding.model_name, embedding.dimension, len(chunks))
    keywords = KeywordIndex.from_tokens(tokenize_chunks(chunks))
    return IndexData(manifest, chunks, new_faiss_index(vectors, embedding.dimension), keywords)


class ChunkVectorStore(VectorStore):
    """Dense search over the chunks of one :class:`IndexData`; positions are its chunk rows."""

    def __init__(self, data: IndexData, embeddings: ArrayEmbeddings) -> None:
        self.data = data
        self._embeddings = embeddings

    @property
    def embeddings(self) -> ArrayEmbeddings:
        return self._embeddings

    @abstractmethod
    def search_vector(self, vector: np.ndarray, k: int, within: np.ndarray | None = None) -> list[tuple[int, float]]:
        """``(position, cosine)`` of the ``k`` nearest chunks to a unit ``vector``, nearest first.

        ``within``, an array of positions, restricts the search to those chunks: the engine
        filters while it searches, so the ``k`` nearest of the subset come back however far
        down the whole index's ranking they lie.
        """

    @abstractmethod
    def cosine(self, position: int, vector: np.ndarray) -> float:
        """Cosine of the chunk at ``position`` and a unit ``vector`` (for chunks found by keyword only)."""

    @classmethod
    @abstractmethod
    def from_index_data(cls, data: IndexData, embedding: ArrayEmbeddings, **kwargs: Any) -> Self:
        """A store serving ``data``'s vectors (written into the engine first where it needs that)."""

    def similarity_search_with_score(self, query: str, k: int = 4, **kwargs: Any) -> list[tuple[Document, float]]:
        hits = self.search_vector(self._embeddings.encode_query(query), k)
        return [(chunk_to_document(self.data.chunks[i], s), s) for i, s in hits]

    def similarity_search(self, query: str, k: int = 4, **kwargs: Any) -> list[Document]:
        return [doc for doc, _ in self.similarity_search_with_score(query, k)]

    @classmethod
    def from_texts(
        cls,
        texts: list[str],
        embedding: Embeddings,
        metadatas: list[dict] | None = None,
        *,
        ids: list[str] | None = None,
        **kwargs: Any,
    ) -> Self:
        """A store over loose texts; ``embedding`` must be an :class:`ArrayEmbeddings` (it embeds
        chunks as arrays); ``kwargs`` go to the engine (see :meth:`from_index_data`)."""
        if not isinstance(embedding, ArrayEmbeddings):
            raise TypeError("ChunkVectorStore needs reportqa ArrayEmbeddings (see reportqa.index.embeddings)")
        return cls.from_index_data(index_data_of_texts(texts, embedding, metadatas), embedding, **kwargs)


class FaissChunkStore(ChunkVectorStore):
    """Inner-product FAISS search, in process, over the version's ``vectors.faiss``."""

    def search_vector(self, vector: np.ndarray, k: int, within: np.ndarray | None = None) -> list[tuple[int, float]]:
        k = min(k, self.data.vectors.ntotal if within is None else len(within))
        if k <= 0:
            return []
        # The selector must outlive the search call, hence a local rather than an inline argument.
        selector = None if within is None else faiss.IDSelectorBatch(np.asarray(within, dtype=np.int64))
        params = None if selector is None else faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]
        scores, ids = self.data.vectors.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def cosine(self, position: int, vector: np.ndarray) -> float:
        return float(self.data.vectors.reconstruct(position) @ vector)

    @classmethod
    def from_index_data(cls, data: IndexData, embedding: ArrayEmbeddings, **kwargs: Any) -> Self:
        return cls(data, embedding)
