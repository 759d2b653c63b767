"""Rules from the wrong figures the session-23 blind questions drew: a figure per something met an
amount, a CAGR named between its two years read as the total change, a fronted period or a full-width
stop that did not end a clause."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from reportqa.server.calc.operands import CLAUSE_END
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

DENSITY = hit(
    "2024年甲国港口起重机销量为3.6万台，2023年为3.1万台。"
    "2024年甲国港口自动化密度为210台/万标箱，是行业平均水平（95台/万标箱）的两倍多，但低于乙国的388台/万标箱。",
    lang="zh",
    doc="cranes-zh.md",
)


def test_a_figure_per_something_meets_only_a_figure_per_the_same_thing():
    # 388台/万标箱 against 3.6万台 (cranes sold) would be two measures; the density beside it is the one.
    # Refused or right: never a number of cranes.
    found = formula_of("乙国港口自动化密度是甲国的多少倍？", DENSITY)
    assert found is None or found.startswith("388 / 210")


@pytest.mark.parametrize(
    "question",
    [
        "If the market hits the 2030 figure the report forecasts, what compound annual growth rate is that from 2024?",
        "Given the 2031 projection, what annual growth rate is that over the 2025 base?",
    ],
)
def test_a_cagr_named_between_its_two_years_is_the_compound_rate(question):
    assert detect(question).kind == "implied_cagr"


FORECAST = hit(
    "2024年，甲市场规模达到500.0亿元，同比增长10.0%。我们预计到2030年将达到1,000亿元。"
    "2019—2024年，市场规模的复合增长率为25.0%。",
    lang="zh",
    doc="forecast-zh.md",
)


def test_a_rate_stated_for_a_fronted_earlier_period_is_not_set_beside_a_later_one():
    from reportqa.server.calc.program import calculate

    found = calculate("2024年到2030年甲市场的年复合增长率是多少？", [FORECAST])
    assert found is not None and found.result.formula.startswith("(1000 / 500)^(1/6)")
    assert found.stated is None  # 25.0% is 2019—2024's, not 2024—2030's


def test_a_full_width_stop_before_a_year_ends_the_clause():
    text = "是全球第二大云计算市场。2024年数字经济规模为53.9万亿元"
    assert [m.group() for m in CLAUSE_END.finditer(text)] == ["。"]
    assert [m.group() for m in CLAUSE_END.finditer("sales of 1,250 units, 2024")] == [","]


PLANS = hit(
    "The average household subscription fee fell to EUR 31 per month in 2024 from EUR 34 in 2023, "
    "as operators cut prices.",
    doc="fibre-en.md",
)


def test_an_average_the_report_states_whatever_verb_follows_is_quoted():
    # Not (34 + 31) / 2: the report writes "the average household subscription fee" itself.
    assert formula_of("What was the average household subscription fee in 2024?", PLANS) is None


def test_a_year_average_of_a_figure_per_something_is_not_two_years_averaged():
    assert formula_of("What was the average business subscription fee in 2024?", PLANS) is None


def test_english_denominators_are_the_same_only_when_equal():
    from reportqa.server.calc.models import operand_of
    from reportqa.server.calc.operands import same_per

    text = hit("Cell prices fell to USD 0.10/W in 2024. Wafers sold at USD 0.50 per wafer in 2024.", doc="pv-en.md")
    cell, wafer = (operand_of(text, q) for q in text.chunk.quantities if q.unit == "USD")
    assert not same_per(cell, wafer)  # "W" begins "wafer", but a watt is no wafer


def test_a_plain_figure_of_the_next_clause_is_not_one_written_per_the_same_thing():
    from reportqa.server.calc.models import operand_of
    from reportqa.server.calc.operands import same_per

    text = hit("2024年甲国机器人密度为1,012台/万名工人，装机量为28.2万台。", lang="zh", doc="robots-zh.md")
    density, installed = (operand_of(text, q) for q in text.chunk.quantities if q.unit != "%")
    assert not same_per(density, installed)
    fee = PLANS.chunk.quantities
    assert same_per(operand_of(PLANS, fee[0]), operand_of(PLANS, fee[1]))  # "per month" written once
