"""Thirty-fourth session (fact52): lookups of a stated figure asked in the other language than the report's,
the failures of the xprobe35f twins, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.answer.compose import compose
from reportqa.server.answer.figure_kind import asks_count, states_no_count
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

HUBS = hit(
    "The average hub height of onshore turbines commissioned in 2024 was 118 m, against 110 m in 2023, "
    "and the average rated power of new onshore turbines reached 5.6 MW.",
    doc="turbines-en.md",
    title="Onshore Turbine Report",
)
PUMPS_ZH = hit(
    "2024年新装热泵的平均功率为8.5千瓦，2023年为7.9千瓦；平均售价为2.1万元。",
    lang="zh",
    doc="heat-pumps-zh.md",
    title="热泵市场报告",
)


def test_an_average_stated_in_the_other_language_is_quoted_not_computed():
    """平均轮毂高度 asks the average hub height the English sentence states for 2024, not the mean of its
    2023 and 2024 averages. An English question over a Chinese sentence's 平均功率 stays quoted."""
    assert formula_of("2024年新投运陆上风机的平均轮毂高度是多少米？", HUBS) is None
    assert formula_of("What was the average power of heat pumps installed in 2024?", PUMPS_ZH) is None


def test_an_average_of_another_measure_in_the_other_language_states_nothing_asked():
    """The sentence's "average rated power" is no hub height: what is computed over it stays as before."""
    over_both_years = "What was the average of the hub height in 2023 and 2024?"
    assert formula_of(over_both_years, HUBS) == "(110 + 118) / 2 = 114"


ROBOTS = hit(
    "The share of US clinics using at least one robotic assistant rose from 21.5% in 2023 to 27.0% in 2024. "
    "Regulators had approved 640 robotic surgical systems in the United States by the end of 2024. "
    "Europe added 85 approvals in 2024. Asia Pacific revenue reached USD 1.2 billion in 2024. "
    "Japan's installed base grew 9.0% in 2024.",
    doc="robots-en.md",
    title="Surgical Robotics Market",
)


def test_a_count_asked_is_quoted_first_from_a_sentence_that_can_state_one():
    """多少台 asks a count: the sentence of the share of US clinics (percentages only) names the place asked
    before its figures, but states no count, so the approvals' sentence is quoted first."""
    draft = compose("截至2024年底，美国获批的手术机器人累计有多少台？", [ROBOTS])
    assert "640" in draft.text.splitlines()[0]


def test_a_count_asked():
    assert asks_count("2024年德国白内障手术做了多少例？")
    assert asks_count("How many cataract procedures were performed in Germany in 2024?")
    assert not asks_count("How many GW of offshore wind were installed in 2024?")  # a unit, not a count
    assert not asks_count("2024年PERC电池的市场占比比2023年下降了多少个百分点？")
    assert not asks_count("How many percent of shipments went to Europe?")
    assert not states_no_count("| Germany | 4.2 | 3.9 |")  # a table's header may give its unit
    assert states_no_count("Tariffs are the main risk to margins in 2025-2026.")
    assert not states_no_count("Regulators had approved 640 systems by the end of 2024.")
