"""server/calc/named_rest.py: the rest a report names without a figure is the whole less the parts it gives."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import CalculationError, Measure
from reportqa.server.calc.subject import written_in
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

TITLE = "Global Heat Pump Market Report 2025"
SEGMENTS = hit(
    "| Application | Revenue 2024 (USD million) |\n|---|---|\n| Residential | 18,204.0 |\n| Commercial | 7,311.5 |",
    doc="pumps-en.md",
    title=TITLE,
    section="Revenue by application",
)
WITHIN_IT = hit(
    "Commercial was the fastest-growing application. Within it, offices and hotels brought in USD 4,120.3 million "
    "in 2024; schools and hospitals made up the rest.",
    doc="pumps-en.md",
    title=TITLE,
    section="Revenue by application",
)


def test_the_rest_named_after_parts_of_the_whole_before_is_the_whole_less_them():
    assert formula_of("How much did schools and hospitals spend on heat pumps in 2024?", SEGMENTS, WITHIN_IT) == (
        "7311.5 - 4120.3 = 3191.2"
    )


def test_the_parts_named_are_not_the_rest():
    found = formula_of("How much did offices and hotels spend on heat pumps in 2024?", SEGMENTS, WITHIN_IT)
    assert found is None or not found.startswith("7311.5 -")


def test_the_rest_of_shares_is_what_they_leave_of_100_percent():
    types = hit(
        "By type, air-to-water units accounted for 58.0% of 2024 revenue and air-to-air units for 30.5%, with the "
        "remainder going to ground-source and hybrid systems.",
        doc="pumps-en.md",
        title=TITLE,
    )
    question = "What share of 2024 heat pump revenue went to ground-source and hybrid systems?"
    assert formula_of(question, types) == "100% - (58 + 30.5)% = 11.5%"
    # The rest's amount is not its share: no amount of it is computed from shares.
    assert formula_of("How much revenue did ground-source and hybrid systems bring in in 2024?", types) is None


def test_a_chinese_rest_names_its_whole_first():
    table = hit(
        "| 项目 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 设备类 | 402.5 | 455.0 |\n| 耗材类 | 210.4 | 236.8 |",
        lang="zh",
        doc="dental-zh.md",
        title="中国口腔医疗市场研究报告（2025）",
        section="二、细分市场",
    )
    sentence = hit(
        "设备类中，种植设备为188.2亿元，正畸设备为121.6亿元，其余为影像设备。",
        lang="zh",
        doc="dental-zh.md",
        title="中国口腔医疗市场研究报告（2025）",
        section="二、细分市场",
    )
    assert formula_of("2024年影像设备的市场规模是多少亿元？", table, sentence) == "455 - (188.2 + 121.6) = 145.2"


def test_parts_over_their_whole_are_refused_with_the_reason():
    with pytest.raises(CalculationError, match="more than their whole"):
        calc.remainder(
            Measure(D("10"), "USD", "billion"), [Measure(D("6"), "USD", "billion"), Measure(D("5"), "USD", "billion")]
        )


def test_the_noun_parts_and_rest_share_names_their_whole():
    sizes = hit("The global haircare market reached USD 96.0 billion in 2024.", doc="hair-en.md", title="Haircare 2025")
    split = hit(
        "Salon haircare reached $31.5B in 2024; retail haircare made up the rest.",
        doc="hair-en.md",
        title="Haircare 2025",
    )
    assert formula_of("What were retail haircare sales in 2024?", sizes, split) == "96 - 31.5 = 64.5"


def test_a_sense_the_dictionary_gives_only_in_the_plural_is_written():
    assert written_in("mass", "2024年大众护肤品的销售额")
    assert not written_in("mass", "2024年高端护肤品的销售额")


def test_the_rest_said_to_be_a_thing_is_the_whole_less_the_part():
    split = hit(
        "Within cobalt products, cobalt sulfate brought in USD 640.0 million in 2024; the rest was cobalt oxide.",
        doc="cobalt-en.md",
        title="Cobalt Refining 2025",
    )
    table = hit(
        "| Product | Revenue 2024 (USD million) |\n|---|---|\n| Cobalt products | 910.5 |\n| Nickel products | 1,204.0 |",
        doc="cobalt-en.md",
        title="Cobalt Refining 2025",
    )
    assert formula_of("How much revenue did cobalt oxide bring in in 2024?", table, split) == "910.5 - 640 = 270.5"
