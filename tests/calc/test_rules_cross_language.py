"""Calculations asked in one language over a report written in the other (issue 16): the
question's subject and measure are read in the report's language through the dictionary, a
measure tag and the domain glossary, and every trap (another measure of the same row, a
subject the report never names) refuses rather than binds another figure.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import translations
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import measures_of
from tests.support.passages import hit

pytestmark = pytest.mark.unit

# One row per country, two measures under each year: the question's measure picks the column.
EN_COUNTRIES = hit(
    "| Country | Market size (USD billion) | | Parcel volume (billion parcels) | |\n"
    "|---|---|---|---|---|\n"
    "| | 2023 | 2024 | 2023 | 2024 |\n"
    "| Kenya | 2.2 | 2.6 | 1.5 | 1.9 |\n"
    "| Ghana | 0.9 | 1.2 | 0.4 | 0.5 |\n"
    "| Philippines | 0.7 | 0.8 | 0.3 | 0.6 |",
    doc="africa-logistics-en.html",
    title="African E-commerce Logistics Report",
)
EN_BIKE_TYPES = hit(
    "| Type | Shipments (million units) | Revenue (USD million) |\n|---|---|---|\n| Bicycles | 12.0 | 900 |\n"
    "| Scooters | 8.0 | 700 |\n| Total | 20.0 | 1,600 |",
    doc="mobility-en.pdf",
    section="2. Shipments by type",
)
EN_BIKE_TYPES.chunk.context = "Table 2. Micromobility shipments by type, 2024"


def _formula(question: str, hits) -> str | None:
    found = calculate(question, hits)
    return found.result.formula if found else None


def test_a_measure_is_one_tag_in_either_language():
    assert measures_of("印度尼西亚电商物流市场规模") == measures_of("Market size (USD billion)") == {"#size"}
    assert measures_of("越南的包裹量") == measures_of("Parcel volume (billion parcels)") == {"#volume"}
    assert measures_of("Vietnam") == frozenset()


def test_the_measure_a_chinese_question_names_picks_the_english_column():
    assert _formula("2024年肯尼亚电商物流市场规模比2023年增加了多少？", [EN_COUNTRIES]) == "2.6 - 2.2 = 0.4"
    assert _formula("2024年肯尼亚的包裹量比加纳多多少？", [EN_COUNTRIES]) == "1.9 - 0.5 = 1.4"


def test_the_measure_named_once_belongs_to_both_sides_of_a_multiple():
    # 市场规模 is said of 肯尼亚 only; 加纳's figure is its market size too, not its parcels.
    assert _formula("2024年肯尼亚电商物流市场规模是加纳的多少倍？", [EN_COUNTRIES]) == "2.6 / 1.2 = 2.17"


def test_a_country_the_dictionary_writes_with_an_article_names_its_row():
    assert "philippines" in translations("菲律宾")
    assert _formula("2024年肯尼亚的包裹量是菲律宾的多少倍？", [EN_COUNTRIES]) == "1.9 / 0.6 = 3.17"


def test_a_country_the_report_never_names_is_refused():
    # 缅甸 (Myanmar) has no row: no other country's figure stands in for it.
    assert calculate("2024年缅甸电商物流市场规模是加纳的多少倍？", [EN_COUNTRIES]) is None


def test_a_caption_of_one_year_dates_the_figures_under_it():
    assert _formula("2024年自行车出货量占总出货量的比例是多少？", [EN_BIKE_TYPES]) == "12 / 20 = 60%"
    # The whole must be what the table measures: 全球 (global) is written nowhere in it.
    assert calculate("2024年自行车出货量占全球总出货量的比例是多少？", [EN_BIKE_TYPES]) is None
