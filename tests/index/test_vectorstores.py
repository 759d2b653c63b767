"""The dense engine swapped by configuration: embedded Qdrant answers as FAISS does.

The FAISS side is the session's ``service``. The Qdrant side is a copy of its index
switched to ``REPORTQA_VECTOR_STORE=qdrant`` and reindexed, which publishes the same
vectors into an embedded Qdrant folder without embedding the corpus a second time: the
comparison is of engines over identical vectors, and a second embedding costs a minute of CPU.
"""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

pytest.importorskip("qdrant_client", reason="qdrant-client is not installed: pip install -e '.[test]'")

from reportqa.index.builder import build_index  # noqa: E402
from reportqa.index.qdrant_store import CollectionMissing, QdrantChunkStore, collection_name  # noqa: E402
from reportqa.index.retriever import HybridSearcher  # noqa: E402
from reportqa.index.store import load_index  # noqa: E402
from reportqa.index.vectorstore import FaissChunkStore  # noqa: E402
from reportqa.index.vectorstores import VectorStoreConfig, dense_engine, open_dense_store  # noqa: E402
from reportqa.server.http.app import create_app  # noqa: E402
from reportqa.server.service import QAService  # noqa: E402
from reportqa.settings import Settings  # noqa: E402
from tests.support.grounding import assert_grounded  # noqa: E402

QUESTIONS = [
    "What was the call centers market size in 2025?",
    "2025年美国客户技术支持服务市场规模是多少？",
    "客服中心市场的复合年增长率是多少？",
    "How much did IBM pay to acquire HashiCorp?",
    "Which deployment modes does the call centers report compare?",
]


@pytest.fixture(scope="module")
def qdrant_service(tmp_path_factory, seed_settings, service) -> QAService:
    """The seed corpus's index served from embedded Qdrant."""
    root = tmp_path_factory.mktemp("qdrant")
    shutil.copytree(seed_settings.index, root / "index")
    settings = Settings(
        corpus=seed_settings.corpus,
        index=root / "index",
        allowed_hosts=seed_settings.allowed_hosts,
        vector_store="qdrant",
        qdrant_path=str(root / "qdrant"),
    )
    qa = QAService(settings, embeddings=service.embeddings)
    report = qa.library.reindex()
    assert not report.changed and report.index_version == service.library.searcher().data.manifest.version
    return qa


def test_qdrant_search_matches_faiss(service, qdrant_service):
    faiss_searcher, qdrant_searcher = service.library.searcher(), qdrant_service.library.searcher()
    # Otherwise this would compare FAISS with itself and prove nothing.
    assert isinstance(qdrant_searcher.vectorstore, QdrantChunkStore)
    assert isinstance(faiss_searcher.vectorstore, FaissChunkStore)
    assert [c.id for c in qdrant_searcher.data.chunks] == [c.id for c in faiss_searcher.data.chunks]
    for question in QUESTIONS:
        qvec = service.embeddings.encode_query(question)
        want = faiss_searcher.vectorstore.search_vector(qvec, 10)
        got = qdrant_searcher.vectorstore.search_vector(qvec, 10)
        assert [p for p, _ in got] == [p for p, _ in want], question
        assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=1e-5), question
        hybrid_want = [(h.position, h.dense) for h in faiss_searcher.search(question, 8)]
        hybrid_got = [(h.position, h.dense) for h in qdrant_searcher.search(question, 8)]
        assert [p for p, _ in hybrid_got] == [p for p, _ in hybrid_want], question
        assert [s for _, s in hybrid_got] == pytest.approx([s for _, s in hybrid_want], abs=1e-5), question


