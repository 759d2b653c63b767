"""server/calc/per_unit.py: revenue per unit is one row's or one sentence's money over its count."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from reportqa.server.answer.figures import render
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import CalculationError, Measure
from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

REGIONS = hit(
    "| Region | Revenue (USD million) 2024 | Subscribers (thousand) 2024 |\n|---|---|---|\n"
    "| Europe | 1,200.0 | 800 |\n| Latin America | 450.0 | 600 |",
    doc="sat-en.md",
    title="Global Satellite Radio Market 2025",
)
COURIERS = hit(
    "| 企业 | 2024年业务量（亿件） | 2024年业务收入（亿元） |\n|---|---|---|\n| 甲快递 | 20.0 | 180.0 |\n| 乙快递 | 12.5 | 150.0 |",
    lang="zh",
    doc="courier-zh.md",
    title="中国同城配送市场研究报告",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the average revenue per subscriber in Europe in 2024?",
        "Dividing Europe's 2024 revenue by its subscribers, how much revenue per subscriber is that?",
        "2024年甲快递的单票收入是多少元？",
        "2024年欧洲平均每个用户带来多少美元收入？",
    ],
)
def test_revenue_per_unit_is_asked(question):
    assert detect(question).kind == "per_unit"


def test_a_change_of_a_per_unit_figure_is_a_change_not_a_division():
    assert detect("By what percentage did revenue per parcel fall in 2024?").kind != "per_unit"


def test_revenue_per_subscriber_divides_one_rows_revenue_by_its_count_in_their_scales():
    assert formula_of("What was the average revenue per subscriber in Europe in 2024?", REGIONS) == (
        "1200 million / 800 thousand = 1500"
    )


def test_a_chinese_rows_revenue_per_parcel():
    assert formula_of("2024年甲快递的单票收入是多少元？", COURIERS) == "180 亿 / 20 亿 = 9"


def test_a_per_unit_figure_the_report_states_is_quoted_not_computed():
    stated = hit(
        "2024年甲快递平均单票收入为8.80元，同比下降3.1%。",
        lang="zh",
        doc="courier-zh.md",
        title="中国同城配送市场研究报告",
    )
    assert formula_of("2024年甲快递的单票收入是多少元？", COURIERS, stated) is None


def test_money_and_count_of_two_rows_are_not_divided():
    split = hit(
        "| Region | Revenue (USD million) 2024 |\n|---|---|\n| Europe | 1,200.0 |",
        doc="sat-en.md",
        title="Global Satellite Radio Market 2025",
    )
    counts = hit(
        "| Region | Subscribers (thousand) 2024 |\n|---|---|\n| Europe | 800 |",
        doc="sat-en.md",
        title="Global Satellite Radio Market 2025",
    )
    assert formula_of("What was the average revenue per subscriber in Europe in 2024?", split, counts) is None


def test_per_unit_divides_money_by_a_count_only():
    assert calc.per_unit(Measure(D("10"), "USD", "million"), Measure(D("4"), "", "thousand")).value == D("2500")
    with pytest.raises(CalculationError):
        calc.per_unit(Measure(D("10"), "USD", "million"), Measure(D("4"), "USD", "million"))


@pytest.mark.parametrize(("lang", "shown"), [("en", "it is CNY 9 a unit"), ("zh", "9元")])
def test_a_per_unit_figure_is_worded_in_both_languages(lang, shown):
    found = calculate("2024年甲快递的单票收入是多少元？", [COURIERS])
    text = render(found, lang).draft.text
    assert "(180 亿 / 20 亿 = 9)" in text
    assert shown in text  # an amount in units of one is written in the question's language


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_calculation_of_a_kind_worded_nowhere_is_still_rendered(lang):
    found = calculate("2024年甲快递的单票收入是多少元？", [COURIERS])
    unworded = replace(found, intent=replace(found.intent, kind="some_new_kind"))
    assert "= 9)" in render(unworded, lang).draft.text
