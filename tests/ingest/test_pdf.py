"""PDF layout: page furniture, columns, wraps, scanned pages and Chinese text."""

from __future__ import annotations

import pytest

from bench.tatqa_reports import RULES, to_pdf
from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.corpus import read_source, scan_corpus
from reportqa.ingest.loaders import UnreadableFile, load_document
from reportqa.ingest.pdf import read_pdf
from reportqa.server.calc.tables import table_cells
from tests.ingest import documents


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    built = documents.pdf_report(tmp_path_factory.mktemp("pdf"))
    return load_document(built.path, built.path.name)


def test_running_header_footer_and_page_numbers_are_dropped(report):
    text = "\n".join(page.text for page in report.pages)
    assert "Example Research" not in text and "Page 1" not in text
    assert [page.number for page in report.pages] == [1, 2, 3]


def test_wrapped_lines_rejoin_and_columns_read_left_then_right(report):
    page = report.pages[1].text.splitlines()
    assert page[0] == "## Demand by segment"
    assert page[1].startswith("Automotive makers buy more widgets every year because each new vehicle")
    assert page[1].endswith("in every car sold in Europe.")
    assert page[2].startswith("Consumer electronics brands")


def test_bullets_tables_and_headings_are_marked(report):
    lines = report.pages[0].text.splitlines()
    assert "- Cheaper sensors since 2021" in lines and "## Key drivers" in lines
    assert lines.index("| Region | 2024 (USD billion) | Share |") + 1 == lines.index("|---|---|---|")


def test_chinese_page_is_extracted(report):
    chunks = [c for c in chunk_document(report) if c.page == 3]
    zh = next(c for c in chunks if "340.3亿美元" in c.text)
    assert zh.lang == "zh" and zh.section == "客服中心市场概况"
    assert zh.location == "p. 3 · 客服中心市场概况 · paragraph"


def test_hyphenated_wrap_is_rejoined(tmp_path):
    doc = load_document(documents.hyphenated_pdf(tmp_path), "hyphen.pdf")
    assert "fastest development in Asia Pacific" in doc.pages[0].text
    assert doc.pages[0].text.endswith("automation.\nShort line.")


def test_scanned_page_is_reported_not_silently_empty(tmp_path):
    doc = load_document(documents.scanned_pdf(tmp_path, text_pages=1), "scanned.pdf")
    assert [page.number for page in doc.pages] == [1]
    assert doc.problems == ("p. 2: no text layer (scanned image?); not indexed, OCR the file to include it",)


def test_fully_scanned_pdf_fails_with_reason(tmp_path):
    path = documents.scanned_pdf(tmp_path, text_pages=0)
    with pytest.raises(UnreadableFile, match="no text layer"):
        load_document(path, "scanned.pdf")
    with pytest.raises(UnreadableFile, match="no text layer"):
        read_source(scan_corpus(tmp_path).files[0])


def test_scanned_pages_are_logged_when_the_corpus_is_read(tmp_path, caplog):
    documents.scanned_pdf(tmp_path, text_pages=2)
    with caplog.at_level("WARNING", logger="reportqa.ingest.corpus"):
        _, chunks = read_source(scan_corpus(tmp_path).files[0])
    assert [c.page for c in chunks] == [1, 2]
    assert "scanned.pdf: p. 3: no text layer" in caplog.text


def test_placeholder_pdf_title_gives_way_to_the_text(tmp_path):
    doc = load_document(documents.scanned_pdf(tmp_path, text_pages=1), "scanned.pdf")
    assert doc.title == "scanned"  # reportlab's "untitled" is not a title; the one line is a sentence


def test_table_printed_without_rules_becomes_a_pipe_table(report):
    lines = report.pages[2].text.splitlines()
    start = lines.index("| Segment | Units | Growth |")
    assert lines[start + 1 : start + 4] == [
        "|---|---|---|",
        "| Automotive | 410 million | 9.1% |",
        "| Electronics | 1.2 billion | 5.4% |",
    ]


def test_narrow_word_gaps_without_space_characters_still_separate_words(tmp_path):
    doc = load_document(documents.tightly_set_pdf(tmp_path), "tight.pdf")
    assert doc.pages[0].text == "Each application provides only a single source file."


