"""Clauses a Chinese sentence joins with "；" share the date it opens on (issue 16, session 20).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_PARCELS = (
    "## 一、行业概览\n2024年全国包裹业务量完成820.5亿件，同比增长12.0%，2023年为732.6亿件；"
    "包裹业务收入完成6,210.4亿元，同比增长9.5%，2023年为5,671.6亿元。"
)


def test_a_clause_after_a_semicolon_is_of_the_year_its_sentence_opens_on():
    question = "2024年包裹业务收入同比增加了多少亿元？"
    assert formula_of(question, hit(_PARCELS, lang="zh", doc="report-zh.md")) == "6210.4 - 5671.6 = 538.8"
    # A clause after "；" opens on 2023: its figure is 2023's, not the 2024 the sentence opens on.
    text = "2024年全国包裹业务量完成820.5亿件；2023年包裹业务收入完成5,671.6亿元。"
    assert formula_of(question, hit(text, lang="zh", doc="report-zh.md")) is None
