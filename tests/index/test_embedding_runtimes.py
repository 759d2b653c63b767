"""The OpenVINO runtime embeds like torch: same vectors for the seed passages and questions.

Indexes built by either runtime serve the other, and the faster one is the default only
because its vectors stay within cosine 0.999 of today's torch ones.
"""

from __future__ import annotations

import numpy as np
import pytest

from reportqa.index.embeddings import load_embeddings, resolve_runtime
from reportqa.index.openvino_runtime import OpenVINOEmbeddings
from reportqa.index.store import embedding_text, embedding_title
from reportqa.ingest.corpus import read_source, scan_corpus
from tests.support.servers import SEED_CORPUS

MODEL = "embeddinggemma-300m"


def _unit(matrix: np.ndarray) -> np.ndarray:
    # torch normalises in bfloat16, so its rows are unit only to about 1e-3.
    return matrix / np.linalg.norm(matrix, axis=-1, keepdims=True)


def test_auto_runtime_is_openvino_for_packaged_models_and_torch_for_others():
    assert resolve_runtime("auto", MODEL) == "openvino"
    assert resolve_runtime("auto", "sentence-transformers/all-MiniLM-L6-v2") == "torch"
    assert resolve_runtime("torch", MODEL) == "torch"
    with pytest.raises(ValueError, match="runtime"):
        resolve_runtime("onnx", MODEL)


def test_openvino_vectors_match_torch_on_the_seed_passages_and_questions(service):
    assert isinstance(service.embeddings, OpenVINOEmbeddings)  # the default the suite runs on
    chunks = [c for source in scan_corpus(SEED_CORPUS).files for c in read_source(source)[1]]
    # Every length class: the longest passages, the shortest, and some between.
    chunks.sort(key=lambda c: len(embedding_text(c)))
    picked = chunks[:8] + chunks[len(chunks) // 2 : len(chunks) // 2 + 8] + chunks[-8:]
    texts, titles = [embedding_text(c) for c in picked], [embedding_title(c) for c in picked]
    torch_model = load_embeddings.__wrapped__(MODEL, None, "auto", "torch")  # not cached: freed after the test
    openvino = service.embeddings.encode_documents(texts, titles)
    cosines = (_unit(openvino) * _unit(torch_model.encode_documents(texts, titles))).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    assert np.allclose(np.linalg.norm(openvino, axis=1), 1.0, atol=1e-5)
    for question in ["What is the CAGR of the call center market?", "美国客户技术支持服务市场规模是多少？"]:
        cosine = float(_unit(service.embeddings.encode_query(question)) @ _unit(torch_model.encode_query(question)))
        assert cosine >= 0.999, question
