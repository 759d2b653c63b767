"""The sixteenth session's ratio rules: ratios, per-unit values, averages and sums of named rows
as free phrasing asks them."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

REGIONS_EN = hit(
    "| Region | Revenue 2023 (USD million) | Revenue 2024 (USD million) |\n|---|---|---|\n"
    "| Europe | 1,946.2 | 2,588.3 |\n| North America | 5,820.4 | 6,914.7 |\n| China | 2,986.4 | 3,642.5 |",
    doc="regions-en.md",
    title="Global Satellite Broadband Market 2025",
)


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        # "How many times A was B" reads as "how many times the size of A was B": B over A.
        (
            "How many times Europe's satellite broadband revenue was North America's in 2024?",
            ("North America's satellite broadband revenue", "Europe's satellite broadband revenue"),
        ),
        (
            "In 2024, how many times the user-side additions were grid-side storage additions?",
            ("grid-side storage additions", "the user-side additions"),
        ),
    ],
)
def test_how_many_times_a_was_b_is_b_over_a(question, pair):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.pair) == ("ratio", pair)


def test_how_many_times_a_was_b_computes_b_over_a():
    found = calculate("How many times Europe's revenue was North America's in 2024?", [REGIONS_EN])
    assert found is not None and found.result.formula == "6914.7 / 2588.3 = 2.67"
