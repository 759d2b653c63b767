"""Chinese questions over English reports (issue 16, eighteenth session): a column's own currency
is its cells' beside a column counted in thousands.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

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
