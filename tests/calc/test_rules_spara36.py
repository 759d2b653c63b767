"""A sentence that names a table row and what the question qualifies it by binds over the row; a
figure's measure, written once before several figures, tells none of them apart (issue 16, session 21).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.calc.operands import candidates_of, find_figure
from reportqa.server.calc.subject import subject_of
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "Global Solar Market Report 2025"
_REGIONS = (
    "| Region | 2023 (GW) | 2024 (GW) | Share of 2024 global |\n|---|---|---|---|\n"
    "| Brazil | 40.2 | 44.8 | 77.2% |\n| Mexico | 12.1 | 13.0 | 22.8% |\n| Global | 52.3 | 57.8 | 100.0% |"
)
_BY_REGION = "Brazil installed 2.6 GW of the 4.0 GW floating total. Mexico installed 1.1 GW in 2024."
_SUMMARY = "New installations rose to 57.8 GW in 2024 from 52.3 GW in 2023, of which 4.0 GW was floating."


def _solar(question: str) -> str | None:
    return formula_of(
        question,
        hit(_BY_REGION, section="Installations by Region", title=_TITLE),
        hit(_SUMMARY, section="Executive Summary", title=_TITLE),
        hit(_REGIONS, section="Installations by Region", title=_TITLE),
    )


def test_a_sentence_naming_the_row_and_its_qualifier_binds_over_the_row():
    # "Brazil" names the whole row, but "floating" only the sentence; the whole is the summary's 4.0 GW,
    # told from the 57.8 GW before it by "floating", not by "installations", which both write.
    assert _solar("What share of the world's 2024 floating solar installations did Brazil account for?") == (
        "2.6 / 4 = 65%"
    )
    # Without the qualifier the row is the thing asked.
    assert _solar("What share of the world's 2024 solar installations did Brazil account for?") == (
        "44.8 / 57.8 = 77.51%"
    )


def test_a_row_the_tokenizer_names_by_one_word_is_not_the_thing_a_sentence_names_further():
    table = (
        "| 业务类型 | 2024年业务量（亿件） | 占比 |\n|---|---|---|\n"
        "| 同城配送 | 98.2 | 12.4% |\n| 异地配送 | 693.1 | 87.6% |\n| 合计 | 791.3 | 100.0% |"
    )
    prose = "2024年县域地区收投配送量为302.4亿件，同比增长18.2%；其中茶叶出山配送量为41.7亿件。"
    found = formula_of(
        "2024年茶叶出山配送量占县域地区收投配送量的比重是多少？",
        hit(table, lang="zh", doc="report-zh.md", section="三、业务结构"),
        hit(prose, lang="zh", doc="report-zh.md", section="三、业务结构"),
    )
    assert found is not None and found.startswith("41.7 / 302.4")


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
