"""A computed figure is about what the question names (issue 16, wrong31): a name the question writes
that the report writes must be written by an operand's own passage; a figure a group shares is none
of its members'; a one-year sum or average over things the question lists is not one thing's years.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _device_report() -> list:
    table = hit(
        "| Segment | Revenue 2024 (USD million) |\n|---|---|\n| Valves | 1,200.0 |\n| Stents | 2,800.0 |\n"
        "| Total | 4,000.0 |",
        title="Global Heart Devices Market Report",
        section="Revenue by device segment, 2024 (USD million)",
        dense=0.65,
    )
    us = hit("US heart device revenue reached USD 1,500.0 million in 2024.", title="Global Heart Devices Market Report")
    return [table, us]


def test_a_place_the_report_writes_elsewhere_is_no_place_of_a_global_tables_rows():
    question = "What share of US heart device revenue came from valves in 2024?"
    assert calculate(question, _device_report()) is None
    found = calculate("What share of heart device revenue came from valves in 2024?", _device_report())
    assert found is not None and found.result.value == 30


def _region_report(sentence: str) -> list:
    table = hit(
        "| Region | 2024 (USD billion) |\n|---|---|\n| Europe | 12.0 |\n| Asia | 9.0 |",
        title="Global Tea Market Report",
        section="Market by region",
        dense=0.65,
    )
    return [table, hit(sentence, title="Global Tea Market Report")]


def test_a_figure_two_places_share_is_neither_ones():
    question = "What was the ratio of Oceania's 2024 tea market to Europe's?"
    joint = "Oceania and Africa are reported together as Other regions, worth USD 3.0 billion in 2024."
    assert calculate(question, _region_report(joint)) is None
    alone = calculate(question, _region_report("Oceania was worth USD 3.0 billion in 2024."))
    assert alone is not None and alone.result.value == 0.25


def test_a_one_year_average_of_listed_things_is_not_one_things_years():
    costs = hit(
        "| 资源类型 | 2023年现金成本（万元/吨） | 2024年现金成本（万元/吨） |\n|---|---|---|\n"
        "| 盐湖卤水 | 3.8 | 3.5 |\n| 其他 | 6.0 | 5.0 |",
        lang="zh",
        title="中国锂资源市场研究报告",
        dense=0.6,
    )
    question = "What was the average cash cost of zorbite, brine and quellite in 2024?"
    assert calculate(question, [costs]) is None


def test_a_place_asked_by_its_adjective_is_the_place_a_row_writes():
    question = "What share of European tea revenue did Germany account for in 2024?"
    germany = hit("Within Europe, Germany was the largest market, at USD 3.0 billion in 2024.")
    assert calculate(question, [*_region_report("European tea exports grew."), germany]) is not None


def test_a_possessive_name_and_an_initialism_are_read_as_a_report_writes_them():
    table = hit(
        "| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n| North America | 10.0 | 20.0 |\n"
        "| Europe | 12.0 | 30.0 |",
        title="Global Electric Vehicle Battery Market Report",
        section="Regional analysis",
        dense=0.65,
    )
    other = hit(
        "North America's EV makers expanded cell capacity.", title="Global Electric Vehicle Battery Market Report"
    )
    question = "What compound annual growth rate do the report's figures imply for North America's EV battery market between 2024 and 2030?"
    found = calculate(question, [table, other])
    assert found is not None and found.result.formula.startswith("(20 / 10)")
