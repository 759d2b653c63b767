"""An index whose chunks were made another way (older normalisation, another embedding
input) is read and embedded again whole, never mixed with chunks and vectors made now."""

from __future__ import annotations

import json

from reportqa.index.builder import build_index
from reportqa.index.store import MANIFEST, TEXT_FORMAT, current_version, embedding_text, load_index
from tests.support.embeddings import CountingEmbeddings


def test_a_version_of_an_older_text_format_is_read_and_embedded_again(tmp_path, service):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.md").write_text("# 呼叫中心市场\n\n全球呼叫中心市场2024年规模为340.3亿美元。\n", encoding="utf-8")
    build_index(corpus, index, service.embeddings, progress=False)
    manifest_path = index / "versions" / current_version(index) / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    assert manifest["text_format"] == TEXT_FORMAT

    unchanged = CountingEmbeddings(service.embeddings)
    build_index(corpus, index, unchanged, progress=False)
    assert unchanged.embedded == []  # same format, same files: nothing to embed

    del manifest["text_format"]  # as written before the manifest recorded it
    manifest_path.write_text(json.dumps(manifest))
    again = CountingEmbeddings(service.embeddings)
    report = build_index(corpus, index, again, progress=False)
    rebuilt = load_index(index)
    assert report.added == ["a.md"] and again.embedded == [embedding_text(c) for c in rebuilt.chunks]
    assert rebuilt.manifest.text_format == TEXT_FORMAT
    # Simplified Chinese is kept as written (format 2): Taiwan phrase mapping made it 调用中心.
    assert all("呼叫中心" in c.search_text for c in rebuilt.chunks)
