"""A glossary phrase binds a figure only by its words together (zhen46): a Chinese question's 液冷 is the
glossary's "liquid cooling", and "cooling" alone ("server cooling revenue") names another thing.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.phrases import bound_by_whole_phrases, phrase_only_words
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

_TITLE = "Data Hall Cooling Market Report 2025"


def _market() -> object:
    return hit(
        "Worldwide data hall cooling revenue was USD 9.40 billion in 2024 and is expected to grow at a CAGR of "
        "12.0% to 2030.",
        title=_TITLE,
        section="Overview",
        dense=0.7,
    )


def _segment() -> object:
    return hit(
        "Liquid cooling revenue was USD 1.30 billion in 2024 and is expected to grow at a CAGR of 40.0% to 2030.",
        title=_TITLE,
        section="Segments",
    )


def test_a_glossary_phrase_binds_the_figure_that_writes_it_whole():
    found = calculate("按预测的年复合增长率，2026年全球液冷收入将达到多少亿美元？", [_market(), _segment()])
    assert found is not None
    assert [o.measure.value for o in found.operands] == [Decimal("1.30"), Decimal("40.0")]


def test_a_phrase_written_nowhere_binds_no_figure():
    # "cooling" of the title and of "data hall cooling revenue" is no "liquid cooling": nothing to project.
    assert calculate("按预测的年复合增长率，2026年全球液冷收入将达到多少亿美元？", [_market()]) is None


def test_only_the_words_the_phrase_alone_gives_are_held_together():
    # 电表's dictionary senses ("power meter") give "meter" alone; "electricity" is the glossary phrase's only.
    loose = phrase_only_words("2024年智能电表出货量是多少？")
    assert "electricity" in loose and "meter" not in loose
    assert phrase_only_words("What was liquid cooling revenue in 2024?") == frozenset()


def test_a_row_is_read_with_its_report_title():
    from reportqa.server.calc.operands import candidates_of

    table = hit(
        "| Meter type | Shipments (million units) |\n|---|---|\n| Electricity | 120.0 |\n| Water | 30.0 |",
        title="Smart Meter Market Report 2025",
        section="Shipments by type",
    )
    items = candidates_of([table])
    kept = bound_by_whole_phrases("2024年智能电表出货量是多少？", items)
    electricity = [c for c in kept if c.label.endswith("Electricity")]
    assert electricity and "electricity" in electricity[0].words


def _segments_table() -> object:
    return hit(
        "| Technology | Share of 2024 market | Growth vs 2023 |\n|---|---|---|\n"
        "| Air cooling | 70.0% | 6.0% |\n| Direct-to-chip liquid cooling | 12.0% | 88.0% |",
        title=_TITLE,
        section="Technologies",
        dense=0.7,
    )


def _segment_forecast() -> object:
    return hit(
        "Liquid cooling is expected to rise from USD 1.30 billion in 2024 to USD 6.80 billion by 2030.",
        title=_TITLE,
        section="Segments",
    )


def test_a_market_size_asked_as_an_amount_is_no_tables_percentage():
    # The row "Direct-to-chip liquid cooling" writes 液冷's phrase whole, but its cells are a share and a growth.
    found = calculate("2024年至2030年液冷市场规模增加了多少？", [_segments_table(), _segment_forecast()])
    assert found is not None and found.result.value == Decimal("5.50")
