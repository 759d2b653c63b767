"""Qdrant as the dense engine: one collection per index version, point id = chunk row.

A version's collection is written completely before ``CURRENT`` names the version and
dropped when the version is pruned, so Qdrant swaps versions as atomically as the
version folders do. Point ids are the rows of the version's ``chunks.jsonl``, so a hit
maps straight to its chunk and the chunk records stay with the index folder; Qdrant holds
vectors only.

Embedded mode (``path``) locks its folder to one client per process and one process at
a time: fine for tests and a single server, while several processes (``reportqa
ingest`` next to a running server, replicas) need a Qdrant server (``url``).
"""

from __future__ import annotations

import atexit
import functools
from collections.abc import Iterable
from typing import Any, Self

import numpy as np
from qdrant_client import QdrantClient, models

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.index.store import IndexData
from reportqa.index.vectorstore import ChunkVectorStore

COLLECTION_PREFIX = "reportqa_"
UPSERT_BATCH = 512  # points per request: ~1.5 MB of 768-d vectors, well under Qdrant's 32 MB limit


class CollectionMissing(LookupError):
    """The served index version has no collection in Qdrant."""


def collection_name(version: str) -> str:
    """The collection holding index ``version``'s vectors."""
    return COLLECTION_PREFIX + version


@functools.cache
def _client(url: str | None, path: str | None, api_key: str | None) -> QdrantClient:
    # One client per location and process: embedded mode refuses a second client on its
    # folder, and a server client pools its connections.
    client = (
        QdrantClient(location=":memory:") if path == ":memory:" else QdrantClient(url=url, path=path, api_key=api_key)
    )
    # Closed before the interpreter tears its modules down: the client's own __del__ then
    # fails on a missing sys.meta_path and prints a traceback at every exit.
    atexit.register(client.close)
    return client


class QdrantEngine:
    """Publishes, opens and drops index versions as Qdrant collections."""

    def __init__(self, client: QdrantClient) -> None:
        self.client = client

    @classmethod
    def connect(cls, url: str | None = None, path: str | None = None, api_key: str | None = None) -> Self:
        """The engine on a server/cluster ``url`` or an embedded folder ``path`` (``":memory:"`` for none)."""
        return cls(_client(url, path, api_key))

    def open(self, data: IndexData, embeddings: ArrayEmbeddings) -> QdrantChunkStore:
        name = collection_name(data.manifest.version)
        if not self.client.collection_exists(name):
            raise CollectionMissing(
                f"Qdrant has no collection {name} for index version {data.manifest.version}; "
                "run `reportqa ingest` (or POST /reindex) to publish it"
            )
        return QdrantChunkStore(data, embeddings, self.client, name)

    def publish(self, data: IndexData) -> None:
        name = collection_name(data.manifest.version)
        # DOT, as FAISS's inner product: the vectors are unit only up to bfloat16 rounding,
        # and COSINE would renormalise them and shift every score the refusal thresholds see.
        self.client.create_collection(
            name, vectors_config=models.VectorParams(size=data.manifest.dimension, distance=models.Distance.DOT)
        )
        total = data.vectors.ntotal
        for start in range(0, total, UPSERT_BATCH):
            rows = data.vectors.reconstruct_n(start, min(UPSERT_BATCH, total - start))
            # wait=True: the points must be searchable before CURRENT names the version.
            self.client.upsert(
                name, models.Batch(ids=list(range(start, start + len(rows))), vectors=rows.tolist()), wait=True
            )

    def holds(self, version: str) -> bool:
        return self.client.collection_exists(collection_name(version))

    def drop(self, versions: Iterable[str]) -> None:
        for version in versions:
            self.client.delete_collection(collection_name(version))


class QdrantChunkStore(ChunkVectorStore):
    """Inner-product (cosine of unit vectors) search in one Qdrant collection over the rows of one
    :class:`IndexData`."""

    def __init__(self, data: IndexData, embeddings: ArrayEmbeddings, client: QdrantClient, collection: str) -> None:
        super().__init__(data, embeddings)
        self.client = client
        self.collection = collection

    def search_vector(self, vector: np.ndarray, k: int, within: np.ndarray | None = None) -> list[tuple[int, float]]:
        if k <= 0 or (within is not None and not len(within)):
            return []
        # Point ids are chunk rows, so a scope is a filter on ids that Qdrant applies while searching.
        scope = None if within is None else models.Filter(must=[models.HasIdCondition(has_id=[int(i) for i in within])])
        response = self.client.query_points(
            self.collection,
            query=np.asarray(vector, dtype=np.float32).tolist(),
            query_filter=scope,
            limit=k,
            with_payload=False,
        )
        return [(int(p.id), float(p.score)) for p in response.points]

    def cosine(self, position: int, vector: np.ndarray) -> float:
        (record,) = self.client.retrieve(self.collection, [position], with_vectors=True)
        return float(np.asarray(record.vector, dtype=np.float32) @ vector)

    @classmethod
    def from_index_data(
        cls, data: IndexData, embedding: ArrayEmbeddings, *, engine: QdrantEngine | None = None, **kwargs: Any
    ) -> QdrantChunkStore:
        """Publish ``data`` into ``engine`` (a fresh in-memory Qdrant by default) and search it."""
        engine = engine or QdrantEngine(QdrantClient(location=":memory:"))
        engine.publish(data)
        return engine.open(data, embedding)