# An annual-report table as printed: a period heading over the years, a section label, a
# subtotal without a label, negatives in parentheses, "—" for nil, a label that wraps.
PRINTED = {
    "table": {
        "uid": "0000test-table",
        "table": [
            ["", "", "Years Ended September 30,", ""],
            ["", "2019", "2018", "2017"],
            ["Segment A:", "", "", ""],
            ["Fixed price contracts", "$ 1,452.4", "$ 1,146.2", "$ 1,036.9"],
            ["Other", "(44.1)", "—", "70.8"],
            ["", "1,408.3", "1,146.2", "1,107.7"],
            [
                "Adjustments for contracts signed before the adoption of the new revenue recognition standard "
                "in the prior fiscal year and modified since",
                "12.5",
                "(3.0)",
                "—",
            ],
            ["Total", "$ 1,420.8", "$ 1,143.2", "$ 1,107.7"],
        ],
    },
    "paragraphs": [{"order": 1, "text": "Sales by contract type were as follows (in millions):"}],
}
PERIOD = "Years Ended September 30,"
PRINTED_TABLE = [
    f"|  | {PERIOD} 2019 | {PERIOD} 2018 | {PERIOD} 2017 |",
    "|---|---|---|---|",
    "| Segment A: |  |  |  |",
    "| Fixed price contracts | $ 1,452.4 | $ 1,146.2 | $ 1,036.9 |",
    "| Other | (44.1) | — | 70.8 |",
    "|  | 1,408.3 | 1,146.2 | 1,107.7 |",
    "| Adjustments for contracts signed before the adoption of the new revenue recognition standard in the prior "
    "fiscal year and modified since | 12.5 | (3.0) | — |",
    "| Total | $ 1,420.8 | $ 1,143.2 | $ 1,107.7 |",
]


@pytest.mark.parametrize("rules", RULES)
def test_printed_table_keeps_every_cell_under_its_row_and_column_whatever_the_rules(rules):
    text = read_pdf(to_pdf(PRINTED, rules)).pages[0].text.splitlines()
    assert [line for line in text if line.startswith("|")] == PRINTED_TABLE
    assert text[1] == "Sales by contract type were as follows (in millions):"


@pytest.mark.parametrize("rules", RULES)
def test_column_heading_wrapped_onto_its_own_line_stays_in_the_header(rules):
    context = {
        "table": {
            "uid": "0000test-wrap",
            "table": [
                ["", "2019", "2018", "Increase (Decrease)"],
                ["Net bookings", "$6,388", "$7,262", "$(874)"],
                ["In-game net bookings", "$3,366", "$4,203", "$(837)"],
            ],
        },
        "paragraphs": [],
    }
    text = read_pdf(to_pdf(context, rules)).pages[0].text.splitlines()
    assert [line for line in text if line.startswith("|")] == [
        "|  | 2019 | 2018 | Increase (Decrease) |",
        "|---|---|---|---|",
        "| Net bookings | $6,388 | $7,262 | $(874) |",
        "| In-game net bookings | $3,366 | $4,203 | $(837) |",
    ]


@pytest.mark.parametrize("rules", ["lines", "none"])
def test_two_row_header_gives_each_cell_its_measure_and_year_through_ingest(tmp_path, rules):
    rows = [
        ["Region", "Revenue (USD million)", "", "Processed volume (kt)", ""],
        ["", "2023", "2024", "2023", "2024"],
        ["China", "4,512.6", "5,318.9", "712", "905"],
        ["North America", "736.8", "1,006.4", "96", "138"],
        ["Global", "7,105.3", "8,642.7", "1,050", "1,380"],
    ]
    path = tmp_path / "recycling.pdf"
    path.write_bytes(documents.spanned_table_pdf(rows, [(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0)], rules, "RIGHT"))
    chunks = chunk_document(load_document(path, path.name))
    cells = {(c.row, c.column): (str(c.value), c.unit, c.scale) for chunk in chunks for c in table_cells(chunk)}
    assert cells[("North America", "Revenue (USD million) 2023")] == ("736.8", "USD", "million")
    assert cells[("North America", "Revenue (USD million) 2024")] == ("1006.4", "USD", "million")
    assert cells[("North America", "Processed volume (kt) 2024")][0] == "138"
    assert cells[("Global", "Processed volume (kt) 2023")][0] == "1050"
    assert len(cells) == 12
