"""Thirty-third session (lead): cross-language failures left open by the earlier probes, each as a
report-writing habit or a phrasing, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.answer.quantity import unstated_quantity
from reportqa.server.calc.joint import shares_figure
from reportqa.server.reasons import Reason
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

HEAT_PUMPS = [
    hit(
        "2024年中国热泵新增装机规模为50.0GW，同比增长25.0%，2023年为40.0GW。2024年全球热泵新增装机规模为200.0GW。",
        lang="zh",
        doc="heat-pumps-zh.md",
    ),
    hit(
        "2024年分省份看，山东、河北、河南新增装机居全国前三位，合计占全国新增装机的40.0%；其中山东新增装机为8.0GW。",
        lang="zh",
        doc="heat-pumps-zh.md",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        "山东2024年新增热泵装机占全国的比重是多少？",
        "Shandong's newly added heat pump installations in 2024 made up what percentage of the national total?",
    ],
)
def test_a_share_of_the_nation_is_of_the_parts_own_thing_over_the_whole_country(question):
    # 全国 / "the national total" names no figure: it is the part's thing over the country the report covers,
    # which the report writes as 中国 (not the world's 200.0, not the three provinces' 40.0%).
    assert formula_of(question, *HEAT_PUMPS) == "8 / 50 = 16%"


def test_a_share_of_the_nation_takes_no_figure_of_another_province_its_sentence_lists():
    # "其中山东新增装机为8.0GW" follows a clause that lists 河北: it is 山东's figure, not 河北's.
    assert formula_of("河北2024年新增热泵装机占全国的比重是多少？", *HEAT_PUMPS) is None


@pytest.mark.parametrize(
    ("clause", "joint"),
    [
        ("山东、河北、河南新增装机居全国前三位", True),  # the group here, its total in the next clause
        ("2024年分省份看", False),  # no group
    ],
)
def test_a_group_whose_total_opens_the_next_clause_shares_that_figure(clause, joint):
    text = "2024年分省份看，山东、河北、河南新增装机居全国前三位，合计占全国新增装机的40.0%；其中山东新增装机为8.0GW。"
    assert shares_figure(clause, text) is joint


def test_a_name_written_only_as_a_groups_member_is_refused_though_the_whole_is_written_elsewhere():
    # 全国 (the share's whole) is written by a sentence of another region's share: it says nothing of 河北.
    hits = [*HEAT_PUMPS, hit("华北地区占全国热泵累计装机的29.6%。", lang="zh", doc="heat-pumps-zh.md")]
    assert unstated_quantity("河北2024年新增热泵装机占全国的比重是多少？", hits) == Reason("joint_figure")
    assert unstated_quantity("山东2024年新增热泵装机占全国的比重是多少？", hits) is None


def test_a_question_asking_the_groups_figure_itself_is_not_refused_as_a_members():
    hits = [hit("山东、河北与河南三省合计份额约为40.0%。", lang="zh", doc="heat-pumps-zh.md")]
    assert unstated_quantity("山东、河北与河南三省合计份额约为多少？", hits) is None
