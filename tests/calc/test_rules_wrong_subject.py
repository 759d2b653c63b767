"""No figure from the wrong subject (issue 16, wrongfig21): mini-reports typed for the paths a
review proved on main, each where a calculation took another market's or company's figure, and
look-alikes of other markets in both languages. Every figure asked must be right or refused.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _result(question: str, *hits) -> str | None:
    found = calculate(question, list(hits))
    return None if found is None else found.result.formula


# 1. A qualified measure that opens a sentence ("Revenue across the industry") is the industry's.
@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Acme's revenue was USD 2.0 billion in 2023. Revenue across the industry reached USD 9.0 billion in 2024.",
            "What was the change in Acme's revenue from 2023 to 2024?",
        ),
        (
            "Acme's sales were USD 2.0 billion in 2023. Sales of the overall market grew 8% to USD 9.0 billion in 2024.",
            "What was the change in Acme's sales from 2023 to 2024?",
        ),
        (
            "Acme's sales were USD 2.0 billion in 2023. Sales of the overall market grew 8% to USD 9.0 billion in 2024.",
            "What were Acme's sales in 2023, given its 2024 sales and growth?",
        ),
        (
            "Borealis Pumps reported revenue of USD 1.2 billion in 2023. Revenue industry-wide rose to USD 7.5 billion in 2024.",
            "By what percentage did Borealis Pumps' revenue grow from 2023 to 2024?",
        ),
    ],
)
def test_a_measure_qualified_as_the_industry_s_is_not_the_company_s_before(text, question):
    assert _result(question, hit(text, doc="industry-en.md")) is None


@pytest.mark.parametrize(
    "text",
    [
        "2023年华测检测收入为20.0亿元。行业整体收入在2024年达到90.0亿元。",
        "2023年华测检测收入为20.0亿元。该行业整体收入在2024年达到90.0亿元。",
    ],
)
def test_an_industry_s_figure_in_chinese_is_not_the_company_s(text):
    # The company's name is not read as one (no capitals): the sentences share only the measure, 收入.
    assert _result("2023年到2024年华测检测收入增长了多少亿元？", hit(text, lang="zh", doc="testing-zh.md")) is None


def test_a_sentence_on_the_market_after_a_company_s_is_not_the_company_s():
    en = hit("Acme's revenue was USD 2.0 billion in 2023. The market reached USD 9.0 billion in 2024.", doc="m-en.md")
    assert _result("What was the change in Acme's revenue from 2023 to 2024?", en) is None
    held = hit(
        "Acme held 20% of the heat pump market in 2023. The market reached USD 9.0 billion in 2024.", doc="m2-en.md"
    )
    assert _result("What was the change in Acme's revenue from 2023 to 2024?", held) is None
    zh = hit("凯莱英2023年收入为20.0亿元。该市场规模在2024年达到90.0亿元。", lang="zh", doc="m-zh.md")
    assert _result("2023年到2024年凯莱英收入增长了多少亿元？", zh) is None
    # The market's own sentence before still carries it on.
    market = hit(
        "The European heat pump market was valued at USD 8.0 billion in 2023. The market reached USD 9.0 billion in 2024.",
        doc="m3-en.md",
    )
    assert _result("How much did the European heat pump market grow from 2023 to 2024?", market) == "9 - 8 = 1"


def test_a_measure_opening_on_its_own_still_continues_the_company_before():
    own = hit("Acme's revenue was USD 2.0 billion in 2023. Revenue rose to USD 2.5 billion in 2024.", doc="own-en.md")
    assert _result("What was the change in Acme's revenue from 2023 to 2024?", own) == "2.5 - 2 = 0.5"


# 2. A projection grows the base at its own market's CAGR, never a segment's.
WIND_SEGMENT_RATE = (
    "In 2024 the global wind turbine market was valued at USD 80.0 billion, up from USD 74.1 billion in 2023. "
    "Offshore installations are a bright spot: offshore wind turbine revenue is expected to rise from "
    "USD 14.2 billion in 2024 to USD 31.8 billion by 2030, a CAGR of 14.4%."
)


@pytest.mark.parametrize(
    "question",
    [
        "What will the global market be in 2026 at the forecast CAGR?",
        "What will the global wind turbine market reach in 2026 at the forecast CAGR?",
        "按预测的复合年增长率，2026年全球风电整机市场规模将达到多少？",
    ],
)
def test_a_projection_of_the_market_refuses_a_segment_s_cagr(question):
    report = hit(WIND_SEGMENT_RATE, doc="wind-en.md", title="Global Wind Turbine Market Report 2025")
    assert _result(question, report) is None
    # The global market's own CAGR, when stated, grows the global amount.
    stated = hit(
        WIND_SEGMENT_RATE + " The global market is forecast to grow at a CAGR of 6.0% from 2024 to 2030.",
        doc="wind-en.md",
        title="Global Wind Turbine Market Report 2025",
    )
    assert _result(question, stated) == "80 × (1 + 6%)^(2026 - 2024) = 89.89"


def test_a_segment_s_projection_still_grows_the_segment_s_amount():
    report = hit(WIND_SEGMENT_RATE, doc="wind-en.md", title="Global Wind Turbine Market Report 2025")
    question = "If offshore wind turbine revenue grows at its forecast CAGR, what will it reach in 2026?"
    assert _result(question, report) == "14.2 × (1 + 14.4%)^(2026 - 2024) = 18.58"


# 3. The words between two figures are one figure's rest or the next one's lead, never both.
@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("What share of 2024 electrolyser shipments went to China?", "2.8 / 4.6 = 60.87%"),
        ("What share of 2024 electrolyser shipments did Europe take?", "0.8 / 4.6 = 17.39%"),
    ],
)
def test_a_figure_s_own_clause_is_decided_once(question, formula):
    report = hit(
        "Electrolyser shipments reached 4.6 GW in 2024, of which 2.8 GW went to China and Europe took 0.8 GW.",
        doc="electrolysers-en.md",
    )
    assert _result(question, report) == formula


def test_a_chinese_part_listed_after_its_figure_is_its_own():
    report = hit("2024年电解槽出货量为4.6 GW，其中2.8 GW销往中国，而欧洲采购了0.8 GW。", lang="zh", doc="elec-zh.md")
    assert _result("2024年中国占电解槽出货量的比重是多少？", report) in ("2.8 / 4.6 = 60.87%", None)
