"""A change between two figures a thousand times apart within a few years is two measures, not one
(session 22: "2024年中国SaaS CRM市场规模同比增长了多少" computed 28,820,412.82% from the market's 112.4亿元 and
its ARPU's 3.9万元). Written for the test; model-free."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.calculator import Measure
from reportqa.server.calc.models import Operand
from reportqa.server.calc.program import _worlds_apart
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

PASSAGE = hit("placeholder", doc="tiles-zh.md")


def _figure(value: str, scale: str, year: int) -> Operand:
    return Operand(Measure(Decimal(value), "CNY", scale, year), PASSAGE, 0, 0)


def test_a_market_and_its_price_a_year_apart_are_two_measures():
    assert _worlds_apart(_figure("3.9", "万", 2023), _figure("112.4", "亿", 2024))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (("98.1", "亿", 2023), ("112.4", "亿", 2024)),  # one market over a year
        (("120", "", 2010), ("150000", "", 2024)),  # a young market over fourteen years
    ],
)
def test_one_measure_over_the_years_is_not_apart(start, end):
    assert not _worlds_apart(_figure(*start), _figure(*end))


def test_a_young_market_may_grow_a_thousandfold_over_many_years():
    young = hit("Global tile robot sales rose from 120 units in 2010 to 150,000 units in 2024.", doc="robots-en.md")
    question = "By what percentage did global tile robot sales grow from 2010 to 2024?"
    assert formula_of(question, young) == "150000 / 120 - 1 = 124900%"
