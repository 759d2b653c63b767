"""ingest/html.py on tables that span rows and columns: each figure must stay under its own
column's heading (issue 16: a two-row header with rowspan/colspan read Indonesia's 2023
figure as its 2024 one)."""

from __future__ import annotations

import pytest

from reportqa.ingest.html import html_to_text
from reportqa.server.calc.tables import table_cells
from tests.support.passages import chunk

pytestmark = pytest.mark.unit

SPANNED = """<html><body><table>
<thead>
<tr><th rowspan="2">Country</th><th colspan="2">Market size (USD billion)</th><th rowspan="2">Growth</th></tr>
<tr><th>2023</th><th>2024</th></tr>
</thead>
<tbody>
<tr><td>Indonesia</td><td>3.1</td><td>3.6</td><td>16.1%</td></tr>
<tr><td rowspan="2">Other</td><td>1.0</td><td>1.1</td><td>10.0%</td></tr>
<tr><td>0.8</td><td>0.9</td><td>12.5%</td></tr>
</tbody></table></body></html>"""


def test_a_two_row_header_becomes_one_header_row_per_column():
    text = html_to_text(SPANNED)[1]
    assert (
        text.splitlines()[0] == "| Country | Market size (USD billion) 2023 | Market size (USD billion) 2024 | Growth |"
    )
    assert "| Indonesia | 3.1 | 3.6 | 16.1% |" in text


def test_a_cell_spanning_rows_labels_each_row_it_covers():
    text = html_to_text(SPANNED)[1]
    assert "| Other | 1.0 | 1.1 | 10.0% |" in text and "| Other | 0.8 | 0.9 | 12.5% |" in text


def test_each_figure_keeps_its_year_and_scale():
    cells = table_cells(chunk(html_to_text(SPANNED)[1]))
    indonesia = {c.column: (str(c.value), c.scale) for c in cells if c.row == "Indonesia"}
    assert indonesia["Market size (USD billion) 2023"] == ("3.1", "billion")
    assert indonesia["Market size (USD billion) 2024"] == ("3.6", "billion")


def test_a_table_without_spans_is_left_as_markdown_writes_it():
    plain = "<table><tr><th>Segment</th><th>Share</th></tr><tr><td>Cloud</td><td>58.4%</td></tr></table>"
    assert html_to_text(plain)[1].splitlines() == ["| Segment | Share |", "| --- | --- |", "| Cloud | 58.4% |"]


def test_a_figure_spanning_two_year_columns_is_stated_once():
    # "12.5" across 2023 | 2024 copied into both would make a change of 0.0 that nobody stated.
    html = (
        "<table><tr><th>Country</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>China</td><td colspan='2'>12.5</td></tr><tr><td>India</td><td>3.1</td><td>3.6</td></tr></table>"
    )
    text = html_to_text(html)[1]
    assert "| China | 12.5 |  |" in text and "| India | 3.1 | 3.6 |" in text
