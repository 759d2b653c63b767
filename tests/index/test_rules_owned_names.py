"""A possessive inside a run of capitalised words (a company's unit is a name of its own); "volume" over Chinese text."""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names
from reportqa.index.names import mentions_measure

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "names"),
    [
        # A report may write the unit (翼云) without its owner.
        ("What revenue did Orion Telecom's Wing Cloud report for 2024?", ["Wing Cloud"]),
        # A place on either side is read by the rules for places and terms, as before.
        ("How large would China's XYZ market be in 2027?", ["China's XYZ"]),
        ("What was Acme Robotics' share in 2024?", ["Acme Robotics"]),
    ],
)
def test_names_of_a_possessive_run(question, names):
    assert sorted(n for n in asked_names(question) if not n.isdigit()) == sorted(names)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("其中浙江省业务量为211.3亿件", True),  # 业务量: the quantity of business
        ("该企业出货量达到1.2万台", True),
        ("2024年量产车型达到12款", False),  # 量产 is mass production, no quantity of anything
        ("收入为38.2亿元", False),
    ],
)
def test_volume_is_named_by_a_chinese_word_closed_by_liang(text, named):
    assert mentions_measure(text, "volume") is named


def test_a_margin_is_named_by_the_glossarys_chinese_term_for_a_gross_margin():
    assert mentions_measure("2024年行业平均毛利率为41.2%", "margin")
    assert not mentions_measure("2024年行业平均收入为41.2亿元", "margin")
