"""answer/gate.py: every number an answer states must be in a citation or a figure.

Complements tests/answer/test_gate.py (near misses against one English passage) with
scale conversions both ways, currencies, figures, and how lines are kept or cut.
"""

from __future__ import annotations

import pytest

from reportqa.server.answer.gate import AllowedNumbers, enforce
from reportqa.server.answer.types import Citation, Figure

pytestmark = pytest.mark.unit


def cite(text: str, lang: str = "en", n: int = 1) -> Citation:
    return Citation(id=f"r#{n}", doc="r", title="r", text=text, lang=lang, location="")


EN = cite("The market was USD 1,250 million in 2025, up 3%.")
ZH = cite("用户规模为5万人，市场规模为12亿元。", "zh")
BILLIONS = cite("The market was USD 34.03 billion.")
CONVERSION = Figure("conversion", 10.06, "USD billion", "USD 10.06 billion", "100.6 亿 = 10.06 billion", [])


def test_only_the_sentence_with_the_unbacked_number_is_dropped():
    answer = "It was USD 1250 million [1]. It rose 4% [1].\nIn 2025 it was up 3% [1]."
    assert enforce(answer, [EN], [], "en") == "It was USD 1250 million [1].\nIn 2025 it was up 3% [1]."


def test_a_thousands_separator_does_not_make_a_different_number():
    assert enforce("It was USD 1,250 million [1].", [EN], [], "en") == "It was USD 1,250 million [1]."


def test_a_line_left_empty_is_removed_and_the_others_kept():
    assert enforce("Up 3% [1].\nUp 9% [1].\nIn 2025 [1].", [EN], [], "en") == "Up 3% [1].\nIn 2025 [1]."


@pytest.mark.parametrize("answer", ["There are 50 thousand users [1].", "The market is CNY 1.2 billion [1]."])
def test_chinese_scales_back_english_amounts(answer):
    assert enforce(answer, [ZH], [], "en") == answer


def test_an_amount_in_another_currency_is_not_backed():
    assert enforce("The market is USD 1.2 billion [1].", [ZH], [], "en").startswith("The cited passage reads: ")


def test_english_scales_back_chinese_amounts():
    assert enforce("市场规模为340.3亿美元[1]。", [BILLIONS], [], "zh") == "市场规模为340.3亿美元[1]。"


def test_a_scaled_amount_in_another_scale_must_be_the_same_amount():
    assert enforce("市场规模为3.403亿美元[1]。", [BILLIONS], [], "zh").startswith("报告原文：")


def test_the_right_digits_with_the_wrong_scale_are_not_backed():
    assert enforce("市场规模为34.03亿美元[1]。", [BILLIONS], [], "zh").startswith("报告原文：")


def test_full_width_digits_are_compared_after_normalising():
    assert enforce("市场规模为１２亿元[1]。", [ZH], [], "zh") == "市场规模为１２亿元[1]。"


def test_a_figure_backs_its_display_without_any_passage_number():
    answer = "It is USD 10.06 billion."
    assert enforce(answer + " Or 10.1.", [cite("no numbers")], [CONVERSION], "en") == answer


def test_allowed_numbers_collects_citations_and_figures():
    allowed = AllowedNumbers([cite("USD 34.03 billion in 2025")], [CONVERSION])
    assert {"34.03", "2025", "10.06", "100.6"} <= allowed.numbers
    assert allowed.backs("USD 100.6亿")  # the conversion figure's own amount
    assert allowed.backs("USD 340.3亿 in 2025")
    assert not allowed.backs("USD 340.4亿 in 2025")


def test_each_sentence_is_backed_by_the_citation_it_cites():
    answer = "A grew 3% [1]. B is 12 [2]."
    assert enforce(answer, [EN, cite("B is 12.", n=2)], [], "en") == answer


def test_a_scale_or_year_taken_for_an_amount_is_not_backed():
    billions = cite("The market reached USD 2.5 billion in 2025.")
    assert enforce("The market reached USD 2.5 trillion [1].", [billions], [], "en").startswith("The cited passage")
    assert enforce("It was USD 2,025 million [1].", [billions], [], "en").startswith("The cited passage")
    assert (
        enforce("The market reached USD 2.5 billion [1].", [billions], [], "en")
        == "The market reached USD 2.5 billion [1]."
    )


def test_a_year_in_brackets_in_a_quoted_table_is_not_a_marker():
    table = cite("| KEY MARKET STATISTICS | |\n| Base Year [2025] | USD 34.03 billion |\n| CAGR (%) | 8.26% |")
    answer = 'The report states: "| KEY MARKET STATISTICS | |\n| Base Year [2025] | USD 34.03 billion |\n| CAGR (%) | 8.26% |" [1]'
    assert enforce(answer, [table], [], "en") == answer
