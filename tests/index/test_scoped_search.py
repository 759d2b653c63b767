"""Scoped retrieval: ``HybridSearcher.search(..., documents=...)`` returns the named reports' best chunks only.

The corpus is small and built here with the session's embedding model: one long battery
report of 64 near-identical regional sections (more chunks than the searcher's candidate
depth), a short pet-food report, and a Chinese report in a subfolder, so a scope to the
pet-food report has to reach chunks that a corpus-wide search never ranks.
"""

from __future__ import annotations

import numpy as np
import pytest

from reportqa.index.builder import build_index
from reportqa.index.retriever import CANDIDATES, HybridSearcher, ReportRetriever, UnknownDocuments
from reportqa.index.store import load_index

BATTERY, PET_FOOD, SOLAR_ZH = "ev-battery-packs.md", "pet-food.md", "zh/光伏组件市场.md"
REGIONS = ["Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Inland", "Highland"]
QUESTION = "How large is the EV battery pack market and how fast is it growing?"


def _battery_report() -> str:
    sections = ["# EV Battery Pack Market Outlook 2024-2030\n"]
    for n in range(64):
        region = f"{REGIONS[n % 8]} Zone {n // 8 + 1}"
        size, cagr = 1.2 + 0.37 * n, 8.0 + (n % 13) * 0.6
        sections.append(
            f"## {region}\n\nThe EV battery pack market in the {region} reached USD {size:.2f} billion in 2024 "
            f"and is forecast to grow at a CAGR of {cagr:.1f}% through 2030, as lithium iron phosphate packs "
            f"displace nickel-rich chemistries in mid-range electric vehicles sold across the {region}.\n"
        )
    return "\n".join(sections)


PET_FOOD_REPORT = """# Premium Pet Food Market 2025

## Overview

The premium pet food market was valued at USD 38.4 billion in 2024, with dry kibble holding a 54% share.

## Channels

E-commerce subscriptions grew 17.2% year over year, while specialty pet stores lost 1.4 percentage points of share.

## Outlook

Fresh-cooked dog food is the fastest-growing segment, expected to expand at a CAGR of 11.3% to 2030.
"""

SOLAR_ZH_REPORT = """# 光伏组件市场研究报告

## 市场规模

2024年中国光伏组件市场规模达到3,250亿元，同比增长12.5%。

## 技术路线

N型TOPCon组件出货占比提升至68%，较2023年提高23个百分点。
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory, service) -> HybridSearcher:
    """A searcher over the three-report corpus, embedded with the session's model."""
    root = tmp_path_factory.mktemp("scoped")
    corpus = root / "corpus"
    (corpus / "zh").mkdir(parents=True)
    (corpus / BATTERY).write_text(_battery_report(), encoding="utf-8")
    (corpus / PET_FOOD).write_text(PET_FOOD_REPORT, encoding="utf-8")
    (corpus / SOLAR_ZH).write_text(SOLAR_ZH_REPORT, encoding="utf-8")
    report = build_index(corpus, root / "index", service.embeddings, progress=False)
    assert not report.failed, report.failed
    return HybridSearcher(load_index(root / "index"), service.embeddings)


def _docs(hits) -> set[str]:
    return {h.chunk.doc_id for h in hits}


def test_corpus_wide_search_never_reaches_the_small_report(searcher):
    rows = searcher.rows_of([BATTERY])
    assert len(rows) > CANDIDATES, (
        "the battery report must outnumber the candidate depth for this test to mean anything"
    )
    qvec = searcher.embeddings.encode_query(QUESTION)
    assert _docs(searcher.search(QUESTION, 10)) == {BATTERY}
    dense = searcher.vectorstore.search_vector(qvec, CANDIDATES)
    assert all(searcher.data.chunks[p].doc_id == BATTERY for p, _ in dense)


def test_scope_returns_the_named_reports_best_chunks(searcher):
    hits = searcher.search(QUESTION, 3, documents=[PET_FOOD])
    assert len(hits) == 3 and _docs(hits) == {PET_FOOD}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    best = searcher.search("Which pet food segment grows fastest?", 1, documents=[PET_FOOD])[0]
    assert "Fresh-cooked" in best.chunk.text


def test_scope_over_several_reports(searcher):
    hits = searcher.search("光伏组件市场规模", 20, documents=[SOLAR_ZH, PET_FOOD])
    assert _docs(hits) == {SOLAR_ZH, PET_FOOD}
    assert len(hits) == len(searcher.rows_of([SOLAR_ZH, PET_FOOD]))  # asked for more than they hold: all of them
    assert hits[0].chunk.doc_id == SOLAR_ZH and "3,250亿元" in hits[0].chunk.text


def test_dense_scope_is_exact_nearest_neighbours(searcher):
    rows = searcher.rows_of([PET_FOOD, SOLAR_ZH])
    qvec = searcher.embeddings.encode_query(QUESTION)
    vectors = np.vstack([searcher.data.vectors.reconstruct(int(r)) for r in rows])
    want = rows[np.argsort(-(vectors @ qvec))][:4]
    got = searcher.vectorstore.search_vector(qvec, 4, rows)
    assert [p for p, _ in got] == want.tolist()


def test_unknown_documents_are_named(searcher):
    with pytest.raises(UnknownDocuments) as caught:
        searcher.search(QUESTION, 3, documents=[PET_FOOD, "missing.md", "zh/other.md"])
    assert caught.value.names == ["missing.md", "zh/other.md"]
    assert "missing.md" in str(caught.value) and isinstance(caught.value, LookupError)


def test_no_scope_means_the_whole_corpus(searcher):
    want = [h.position for h in searcher.search(QUESTION, 5)]
    assert [h.position for h in searcher.search(QUESTION, 5, documents=None)] == want
    assert [h.position for h in searcher.search(QUESTION, 5, documents=[])] == want


def test_a_single_name_is_not_split_into_characters(searcher):
    assert _docs(searcher.search(QUESTION, 2, documents=PET_FOOD)) == {PET_FOOD}


def test_langchain_retriever_passes_the_scope(searcher):
    docs = ReportRetriever(searcher=searcher, k=2, documents=[SOLAR_ZH]).invoke("N型组件占比")
    assert docs and {d.metadata["doc_id"] for d in docs} == {SOLAR_ZH}


def test_qdrant_scope_matches_faiss(searcher):
    pytest.importorskip("qdrant_client", reason="qdrant-client is not installed: pip install -e '.[test]'")
    from reportqa.index.qdrant_store import QdrantChunkStore

    qdrant = QdrantChunkStore.from_index_data(searcher.data, searcher.embeddings)
    qvec = searcher.embeddings.encode_query(QUESTION)
    for scope in ([PET_FOOD], [PET_FOOD, SOLAR_ZH], [BATTERY]):
        rows = searcher.rows_of(scope)
        want = searcher.vectorstore.search_vector(qvec, 5, rows)
        got = qdrant.search_vector(qvec, 5, rows)
        assert [p for p, _ in got] == [p for p, _ in want]
        assert np.allclose([s for _, s in got], [s for _, s in want], atol=1e-4)
