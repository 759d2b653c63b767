"""An index embedded from another chunk input (the full title, before) is re-embedded, not mixed with new vectors."""

from __future__ import annotations

import json

from reportqa.index.builder import build_index
from reportqa.index.store import EMBEDDING_INPUT, MANIFEST, current_version, embedding_text, load_index
from tests.support.embeddings import CountingEmbeddings


def test_a_version_without_the_current_input_is_embedded_again(tmp_path, service):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Widget market\n\nThe widget market was valued at USD 5.2 billion in 2024.\n")
    build_index(corpus, index, service.embeddings, progress=False)
    manifest_path = index / "versions" / current_version(index) / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    assert manifest["embedding_input"] == EMBEDDING_INPUT

    unchanged = CountingEmbeddings(service.embeddings)
    build_index(corpus, index, unchanged, progress=False)
    assert unchanged.embedded == []  # same input, same files: nothing to embed

    del manifest["embedding_input"]  # as written before the manifest recorded it
    manifest_path.write_text(json.dumps(manifest))
    again = CountingEmbeddings(service.embeddings)
    report = build_index(corpus, index, again, progress=False)
    chunks = load_index(index).chunks
    assert report.added == ["a.md"] and again.embedded == [embedding_text(c) for c in chunks]
    assert load_index(index).manifest.embedding_input == EMBEDDING_INPUT
