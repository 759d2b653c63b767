"""answer/answerability.py: a figure is given only when one sentence or row names the
question's subject and measure, the subject found in either script. Own sentences in both
languages, each rule with the near miss it must refuse. Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

ROBOTS_TABLE = hit(
    "| 机型 | 2024年销量（万台） |\n|---|---|\n| 多关节机器人 | 18.3 |\n| SCARA机器人 | 5.4 |",
    lang="zh",
    title="中国工业机器人市场年度报告",
)
ROBOTS_PROSE = hit("埃斯顿2024年出货量约为2.3万台。宏图智控在SCARA领域快速扩张。", lang="zh")


def test_a_possessor_the_passages_name_without_a_figure_is_refused():
    # 宏图智控 is no word jieba tags as a name; the SCARA row is the market's, not its.
    verdict = judge("2024年宏图智控的SCARA机器人销量是多少？", [ROBOTS_TABLE, ROBOTS_PROSE])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


def test_the_markets_figure_still_answers_the_markets_question():
    assert judge("2024年SCARA机器人销量是多少？", [ROBOTS_TABLE, ROBOTS_PROSE]).answerable


def test_a_possessor_with_its_figure_in_one_sentence_is_answerable():
    assert judge("2024年埃斯顿的出货量是多少？", [ROBOTS_TABLE, ROBOTS_PROSE]).answerable


def test_a_possessor_the_passages_never_write_is_left_to_the_name_rules():
    # A cross-language question: the English report writes the company in Latin letters.
    passage = hit("Hongtu Petcare reported pet food net sales of USD 22.8 billion in 2024.")
    assert judge("2024年宏图宠物护理的宠物食品净销售额是多少？", [passage]).answerable


REGIONS = [
    hit("Europe followed with USD 41.7 billion in 2024.", title="Global Pet Food Market Report"),
    hit("Online retail reached 27.9% of global pet food sales in 2024.", title="Global Pet Food Market Report"),
]


@pytest.mark.parametrize(
    "question", ["2024年欧洲宠物食品线上渠道占比是多少？", "What was Europe's online share of pet food sales in 2024?"]
)
def test_a_share_asked_of_a_region_is_not_answered_by_its_size_or_the_global_share(question):
    assert not judge(question, REGIONS).answerable


def test_the_global_share_answers_the_global_question():
    assert judge("2024年宠物食品线上渠道占比是多少？", REGIONS).answerable


REVENUE_ZH = hit("2024年，奇安信实现营业收入48.7亿元；深信服网络安全业务收入为40.2亿元。", lang="zh")


@pytest.mark.parametrize("question", ["What was Qi An Xin's revenue in 2024?", "What was Qianxin's revenue in 2024?"])
def test_a_chinese_company_asked_by_its_pinyin_is_answerable(question):
    assert judge(question, [REVENUE_ZH]).answerable


def test_a_company_neither_script_writes_is_refused_by_name():
    verdict = judge("What was Hua Xin Tong's revenue in 2024?", [REVENUE_ZH])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention Hua Xin Tong")


def test_a_chinese_company_written_in_pinyin_by_an_english_report_is_found():
    passage = hit("Qi An Xin reported revenue of CNY 4.87 billion in 2024.")
    assert judge("2024年奇安信的营业收入是多少？", [passage]).answerable


def test_a_bracketed_latin_form_binds_the_name_in_another_passage():
    # NeoCRM is no pinyin of 销售易 (Fxiaoke, which is, is linked without a bracket: test_rules_romanised).
    named = hit("头部厂商包括纷享销客与销售易（NeoCRM）。", lang="zh")
    figure = hit("2024年市场份额前三的厂商分别为纷享销客（11.8%）与销售易（10.9%）。", lang="zh")
    assert judge("What market share did NeoCRM hold in 2024?", [named, figure]).answerable
    assert not judge("What market share did NeoCRM hold in 2024?", [figure]).answerable
    assert not judge("What revenue did NeoCRM report in 2024?", [named, figure]).answerable  # share, not revenue


CARDIO = [
    hit("Medtronic reported cardiovascular segment revenue of USD 12.1 billion in fiscal 2024."),
    hit("Abbott, Boston Scientific and Edwards Lifesciences are the other leading suppliers of TAVR valves."),
    hit("The global TAVR market generated revenue of USD 7.2 billion in 2024."),
]


def test_a_chinese_transliteration_of_a_company_is_answered_from_its_latin_name():
    assert judge("美敦力2024财年心血管业务收入是多少？", CARDIO).answerable


def test_a_transliterated_company_without_its_figure_is_a_near_miss():
    # 爱德华 is Edwards, which the passages name without a revenue; the market's TAVR revenue is not its.
    verdict = judge("2024年爱德华生命科学的TAVR收入是多少？", CARDIO)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


def test_a_chinese_name_that_transliterates_no_name_of_the_passages_is_refused_by_name():
    verdict = judge("2024年西门子医疗的心血管收入是多少？", CARDIO)
    assert not verdict.answerable and worded(verdict.reason, "en").startswith("the reports do not mention")


METER_REGIONS = hit(
    "| Region | 2023 | 2024 |\n|---|---|---|\n| Europe | 6.1 | 6.6 |\n| Latin America | 1.0 | 1.2 |",
    title="Global Smart Meter Market Report 2025",
    section="Market size by region",
)


@pytest.mark.parametrize(
    "question",
    [
        "How much larger was the European smart meter market than the Latin American one in 2024?",
        "What was the size of the Latin American smart meter market in 2024?",
    ],
)
def test_an_adjective_of_place_names_the_place_a_row_writes(question):
    assert judge(question, [METER_REGIONS]).answerable


def test_an_adjective_of_a_place_the_table_lacks_is_refused():
    assert not judge("What was the size of the Indian smart meter market in 2024?", [METER_REGIONS]).answerable


# A report brackets one company of a group (药明康德（WuXi AppTec）) and writes its sister in
# Chinese only: an English question names the sister by the group's Latin head and a word the
# rest of its Chinese name translates (生物 "biological").
CDMO_TITLE = "2025年中国医药合同研发生产（CDMO）市场研究报告"
CDMO_TABLE = hit(
    "| 企业 | 2024年占中国CDMO市场份额 | 2024年占全球CDMO市场份额 |\n|---|---|---|\n| 药明康德（WuXi AppTec） | 13.3% | 1.5% |\n"
    "| 药明生物 | 11.7% | 1.3% |\n| 凯莱英 | 6.9% | 0.8% |",
    lang="zh",
    title=CDMO_TITLE,
)
CDMO_PROSE = hit(
    "Lonza、Catalent和三星生物（Samsung Biologics）在大分子领域与国内企业竞争。", lang="zh", title=CDMO_TITLE
)


def test_a_sister_of_a_bracketed_company_is_named_by_its_row():
    assert judge(
        "What was WuXi Biologics' share of the global CDMO market in 2024?", [CDMO_TABLE, CDMO_PROSE]
    ).answerable


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What was WuXi Pharma's share of the global CDMO market in 2024?", "the reports do not mention WuXi Pharma"),
        # Named in a sentence with no figure of its own: the sister rule gives no row to Samsung.
        ("What was Samsung Biologics' share of the global CDMO market in 2024?", "no passage about it states a figure"),
    ],
)
def test_a_company_of_the_group_the_report_does_not_state_is_refused(question, reason):
    verdict = judge(question, [CDMO_TABLE, CDMO_PROSE])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, reason)
