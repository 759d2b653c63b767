"""Chinese questions over English reports (issue 16, eighteenth session): a column's own currency
is its cells' beside a column counted in thousands, and the domain senses CC-CEDICT lacks
(海上 "offshore", 封装 "packaging") reach the English sentence that writes them, the senses it
gives kept.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.index.names import equivalents
from reportqa.server.calc.operands import candidates_of
from reportqa.server.calc.tables import table_cells
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_REGIONS = (
    "| Region | Revenue (USD million) 2023 | Revenue (USD million) 2024 | Subscribers (thousand) 2023 "
    "| Subscribers (thousand) 2024 |\n| --- | --- | --- | --- | --- |\n"
    "| North America | 1,820.4 | 2,214.7 | 610 | 780 |\n| Europe | 946.2 | 1,188.3 | 320 | 460 |"
)


def test_a_column_headed_with_its_currency_is_in_it_beside_a_column_counted_in_thousands():
    cells = {(c.row, c.column): c for c in table_cells(hit(_REGIONS).chunk)}
    revenue, subscribers = (
        cells["North America", "Revenue (USD million) 2024"],
        cells["North America", "Subscribers (thousand) 2024"],
    )
    assert (revenue.unit, revenue.scale) == ("USD", "million")
    assert subscribers.unit == ""
    # A note of the whole table's money over one column, beside another money column, is no column's own.
    noted = "|  | 2019 | 2018 (dollars in thousands) | Change $ |\n|---|---|---|---|\n| Impairment | $1,910 | $14,740 | $(12,830) |"
    assert {c.scale for c in table_cells(hit(noted).chunk)} == {""}


def test_a_currency_one_column_states_is_not_lent_to_the_counted_column():
    units = {(c.label, c.heading): c.operand.measure.unit for c in candidates_of([hit(_REGIONS)])}
    assert units["Europe", "Revenue (USD million) 2024"] == "USD"
    assert units["Europe", "Subscribers (thousand) 2024"] == ""


def test_the_rest_of_a_region_takes_its_row_in_the_currency_its_column_states():
    passages = [
        hit(_REGIONS, title="Global Heat Pump Services Report"),
        hit(
            "The United States accounted for USD 1,904.5 million of North American revenue in 2024; "
            "the rest came from Canada and Mexico.",
            title="Global Heat Pump Services Report",
        ),
    ]
    asked = "2024年北美热泵服务收入中，来自美国以外（加拿大和墨西哥）的有多少百万美元？"
    assert formula_of(asked, *passages) == "2214.7 - 1904.5 = 310.2"


@pytest.mark.parametrize(
    ("word", "sense", "kept"), [("海上", "offshore", "maritime"), ("封装", "packaging", "encapsulate")]
)
def test_a_domain_word_has_the_sense_reports_write_beside_the_dictionarys(word, sense, kept):
    assert {sense, kept} <= set(equivalents(word))


def test_packaging_equipment_is_named_by_its_chinese_word():
    passage = hit(
        "Test equipment sales were USD 3.5 billion, and assembly and packaging equipment sales were USD 2.6 "
        "billion in 2024, the latter lifted by advanced packaging demand.",
        title="Global Chip Tool Market 2025",
    )
    assert formula_of("2024年测试设备和封装设备的销售额合计是多少？", passage) == "3.5 + 2.6 = 6.1"


def test_offshore_wind_is_the_share_of_new_installations_the_report_calls_offshore():
    passage = hit(
        "New installations rose to 88.0 GW in 2024 from 81.2 GW in 2023, of which 6.4 GW was offshore. Prices fell.",
        title="Global Wind Installations 2025",
    )
    assert formula_of("2024年全球风电新增装机中海上风电占比多少？", passage) == "6.4 / 88 = 7.27%"
