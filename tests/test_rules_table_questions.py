"""The generated table questions: the committed file is what the generator writes, and the
independent table reader expands two-row headers and reads the cells the golds come from."""

from pathlib import Path

import pytest

from bench.table_questions import OUT, _candidates, generate, read_tables, render

pytestmark = pytest.mark.unit


def test_committed_file_is_regenerated_exactly() -> None:
    assert OUT.read_text(encoding="utf-8") == render(generate())


def test_two_row_html_header_names_measure_and_year(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    page.write_text(
        "<html lang='en'><body><table><thead>"
        '<tr><th rowspan="2">Region</th><th colspan="2">Revenue (USD million)</th><th rowspan="2">Growth</th></tr>'
        "<tr><th>2023</th><th>2024</th></tr></thead><tbody>"
        "<tr><td>North</td><td>1,000.0</td><td>1,250.0</td><td>25.0%</td></tr>"
        "<tr><td>South</td><td>500.0</td><td>750.0</td><td>50.0%</td></tr>"
        "<tr><td>Total</td><td>1,500.0</td><td>2,000.0</td><td>33.3%</td></tr>"
        "</tbody></table></body></html>",
        encoding="utf-8",
    )
    (table,) = read_tables(page)
    assert [(c.measure, c.year, c.unit) for c in table.columns[:2]] == [
        ("Revenue", 2023, "USD million"),
        ("Revenue", 2024, "USD million"),
    ]
    found = _candidates(table)
    assert {round(c["v"][0], 4) for c in found["share"] if c["row"] == "North"} == {66.6667, 62.5}
    # The growth column and the total row are never an operand of a difference.
    assert all(c["row"] != "Total" for c in found["difference"])
    assert {c["f"] for c in found["percent_change"]} == {"(1250.0-1000.0)/1000.0*100", "(750.0-500.0)/500.0*100"}


def test_markdown_table_with_unit_in_header(tmp_path: Path) -> None:
    page = tmp_path / "r.md"
    page.write_text(
        "# 报告\n\n| 品类 | 2023年（亿元） | 2024年（亿元） | 同比增长 |\n|---|---|---|---|\n"
        "| 甲类 | 100.0 | 120.0 | 20.0% |\n| 乙类 | 50.0 | 40.0 | -20.0% |\n| 合计 | 150.0 | 160.0 | 6.7% |\n",
        encoding="utf-8",
    )
    (table,) = read_tables(page)
    assert table.lang == "zh" and [c.unit for c in table.columns] == ["亿元", "亿元", ""]
    found = _candidates(table)
    assert [c["v"] for c in found["sum"] if c["y"] == 2024] == [[160.0]]
