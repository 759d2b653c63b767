"""A sum or an average over the things a question lists (issue 16, thirteenth session): each
thing's figure found by its own name for the one year asked, never an average over years of
figures that name all of them, and never with a thing the report has no figure for; a table
whose columns name one year states that year's figures in its other columns too.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import listed_terms
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_REGIONS = (
    "| Region | Revenue 2023 (USD billion) | Revenue 2024 (USD billion) |\n|---|---|---|\n"
    "| Europe | 6.1 | 6.6 |\n| North America | 6.8 | 7.4 |\n| Asia Pacific | 9.0 | 10.2 |\n| Latin America | 1.2 | 1.3 |"
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("What was the average 2024 revenue of Europe and North America?", "(6.6 + 7.4) / 2 = 7"),
        (
            "What was the average revenue across Europe, Asia Pacific and Latin America in 2023?",
            "(6.1 + 9 + 1.2) / 3 = 5.43",
        ),
        (
            "What was the combined 2024 revenue of Europe, North America and the Asia Pacific?",
            "6.6 + 7.4 + 10.2 = 24.2",
        ),
    ],
)
def test_an_average_or_sum_of_listed_things_takes_each_things_figure_for_the_year(question, formula):
    assert formula_of(question, hit(_REGIONS)) == formula


def test_a_listed_thing_the_report_has_no_figure_for_is_refused():
    assert formula_of("What was the average 2024 revenue of Europe and Africa?", hit(_REGIONS)) is None


def test_listed_things_over_two_years_are_refused():
    # Which year each thing's figure is of would be a guess.
    assert (
        formula_of("What was the average revenue of Europe and North America in 2023 and 2024?", hit(_REGIONS)) is None
    )


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        (
            "What was the average 2024 size of Malaysia, the Philippines and Singapore?",
            ["Malaysia", "Philippines", "Singapore"],
        ),
        ("2024年华东和华南的平均规模是多少？", ["华东", "华南"]),
        ("What is the average revenue for 2019 and 2018?", []),  # periods, not things
        ("What was the average revenue of Europe in 2024?", []),
    ],
)
def test_listed_terms(question, terms):
    assert listed_terms(question) == terms


_SPEND = "| Country | 2023 (USD billion) | 2024 (USD billion) |\n|---|---|---|\n| South Korea | 19.9 | 20.5 |\n| Japan | 7.9 | 7.8 |\n| Taiwan | 23.0 | 24.1 |"


def test_names_written_one_after_another_are_a_list_however_the_sentence_runs():
    question = "Combined, how much did South Korea and Japan spend on equipment in 2024?"
    assert listed_terms(question) == ["South Korea", "Japan"]
    assert formula_of(question, hit(_SPEND)) == "20.5 + 7.8 = 28.3"


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("What was the combined share of CATL and BYD in China's market in 2024?", ["CATL", "BYD"]),
        ("2024年罗氏诊断、迈瑞医疗与雅培三家合计占中国IVD市场的份额是多少？", ["罗氏诊断", "迈瑞医疗", "雅培"]),
    ],
)
def test_a_list_ends_before_what_it_is_of_and_before_its_count(question, terms):
    assert listed_terms(question) == terms


_IVD = (
    "| 企业 | 2024年收入（亿元） | 同比增长 | 占市场份额 |\n|---|---|---|---|\n"
    "| 甲公司 | 168.2 | -5.1% | 12.7% |\n| 乙公司 | 142.6 | 15.3% | 10.7% |\n| 丙公司 | 98.4 | -2.6% | 7.4% |"
)


def test_a_column_without_a_year_in_a_table_of_one_year_is_of_that_year():
    question = "2024年甲公司、乙公司与丙公司三家合计占市场的份额是多少？"
    assert formula_of(question, hit(_IVD, lang="zh")) == "12.7 + 10.7 + 7.4 = 30.8"
    # Another year's shares are not in the table.
    assert formula_of("2023年甲公司、乙公司与丙公司三家合计占市场的份额是多少？", hit(_IVD, lang="zh")) is None


_STORAGE = (
    "2024年新增装机规模为43.7GW，同比增长93.4%。磷酸铁锂电池占锂离子电池新增装机的99%以上。\n\n"
    "| 应用场景 | 2024年新增装机（GW） | 占比 |\n|---|---|---|\n"
    "| 电源侧（新能源配储） | 18.6 | 42.6% |\n| 电网侧（独立储能） | 19.2 | 43.9% |\n| 用户侧 | 5.9 | 13.5% |"
)


def test_shares_added_are_of_one_measure_never_a_row_and_a_sentence():
    # The second share named with the measure both share ("电源侧新增装机") must not be a sentence's percentage.
    found = formula_of("2024年电网侧与电源侧新增装机合计占比多少？", hit(_STORAGE, lang="zh"))
    assert found in (None, "43.9 + 42.6 = 86.5")  # a refusal beats a sum of two measures
