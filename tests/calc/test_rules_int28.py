"""A gap asked in percentage points is a gap of two rates, never of the amounts beside them
(issue 16; found when the names28 and xcalc28 branches met: 占比比 no longer reads as a name).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.program import calculate
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_SEGMENTS = (
    "| 应用场景 | 2024年新增装机（GW） | 占比 |\n|---|---|---|\n"
    "| 电网侧 | 19.8 | 43.9% |\n| 电源侧 | 18.6 | 42.6% |\n| 用户侧 | 6.7 | 13.5% |"
)


def test_a_gap_in_percentage_points_is_never_a_gap_of_amounts():
    amounts = hit("| 应用场景 | 2024年新增装机（GW） |\n|---|---|\n| 电网侧 | 19.8 |\n| 电源侧 | 18.6 |", lang="zh")
    assert calculate("2024年电网侧新增装机比电源侧高多少个百分点？", [amounts]) is None
    assert formula_of("2024年电网侧新增装机比电源侧多多少GW？", amounts) == "19.8 - 18.6 = 1.2"


def test_a_gap_in_percentage_points_beside_amounts_takes_the_shares_or_none():
    # The pair binds each side's first figure (its GW) today: refused rather than 19.8 - 18.6 points.
    assert formula_of("2024年电网侧新增装机占比比电源侧高多少个百分点？", hit(_SEGMENTS, lang="zh")) in (
        None,
        "43.9 - 42.6 = 1.3",
    )
