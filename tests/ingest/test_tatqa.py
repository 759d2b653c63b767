"""TAT-QA report tables and paragraphs, rendered as each format, reach the index whole."""

from __future__ import annotations

import pytest

from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from tests.ingest import tatqa
from tests.ingest.fidelity import missing

pytestmark = pytest.mark.skipif(not tatqa.DATASET.is_file(), reason=f"TAT-QA dev set not found at {tatqa.DATASET}")
PDF_CONTEXTS = 25  # PDF is the slow format; these run to about 30 pages


@pytest.fixture(scope="module")
def items():
    return tatqa.contexts()


def _write(fmt: str, items: list[dict], folder) -> object:
    path = folder / f"tatqa.{fmt}"
    if fmt == "md":
        path.write_text(tatqa.markdown(items), encoding="utf-8")
    elif fmt == "html":
        path.write_text(tatqa.html_page(items), encoding="utf-8")
    elif fmt == "docx":
        tatqa.docx_file(items, path)
    else:
        tatqa.pdf_file(items, path)
    return path


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_every_cell_keeps_its_row_and_column_header_and_every_sentence_is_whole(fmt, items, tmp_path):
    items = items[:PDF_CONTEXTS] if fmt == "pdf" else items
    path = _write(fmt, items, tmp_path)
    chunks = chunk_document(load_document(path, path.name))
    lost = missing(tatqa.expected(items), chunks)
    assert lost == [], f"{len(lost)} items lost, first: {lost[:3]}"
