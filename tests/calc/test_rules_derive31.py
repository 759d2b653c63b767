"""Values implied by a stated rate (issue 16, derive31): a span's first year backed out of its last
year's figure at the CAGR stated over that very span, in either language and wherever the report
states each; a figure carried back a year by the growth a question gives first ("同比增长12.5%，
据此推算其2023年…", "Given its 12.5% rise, …"); a CAGR sentence's span read from the clause its
sentence opens with.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.ingest.numbers import parse_quantities
from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_ZH = (
    "2024年中国滑雪产业收入为520.0亿元，同比增长8.0%，2023年为481.5亿元。"
    "我们预计到2029年，中国滑雪产业收入将达到800亿元，2024—2029年复合增长率为9.0%；"
    "2019—2023年，产业收入的复合增长率为12.0%。"
)
_EN = (
    "The global kiln market was valued at USD 4,120.0 million in 2024, up from USD 3,800.0 million in 2023. "
    "We forecast it to reach USD 9.0 billion by 2031, a CAGR of 11.8% over 2024-2031. "
    "Between 2019 and 2023 the kiln market grew at a CAGR of 15.0%."
)


def _report(text: str):
    if text.isascii():
        return hit(text, title="Global Kiln Market Report 2025")
    return hit(text, lang="zh", doc="report-zh.md", title="2025年中国滑雪产业研究报告")


@pytest.mark.parametrize(
    ("question", "text", "formula"),
    [
        ("按2019—2023年复合增长率推算，2019年中国滑雪产业收入约为多少？", _ZH, "481.5 × (1 + 12%)^(2019 - 2023) = 306"),
        (
            "What does the 2019-2023 CAGR imply the kiln market was worth in 2019?",
            _EN,
            "3800 × (1 + 15%)^(2019 - 2023)",
        ),
    ],
)
def test_a_span_s_first_year_is_backed_out_of_its_last_at_the_cagr_stated_over_that_span(question, text, formula):
    assert detect(question).kind == "implied_value"
    assert detect(question).years == (2019, 2023)
    found = formula_of(question, _report(text))
    assert found is not None and found.startswith(formula)


def test_a_rate_of_another_span_backs_nothing_out():
    text = "2023年中国滑雪产业收入为481.5亿元。2024—2029年，产业收入的复合增长率为9.0%。"
    assert formula_of("按2019—2023年复合增长率推算，2019年中国滑雪产业收入约为多少？", _report(text)) is None


def test_a_count_beside_a_revenue_sentence_is_no_revenue_to_back_out():
    text = "滑雪人次为2.1亿人次，2023年为1.9亿人次，收入增长主要来自客单价。2019—2023年，产业收入的复合增长率为12.0%。"
    assert formula_of("按2019—2023年复合增长率推算，2019年中国滑雪产业收入约为多少？", _report(text)) is None


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("维斯塔斯2024年订单量同比增长12.5%，据此推算其2023年订单量约为多少GW？", (2023, 2024)),
        ("Given its 12.5% rise, what was the average ticket price for offline events in 2023?", (2023, 2024)),
    ],
)
def test_a_growth_the_question_gives_first_carries_a_figure_back(question, years):
    intent = detect(question)
    assert (intent.kind, intent.years) == ("implied_value", years)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2019—2023年，产业收入的复合增长率为12.0%。", "2019-2023"),
        ("Between 2019 and 2023 the market grew at a CAGR of 15.0%.", "2019-2023"),
        ("2024年，产业收入的复合增长率为12.0%。", ""),
    ],
)
def test_a_cagr_takes_the_span_its_sentence_opens_with_or_writes_with_and(text, period):
    (rate,) = [q for q in parse_quantities(text) if q.unit == "%"]
    assert (rate.metric, rate.period) == ("cagr", period)


def test_a_name_linked_from_the_other_script_stands_apart_from_the_year_after_it():
    text = "Vestas' order intake was 18.6 GW in 2024, up 12.5% year on year."
    question = "维斯塔斯2024年订单量同比增长12.5%，据此推算其2023年订单量约为多少GW？"
    assert (
        formula_of(question, hit(text, title="Global Wind Turbine Market 2025"))
        == "18.6 × (1 + 12.5%)^(2023 - 2024) = 16.53"
    )
