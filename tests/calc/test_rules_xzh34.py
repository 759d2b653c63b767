"""A Chinese share question over an English table's total (issue 16, xzh34): the whole naming no
measure of its own counts what its part counts (东南亚包裹总量 after 越南包裹量), a world row
("Global") is the total of a whole that writes the world (全球…市场), and 市场 — "market", an asking
word no English scope is read for — is no word the table must write.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.subject import writes_all
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_COURIERS = (
    "| Country | Market size (USD billion) 2024 | Parcel volume (billion parcels) 2024 |\n|---|---|---|\n"
    "| Vietnam | 2.0 | 3.0 |\n| Thailand | 3.0 | 1.0 |\n| Malaysia | 1.0 | 2.0 |\n| Total | 6.0 | 6.0 |"
)
_COURIER_TITLE = "Southeast Asia Courier Market Report 2025"


def test_a_whole_naming_no_measure_counts_what_its_part_counts():
    # 包裹总量 names parcels but no measure tag: the part's 包裹量 picks the parcel column's total, 6.0.
    question = "2024年越南包裹量占东南亚包裹总量的比重是多少？"
    assert formula_of(question, hit(_COURIERS, title=_COURIER_TITLE)) == "3 / 6 = 50%"


_METERS_TITLE = "Global Smart Meter Market Report 2025"
_METERS_BY_REGION = (
    "| Region | 2023 | 2024 |\n|---|---|---|\n| Europe | 3.0 | 4.0 |\n| North America | 2.0 | 2.0 |\n"
    "| Asia Pacific | 5.0 | 6.0 |\n| Global | 10.0 | 12.0 |"
)
_METERS_BY_TYPE = (
    "| Meter type | Shipments (million units) |\n|---|---|\n| Electricity | 100.0 |\n| Water | 50.0 |\n"
    "| Total | 150.0 |"
)


def test_a_world_row_is_the_total_of_a_whole_that_writes_the_world():
    # 电表's "electricity meter" names the type row "Electricity" too, so the whole is not found by its
    # words; the part's own table's Global row is the 全球智能电表市场 the question names.
    question = "2024年欧洲在全球智能电表市场中占多大比重？"
    hits = [
        hit(_METERS_BY_REGION, title=_METERS_TITLE, section="2. Market size by region"),
        hit(_METERS_BY_TYPE, title=_METERS_TITLE, section="3. Shipments by meter type"),
    ]
    assert formula_of(question, *hits) == "4 / 12 = 33.33%"


def test_market_is_no_word_a_scope_must_write():
    assert writes_all("全球空调市场", "global air conditioner market report 2025")
    assert not writes_all("全球冰箱市场", "global air conditioner market report 2025")
