"""A Chinese sentence that opens on a bare measure ("市场规模将从…增长至…", "我们预计市场规模将…") goes
on about the subject of the sentence before it, as English "The market reached …" and "We expect
revenue to …" do (twins24-014: a 2024-2030 CAGR of a market named only in the sentence before was
quoted, not computed). A sentence whose measure names an owner of its own continues nothing.
Model-free: hand-built hits; the reports are invented."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.support.passages import computed

pytestmark = pytest.mark.unit

BOATS = (
    "2024年全国游艇制造行业收入为2,400亿元。按销售额计，2024年电动游艇市场规模约为120.0亿元。"
    "我们预计市场规模将从2024年的120.0亿元增长至2030年的300.0亿元。"
)
OWNED = "按销售额计，2024年电动游艇市场规模约为120.0亿元。帆船市场规模将从2024年的80.0亿元增长至2030年的100.0亿元。"


@pytest.mark.parametrize(
    "question",
    [
        "What is the compound annual growth rate of the electric yacht market from 2024 to 2030?",
        "2024年至2030年电动游艇市场规模的年均复合增长率是多少？",
    ],
)
def test_a_bare_measure_opening_goes_on_about_the_market_before(question) -> None:
    assert computed(BOATS, question) == D("16.50")


def test_a_measure_with_its_own_owner_continues_nothing() -> None:
    # 帆船市场规模 names its own market: the electric yachts' 2030 figure is not stated.
    assert computed(OWNED, "2024年至2030年电动游艇市场规模的年均复合增长率是多少？") is None
