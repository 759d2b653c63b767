"""English questions over Chinese reports (xprobe35e, enzh52, thirty-fourth session): each rule over an
invented report, in the words an English reader uses for what the Chinese text writes.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names
from reportqa.server.answer.abbreviations import with_shared_places_spelled
from reportqa.server.calc.families import excluded_terms
from reportqa.server.calc.intents import listed_terms
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _value(question: str, *hits) -> float | None:
    found = calculate(question, list(hits))
    return None if found is None else float(found.result.value)


_RAIL = hit(
    "2024年全国铁路货物周转量为3.6万亿吨公里，同比增长2.0%。2024年全国电动自行车产量为0.45亿辆。",
    lang="zh",
    doc="rail.md",
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 亿 and 万 as an English text of a Chinese report writes them: "100 million", "10,000".
        ("What was the railway freight turnover in 2024, expressed in 100 million tonne-kilometres?", 36000),
        ("Convert the 2024 railway freight turnover to hundred millions of tonne-kilometres.", 36000),
        ("How many electric bicycles were produced in 2024, expressed in 10,000 units?", 4500),
    ],
)
def test_a_chinese_scale_asked_in_english_words_is_converted(question, value):
    assert _value(question, _RAIL) == pytest.approx(value)


_FORECAST = hit(
    "我们预计海洋工程装备市场规模将持续扩大，其中2025年约为800.0亿元，2025—2030年年均复合增长率约为12.0%。",
    lang="zh",
    doc="marine.md",
)


@pytest.mark.parametrize(
    "question",
    ["2024年海洋工程装备市场规模约为多少亿元？", "How big was the marine engineering equipment market in 2024?"],
)
def test_a_cagr_of_later_years_carries_no_figure_back_before_them(question):
    # A 2025-2030 rate says nothing of 2024 -> 2025: 800 / 1.12 is no figure of 2024.
    assert _value(question, _FORECAST) is None


_PUMPS = hit(
    "| Segment | 2024 (EUR billion) |\n|---|---|\n| Air-to-water | 7.0 |\n| Ground-source | 2.0 |\n"
    "| Hybrid | 3.0 |\n| Total | 12.0 |",
    doc="pumps.md",
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # "How much of B did A represent", asked as a percentage, is A's share of B.
        ("How much of the total market did ground-source represent in 2024, as a percentage?", 2 / 12 * 100),
        ("As a percentage, how much of the total market did hybrid account for in 2024?", 3 / 12 * 100),
        # "the combined market" is the total row, as "the total market" is.
        ("What percentage of the combined 2024 market did air-to-water represent?", 7 / 12 * 100),
    ],
)
def test_a_share_asked_in_other_words(question, value):
    assert _value(question, _PUMPS) == pytest.approx(value, rel=1e-3)


_TRUCKS = hit(
    "| Type | 2024 sales (thousand units) |\n|---|---|\n| Light trucks | 30.0 |\n| Heavy trucks | 6.0 |\n"
    "| Buses | 9.0 |",
    doc="trucks.md",
)


def test_how_many_times_as_many_a_as_b_were_sold():
    assert _value("How many times as many light trucks as heavy trucks were sold in 2024?", _TRUCKS) == pytest.approx(
        5.0
    )


def test_two_things_of_one_kind_each_named_whole_are_summed():
    assert _value("How many light trucks and heavy trucks were sold in total in 2024?", _TRUCKS) == pytest.approx(36.0)


def test_two_measures_after_how_much_are_no_list():
    assert listed_terms("How much revenue and profit did Acme make in 2024?") == []


_REGIONS = hit(
    "| Region | Share of 2024 national sales |\n|---|---|\n| Northeast | 30.0% |\n| Southeast | 20.0% |\n"
    "| Midwest | 15.0% |\n| West | 35.0% |",
    doc="regions.md",
)


def test_an_english_exclusion_list_keeps_its_commas():
    # Read to its first comma, the list was the Northeast alone: 100% - 30% = 70%, a wrong figure.
    question = "Excluding Northeast, Southeast and Midwest, what share of national sales do the remaining regions hold?"
    assert excluded_terms(question) == ["Northeast", "Southeast", "Midwest"]
    assert _value(question, _REGIONS) == pytest.approx(35.0)


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        (
            "Excluding East, South and North China, what share do the rest hold?",
            "Excluding East China, South China and North China, what share do the rest hold?",
        ),
        ("What were sales in North and South America?", "What were sales in North America and South America?"),
        ("How many ports are on the east and west coasts?", "How many ports are on the east and west coasts?"),
    ],
)
def test_compass_words_share_the_place_word_of_the_last(question, spelled):
    assert with_shared_places_spelled(question) == spelled


def test_a_capitalised_word_opening_a_glossary_term_is_no_name():
    # "Cartesian robots" is a glossary term (坐标机器人): "Cartesian" is no name a report must write.
    assert "Cartesian" not in asked_names("How many Cartesian robots were sold in 2024?")
