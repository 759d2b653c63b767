"""Measures named across languages: "volume" by a Chinese word closed by 量."""

from __future__ import annotations

import pytest

from reportqa.index.names import mentions_measure

pytestmark = pytest.mark.unit


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
