"""The seventeenth session's pair rules (diff32): differences and ratios of two named things whose
measure the question names once, and a year's 年 read apart from the name after it."""

from __future__ import annotations

import pytest

from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import subject_words
from tests.support.passages import hit

pytestmark = pytest.mark.unit

VENDORS_ZH = hit(
    "2024年中国公有云市场份额如下：\n\n"
    "| 厂商 | IaaS市场份额（2024年） | PaaS市场份额（2024年） |\n|---|---|---|\n"
    "| 星河云 | 24.3% | 19.8% |\n| 远山云 | 14.1% | 11.6% |\n| 其他 | 61.6% | 68.6% |",
    doc="vendors-zh.md",
    title="中国公有云市场研究报告（2025）",
)

REGIONS_EN = hit(
    "| Region | Revenue (USD million) 2023 | Revenue (USD million) 2024 | Subscribers (thousand) 2023 "
    "| Subscribers (thousand) 2024 |\n|---|---|---|---|---|\n"
    "| Europe | 1,812.0 | 2,410.5 | 650 | 1,140 |\n| Middle East & Africa | 702.3 | 1,015.8 | 310 | 480 |",
    doc="regions-en.md",
    title="Global Satellite Internet Market 2025",
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        # The measure named on the first side only (IaaS市场份额) is the second side's column too.
        ("2024年星河云的IaaS市场份额比远山云高多少个百分点？", "24.3 - 14.1 = 10.2"),
        ("2024年星河云的PaaS市场份额比远山云高多少个百分点？", "19.8 - 11.6 = 8.2"),
    ],
)
def test_a_measure_named_once_heads_both_rows_column(question, formula):
    found = calculate(question, [VENDORS_ZH])
    assert found is not None and found.result.formula == formula


def test_a_bare_other_side_takes_the_first_sides_column_in_english():
    found = calculate("What is Europe's subscribers divided by Middle East & Africa's for 2024?", [REGIONS_EN])
    assert found is not None and found.result.formula == "1140 / 480 = 2.38"


def test_the_other_side_without_the_first_sides_column_still_refuses_the_guess():
    # "revenue" names no column of its own year apart from the subscribers': the two columns of
    # 2024 stay a guess for a side that names neither of them and a first side found in a sentence.
    lone = hit(
        "| Region | Revenue 2024 (USD million) | Subscribers 2024 (thousand) |\n|---|---|---|\n"
        "| Europe | 2,410.5 | 1,140 |\n| Latin America | 1,015.8 | 480 |",
        doc="lone.md",
        title="Global Satellite Internet Market 2025",
    )
    found = calculate("How much larger was Europe than Latin America in 2024?", [lone])
    assert found is None


@pytest.mark.parametrize(
    ("text", "word", "glued"),
    [
        ("2024年华拓新能的储能电池出货量", "华拓", "年华"),
        ("2024年晶科的组件出货量", "晶科", "年晶科"),
    ],
)
def test_a_years_character_is_read_apart_from_the_name_after_it(text, word, glued):
    words = subject_words(text)
    assert word in words and glued not in words


def test_period_words_after_a_year_stay_words():
    assert "年末" in subject_words("2024年末门店数")


STORAGE_ZH = hit(
    "| 企业 | 2024年储能电池出货量（GWh） | 同比增长 |\n|---|---|---|\n"
    "| 恒远科技 | 76.4 | 42.1% |\n| 华拓新能 | 37.2 | 68.8% |\n| 其他 | 81.9 | — |",
    doc="storage-zh.md",
    title="中国储能市场研究报告（2025）",
)


def test_a_company_named_right_after_the_year_is_bound_to_its_row():
    found = calculate("2024年华拓新能的储能电池出货量是恒远科技的多少倍？", [STORAGE_ZH])
    assert found is not None and found.result.formula == "37.2 / 76.4 = 0.4869"
