"""A file indexed in part says which part it lost: the rebuild report lists a scanned page."""

from __future__ import annotations

from reportqa.index.builder import build_index
from tests.ingest.documents import scanned_pdf


def test_a_scanned_page_is_a_warning_of_an_indexed_file(tmp_path, service):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    scanned_pdf(corpus, text_pages=1)
    report = build_index(corpus, tmp_path / "index", service.embeddings, progress=False)
    assert report.added == ["scanned.pdf"]
    assert [w["file"] for w in report.warnings] == ["scanned.pdf"]
    assert "no text layer" in report.warnings[0]["problem"]