def test_cosine_of_any_row_matches_faiss(service, qdrant_service):
    """The cosine a keyword-only candidate gets comes from the engine, for any row."""
    faiss_store, qdrant_store = service.library.searcher().vectorstore, qdrant_service.library.searcher().vectorstore
    qvec = service.embeddings.encode_query(QUESTIONS[0])
    last = len(service.library.searcher().data.chunks) - 1
    for position in (0, last // 2, last):
        assert qdrant_store.cosine(position, qvec) == pytest.approx(faiss_store.cosine(position, qvec), abs=1e-5)


def test_ask_is_answered_through_qdrant(qdrant_service):
    with TestClient(create_app(qdrant_service.settings, qdrant_service)) as client:
        english = client.post("/ask", json={"question": QUESTIONS[0]}).json()
        chinese = client.post("/ask", json={"question": QUESTIONS[1]}).json()
    for body in (english, chinese):
        assert body["answerable"] is True
        assert_grounded(body)
    assert any("34.03" in c["text"] or "340.3" in c["text"] for c in english["citations"])
    assert "34.03" in english["answer"] or "340.3" in english["answer"]
    assert chinese["citations"][0]["doc"] == "us-customer-technical-support-services-market.txt"
    assert "100.6" in chinese["answer"]


def test_switching_to_qdrant_publishes_then_versions_swap_and_prune(tmp_path, seed_settings, service):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(seed_settings.corpus, corpus)
    shutil.copytree(seed_settings.index, index)  # built with FAISS by the session's service
    config = VectorStoreConfig("qdrant", path=str(tmp_path / "qdrant"))
    engine = dense_engine(config)

    switched = build_index(corpus, index, service.embeddings, progress=False, vector_store=config)
    assert not switched.changed and engine.holds(switched.index_version)  # published from vectors.faiss
    versions = [switched.index_version]
    for n in (1, 2):
        (corpus / f"widgets-{n}.txt").write_text(
            f"Widget market note {n}\n\nThe global widget market was worth USD {n}.5 billion in 2025.\n",
            encoding="utf-8",
        )
        versions.append(
            build_index(corpus, index, service.embeddings, progress=False, vector_store=config).index_version
        )

    kept = versions[1:]  # the oldest version is pruned, folder and collection alike
    assert sorted(p.name for p in (index / "versions").iterdir()) == sorted(kept)
    assert {c.name for c in engine.client.get_collections().collections} == {collection_name(v) for v in kept}
    # The appended chunks' rows are their point ids in the new collection.
    hits = HybridSearcher(load_index(index), service.embeddings, config).search("How large was the widget market?", 2)
    assert {h.chunk.doc_id for h in hits} == {"widgets-1.txt", "widgets-2.txt"}


def test_a_version_missing_from_qdrant_is_reported(service):
    with pytest.raises(CollectionMissing, match="reportqa ingest"):
        open_dense_store(
            service.library.searcher().data, service.embeddings, VectorStoreConfig("qdrant", path=":memory:")
        )


def test_langchain_from_texts_and_similarity_search(service):
    texts = [
        "The call centers market was valued at USD 34.03 billion in 2025.",
        "IBM 斥资 64 亿美元收购 HashiCorp。",
        "Cloud deployment grows faster than on-premise deployment.",
    ]
    qdrant_store = QdrantChunkStore.from_texts(texts, service.embeddings)
    faiss_store = FaissChunkStore.from_texts(texts, service.embeddings)
    question = "How much did IBM pay for HashiCorp?"
    assert "HashiCorp" in qdrant_store.similarity_search(question, k=1)[0].page_content
    got = [(d.id, s) for d, s in qdrant_store.similarity_search_with_score(question, k=3)]
    want = [(d.id, s) for d, s in faiss_store.similarity_search_with_score(question, k=3)]
    assert [i for i, _ in got] == [i for i, _ in want]
    assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=1e-5)


@pytest.mark.parametrize("location", [{}, {"qdrant_url": "http://qdrant:6333", "qdrant_path": "qdrant"}])
def test_qdrant_needs_exactly_one_location(location):
    with pytest.raises(ValidationError, match="exactly one of"):
        Settings(vector_store="qdrant", **location)
