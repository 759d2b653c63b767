"""answer/figures.py: computed figures rendered with their formula and quoted inputs, and
conversions of amounts quoted from the other language's text."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.answer.compose import Draft, compose
from reportqa.server.answer.figures import amount_text, display, render, with_conversions
from reportqa.server.calc.calculator import Result
from reportqa.server.calc.program import calculate
from tests.support.passages import EN_SIZE, RESTRAINTS_TABLE, ZH_SIZE, hit

pytestmark = pytest.mark.unit


def test_amount_text_per_language():
    assert amount_text(D("34.03"), "USD", "billion", "en") == "USD 34.03 billion"
    assert amount_text(D("340.3"), "USD", "亿", "zh") == "340.3亿美元"
    assert amount_text(D("12"), "CNY", "", "zh") == "12元"


@pytest.mark.parametrize(
    ("result", "lang", "shown"),
    [
        (Result("r", D("8.27"), "%", "", ""), "en", "8.27%"),
        (Result("d", D("-2.8"), "pp", "", ""), "en", "-2.8 percentage points"),
        (Result("d", D("-2.8"), "pp", "", ""), "zh", "-2.8 个百分点"),
        (Result("m", D("1.74"), "×", "", ""), "en", "1.74 times"),
        (Result("m", D("1.74"), "×", "", ""), "zh", "1.74 倍"),
        (Result("c", D("45.1"), "USD", "亿", ""), "zh", "45.1亿美元"),
        (Result("c", D("45.1"), "USD", "亿", ""), "en", "USD 4.51 billion (45.1亿美元)"),
        (Result("c", D("25.31"), "USD", "billion", ""), "zh", "253.1亿美元 (USD 25.31 billion)"),
        (Result("c", D("25.31"), "USD", "billion", ""), "en", "USD 25.31 billion"),
        # A conversion only moves the decimal point: every significant digit stays.
        (Result("c", D("1.75"), "USD", "亿", ""), "en", "USD 0.175 billion (1.75亿美元)"),
        (Result("c", D("0.125"), "USD", "billion", ""), "zh", "1.25亿美元 (USD 0.125 billion)"),
    ],
)
def test_display_states_an_amount_in_the_question_language_and_as_its_source_writes_it(result, lang, shown):
    assert display(result, lang) == shown


def test_render_implied_cagr_in_english_with_the_stated_cagr_and_the_quoted_inputs():
    passage = hit(EN_SIZE)
    computed = render(calculate("What CAGR does the growth from 2025 to 2032 imply?", [passage]), "en")
    lines = computed.draft.text.split("\n")
    assert lines[0] == (
        "Computed from the report's figures: The implied CAGR from 2025 to 2032 is 8.27% "
        "((59.34 / 34.03)^(1/7) - 1 = 8.27%)."
    )
    assert lines[1:] == [
        '"The global call center market was valued at USD 34.03 billion in 2025." [1]',
        '"It is expected to reach USD 59.34 billion by 2032, growing at a CAGR of 8.26% from 2025 to 2032." [1]',
        # After the inputs: the result's line cites the marker after it, its inputs' passage.
        "The report itself states a CAGR of 8.26% [1]; the difference is 0.01 percentage points.",
    ]
    assert computed.draft.cited == [passage]
    implied, gap = computed.figures
    assert (implied.value, implied.unit, implied.display) == (8.27, "%", "8.27%")
    assert [(i.value, i.unit, i.citation) for i in implied.inputs] == [
        (34.03, "USD billion", passage.chunk.id),
        (59.34, "USD billion", passage.chunk.id),
    ]
    assert (gap.value, gap.display, gap.formula) == (0.01, "0.01 percentage points", "8.27% - 8.26% = 0.01 pp")


def test_render_in_chinese_uses_the_chinese_template():
    computed = render(calculate("2025年到2030年市场增加了多少？", [hit(ZH_SIZE, lang="zh")]), "zh")
    assert computed.draft.text.startswith(
        "根据报告中的数字计算：2025 年至 2030 年变化 45.1亿美元 (145.7 - 100.6 = 45.1)，"
        "增长率为 44.83% (145.7 / 100.6 - 1 = 44.83%)。"
    )
    assert [f.display for f in computed.figures] == ["45.1亿美元", "44.83%"]


def test_render_quotes_each_table_row_once():
    computed = render(calculate("What is the sum of the restraint impacts on the CAGR?", [hit(RESTRAINTS_TABLE)]), "en")
    assert computed.draft.text.split("\n") == [
        "Computed from the report's figures: The sum is -2.8 percentage points ((-1.2) + (-0.9) + (-0.7) = -2.8).",
        '"| Data privacy rules | -1.2% |" [1]',
        '"| Labour costs | -0.9% |" [1]',
        '"| Legacy systems | -0.7% |" [1]',
    ]


def test_a_chinese_amount_quoted_in_an_english_answer_gets_its_value_in_billions():
    passage = hit("市场规模为340.3亿美元。", lang="zh")
    computed = with_conversions(compose("What is the market size?", [passage]), "en")
    assert computed.draft.text.endswith("\nConverted: 340.3亿美元 = USD 34.03 billion.")
    (figure,) = computed.figures
    assert (figure.value, figure.unit, figure.display, figure.formula) == (
        34.03,
        "USD billion",
        "USD 34.03 billion",
        "340.3 亿 = 34.03 billion",
    )
    assert [(i.value, i.unit, i.citation) for i in figure.inputs] == [(340.3, "USD 亿", passage.chunk.id)]


def test_an_english_amount_quoted_in_a_chinese_answer_gets_its_value_in_yi():
    computed = with_conversions(compose("呼叫中心市场规模是多少？", [hit(EN_SIZE)]), "zh")
    assert computed.draft.text.endswith("\n换算：USD 34.03 billion = 340.3亿美元。")
    assert [f.display for f in computed.figures] == ["340.3亿美元"]


def test_every_quoted_amount_is_converted_once():
    computed = with_conversions(compose("What is the US tech support market size?", [hit(ZH_SIZE, lang="zh")]), "en")
    assert computed.draft.text.endswith("Converted: 100.6亿美元 = USD 10.06 billion; 145.7亿美元 = USD 14.57 billion.")
    assert [f.display for f in computed.figures] == ["USD 10.06 billion", "USD 14.57 billion"]


def test_a_same_language_passage_needs_no_conversion():
    draft = compose("What is the call center market size?", [hit(EN_SIZE)])
    computed = with_conversions(draft, "en")
    assert computed.draft == draft and computed.figures == []


def test_amounts_the_answer_does_not_quote_are_not_converted():
    passage = hit("2025年为100.6亿美元。2030年达到145.7亿美元。", lang="zh")
    draft = Draft("The report (Chinese text) states: “2025年为100.6亿美元。” [1]", [passage])
    assert [f.display for f in with_conversions(draft, "en").figures] == ["USD 10.06 billion"]


def test_an_answer_that_already_states_the_converted_value_gets_the_figure():
    passage = hit("市场规模为340.3亿美元。", lang="zh")
    computed = with_conversions(Draft("The market is USD 34.03 billion [1].", [passage]), "en")
    assert [f.display for f in computed.figures] == ["USD 34.03 billion"]


def test_percentages_are_not_converted():
    passage = hit("复合年增长率为7.69%。", lang="zh")
    assert with_conversions(compose("What is the CAGR?", [passage]), "en").figures == []


def test_an_amount_is_converted_to_the_scale_the_question_asks():
    passage = hit("The global electrolyser market reached USD 3,420.5 million in 2024.")
    computed = with_conversions(compose("2024年全球电解槽市场规模折合多少亿美元？", [passage]), "zh", "亿")
    assert computed.draft.text.endswith("换算：USD 3,420.5 million = 34.205亿美元。")
    # Without a scale asked, the question's language's own scale for millions.
    plain = with_conversions(compose("2024年全球电解槽市场规模是多少？", [passage]), "zh")
    assert plain.draft.text.endswith("换算：USD 3,420.5 million = 342050万美元。")
