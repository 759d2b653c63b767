"""Chunking rules: nothing dropped for looking like a heading, whole sentences, table headers."""

from __future__ import annotations

import pytest

from reportqa.ingest.chunker import MAX_CHARS, chunk_document, split_sentences
from reportqa.ingest.corpus import read_source, scan_corpus
from reportqa.ingest.loaders import SUPPORTED_SUFFIXES, load_document
from reportqa.ingest.models import Chunk, Document, Page


def _chunks(text: str, number: int | None = None) -> list[Chunk]:
    return chunk_document(Document("r.md", "Report", "0" * 64, (Page(number, text),)))


def test_short_lines_in_marked_text_are_content_not_headings():
    chunks = _chunks("# Regions\nNorth America 2.19 38.2%\nEurope 1.40 26.9%\n")
    assert chunks[0].text == "# Regions\nNorth America 2.19 38.2%\nEurope 1.40 26.9%"
    assert chunks[0].section == "Regions"


def test_plain_text_headings_open_their_passage():
    chunks = _chunks("Market overview\nThe market grew 8% in 2025. Demand came from banks.\nOutlook\nGrowth slows.")
    assert [(c.section, c.text) for c in chunks] == [
        ("Market overview", "Market overview\nThe market grew 8% in 2025. Demand came from banks."),
        ("Outlook", "Outlook\nGrowth slows."),
    ]


def test_headings_with_nothing_under_them_still_reach_a_chunk():
    chunks = _chunks("Intro text that is long enough to be a chunk.\n## Appendix A\n## Appendix B")
    assert chunks[-1].text == "## Appendix A\n## Appendix B" and chunks[-1].section == "Appendix B"


def test_html_of_inline_tags_and_links_is_not_lost(tmp_path):
    page = tmp_path / "r.html"
    page.write_text(
        "<html><body><h2>Size</h2><p>Revenue was <b>USD 5.2 billion</b> in <a href='#'>2024</a>, up "
        "<i>8%</i>.</p><ul><li>Banks</li><li>Insurers</li></ul></body></html>",
        encoding="utf-8",
    )
    texts = [c.text for c in chunk_document(load_document(page, "r.html"))]
    assert texts == ["## Size\nRevenue was USD 5.2 billion in 2024, up 8%.\n- Banks\n- Insurers"] or texts == [
        "## Size\nRevenue was USD 5.2 billion in 2024, up 8%.",
        "- Banks\n- Insurers",
    ]


def test_long_table_chunks_carry_caption_and_header_rows():
    rows = "\n".join(f"| Region {n} with a long descriptive name | {n}.5 | {n}.9 |" for n in range(40))
    text = f"# Revenue\nTable 3. Revenue (USD billion)\n| Region | 2024 | 2025 |\n|---|---|---|\n|  | actual | forecast |\n{rows}\n"
    tables = [c for c in _chunks(text) if c.kind == "table"]
    assert len(tables) > 1
    assert tables[0].text.startswith("| Region | 2024 | 2025 |")
    for chunk in tables[1:]:
        assert chunk.text.startswith("| Region ")
        assert (
            chunk.context
            == "Table 3. Revenue (USD billion)\n| Region | 2024 | 2025 |\n|---|---|---|\n|  | actual | forecast |"
        )
        assert "2025" in chunk.search_text and "forecast" in chunk.search_text


def test_a_row_of_years_under_the_separator_is_part_of_the_header():
    rows = "\n".join(f"| Item {n} with a long descriptive name | {n}.5 | {n}.9 |" for n in range(40))
    text = f"|  | March 31, |  |\n|---|---|---|\n| (in thousands) | 2019 | 2018 |\n{rows}\n"
    tables = [c for c in _chunks(text) if c.kind == "table"]
    assert len(tables) > 1 and all(c.context.endswith("| (in thousands) | 2019 | 2018 |") for c in tables[1:])


def test_chunks_end_on_sentence_boundaries_when_sentences_fit():
    sentence = "The widget market in region {n} grew by {n} percent in 2025 because demand rose. "
    text = "".join(sentence.format(n=n) for n in range(60)).strip()
    chunks = _chunks(text)
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk.text) <= MAX_CHARS["en"]
        assert chunk.text.startswith("The widget market") and chunk.text.endswith("demand rose.")


def test_sentences_wrapped_over_lines_and_abbreviations_stay_whole():
    text = "Revenue under ASU No. 2014-09 rose\nin the U.S. and abroad. Costs fell."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Revenue under ASU No. 2014-09 rose\nin the U.S. and abroad.",
        "Costs fell.",
    ]


def test_location_reads_like_a_citation():
    chunk = _chunks("## Market size by region\n| Region | 2024 |\n|---|---|\n| Europe | 1.40 |", number=12)[0]
    assert chunk.location == "p. 12 · Market size by region · table"


def test_chunks_stored_by_an_older_version_still_load():
    old = {
        "id": "r#1",
        "doc_id": "r",
        "title": "R",
        "lang": "en",
        "text": "t",
        "search_text": "t",
        "section": "S",
        "page": None,
        "start": 0,
        "end": 1,
        "quantities": [],
    }
    chunk = Chunk.from_dict(old)
    assert (chunk.kind, chunk.context, chunk.location) == ("", "", "S")
    assert Chunk.from_dict(chunk.to_dict()) == chunk


def test_docx_is_scanned_and_read(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("Gadget market", level=1)
    word.add_paragraph("The gadget market reached USD 7.5 billion in 2025.")
    word.save(tmp_path / "r.docx")
    assert ".docx" in SUPPORTED_SUFFIXES
    scan = scan_corpus(tmp_path)
    assert [f.doc_id for f in scan.files] == ["r.docx"] and scan.failed == []
    _, chunks = read_source(scan.files[0])
    assert chunks[0].text == "# Gadget market\nThe gadget market reached USD 7.5 billion in 2025."
    assert chunks[0].location == "Gadget market · paragraph"


def test_an_articles_own_header_is_content_the_sites_is_not(tmp_path):
    page = tmp_path / "r.html"
    page.write_text(
        "<html><body><header>Example Research home</header><article><header><h1>Kiosk Market 2025</h1></header>"
        "<p>The kiosk market reached USD 3.1 billion in 2025.</p><footer>Filed under retail</footer></article>"
        "<footer>All rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    texts = " ".join(c.text for c in chunk_document(load_document(page, "r.html")))
    assert texts == "# Kiosk Market 2025\nThe kiosk market reached USD 3.1 billion in 2025.\nFiled under retail"


@pytest.mark.timeout(10)
@pytest.mark.parametrize("mark", [".", "!", "。", "？"])
def test_sentence_splitting_is_linear_on_a_run_of_marks(mark):
    split_sentences("Market" + mark * 200_000 + " next")  # the run was tried from every mark: minutes
