"""Two-row table headers (issue 16): a heading spanning several columns — a merged cell in
a PDF, a blank cell beside it in Markdown, colspan in HTML — names every column it spans, so
each column reads "<measure (unit)> <year>" and its cells are read under that column."""

from __future__ import annotations

import pytest

from reportqa.ingest.html import html_to_text
from reportqa.ingest.pdf import read_pdf
from reportqa.server.calc.tables import table_cells
from tests.ingest.documents import spanned_table_pdf
from tests.support.passages import chunk

pytestmark = pytest.mark.unit

RULINGS = [(rules, align) for rules in ("grid", "lines", "none") for align in ("RIGHT", "CENTER")]
BODY = [["China", "4,512.6", "5,318.9", "712", "905"], ["Europe", "1,120.4", "1,402.5", "148", "204"]]


def _header(rows, spans, rules, align) -> list[str]:
    text = read_pdf(spanned_table_pdf(rows, spans, rules, align)).pages[0].text
    return [cell.strip() for cell in text.splitlines()[0].strip("|").split("|")]


# Both orders: a measure over its years, and a year over its measures.
ORDERS = {
    "measure over years": (
        [["Region", "Revenue (USD million)", "", "Processed volume (kt)", ""], ["", "2023", "2024", "2023", "2024"]],
        ["Region", "Revenue (USD million) 2023", "Revenue (USD million) 2024"]
        + ["Processed volume (kt) 2023", "Processed volume (kt) 2024"],
    ),
    "year over measures": (
        [["Segment", "2023", "", "2024", ""], ["", "Sales (EUR m)", "Units (k)", "Sales (EUR m)", "Units (k)"]],
        ["Segment", "2023 Sales (EUR m)", "2023 Units (k)", "2024 Sales (EUR m)", "2024 Units (k)"],
    ),
}


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(("rules", "align"), RULINGS)
def test_a_spanning_heading_names_both_columns_under_it(rules, align, order):
    rows, expected = ORDERS[order]
    assert _header(rows + BODY, [(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0)], rules, align) == expected


@pytest.mark.parametrize(("rules", "align"), RULINGS)
def test_three_measures_each_over_two_years_and_a_blank_corner(rules, align):
    rows = [
        ["", "Capacity (GW)", "", "Revenue (USD bn)", "", "Share (%)", ""],
        ["", "2023", "2024", "2023", "2024", "2023", "2024"],
        ["Wind", "117", "125", "92.1", "96.4", "41.0", "39.5"],
        ["Solar", "345", "447", "133.2", "151.0", "59.0", "60.5"],
    ]
    spans = [(1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 6, 0)]
    header = _header(rows, spans, rules, align)
    assert header == [
        "",
        "Capacity (GW) 2023",
        "Capacity (GW) 2024",
        "Revenue (USD bn) 2023",
        "Revenue (USD bn) 2024",
        "Share (%) 2023",
        "Share (%) 2024",
    ]


# Known limit: a heading alone on its line over the figures of several centred, unruled columns
# is taken for a period over all of them ("Years Ended September 30," over the years).
CENTRED_UNRULED = pytest.mark.xfail(strict=True, reason="alone over several centred unruled columns: all")


@pytest.mark.parametrize(
    ("rules", "align"),
    [pytest.param(*r, marks=CENTRED_UNRULED) if r[0] != "grid" and r[1] == "CENTER" else r for r in RULINGS],
)
def test_a_column_headed_on_the_lower_row_alone_keeps_its_own_heading(rules, align):
    rows = [
        ["Region", "Revenue (USD million)", "", "Share (%)"],
        ["", "2023", "2024", ""],
        ["China", "4,512.6", "5,318.9", "61.5"],
        ["Europe", "1,120.4", "1,402.5", "16.2"],
    ]
    spans = [(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 3, 1)]
    assert _header(rows, spans, rules, align) == [
        "Region",
        "Revenue (USD million) 2023",
        "Revenue (USD million) 2024",
        "Share (%)",
    ]


@pytest.mark.parametrize(("rules", "align"), RULINGS)
def test_a_single_row_header_is_left_as_printed(rules, align):
    rows = [
        ["Material", "Revenue (USD million)", "Share of revenue (%)", "Growth vs 2023"],
        ["Nickel", "2,938.5", "34.0", "20.8%"],
        ["Cobalt", "1,987.8", "23.0", "11.5%"],
        ["Total", "8,642.7", "100.0", "21.6%"],
    ]
    assert _header(rows, [], rules, align) == rows[0]


def _columns(text: str, row: str) -> dict[str, str]:
    return {c.column: str(c.value) for c in table_cells(chunk(text)) if c.row == row}


SPANNED_COLUMNS = {
    "Revenue (USD million) 2023": "4512.6",
    "Revenue (USD million) 2024": "5318.9",
    "Processed volume (kt) 2023": "712",
    "Processed volume (kt) 2024": "905",
}


def test_markdown_blank_cells_beside_a_spanning_heading_take_its_measure():
    text = (
        "| Region | Revenue (USD million) | | Processed volume (kt) | |\n|---|---|---|---|---|\n"
        "| | 2023 | 2024 | 2023 | 2024 |\n| China | 4,512.6 | 5,318.9 | 712 | 905 |"
    )
    assert _columns(text, "China") == SPANNED_COLUMNS


def test_html_colspan_headings_give_each_column_its_measure():
    html = (
        "<table><tr><th rowspan='2'>Region</th><th colspan='2'>Revenue (USD million)</th>"
        "<th colspan='2'>Processed volume (kt)</th></tr><tr><th>2023</th><th>2024</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>China</td><td>4,512.6</td><td>5,318.9</td><td>712</td><td>905</td></tr></table>"
    )
    assert _columns(html_to_text(html)[1], "China") == SPANNED_COLUMNS
