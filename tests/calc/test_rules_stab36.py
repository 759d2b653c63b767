"""Table operands bound to the wrong column (issue 16, stab36): a row's own words chose its column.

A company named 通达快递 writes 快递, and so does the column "2024年快递收入（亿元）" beside its
"2024年业务量（亿件）": the name's words, which the row label already says, made the revenue column
the company's figure where the question asked 业务量.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_COURIERS = (
    "| 企业 | 2024年业务量（亿件） | 市场份额 | 2024年快递收入（亿元） |\n|---|---|---|---|\n"
    "| 飞马快递 | 300.0 | 20.0% | 400.0 |\n| 青鸟速递 | 200.0 | 13.0% | 350.0 |\n"
    "| 白云物流 | 100.0 | 7.0% | 150.0 |"
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("2024年飞马快递、青鸟速递两者业务量共计多少？", "300 + 200 = 500"),
        ("2024年飞马快递、青鸟速递两者快递收入共计多少？", "400 + 350 = 750"),
        ("2024年飞马快递、青鸟速递两者业务量合计多少？", "300 + 200 = 500"),
    ],
)
def test_a_word_the_row_label_writes_chooses_no_column(question, formula):
    assert formula_of(question, hit(_COURIERS, lang="zh")) == formula
