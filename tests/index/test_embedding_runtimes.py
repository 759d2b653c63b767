"""The OpenVINO runtime embeds like torch: same vectors for the seed passages and questions.

Indexes built by either runtime serve the other, and the faster one is the default only
because its vectors stay within cosine 0.999 of today's torch ones. Its int8 weights
(``REPORTQA_EMBEDDING_PRECISION=int8``) move vectors a little further, so an index keeps
their vectors apart under another model name.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reportqa.index.embeddings import load_embeddings, resolve_model_path, resolve_runtime
from reportqa.index.openvino_runtime import OpenVINOEmbeddings, ensure_openvino_export, load_tokenizer
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


@pytest.fixture(scope="module")
def passages() -> tuple[list[str], list[str]]:
    """Seed passages of every length class: the longest, the shortest, and some between."""
    chunks = [c for source in scan_corpus(SEED_CORPUS).files for c in read_source(source)[1]]
    chunks.sort(key=lambda c: len(embedding_text(c)))
    picked = chunks[:8] + chunks[len(chunks) // 2 : len(chunks) // 2 + 8] + chunks[-8:]
    return [embedding_text(c) for c in picked], [embedding_title(c) for c in picked]


@pytest.fixture(scope="module")
def torch_model():
    return load_embeddings.__wrapped__(MODEL, None, "auto", "torch")  # not cached: freed after these tests


QUESTIONS = ["What is the CAGR of the call center market?", "美国客户技术支持服务市场规模是多少？"]


def _cosines(model, torch_model, passages) -> tuple[np.ndarray, np.ndarray]:
    """Cosines of ``model``'s vectors to torch's, for the passages and for the questions."""
    texts, titles = passages
    vectors = model.encode_documents(texts, titles)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    documents = (_unit(vectors) * _unit(torch_model.encode_documents(texts, titles))).sum(axis=1)
    questions = np.array([_unit(model.encode_query(q)) @ _unit(torch_model.encode_query(q)) for q in QUESTIONS])
    return documents, questions


def test_openvino_vectors_match_torch_on_the_seed_passages_and_questions(service, torch_model, passages):
    assert isinstance(service.embeddings, OpenVINOEmbeddings)  # the default the suite runs on
    documents, questions = _cosines(service.embeddings, torch_model, passages)
    assert documents.min() >= 0.999, documents
    assert questions.min() >= 0.999, questions


def test_int8_weights_stay_near_torch_and_are_recorded_as_another_model(service, torch_model, passages):
    int8 = load_embeddings.__wrapped__(MODEL, None, "int8", "openvino")
    # An index of the default vectors is embedded again whole rather than mixed with these.
    assert int8.model_name == f"{MODEL}@int8" != service.embeddings.model_name
    export = ensure_openvino_export(Path(resolve_model_path(MODEL)), "int8")
    assert (export / "openvino_model.bin").stat().st_size < 0.6 * (
        ensure_openvino_export(Path(resolve_model_path(MODEL))) / "openvino_model.bin"
    ).stat().st_size
    documents, questions = _cosines(int8, torch_model, passages)
    # Measured over all 97 seed chunks: 0.9983 at worst, 0.9992 on average (docs/embedding-models.md).
    assert documents.min() >= 0.997 and documents.mean() >= 0.999, documents
    assert questions.min() >= 0.998, questions


def test_int8_weights_need_the_openvino_runtime():
    with pytest.raises(ValueError, match="openvino"):
        load_embeddings.__wrapped__(MODEL, None, "int8", "torch")


def test_the_tokenizer_without_transformers_pads_and_truncates_as_transformers_does():
    from transformers import AutoTokenizer

    folder = ensure_openvino_export(Path(resolve_model_path(MODEL)))
    texts = ["title: 客服中心 | text: 美国客户技术支持服务市场规模", "title: none | text: a short one", "long " * 3000]
    expected = AutoTokenizer.from_pretrained(str(folder))(texts, padding=True, truncation=True, max_length=2048)
    encoded = load_tokenizer(folder, 2048).encode_batch(texts)
    assert [e.ids for e in encoded] == expected["input_ids"]
    assert [e.attention_mask for e in encoded] == expected["attention_mask"]
    assert len(encoded[2].ids) == 2048 and encoded[1].ids[-1] == encoded[1].ids[-2]  # truncated; padded
