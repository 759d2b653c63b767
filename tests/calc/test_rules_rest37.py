"""The twenty-second session's binding rules for questions in the report's own language and Chinese
questions over English reports (rest37)."""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "Global Wind Turbine Market Report 2025"
_OFFSHORE = hit(
    "China installed 5.1 GW of the 9.4 GW offshore total. The United States installed 7.9 GW in 2024.",
    doc="wind-en.md",
    title=_TITLE,
)
_SUMMARY = hit(
    "New installations rose to 121.3 GW in 2024 from 116.6 GW in 2023, of which 9.4 GW was offshore.",
    doc="wind-en.md",
    title=_TITLE,
)
_REGIONS = hit(
    "| Region | 2023 (GW) | 2024 (GW) | Share of 2024 global |\n|---|---|---|---|\n"
    "| China | 75.7 | 79.8 | 65.8% |\n| Europe | 17.8 | 16.4 | 13.5% |\n| Global | 116.6 | 121.3 | 100.0% |",
    doc="wind-en.md",
    title=_TITLE,
)
_SPORTS_TITLE = "Global Sportswear Market Report 2025"
_BRANDS = hit(
    "China was the fastest-growing large market, and domestic brands took 48.5% of Chinese sportswear sales "
    "in 2024, up from 44.2% in 2023.",
    doc="sports-en.md",
    title=_SPORTS_TITLE,
)
_SPORTS_REGIONS = hit(
    "| Region | 2023 (USD bn) | 2024 (USD bn) | Share of 2024 global |\n|---|---|---|---|\n"
    "| China | 61.4 | 68.9 | 16.7% |\n| Global | 389.6 | 412.6 | 100.0% |",
    doc="sports-en.md",
    title=_SPORTS_TITLE,
)


def test_a_sentence_saying_more_than_a_place_s_row_is_the_figure_asked():
    # The row "China" counts all of China's installations; the sentence names China's offshore ones.
    question = "What share of the world's 2024 offshore wind installations did China account for?"
    assert formula_of(question, _OFFSHORE, _SUMMARY, _REGIONS) == "5.1 / 9.4 = 54.26%"
    # Asked of China's installations, with nothing the row does not write, the row stands.
    question = "By how much did China's wind installations grow from 2023 to 2024, in GW?"
    assert formula_of(question, _OFFSHORE, _REGIONS) == "79.8 - 75.7 = 4.1"


def test_a_place_s_row_without_the_year_asked_does_not_hide_a_sentence_that_says_more():
    # Domestic brands' share of Chinese sales is the sentence's, though only the row "China" is labelled by China alone.
    question = "中国本土品牌在中国运动服饰销售中的占比2024年比2023年提高了多少个百分点？"
    assert formula_of(question, _BRANDS, _SPORTS_REGIONS) == "48.5 - 44.2 = 4.3"


_EXPRESS_TYPES = hit(
    "| 业务类型 | 2024年业务量（亿件） | 占比 |\n| --- | --- | --- |\n"
    "| 同城快递 | 150.0 | 8.6% |\n| 异地快递 | 1,560.0 | 89.4% |\n| 合计 | 1,745.0 | 100.0% |",
    lang="zh",
    doc="express-zh.html",
    title="2025年中国快递物流行业研究报告",
)
_RURAL = hit(
    "2024年农村地区收投快递量为470.0亿件，同比增长24.6%；其中农产品出村快递量为130.0亿件。",
    lang="zh",
    doc="express-zh.html",
    title="2025年中国快递物流行业研究报告",
)


def test_a_row_label_the_tokenizer_cuts_is_not_named_whole_by_its_remaining_word():
    # 同城快递's search words are only 快递 (同 and 城 are single characters): the row is not the
    # 快递 of every question, and the sentence naming 农产品出村快递量 is the part's.
    question = "2024年农产品出村快递量占农村地区收投快递量的比重是多少？"
    assert formula_of(question, _EXPRESS_TYPES, _RURAL) == "130 / 470 = 27.66%"
    # A question in English writes no Chinese label: the row 光电类 (光电 and 类) is all its "photoelectric" names.
    segments = hit(
        "| 项目 | 2023年 | 2024年 | 同比增长 |\n|---|---|---|---|\n"
        "| 注射类 | 548.2 | 618.5 | 12.8% |\n| 光电类 | 702.4 | 812.6 | 15.7% |",
        lang="zh",
        doc="aesthetics-zh.pdf",
        title="2025年中国医疗美容市场研究报告",
    )
    question = "How much larger was the photoelectric segment than the injectables segment of China's market in 2024?"
    assert formula_of(question, segments) == "812.6 - 618.5 = 194.1"


def test_a_word_a_table_writes_cut_short_is_the_word():
    # "excl." is "excluding": the row is the question's region, not the sentence that writes "excluding"
    # beside South Korea's figure.
    table = hit(
        "| Region | 2023 | 2024 |\n|---|---|---|\n| China | 36.8 | 38.2 |\n| Asia Pacific excl. China | 29.5 | 32.4 |",
        doc="skin-en.pdf",
        title="Global Skincare Market Report 2025",
    )
    sentence = hit(
        "Within Asia Pacific excluding China, South Korea generated USD 8.7 billion in 2024.",
        doc="skin-en.pdf",
        title="Global Skincare Market Report 2025",
    )
    question = "What was the percentage growth of skincare sales in Asia Pacific excluding China between 2023 and 2024?"
    assert formula_of(question, sentence, table) == "32.4 / 29.5 - 1 = 9.83%"
