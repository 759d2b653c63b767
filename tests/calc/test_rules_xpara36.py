"""Cross-language figures in prose sentences written in the other language (issue 16, session 21).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_REGIONS = (
    "## Regional Analysis\n\nThe global market for drone inspection services reached USD 2,400.0 million in 2024. "
    "Europe held 41.0% of global revenue in 2024, generating USD 984.0 million; Germany alone accounted for "
    "USD 310.0 million. Asia Pacific generated USD 620.0 million."
)


def test_of_lead_ins_that_tie_the_one_naming_the_thing_not_the_measure_binds():
    # 收入 ("revenue") is written before Europe's figure, 德国 ("Germany") before Germany's: the sentence
    # writes the measure once for every figure it lists, so the thing named tells them apart.
    question = "2024年德国无人机巡检收入是亚太地区的几倍？"
    assert formula_of(question, hit(_REGIONS)) == "310 / 620 = 0.5"
