"""English questions over Chinese reports (enzh48, thirty-first session): invented passages, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.operands import measures_another
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import subject_of
from tests.support.passages import hit

pytestmark = pytest.mark.unit

ZH_PUMP_CONTEXT = "2024年中国企业水泵出货量为500.0万台，同比增长10.0%。"
ZH_PUMP_TABLE = """| 企业 | 2024年水泵出货量（万台） | 同比增长 | 占中国企业出货量份额 |
|---|---|---|---|
| 甲泵科技 | 120.0 | 20.0% | 24.0% |
| 乙川泵业 | 80.0 | 15.0% | 16.0% |"""
ZH_PUMP_REVENUE = "甲泵科技占全球水泵出货量的18.0%。其水泵业务收入为300.0亿元，同比下降4.0%，主要受价格下跌影响。"


def test_revenue_asked_in_english_is_not_a_shipments_column() -> None:
    # The glossary's "sales revenue" gives an English "revenue" the word "sale", which is no count asked.
    subject = subject_of("Jiabeng Technology's pump revenue")
    assert measures_another(subject, subject_of("2024年水泵出货量（万台）"))
    # "sales of pumps" may still be counted in units.
    assert not measures_another(subject_of("pump sales"), subject_of("2024年水泵出货量（万台）"))


def test_revenue_carried_back_is_the_revenue_sentence_not_the_shipments_row() -> None:
    hits = [
        hit(ZH_PUMP_CONTEXT + "\n" + ZH_PUMP_TABLE, lang="zh", doc="pumps.md"),
        hit(ZH_PUMP_REVENUE, lang="zh", doc="pumps.md"),
    ]
    found = calculate("Approximately what was 甲泵科技's pump revenue in 2023?", hits)
    assert found is None or found.result.value == D("312.50")


ZH_VIDEO_TABLE = """| 细分领域 | 2023年（亿元） | 2024年（亿元） |
|---|---|---|
| 职业培训 | 500.0 | 560.0 |
| 兴趣教育 | 120.0 | 130.0 |
| 合计 | 620.0 | 690.0 |"""
ZH_VIDEO_USERS = "2024年在线视频用户规模达到2.40亿人，较2023年末增加1,500万人。"


def test_a_share_asked_is_no_count_carried_back_by_its_change() -> None:
    # "short video" names no row; the users' sentence, carried back to 2023, is a count, not a share.
    hits = [hit(ZH_VIDEO_TABLE, lang="zh", doc="video.md"), hit(ZH_VIDEO_USERS, lang="zh", doc="video.md")]
    found = calculate("What share of the total online video market did short video represent in 2023?", hits)
    assert found is None or found.result.unit == "%"
