"""The thirty-seventh session's relative years: "last year", 今年, "in three years", 过去五年 read
against the report's latest actual year (server/calc/relative_years.py)."""

from __future__ import annotations

import pytest

from reportqa.ingest.numbers import forecast_at, parse_quantities
from reportqa.server.answer.pipeline import Answerer
from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from reportqa.server.calc.relative_years import reading_note, reference_year, relative_years_named
from tests.support.passages import FakeSearcher, hit

pytestmark = pytest.mark.unit

# Written like the reports: actuals for 2024 and 2023, forecasts for 2025, 2026 and 2030.
SALES_EN = hit(
    "Global sales of semiconductor manufacturing equipment reached USD 117.1 billion in 2024, up 10.2% "
    "from USD 106.3 billion in 2023. Sales are forecast at USD 125.5 billion in 2025 and USD 138.9 billion "
    "in 2026. The market was valued at USD 118.6 billion in 2024 and is projected to reach USD 251.3 "
    "billion by 2030.",
    doc="equipment-en.md",
)
ROBOTS_ZH = hit(
    "2024年中国工业机器人销量为29.5万台，2023年为28.2万台。按销售额计，2024年中国工业机器人市场规模约为612亿元，"
    "预计2030年将达到1,180亿元。国产品牌市场份额持续提升，2024年达到47.1%，较2023年的45.0%提高2.1个百分点。",
    lang="zh",
    doc="robots-zh.md",
)
# A table's later column may be a forecast no cell marks: it dates no actual.
FORECAST_TABLE = hit("| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n| Europe | 21.4 | 43.7 |")


@pytest.mark.parametrize(
    ("text", "forecast"),
    [
        # The base a forecast grows from is stated; what it grows to is forecast.
        (
            "The market was valued at USD 118.6 billion in 2024 and is projected to reach USD 251.3 billion by 2030.",
            [False, True],
        ),
        ("我们预计市场规模将从2024年的3,486.7亿元增长至2029年的5,620亿元。", [False, True]),
        ("Sales are forecast at USD 125.5 billion in 2025 and USD 138.9 billion in 2026.", [True, True]),
        ("2024年市场规模约为612亿元，预计2030年将达到1,180亿元。", [False, True]),
    ],
)
def test_a_figure_is_forecast_where_its_clause_says_so_before_it_or_right_after(text, forecast):
    assert [forecast_at(text, q.start) for q in parse_quantities(text)] == forecast


def test_the_reference_year_is_the_latest_year_stated_as_an_actual():
    assert reference_year([SALES_EN]) == 2024
    assert reference_year([ROBOTS_ZH]) == 2024


