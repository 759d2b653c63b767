"""A gap asked as how much one thing falls short of another ("A比B少多少", "How much lower was A than
B?") is the positive amount B less A, not A less B."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import asks_less
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

CATEGORIES = hit(
    "| Category | Sales 2024 (USD billion) | Share (%) |\n|---|---|---|\n"
    "| Ski boots | 12.4 | 38.0 |\n| Snowboards | 7.9 | 24.1 |",
    doc="winter-en.md",
    title="Global Winter Sports Equipment Market 2025",
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("How much lower were snowboard sales than ski boot sales in 2024?", "12.4 - 7.9 = 4.5"),
        ("How much higher were ski boot sales than snowboard sales in 2024?", "12.4 - 7.9 = 4.5"),
    ],
)
def test_a_shortfall_is_the_larger_less_the_smaller(question, formula):
    found = calculate(question, [CATEGORIES])
    assert found is not None
    assert found.result.formula == formula


@pytest.mark.parametrize(
    ("question", "less"),
    [
        ("2024年防晒品类的销售额比面部保湿品类少多少？", True),
        ("2024年雪板销售额比滑雪靴低了多少亿美元？", True),
        ("How many fewer units did A ship than B?", True),
        ("2024年滑雪靴销售额比雪板多多少？", False),
        ("What was the difference between A and B in 2024?", False),
        ("2024年销售额同比减少了多少？", False),  # a fall over the year: asks_fall's
    ],
)
def test_asks_less(question, less):
    assert asks_less(question) is less
