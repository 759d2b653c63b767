"""answer/answerability.py with qualifiers.py (refuse23): a figure of another part (onshore
for offshore, 分布式 whole for its 户用 part), of another company cut out of a possessor, or a
question for a rate or a price. Own sentences in both languages, each near miss beside its
answerable twin. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names
from reportqa.index.names import possessors
from reportqa.server.answer.answerability import judge
from reportqa.server.answer.qualifiers import asked_qualifiers
from reportqa.server.answer.sentences import wants_number
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

WIND = [
    hit(
        "Western OEMs' average selling price for onshore turbines was EUR 0.98 million per MW.",
        title="Global Wind Turbine Market Report",
    ),
    hit(
        "| Region | 2024 (GW) |\n|---|---|\n| China | 79.8 |\n| Europe | 16.4 |",
        title="Global Wind Turbine Market Report",
        section="Installations by Region",
    ),
    hit("China installed 5.1 GW of the 9.4 GW offshore total.", title="Global Wind Turbine Market Report"),
]


def test_a_price_of_the_other_part_is_refused():
    verdict = judge("What was the average selling price of Western OEMs' offshore turbines?", WIND)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (
        False,
        "the reports state that figure for another part only",
    )


def test_the_price_of_the_part_asked_is_answered():
    assert judge("What was Western OEMs' average selling price for onshore turbines?", WIND).answerable


def test_the_whole_is_no_figure_of_a_part_the_report_tells_apart():
    # China's row is onshore and offshore together; the report gives offshore apart.
    assert not judge("How many GW of onshore turbines did China install in 2024?", WIND).answerable
    assert judge("How much offshore capacity did China install in 2024?", WIND).answerable


PV = [
    hit(
        "| 装机类型 | 2024年新增装机（GW） |\n|---|---|\n| 集中式光伏电站 | 159.4 |\n| 分布式光伏 | 118.2 |",
        lang="zh",
        title="中国光伏产业发展报告",
    ),
    hit(
        "分布式光伏中，工商业分布式增长较快，户用光伏受并网消纳约束影响增速放缓。",
        lang="zh",
        title="中国光伏产业发展报告",
    ),
]


def test_a_part_of_a_whole_the_table_gives_is_refused():
    assert not judge("2024年中国户用光伏新增装机是多少GW？", PV).answerable
    assert judge("2024年中国分布式光伏新增装机是多少GW？", PV).answerable


def test_a_qualifier_no_passage_tells_apart_asks_nothing_more():
    # No sentence writes offline: the online figure is the one asked.
    passage = hit("Online retail reached 27.9% of global pet food sales in 2024.")
    assert judge("What share of pet food sales was online in 2024?", [passage]).answerable


def test_qualifiers_are_read_in_either_script():
    assert [q.asked[0] for q in asked_qualifiers("2024年海上风电新增装机是多少？")] == ["offshore"]
    assert [q.asked[0] for q in asked_qualifiers("What was residential ARPU?")] == ["residential"]
    assert asked_qualifiers("What was global revenue in 2024?") == []


@pytest.mark.parametrize(
    "question",
    [
        "What was Vestas' operating margin in 2024?",
        "What was the average selling price of onshore turbines?",
        "What was Goldwind's order intake in 2024?",
        "2024年储能系统平均中标价格是多少？",
    ],
)
def test_a_rate_a_price_or_orders_are_asked_as_figures(question):
    assert wants_number(question)


def test_a_margin_of_a_company_with_only_its_revenue_is_refused():
    passage = hit("| OEM | Revenue 2024 |\n|---|---|\n| Vestas | EUR 17.3 billion |", title="Wind Turbine Report")
    assert not judge("What was Vestas' operating margin in 2024?", [passage]).answerable


def test_orders_of_one_company_do_not_answer_for_another():
    passages = [
        hit("| OEM | Installations 2024 (GW) |\n|---|---|\n| Goldwind | 18.9 |\n| Vestas | 11.6 |"),
        hit("Vestas' order intake was 18.6 GW in 2024, up 12.5% year on year."),
    ]
    assert not judge("What was Goldwind's order intake in 2024?", passages).answerable
    assert judge("What was Vestas' order intake in 2024?", passages).answerable


def test_a_possessor_in_a_place_is_its_owner():
    assert possessors("2024年安川在中国的工业机器人销量是多少？") == ["安川"]
    assert possessors("2024年汇川技术的SCARA机器人销量是多少？") == ["汇川技术"]


def test_an_untagged_possessor_without_its_figure_is_refused():
    passage = hit(
        "2024年中国工业机器人销量为29.5万台。发那科、ABB、安川与库卡四大外资品牌合计份额约为35%。",
        lang="zh",
        title="中国工业机器人市场年度报告",
    )
    assert not judge("2024年安川在中国的工业机器人销量是多少？", [passage]).answerable


@pytest.mark.parametrize("place", ["North America", "Latin America"])
def test_a_two_word_place_adjective_before_an_acronym_is_a_place(place):
    adjective = place.replace("America", "American")
    assert asked_names(f"What was the {adjective} EV battery market worth in 2024?") == ["2024", place, "EV"]


def test_a_company_the_report_brackets_is_a_name_though_jieba_cuts_it():
    passage = hit(
        "在系统集成环节，阳光电源（Sungrow）2024年储能系统发货量为26.5GWh，海外收入占其储能收入的六成以上。"
        "恒储科技储能业务收入为412.8亿元。",
        lang="zh",
    )
    assert judge("2024年阳光电源储能系统发货量是多少？", [passage]).answerable


STORAGE = [
    hit("Chinese makers shipped 309.0 GWh of energy storage batteries in 2024.", title="Energy Storage Report"),
    hit("Hengchu held 23.4% of global energy storage battery shipments in 2024.", title="Energy Storage Report"),
]


def test_an_energy_asked_is_not_answered_by_a_share():
    assert not judge("How many GWh of energy storage batteries did Hengchu ship in 2024?", STORAGE).answerable
    assert judge("What share of global energy storage battery shipments did Hengchu hold in 2024?", STORAGE).answerable
    assert judge("How many GWh of energy storage batteries did Chinese makers ship in 2024?", STORAGE).answerable


def test_a_power_is_no_energy_but_another_scale_of_one_is():
    passage = hit("China's new energy storage installations reached 43.7 GW in 2024.")
    assert not judge("How many GWh of energy storage did China install in 2024?", [passage]).answerable
    assert judge("How many MW of energy storage did China install in 2024?", [passage]).answerable


RECYCLING = [
    hit("Within Europe, Germany was the largest market, at USD 386.2 million in 2024.", title="Battery Recycling"),
    hit("Brunp, the recycling arm of CATL, processed 412 kt of battery material in 2024.", title="Battery Recycling"),
]


def test_a_mass_asked_is_not_answered_by_a_revenue():
    assert not judge("2024年德国电池回收处理量是多少千吨？", RECYCLING).answerable
    assert judge("2024年德国电池回收市场规模是多少？", RECYCLING).answerable
    assert judge("2024年邦普（Brunp）处理了多少千吨电池材料？", RECYCLING).answerable


def test_a_named_subjects_figure_of_another_year_does_not_support_the_year_asked():
    stated = hit("Li-Cycle reported revenue of USD 48.6 million in fiscal 2024, down 12.3% year on year.")
    assert judge("What was Li-Cycle's revenue in 2024?", [stated]).answerable
    assert not judge("What was Li-Cycle's revenue in 2023?", [stated]).answerable
    # A sentence that writes no year is read in its report's period, and the report's title dates it.
    undated = hit("Li-Cycle reported revenue of USD 48.6 million.", title="Battery Recycling Report 2025")
    market = hit("The recycling market grew from USD 7,105.3 million in 2023.", title="Battery Recycling Report 2025")
    assert judge("What was Li-Cycle's revenue in 2023?", [undated, market]).answerable


def test_a_bound_calculation_needs_no_passage_to_name_the_rate_it_computes():
    passage = hit("2024年中国SaaS CRM市场规模为112.4亿元。预计到2028年，市场规模将达到206.3亿元。", lang="zh")
    question = "What CAGR does China's SaaS CRM market imply from 2024 to 2028?"
    bound = judge(question, [passage], computed_years=(2024, 2028), computed=True)
    assert worded(bound.reason, "en") != "the reports do not mention CAGR"
    assert worded(judge(question, [passage]).reason, "en") == "the reports do not mention CAGR"


SATELLITE = hit(
    "Viasat reported broadband services revenue of USD 1,186.5 million in fiscal 2025, down 4.8% year on year, "
    "and Hughes Network Systems had about 0.85 million subscribers, mostly in North and South America."
)


def test_a_measure_of_another_companys_clause_is_no_support():
    assert not judge("How many subscribers did Viasat have at the end of 2024?", [SATELLITE]).answerable
    assert judge("How many subscribers did Hughes Network Systems have?", [SATELLITE]).answerable


def test_a_clause_without_a_measure_shares_the_earlier_clauses():
    passage = hit("CATL held a 37.9% share of global EV battery installations in 2024, followed by BYD at 17.2%.")
    assert judge("What share of global EV battery installations did BYD hold in 2024?", [passage]).answerable


def test_a_measure_beside_a_share_in_words_is_no_figure_of_the_company():
    passage = hit(
        "在系统集成环节，阳光电源（Sungrow）2024年储能系统发货量为26.5GWh，海外收入占其储能收入的六成以上。", lang="zh"
    )
    assert not judge("2024年阳光电源的储能收入是多少亿元？", [passage]).answerable
    assert judge("2024年阳光电源储能系统发货量是多少？", [passage]).answerable
