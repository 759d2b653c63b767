"""Shares, sums, ratios and differences asked in the other language than the report's (issue 16,
xshare29): a Chinese place name read as its English place, whole; a figure in a currency is no
count of what a question asks in units.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.operands import candidates_of, naming
from reportqa.server.calc.subject import translated
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "Global Heat Pump Market Report 2025"
_REGIONS = (
    "Rest of World groups Latin America, the Middle East and Africa.\n\n"
    "| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n"
    "| Europe | 30.0 | 55.0 |\n| North America | 20.0 | 41.0 |\n| Rest of World | 10.0 | 14.0 |\n"
    "| Global | 80.0 | 150.0 |"
)


def test_a_chinese_place_is_its_english_place_whole_not_a_word_of_a_longer_one():
    # 北美 is "North America": the Global row, under a sentence naming "Latin America", is no figure of it.
    question = "2024年北美地区在全球热泵市场中的占比是多少？"
    regions = hit(_REGIONS, title=_TITLE, section="Regional Analysis")
    europe = hit("Europe was worth USD 30.0 billion in 2024.", title=_TITLE, section="Europe")
    assert formula_of(question, regions, europe) == "20 / 80 = 25%"


def test_a_chinese_place_the_english_passage_does_not_write_names_no_figure():
    latin = hit("Latin America generated USD 4.0 billion in 2024.", title=_TITLE, section="Regional Analysis")
    assert naming(candidates_of([latin]), ["北美地区"]) == []
    assert naming(candidates_of([latin]), ["拉丁美洲"]) != []


_SHIPMENTS = (
    "Global heat pump shipments rose to 52.0 GW in 2024 from 43.5 GW in 2023.\n\n"
    "| Region | 2024 (USD billion) |\n|---|---|\n| Europe | 30.0 |\n| Global | 80.0 |"
)


def test_a_count_asked_across_languages_is_not_blocked_by_a_money_row_naming_its_place():
    # The Global row's USD is the market's value, not the shipments asked: the sentence's two years stand.
    question = "全球热泵出货量2024年比2023年多了多少GW？"
    assert formula_of(question, hit(_SHIPMENTS, title=_TITLE)) == "52 - 43.5 = 8.5"


@pytest.mark.parametrize(("asked", "written"), [("eastern", "东部"), ("central", "中部"), ("western", "西部")])
def test_an_adjective_of_position_is_the_part_of_the_country_it_names(asked, written):
    assert written in translated(f"the {asked} region")


def test_other_adjectives_take_no_part_word():
    # 前部 is "front part" and 后部 "back part": a front or back is no part of a country.
    assert not {"前部", "后部"} & (translated("the front region") | translated("the back region"))


_PARCELS = (
    "| 区域 | 2023年业务量（亿件） | 2024年业务量（亿件） |\n|---|---|---|\n"
    "| 东部地区 | 1,000.0 | 1,200.0 |\n| 中部地区 | 200.0 | 250.0 |\n| 西部地区 | 150.0 | 180.0 |\n"
    "| 合计 | 1,350.0 | 1,630.0 |"
)


def test_a_region_asked_in_english_is_its_row_in_a_chinese_table():
    parcels = hit(_PARCELS, lang="zh", title="2025年中国快递市场研究报告", section="分区域业务量")
    question = "How many more parcels did China's eastern region handle in 2024 than in 2023?"
    assert formula_of(question, parcels) == "1200 - 1000 = 200"


def test_money_stays_a_figure_of_a_share_asked_per_share():
    # "per share" asks #share, not a count: the row's dollars are the figure asked.
    table = "| | 2018 | 2017 |\n|---|---|---|\n| Basic net income per share | $0.43 | $1.75 |"
    question = "What was the change in the basic net income per share between 2017 and 2018?"
    assert formula_of(question, hit(table)) == "0.43 - 1.75 = -1.32"