def test_no_reference_year_without_a_dated_actual_in_prose():
    assert reference_year([FORECAST_TABLE]) is None
    assert reference_year([hit("Sales are forecast at USD 125.5 billion in 2025.")]) is None


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What were equipment sales last year?", "What were equipment sales in 2024?"),
        ("What are equipment sales forecast to be this year?", "What are equipment sales forecast to be in 2025?"),
        ("What are equipment sales forecast to be next year?", "What are equipment sales forecast to be in 2026?"),
        ("What were equipment sales the year before last?", "What were equipment sales in 2023?"),
        ("How much did sales grow this year over last year?", "How much did sales grow in 2025 over 2024?"),
        ("What were sales at the end of last year?", "What were sales at the end of 2024?"),
        # Five years, the last of them the reference year.
        ("What was the CAGR over the past five years?", "What was the CAGR over 2020-2024?"),
        ("What was last year's growth rate?", "What was 2024's growth rate?"),
        ("What will sales be in three years?", "What will sales be in 2028?"),
        # With no year named, a change against the year before is the latest year's.
        ("How much did sales grow over the previous year?", "How much did sales grow over the previous year in 2024?"),
        # An English question names its year last: only where the year before is compared with.
        ("How many units were shipped the year before?", "How many units were shipped the year before?"),
        # "The last year of the forecast" is no relative year.
        ("What are sales in the last year of the forecast?", "What are sales in the last year of the forecast?"),
    ],
)
def test_english_relative_years_are_named_from_the_reference_year(question, named):
    assert relative_years_named(question, [SALES_EN])[0] == named


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("去年工业机器人销量是多少？", "2024年工业机器人销量是多少？"),
        ("今年工业机器人市场规模预计是多少？", "2025年工业机器人市场规模预计是多少？"),
        ("国产品牌市场份额去年比前年提高了几个百分点？", "国产品牌市场份额2024年比2023年提高了几个百分点？"),
        ("工业机器人销量同比增长了多少？", "2024年工业机器人销量同比增长了多少？"),
        ("去年工业机器人销量较上年增加了多少万台？", "2024年工业机器人销量较上年增加了多少万台？"),
        ("过去五年工业机器人市场规模的复合增长率是多少？", "2020-2024年工业机器人市场规模的复合增长率是多少？"),
        ("三年后工业机器人市场规模是多少？", "2028年工业机器人市场规模是多少？"),
        # A year the question names anchors "三年后"; 较上年 and 同比 beside it are the calculation's.
        ("2024年销量三年后是多少？", "2024年销量2027年是多少？"),
        ("2024年工业机器人销量同比增长了多少？", "2024年工业机器人销量同比增长了多少？"),
        # 此前年均 and 之后年均 hold no 前年 or 后年.
        ("此前年均增速是多少？", "此前年均增速是多少？"),
    ],
)
def test_chinese_relative_years_are_named_from_the_reference_year(question, named):
    assert relative_years_named(question, [ROBOTS_ZH])[0] == named


def test_without_a_reference_year_the_question_is_left_as_asked():
    assert relative_years_named("What were sales in Europe last year?", [FORECAST_TABLE]) == (
        "What were sales in Europe last year?",
        (),
    )


def test_the_operation_is_read_once_the_years_are_named():
    named, _ = relative_years_named("国产品牌市场份额去年比前年提高了几个百分点？", [ROBOTS_ZH])
    found = calculate(named, [ROBOTS_ZH])
    assert found is not None and found.result.formula == "47.1 - 45 = 2.1"
    named, _ = relative_years_named(
        "By what percentage are sales expected to grow this year over last year?", [SALES_EN]
    )
    intent = detect(named)
    assert intent is not None and intent.kind == "relative_change" and set(intent.years) == {2024, 2025}


def test_the_reading_is_said_in_the_questions_language():
    _, readings = relative_years_named("What were equipment sales last year?", [SALES_EN])
    assert (
        reading_note(readings, "en")
        == "Reading 'last year' as 2024, the latest year the report gives actual figures for."
    )
    _, readings = relative_years_named("今年工业机器人市场规模预计是多少？", [ROBOTS_ZH])
    assert reading_note(readings, "zh") == "将“今年”理解为2025年（按报告给出实际数据的最近年份2024年推算）。"
    _, readings = relative_years_named("工业机器人销量同比增长了多少？", [ROBOTS_ZH])
    assert reading_note(readings, "zh") == "将“同比”理解为2024年与2023年相比（2024年为报告给出实际数据的最近年份）。"
    _, readings = relative_years_named("If sales are 30% above a year ago, what were they a year ago?", [SALES_EN])
    assert (
        reading_note(readings, "en")
        == "Reading 'a year ago' as 2024, the latest year the report gives actual figures for."
    )


def test_the_answer_states_its_reading_and_passes_the_number_gate():
    answer = Answerer("default").ask("What were global equipment sales last year?", [], FakeSearcher([SALES_EN]))
    assert answer.answerable
    assert answer.text.startswith("Reading 'last year' as 2024, the latest year the report gives actual figures for.\n")
    assert "117.1" in answer.text
