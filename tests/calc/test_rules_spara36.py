"""A figure's measure, written once before several figures of a sentence, tells none of them apart;
a possessive is no part of the name it follows (issue 16, session 21).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.operands import candidates_of, find_figure
from reportqa.server.calc.subject import subject_of
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


def test_two_things_compared_in_one_sentence_are_told_apart_by_their_names_not_their_measure():
    text = (
        "Orbit, the storage arm of Nova, shipped 84 kt of cathode material in 2024, the most of any maker, "
        "and Zenith shipped 51 kt. Other makers expanded capacity."
    )
    assert formula_of("How much more cathode material did Orbit ship than Zenith in 2024, in kt?", hit(text)) == (
        "84 - 51 = 33"
    )


def test_a_possessive_names_the_company_in_one_of_several_figures_of_a_sentence():
    # The tokenizer keeps "ore-tech'" of "Ore-Tech's", which no sentence writes.
    text = (
        "Among recyclers, Ore-Tech reported revenue of USD 30.0 million in 2024, and Stone's battery "
        "recycling revenue was EUR 0.32bn."
    )
    items = candidates_of([hit(text)])
    term = "Ore-Tech's revenue"
    found = find_figure(items, subject_of(term), 2024, "en", amounts_only=True, term=term)
    assert found is not None and found.measure.value == Decimal("30.0")
