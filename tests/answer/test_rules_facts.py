"""A stated figure is quoted only when it is the quantity asked: of the subject asked (the
whole market, not a company in it; the subject on its own, not a group it is one member of).
Own passages in other markets and both languages, each with the look-alike it must not give.
Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.compose import compose
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

RECYCLING = hit(
    "Recyclers processed 1.38 million tonnes of spent batteries and production scrap in 2024, compared with "
    "1.05 million tonnes in 2023. Brunp, the recycling arm of CATL, processed 412 kt of battery material in "
    "2024, the most of any recycler, and GEM processed 286 kt.",
    title="Global Lithium-ion Battery Recycling Market Report 2025",
)
COFFEE = hit(
    "Luckin Coffee, the largest chain, sold 2.9 billion cups of coffee in 2024. Chain stores across China sold "
    "6.2 billion cups in 2024, up 18% on 2023.",
    title="China Coffee Chains Market 2025",
)
TURBINES = hit(
    "Goldwind, the biggest turbine maker, shipped 18.9 GW of wind turbines in 2024. Turbine makers shipped "
    "121.3 GW in 2024 worldwide.",
    title="Global Wind Turbine Market Report 2025",
)


@pytest.mark.parametrize(
    ("question", "passage", "said", "not_said"),
    [
        ("How much material did recyclers process worldwide in 2024?", RECYCLING, "1.38 million", "412"),
        ("How much battery material was processed globally in 2024?", RECYCLING, "1.38 million", "412"),
        ("How many cups of coffee did chains sell in China in 2024?", COFFEE, "6.2 billion", "2.9 billion"),
        ("How many GW of wind turbines were shipped in 2024?", TURBINES, "121.3", "18.9"),
        # The question names the company, or asks for the leader: its sentence is the answer.
        ("How much battery material did Brunp process in 2024?", RECYCLING, "412", "1.38"),
        ("How many cups of coffee did the largest chain sell in 2024?", COFFEE, "2.9 billion", "6.2"),
        ("How many GW of turbines did Goldwind ship in 2024?", TURBINES, "18.9", "121.3"),
    ],
)
def test_the_whole_is_not_answered_with_a_companys_figure(question, passage, said, not_said):
    text = compose(question, [passage]).text
    assert said in text
    assert not_said not in text


TERMINALS = hit(
    "从终端看，三级医院占IVD终端需求的63.8%，二级医院占21.5%，基层医疗机构与体检中心合计占14.7%。"
    "2024年中国体外诊断市场规模为1,327.5亿元。",
    lang="zh",
    title="2025年中国体外诊断（IVD）市场研究报告",
)
CLINICS = hit(
    "Hospitals accounted for 58.2% of veterinary drug demand in 2024; clinics and pet pharmacies together "
    "took 27.4%. The veterinary drug market reached USD 38.6 billion in 2024.",
    title="Global Veterinary Drugs Market 2025",
)
CHANNELS = hit(
    "The pet food market reached USD 152.3 billion in 2024. Online channels accounted for 34.5% of pet food "
    "sales in 2024, up from 31.0% in 2023.",
    title="Global Pet Food Market 2025",
)
CHANNELS_ZH = hit(
    "2024年中国宠物食品市场规模为1,585.2亿元。2024年线上渠道占宠物食品销售额的41.3%，较2023年提高2.1个百分点。",
    lang="zh",
    title="中国宠物食品市场报告",
)


@pytest.mark.parametrize(
    ("question", "passages"),
    [
        # Only inside a group that shares one figure.
        ("2024年基层医疗机构的IVD市场规模是多少亿元？", [TERMINALS]),
        ("2024年基层医疗机构占IVD终端需求的比重是多少？", [TERMINALS]),
        ("What share of veterinary drug demand did clinics account for in 2024?", [CLINICS]),
    ],
)
def test_a_figure_that_only_resembles_the_quantity_asked_is_refused(question, passages):
    verdict = judge(question, passages)
    assert not verdict.answerable
    assert not any(ch.isdigit() for ch in worded(verdict.reason, "en"))


@pytest.mark.parametrize(
    ("question", "passages", "said"),
    [
        ("三级医院占IVD终端需求的比重是多少？", [TERMINALS], "63.8%"),
        ("2024年中国IVD市场规模是多少亿元？", [TERMINALS], "1,327.5"),
        ("What share of veterinary drug demand did hospitals account for in 2024?", [CLINICS], "58.2%"),
        ("How large was the veterinary drug market in 2024?", [CLINICS], "38.6"),
        ("What share of pet food sales went through online channels in 2024?", [CHANNELS], "34.5%"),
        ("2024年线上渠道占宠物食品销售额的比重是多少？", [CHANNELS_ZH], "41.3%"),
        ("2024年中国宠物食品市场规模是多少亿元？", [CHANNELS_ZH], "1,585.2"),
    ],
)
def test_the_same_passages_answer_what_they_state(question, passages, said):
    assert judge(question, passages).answerable
    assert said in compose(question, passages).text


def test_a_table_with_a_total_row_is_no_group():
    modules = hit(
        "| 功能模块 | 2024年规模（亿元） | 同比增速 |\n|---|---|---|\n| 销售自动化与客服 | 48.3 | 12.1% |\n"
        "| 营销自动化 | 27.9 | 19.8% |\n| 合计 | 76.2 | 14.9% |",
        lang="zh",
        title="中国SaaS CRM市场报告",
    )
    assert judge("营销自动化模块2024年增速是多少？", [modules]).answerable


def test_a_company_named_in_the_other_script_is_left_to_the_name_rules():
    # 玛氏 is Mars: the English sentence about Mars is the answer, not the market's.
    petfood = hit(
        "The global pet food market was valued at USD 142.3 billion in 2024. Mars Petcare, with estimated pet "
        "food net sales of USD 22.8 billion in 2024, leads the market.",
        title="Global Pet Food Market Report 2025",
    )
    assert "22.8" in compose("2024年玛氏宠物护理的宠物食品净销售额是多少？", [petfood]).text


@pytest.mark.parametrize(
    ("question", "answerable"),
    [
        ("How much battery material did Huayou Recycling process in 2024?", False),
        ("How many GW did Nordex install in 2024?", False),
        ("How much battery material did GEM process in 2024?", True),
    ],
)
def test_a_section_numbers_is_no_figure_of_a_company_named_under_it(question, answerable):
    passage = hit(
        "GEM processed 286 kt of battery material in 2024. Huayou Recycling and Ganfeng Recycling expanded "
        "capacity in Jiangxi. Nordex and Suzlon gained share in Europe and India.",
        title="Global Battery Recycling Market Report 2025",
        section="4. Competitive landscape",
    )
    assert judge(question, [passage]).answerable is answerable


def test_combining_items_is_no_group_sharing_a_figure():
    note = hit(
        '(4) During the year ended January 3, 2020, the Company combined "Dividends payable and "Income taxes '
        'payable" with "Accounts payable and accrued liabilities" on the consolidated balance sheets. Revenue was '
        "$1,204 million in 2019. Operating expenses were $817 million in 2019."
    )
    question = 'What did the company combine "Dividends payable and "Income taxes payable" with in 2020?'
    assert judge(question, [note]).answerable


def test_a_row_stating_the_amount_answers_though_a_share_sentence_writes_more_of_the_subject():
    channels = hit(
        "Online retail reached 27.9% of global pet food sales in 2024. Supermarkets remained the largest channel "
        "at 38.0%.\n\n| Channel | Sales 2024 (USD billion) |\n|---|---|\n| Online | 39.7 |\n| Supermarkets | 54.1 |",
        title="Global Pet Food Market Report 2025",
    )
    market = hit(
        "The global pet food market was valued at USD 142.3 billion in 2024. North America was worth USD 55.9 "
        "billion. Europe followed with USD 41.7 billion. Dog food accounted for 61.5% of revenue.",
        title="Global Pet Food Market Report 2025",
    )
    question = "What were online retail pet food sales in 2024 in USD?"
    assert judge(question, [channels, market]).answerable
    # Still refused: no unit naming the subject states an amount.
    assert not judge("2024年基层医疗机构的IVD市场规模是多少亿元？", [TERMINALS]).answerable
