"""Company tables whose period is a column of cells ("| Company | Fiscal year | Revenue |" over
"| Kestrel | FY2024 (ended Mar 2025) | USD 4.1 billion |"): each row's figures are of the year its
own period cell names, as a column's are of the year its header names (issue 16, session 19).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_COMPANIES = (
    "| Company | Fiscal year | Revenue | Growth | Share of global heat pump sales |\n|---|---|---|---|---|\n"
    "| Kestrel | FY2024 (ended Mar 2025) | USD 4.1 billion | 5.0% | 5.9% |\n"
    "| Norvik | 2024 | USD 2.0 billion | -2.0% | 2.9% |"
)


def test_a_rows_figures_are_of_the_year_its_period_cell_names():
    question = "How much larger was Kestrel's revenue than Norvik's in 2024?"
    assert formula_of(question, hit(_COMPANIES)) == "4.1 - 2 = 2.1"
    question = "What were Norvik's revenues in 2023?"
    assert formula_of(question, hit(_COMPANIES)) == "2 × (1 - 2%)^(2023 - 2024) = 2.04"
    # A fiscal year is the year its label names, not the calendar year it ends in (Mar 2025).
    question = "How much larger was Kestrel's revenue than Norvik's in 2025?"
    assert formula_of(question, hit(_COMPANIES)) is None


def test_a_companys_worldwide_figure_is_no_part_of_one_places_sales():
    total = "China's heat pump sales reached USD 20.0 billion in 2024."
    question = "What share of Chinese heat pump sales did Kestrel hold in 2024?"
    assert formula_of(question, hit(_COMPANIES), hit(total)) is None
