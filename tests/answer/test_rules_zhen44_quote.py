"""A fact asked by a name the report writes only in its other script is quoted from the row or sentence the
calculation binds that name by (twenty-seventh session): 金风科技 of an English table is the row "Goldwind".

Only the searcher is stubbed (tests/support/passages.py); invented report.
"""

from __future__ import annotations

import pytest

from reportqa.server.answer.pipeline import Answerer
from tests.support.passages import FakeSearcher, hit

pytestmark = pytest.mark.unit

SUMMARY = hit(
    "Global tidal turbine OEM revenue reached USD 9.4 billion in 2024, up 7.0% from USD 8.8 billion in 2023. "
    "We expect revenue to reach USD 12.7 billion by 2030, a CAGR of 5.2% over 2024-2030.",
    doc="tidal-en.md",
    title="Global Tidal Turbine Market Report 2025",
)
OEMS = hit(
    "| OEM | Installations 2024 (GW) | Revenue 2024 |\n|---|---|---|\n| Goldwind | 1.9 | CNY 5.6 billion |"
    "\n| Vestas | 1.2 | EUR 1.7 billion |",
    doc="tidal-en.md",
    title="Global Tidal Turbine Market Report 2025",
)


def test_a_fact_asked_by_a_name_written_in_the_other_script_quotes_that_name_s_row():
    answer = Answerer("default").ask("金风科技2024年收入为多少亿元？", [], FakeSearcher([SUMMARY, OEMS]), top_k=5)
    assert answer.answerable, answer.text
    assert "Goldwind" in answer.text and "56亿" in answer.text, answer.text
    assert "12.7" not in answer.text, answer.text  # not the market's forecast, which names no company
