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


_FORKLIFTS = (
    "## 一、市场概览\n出口方面，2024年中国电动叉车出口12.0万台，2023年为10.0万台。"
    "2024年中国电动叉车销量为40.0万台，2023年为32.0万台。"
)


def test_an_english_measure_meets_the_chinese_word_measuring_it():
    # "sales" of forklifts is 销量 ("sales volume"), which the dictionary gives as a sense measuring "sales",
    # not among the senses of "sales" itself (促销, 门市): the export sentence names the forklifts as well.
    question = "By what percentage did China's electric forklift sales grow in 2024?"
    assert formula_of(question, hit(_FORKLIFTS, lang="zh", doc="report-zh.md")) == "40 / 32 - 1 = 25%"
