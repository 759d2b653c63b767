"""Loaders, normalisation and chunking on real files written to a temp corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.index.query import expand_query, scale_variants
from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.corpus import read_source, scan_corpus
from reportqa.ingest.loaders import UnreadableFile, load_document
from reportqa.ingest.normalize import detect_language, normalize

SEEDS = Path(__file__).resolve().parents[2] / "corpus"


def test_normalize_folds_width_and_traditional_variants():
    assert normalize("维繫客户，８．２６％") == "维系客户,8.26%"
    assert normalize("技術支援") == "技术支持"


def test_normalize_keeps_simplified_mainland_words():
    # Taiwan phrase mapping would read these as 调用中心, 添加 and 什幺.
    for text in ("呼叫中心市场", "2024年新增装机", "什么是复合年增长率"):
        assert normalize(text) == text


def test_detect_language():
    assert detect_language("复合年增长率为 8.26%") == "zh"
    assert detect_language("with a CAGR of 8.26%") == "en"


def test_seed_chunks_are_verbatim_and_carry_metadata():
    for source in scan_corpus(SEEDS).files:
        doc, chunks = read_source(source)
        text = doc.pages[0].text
        assert len(chunks) > 20
        for chunk in chunks:
            assert text[chunk.start : chunk.end] == chunk.text
            assert chunk.doc_id == source.doc_id and chunk.title == doc.title
            assert chunk.lang in ("zh", "en")


def test_number_stays_with_unit_and_year():
    source = next(s for s in scan_corpus(SEEDS).files if s.doc_id.startswith("call-centers"))
    _, chunks = read_source(source)
    holding = [c.text for c in chunks if "34.03" in c.text]
    assert any("USD 34.03 billion in 2025" in t for t in holding)


def test_html_keeps_visible_text_only(tmp_path):
    page = tmp_path / "r.html"
    page.write_text(
        "<html><head><title>Widget Market</title><style>.x{}</style></head><body><nav>Home | About</nav>"
        "<script>var secret = 99;</script><h2>Size</h2><p>The widget market was USD 5.2 billion in 2024.</p></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page, "r.html")
    chunks = chunk_document(doc)
    joined = " ".join(c.text for c in chunks)
    assert doc.title == "Widget Market"
    assert "USD 5.2 billion" in joined
    assert "secret" not in joined and "Home" not in joined
    assert chunks[0].section == "Size"


def test_pdf_keeps_page_numbers(tmp_path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "r.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Gadget market overview.")
    pdf.showPage()
    pdf.drawString(72, 720, "The gadget market reached USD 7.5 billion in 2025.")
    pdf.save()
    chunks = chunk_document(load_document(path, "r.pdf"))
    page_of = {c.text: c.page for c in chunks}
    assert any("7.5 billion" in t and p == 2 for t, p in page_of.items())
    assert "p. 2" in next(c.location for c in chunks if "7.5" in c.text)


def test_gbk_and_big5_text_is_decoded(tmp_path):
    (tmp_path / "gbk.txt").write_bytes("客服中心市场规模为340.3亿美元。".encode("gbk"))
    (tmp_path / "big5.txt").write_bytes("客服中心市場規模為340.3億美元。".encode("big5"))
    for name in ("gbk.txt", "big5.txt"):
        chunks = chunk_document(load_document(tmp_path / name, name))
        assert "340.3" in chunks[0].text
        assert "亿美元" in chunks[0].search_text


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01\x02binary\x00junk" * 10])
def test_empty_or_binary_text_is_refused(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile):
        load_document(path, "bad.txt")


def test_broken_pdf_is_refused_with_reason(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    with pytest.raises(UnreadableFile, match="PDF"):
        load_document(path, "bad.pdf")


def test_symlink_outside_corpus_is_reported(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret text outside the corpus")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "ok.txt").write_text("A fine report about widgets.")
    scan = scan_corpus(corpus)
    assert [f.doc_id for f in scan.files] == ["ok.txt"]
    assert scan.failed[0].file == "link.txt" and "outside" in scan.failed[0].reason


def test_scale_variants_meet_across_languages():
    assert "34.03 billion" in scale_variants("340.3亿美元")
    assert "340.3亿" in scale_variants("USD 34.03 billion")
    assert "CAGR" in expand_query("call center 的复合年增长率")
