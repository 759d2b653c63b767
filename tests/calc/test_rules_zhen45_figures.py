"""Chinese questions over English reports (twenty-eighth session, zhen45): a change written against its
base year does not date a paragraph, and each side of a sum is told apart by its own words' senses even
where a word both sides share has the same sense.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

GEAR = hit(
    "Tents remained the largest category at USD 50.0 billion (40.0% of sales), followed by rucksacks at "
    "USD 30.0 billion (24.0%). Online channels accounted for 30.0% of sales in 2024, up 1.5 percentage "
    "points from 2023, while retailers cut orders.",
    doc="gear-en.md",
    title="Global Outdoor Equipment Market Report 2025",
)


def test_a_change_from_a_base_year_does_not_date_the_paragraph_its_base_year():
    # "up 1.5 percentage points from 2023" is the change to 2024: the paragraph's figures are 2024's.
    question = "2024年帐篷和背包合计占户外用品销售额的比重是多少？"
    assert formula_of(question, GEAR) == "40 + 24 = 64"


WEAR = hit(
    "Apparel remained the largest category at USD 90.0 billion (45.0% of sales), followed by footwear at "
    "USD 70.0 billion (35.0%) and equipment at USD 40.0 billion (20.0%) in 2024.",
    doc="sport-en.md",
    title="Global Sportswear Market Report 2025",
)


def test_a_side_of_a_sum_is_told_apart_by_a_sense_its_shared_words_also_have():
    # 服装 is "apparel", and so is the 服饰 of 运动服饰 that both sides share: 服装 still names the apparel figure.
    question = "2024年鞋类和服装合计占全球运动服饰销售额的比重是多少？"
    assert formula_of(question, WEAR) == "35 + 45 = 80"


RACKS = hit(
    "| Technology | Share of 2024 market | Growth, 2024 |\n| --- | --- | --- |\n"
    "| Air cooling | 70.0% | 5.0% |\n| Direct-to-chip liquid cooling | 20.0% | 80.0% |\n"
    "| Immersion cooling | 10.0% | 50.0% |",
    doc="racks-en.md",
    title="Edge Computing Cooling Market Report 2025",
    section="Market by Technology",
)


def test_cold_plate_and_immersion_liquid_cooling_are_the_rows_a_report_writes_for_them():
    # 冷板式 is the industry's "cold plate", which a report writes "direct-to-chip"; 浸没式 is "immersion".
    question = "2024年冷板式液冷和浸没式液冷合计占边缘计算冷却市场的比重是多少？"
    assert formula_of(question, RACKS) == "20 + 10 = 30"


COBALT = hit(
    "Refiners took in 200 kt of cobalt feedstock in 2024. Mined ore still made up 70.0% of feedstock; "
    "end-of-life batteries supplied the rest.",
    doc="cobalt-en.md",
    title="Global Cobalt Recycling Market Report 2025",
)


def test_the_rest_after_a_share_is_named_by_a_glossary_term_and_its_whole_by_the_report_title():
    # 报废电池 is the glossary's "end-of-life batteries" (报废 alone is "scrap"); 回收原料's 回收 ("recycle")
    # is what the report's title is about, and 原料 its "feedstock".
    question = "2024年回收原料中报废电池所占的比重是多少？"
    assert formula_of(question, COBALT) == "100% - 70% = 30%"


def test_a_chinese_glossary_term_is_written_by_its_sense_as_whole_words():
    from reportqa.server.calc.subject import writes_all

    assert writes_all("报废电池", "end-of-life batteries supplied the rest.")
    assert not writes_all("报废电池", "production scrap supplied the rest.")
    assert not writes_all("人工智能", "the company said so.")  # "AI" is no word of "said"
