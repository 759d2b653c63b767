"""A table cell is read as its row and its column together (issue 16): questions written by the
lead over figures the tune questions do not ask (tests/data/marketset/more/computed.jsonl) took
the whole's sentence for a row the question names, the row's amount for the rate its column
measures, and called a change of two percentages a percentage. Typed mini-reports of other
markets, both languages; model-free (tests/support/passages.py).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.calculator import Measure, absolute_change
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


CHARGERS_ZH = (
    "2024年中国充电桩新增数量为420万台，同比增长24.1%。\n\n"
    "| 类型 | 2024年新增数量（万台） | 占比 |\n|---|---|---|\n"
    "| 公共桩（直流为主） | 85 | 20.2% |\n| 私人桩（交流） | 335 | 79.8% |\n| 合计 | 420 | 100.0% |"
)
ROUTERS_EN = (
    "Global Wi-Fi router shipments reached 9.0 million units in 2024.\n\n"
    "| Segment | Shipments 2024 (million units) | Share |\n|---|---|---|\n"
    "| Enterprise (managed) | 3.1 | 34.4% |\n| Consumer (retail) | 5.9 | 65.6% |\n| Total | 9.0 | 100.0% |"
)


@pytest.mark.parametrize(
    ("text", "lang", "question", "formula"),
    [
        (CHARGERS_ZH, "zh", "2024年私人桩新增数量比公共桩多多少万台？", "335 - 85 = 250"),
        (
            ROUTERS_EN,
            "en",
            "How many more consumer shipments than enterprise shipments were there in 2024?",
            "5.9 - 3.1 = 2.8",
        ),
    ],
)
def test_a_row_named_under_its_column_is_not_the_whole_s_sentence(text, lang, question, formula):
    # The whole's sentence writes the measure (新增数量, shipments) and the year; the row writes
    # the thing (私人桩) and its column the measure: the row is the one the question names.
    assert formula_of(question, hit(text, lang=lang, doc=f"mini-{lang}.md")) == formula


CLINICS_ZH = (
    "| 细分领域 | 市场规模（亿元） 2023年 | 市场规模（亿元） 2024年 | 国产化率 2023年 | 国产化率 2024年 |\n"
    "|---|---|---|---|---|\n| 口腔种植 | 210.5 | 236.8 | 18% | 23% |\n| 正畸 | 160.2 | 171.4 | 31% | 34% |"
)
SCANNERS_EN = (
    "| Segment | Revenue (USD million) 2023 | Revenue (USD million) 2024 | Domestic share 2023 | Domestic share 2024 |\n"
    "|---|---|---|---|---|\n| CT | 820.0 | 905.0 | 41% | 46% |\n| MRI | 610.0 | 655.0 | 22% | 27% |"
)


@pytest.mark.parametrize(
    ("text", "lang", "question", "formula"),
    [
        (CLINICS_ZH, "zh", "2024年口腔种植的国产化率比2023年提高了多少个百分点？", "23 - 18 = 5"),
        (CLINICS_ZH, "zh", "2024年口腔种植市场规模比2023年增加了多少亿元？", "236.8 - 210.5 = 26.3"),
        (SCANNERS_EN, "en", "By how many points did the domestic share of CT rise from 2023 to 2024?", "46 - 41 = 5"),
        (SCANNERS_EN, "en", "How much did CT revenue grow from 2023 to 2024, in USD million?", "905 - 820 = 85"),
    ],
)
def test_a_rate_column_the_question_names_is_not_passed_over_for_the_amount(text, lang, question, formula):
    assert formula_of(question, hit(text, lang=lang, doc=f"mini-{lang}.md")) == formula


def test_two_percentages_change_by_percentage_points():
    result = absolute_change(Measure(Decimal("32"), "%", "", 2023), Measure(Decimal("36"), "%", "", 2024))
    assert (result.value, result.unit) == (4, "pp")
    fare = absolute_change(Measure(Decimal("8.62"), "元", "", 2023), Measure(Decimal("8.04"), "元", "", 2024))
    assert (fare.value, fare.unit) == (Decimal("-0.58"), "元")


@pytest.mark.parametrize(
    ("text", "lang", "question"),
    [
        (
            "2024年中国跑鞋市场规模为520亿元，2023年为470亿元。国产品牌占跑鞋销售额的比重由2023年的35.0%提升至2024年的38.5%。",
            "zh",
            "2024年国产品牌的占比比2023年提高了多少个百分点？",
        ),
        (
            "Online grocery sales in Brazil reached BRL 52.0 billion in 2024, up from BRL 47.0 billion in 2023. "
            "Their share of grocery sales rose from 3.5% in 2023 to 4.1% in 2024.",
            "en",
            "By how many percentage points did online grocery's share change from 2023 to 2024?",
        ),
    ],
)
def test_a_change_asked_in_percentage_points_is_never_of_the_amounts(text, lang, question):
    formula = formula_of(question, hit(text, lang=lang, doc=f"mini-{lang}.md"))
    assert formula is None or "%" in formula or formula.split(" = ")[-1] in ("3.5", "0.6"), formula
