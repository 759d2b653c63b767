"""Thirty-second session (fact49): a stated figure looked up across languages. A change the other
language's report states of a narrower thing than the wider market's two years is that thing's; a
company's sentence is no answer to a Chinese question about the whole; an initialism a question writes
is the words a report spells out.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.compose import compose
from reportqa.server.answer.sentences import question_concepts, writes_across
from reportqa.server.calc.operands import another_says_more, candidates_of, written_out
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import subject_of
from tests.support.passages import hit

pytestmark = pytest.mark.unit

# A wider market's two years first, the narrower segment's stated growth after, as reports write them.
TURBINES = [
    hit(
        "## Key Findings\n\n- Global sales of marine propulsion equipment reached USD 48.2 billion in 2024, up 6.1% "
        "from USD 45.4 billion in 2023.\n- Sales are forecast at USD 51.0 billion in 2025, driven by ferries and "
        "hybrid drives.",
        doc="marine-en.md",
        title="Marine Propulsion Equipment Market 2025",
        dense=0.45,
    ),
    hit(
        "## Hybrid versus Diesel\n\nHybrid-drive equipment spending grew 23.7% in 2024, while diesel spending grew "
        "2.2%.",
        doc="marine-en.md",
        title="Marine Propulsion Equipment Market 2025",
        dense=0.55,
    ),
]


def test_a_chinese_question_s_narrower_subject_is_not_computed_from_the_wider_market_s_years():
    # 混合动力 ("hybrid") and 支出 ("spending") are the segment sentence's words, not the market's.
    assert calculate("混合动力相关设备的支出在2024年增长了多少？", TURBINES) is None
    # The wider market itself is still computed from its two years.
    found = calculate("2024年全球船舶推进设备销售额比2023年增加了多少？", TURBINES)
    assert found is not None and found.result.formula == "48.2 - 45.4 = 2.8"


def test_the_same_question_is_answered_by_the_segment_s_stated_growth():
    text = compose("混合动力相关设备的支出在2024年增长了多少？", TURBINES).text
    assert "23.7%" in text


REFINING = hit(
    "Refiners processed 2.64 million tonnes of copper scrap and slag in 2024, compared with 2.31 million tonnes "
    "in 2023. Ostrava Metals, the refining arm of Velmont, processed 318 kt of scrap material in 2024, the most of "
    "any refiner, and Kaldera processed 207 kt.",
    doc="copper-en.md",
    title="Global Copper Refining Market Report 2025",
)


def test_a_chinese_question_naming_no_company_is_not_answered_by_a_company_s_sentence():
    text = compose("2024年全球精炼企业一共处理了多少材料？", [REFINING]).text
    assert "2.64 million" in text
    assert text.index("2.64 million") < (text.index("318") if "318" in text else len(text))


def test_a_chinese_question_naming_the_company_still_gets_its_sentence():
    # Velmont written in the question (no owner-free question): the rule is not applied.
    text = compose("2024年Velmont的精炼部门处理了多少材料？", [REFINING]).text
    assert "318" in text


CHANNELS = hit(
    "Outerwear accounted for USD 61.2 billion (38.0% of sales). Direct-to-consumer channels accounted for 41.7% "
    "of outerwear sales in 2024, up 2.3 percentage points from 2023.",
    doc="outerwear-en.md",
    title="Global Outerwear Market 2025",
)


def test_an_initialism_is_written_by_its_words_spelled_out():
    assert written_out("direct-to-consumer channels accounted for 41.7%", "DTC")
    assert written_out("original equipment manufacturer sales", "OEM")
    # Function words apart are no initialism's words, nor two letters.
    assert not written_out("the decline was due to cost cuts", "DTC")
    assert not written_out("electric vehicle sales", "EV")


def test_a_question_s_initialism_over_a_report_that_spells_it_out_is_answered_by_that_sentence():
    question = "2024年外套销售中有多大比例是通过DTC渠道实现的？"
    assert judge(question, [CHANNELS]).answerable
    text = compose(question, [CHANNELS]).text
    assert "41.7%" in text and "Outerwear accounted" not in text


# A region's share stated by 占 over 零售额 ("retail sales"), which CC-CEDICT lacks.
LOCKS = hit(
    "## 三、渠道与区域\n\n线上渠道占智能门锁零售额的61.0%，线下门店占39.0%。2024年直播电商渠道销售额同比增长28.0%。\n\n分区域看，华北地区占全国智能门锁零售额的27.5%，"
    "华南地区占21.0%，华中地区占12.4%，其余为西南和西北地区。",
    lang="zh",
    doc="locks-zh.md",
    title="2025年中国智能门锁市场研究报告",
)


def test_an_english_question_s_sales_are_a_chinese_report_s_retail_sales():
    question = "What proportion of national smart lock retail sales came from North China in 2024?"
    assert judge(question, [LOCKS]).answerable
    assert "27.5%" in compose(question, [LOCKS]).text


# A kind's share of a whole's sales stated as its penetration rate, in a sentence dated by the one before.
TWO_WHEELERS = hit(
    "## 一、市场概览\n\n2024年，中国电动两轮车销量为4,820万辆，同比增长6.1%。同期全部两轮车销量为5,610万辆（2023年为5,530万辆），"
    "电动渗透率达到85.9%，较2023年的82.3%提高3.6个百分点。\n\n2024年全国城市短途出行中，电动车辆承担的比例仍不足40%。",
    lang="zh",
    doc="two-wheelers-zh.md",
    title="中国电动两轮车市场研究报告",
)


@pytest.mark.parametrize(
    "question",
    [
        "What share of two-wheeler sales were electric models in 2024?",
        "In 2024, what proportion of China's total two-wheeler sales did electric models make up?",
    ],
)
def test_a_share_of_sales_is_a_chinese_report_s_penetration_rate(question):
    text = compose(question, [TWO_WHEELERS]).text
    assert "85.9%" in text
    assert text.index("85.9%") < (text.index("不足40%") if "不足40%" in text else len(text))


# English report: a category's figure after the whole's, the category named by a head the dictionary gives the
# question's last character, or a verb before it as its gerund.
ATHLETIC = hit(
    "Global athletic goods sales reached USD 95.0 billion in 2024, up 4.2% from USD 91.2 billion in 2023, as "
    "running and hiking categories offset weak demand. Apparel remained the largest category at USD 44.1 billion, "
    "followed by footwear at USD 38.0 billion and equipment at USD 12.9 billion. Running footwear, the largest "
    "category within footwear, reached USD 11.6 billion in 2024. Online channels accounted for 31.0% of sales.",
    doc="athletic-en.md",
    title="Global Athletic Goods Market 2025",
)


@pytest.mark.parametrize("question", ["跑鞋2024年的销售额是多少？", "2024年全球跑步鞋的销售规模达到了多少？"])
def test_a_chinese_compound_is_read_with_its_head_s_other_senses(question):
    text = compose(question, [ATHLETIC]).text
    assert text.index("11.6") < (text.index("95.0") if "95.0" in text else len(text))


# The operands' sentence writes none of the Chinese subject's senses (包裹 is "package"; the report writes "parcels").
PARCELS = [
    hit(
        "## Executive Summary\n\nThe Latin American e-commerce logistics market grew from USD 6.1 billion in 2023 to USD 7.0 "
        "billion in 2024. Parcel volumes rose to 3.9 billion parcels in 2024 from 3.2 billion in 2023.",
        doc="latam-en.html",
        title="Latin American E-commerce Logistics Report 2025",
    ),
    hit(
        "The region's e-commerce gross merchandise value reached USD 58 billion in 2024.",
        doc="latam-en.html",
        title="Latin American E-commerce Logistics Report 2025",
    ),
]


def test_a_sentence_the_dictionary_misses_is_not_said_of_another_thing():
    items = candidates_of(PARCELS)
    parcels = [c.operand for c in items if c.label.startswith("Parcel volumes")]
    assert len(parcels) == 2
    # Its words meet none of 包裹's senses ("package", "bundle"), and another sentence writes "e-commerce".
    assert not another_says_more(parcels, items, subject_of("拉丁美洲电商包裹量"), "zh")


# The world's figure told by the verb the question says was done (处理了: "processed"), against a revenue table that
# writes the question's "material".
REFINED = [
    hit(
        "Refiners processed 2.64 million tonnes of copper scrap and slag in 2024, compared with 2.31 million tonnes "
        "in 2023. Scrap from wiring made up 41.0% of feedstock.",
        doc="copper-en.md",
        title="Global Copper Refining Market Report 2025",
        dense=0.6,
    ),
    hit(
        "| Material | Revenue (USD million) | Share of revenue (%) |\n|---|---|---|\n| Cathode copper | 3,120.5 | 61.0 |\n"
        "| Copper alloys | 1,994.0 | 39.0 |\n| Total | 5,114.5 | 100.0 |",
        doc="copper-en.md",
        title="Global Copper Refining Market Report 2025",
        dense=0.5,
    ),
]


def test_a_verb_a_chinese_question_says_was_done_is_the_english_sentence_s_past_tense():
    question = "2024年全球精炼企业一共处理了多少材料？"
    done = next(c for c in question_concepts(question) if c.token == "处理")
    # 处理 has four senses ("handle", "deal with", "punish", "process"): too many to tell a sentence by, but
    # done (处理了) it is the report's "processed", which the revenue table does not write.
    assert writes_across(REFINED[0].chunk.text, done)
    assert not writes_across(REFINED[1].chunk.text, done)
    # Not done, no past tense is read: "处理能力" asks a capacity, which "processed" does not state.
    assert not any(c.done for c in question_concepts("2024年全球精炼企业的处理能力是多少？"))
