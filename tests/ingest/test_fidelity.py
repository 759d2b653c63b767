"""Every sentence, heading, list item and table cell of a generated report reaches a chunk."""

from __future__ import annotations

import pytest

from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from tests.ingest import documents
from tests.ingest.fidelity import missing


@pytest.fixture(scope="module", params=["html_report", "docx_report", "pdf_report"])
def sample(request, tmp_path_factory):
    built = getattr(documents, request.param)(tmp_path_factory.mktemp(request.param))
    doc = load_document(built.path, built.path.name)
    return built, doc, chunk_document(doc)


def test_every_item_reaches_a_chunk_on_its_page(sample):
    built, _, chunks = sample
    assert missing(built.expected, chunks, check_pages=True) == []


def test_no_boilerplate_reaches_the_index(sample):
    built, _, chunks = sample
    indexed = "\n".join(c.context + "\n" + c.text for c in chunks)
    assert [bad for bad in built.forbidden if bad in indexed] == []


def test_chunks_are_verbatim_slices_with_reader_locations(sample):
    _, doc, chunks = sample
    pages = {page.number: page.text for page in doc.pages}
    for chunk in chunks:
        assert pages[chunk.page][chunk.start : chunk.end] == chunk.text
        assert chunk.kind in ("paragraph", "list", "table")
        assert "chars" not in chunk.location and chunk.location.endswith(chunk.kind)


def test_table_rows_keep_their_header(sample):
    _, _, chunks = sample
    row = next(c for c in chunks if "North America | 2.19" in c.text)
    assert row.kind == "table" and "Widget revenue by region" in row.section + row.context + row.text
    assert "| Region | 2024 (USD billion) | Share |" in row.context + row.text
    assert "2024 (USD billion)" in row.search_text


def test_headings_are_sections_and_searchable(sample):
    _, _, chunks = sample
    drivers = next(c for c in chunks if "Cheaper sensors since 2021" in c.text)
    assert drivers.section == "Key drivers" and drivers.kind == "list"
    assert "Key drivers" in drivers.text


def test_title(sample):
    _, doc, _ = sample
    assert doc.title == "Widget Market Report 2025"
