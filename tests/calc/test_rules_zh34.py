"""Chinese questions over Chinese reports (issue 16, zh34): a table's total row that a sentence
states as the whole's own figure; two rows alike in their words told apart by the side of a share
that writes one whole; an amount asked plainly that the report gives only as a sentence's share
of a whole it states.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

_LOCKS = "2025年中国智能门锁市场研究报告"


def _locks_report(overview: str) -> list:
    return [
        hit(overview, lang="zh", title=_LOCKS, section="一、市场概览"),
        hit(
            "| 品类 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 指纹锁 | 210.4 | 221.3 |\n"
            "| 人脸锁 | 86.4 | 99.2 |\n| 合计 | 296.8 | 320.5 |",
            lang="zh",
            title=_LOCKS,
            section="二、分品类市场规模",
        ),
    ]


def test_a_total_row_a_sentence_states_as_the_whole_is_the_wholes():
    report = _locks_report("2024年中国智能门锁市场规模为320.5亿元，同比增长8.0%，2023年为296.8亿元。")
    found = calculate("2023年人脸锁占智能门锁市场合计的比重是多少？", report)
    assert found is not None and found.result.value == Decimal("29.11")
    # A sentence stating another figure for the whole: the table's total may be another thing's (the
    # locks of one channel), as its caption names no smart lock.
    report = _locks_report("2024年中国智能门锁市场规模为410.2亿元，同比增长8.0%，2023年为379.8亿元。")
    assert calculate("2023年人脸锁占智能门锁市场合计的比重是多少？", report) is None


def test_a_shares_part_is_the_row_its_side_writes_whole():
    title = "2025年中国现制茶饮市场研究报告"
    report = [
        hit(
            "| 城市层级 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 一线城市 | 310 | 342 |\n| 新一线城市 | 285 | 330 |\n"
            "| 其他城市 | 405 | 448 |\n| 合计 | 1,000 | 1,120 |",
            lang="zh",
            title=title,
            section="二、城市层级结构",
        ),
        hit(
            "2024年中国现制茶饮市场规模为1,120亿元，2023年为1,000亿元。", lang="zh", title=title, section="一、市场规模"
        ),
    ]
    found = calculate("2024年一线城市占全国现制茶饮市场规模的比重是多少？", report)
    assert found is not None and [o.measure.value for o in found.operands] == [Decimal("342"), Decimal("1120")]


_HOSTING = "2025年中国数据中心托管市场研究报告"


def _hosting_report(regions: str) -> list:
    return [
        hit(
            "## 一、市场概览\n\n2024年，中国数据中心托管市场规模达到2,450.0亿元，同比增长12.0%。同期全球数据中心托管市场规模为980亿美元。",
            lang="zh",
            title=_HOSTING,
            section="一、市场概览",
        ),
        hit(regions, lang="zh", title=_HOSTING, section="四、区域分布"),
    ]


def test_an_amount_asked_plainly_is_its_share_of_the_stated_whole():
    report = _hosting_report(
        "机柜上架率由2023年的58.1%提升至2024年的61.4%。从区域看，华东地区占全国数据中心托管市场的32.0%，华北地区占25.0%。"
    )
    found = calculate("2024年华东地区数据中心托管市场规模约为多少亿元？", report)
    assert found is not None and found.result.value == Decimal("784") and found.result.unit == "CNY"
    assert [o.measure.value for o in found.operands] == [Decimal("32.0"), Decimal("2450.0")]
    # The section looks ahead to 2030: which year the undated share is of, it does not say.
    report = _hosting_report("预计到2030年机柜上架率将达到75.0%。从区域看，华东地区占全国数据中心托管市场的32.0%。")
    assert calculate("2024年华东地区数据中心托管市场规模约为多少亿元？", report) is None
    # The region's own amount is stated: it is quoted, not computed.
    report = _hosting_report(
        "2024年华东地区市场规模为790.0亿元。从区域看，华东地区占全国数据中心托管市场的32.0%，华北地区占25.0%。"
    )
    found = calculate("2024年华东地区数据中心托管市场规模约为多少亿元？", report)
    assert found is None or found.result.value != Decimal("784")
