"""A report that defines a name in both scripts (体外诊断（IVD）) writes its figures by either form
(session 20): a question naming one form binds a sentence writing the other.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


def test_a_market_the_report_defines_in_both_scripts_is_found_by_either_form():
    title = "2025年中国体外诊断（IVD）市场研究报告"
    stated = hit("2024年中国体外诊断市场规模为1,327.5亿元，同比下降3.8%。", lang="zh", doc="ivd.md", title=title)
    forecast = hit(
        "我们预计到2030年，中国IVD市场规模将达到2,150亿元，2024—2030年复合增长率为8.4%。",
        lang="zh",
        doc="ivd.md",
        title=title,
    )
    for passage in (stated, forecast):
        passage.chunk.aliases = [("ivd", "体外诊断")]  # as ingest reads the report's title
    asked = "按8.4%的年复合增长率推算，2026年中国IVD市场规模约为多少亿元？"
    assert formula_of(asked, forecast, stated) == "1327.5 × (1 + 8.4%)^(2026 - 2024) = 1559.89"
