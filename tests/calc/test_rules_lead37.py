"""The operation read from wordings the rules missed (issue 16, session 22): a CAGR asked to be computed
(计算…年复合增长率), a ratio asked as a fold, a fraction (几分之几) or "times more … than", an average
price compared as a stated measure, a shortfall between two figures, a rest asked in percent, a total
over a span written "through". The examples are written for the tests, none taken from an evaluation set.

Model-free: the intent reader alone.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


def _read(question: str):
    intent = detect(question)
    return (intent.kind, intent.years, intent.pair) if intent else None


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("请根据2018年和2023年的出口额计算瓷砖出口的年复合增长率。", (2018, 2023)),
        ("用2018年和2023年的数据算出瓷砖出口额的复合增速。", (2018, 2023)),
        ("求2018—2023年瓷砖出口额的年均复合增长率", (2018, 2023)),
    ],
)
def test_a_cagr_asked_to_be_computed_is_the_rate_between_the_years(question, years):
    kind, read_years, _ = _read(question)
    assert (kind, read_years) == ("implied_cagr", years)


@pytest.mark.parametrize(
    "question",
    [
        "已知2023年瓷砖出口额及其年复合增长率，请据此推算2030年出口额。",
        "按8%的年复合增长率计算，2030年瓷砖出口额是多少？",
    ],
)
def test_a_rate_given_to_carry_a_figure_stays_a_projection(question):
    assert _read(question)[0] == "projection"


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("How many-fold did tile exports grow from 2018 to 2023?", (2018, 2023)),
        ("What fold increase in tile exports does the report show between 2018 and 2023?", (2018, 2023)),
    ],
)
def test_a_fold_is_a_ratio(question, years):
    kind, read_years, _ = _read(question)
    assert (kind, read_years) == ("ratio", years)


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        (
            "How many times more tiles did Spain export than Italy in 2023?",
            ("Spain", "Italy"),
        ),
        ("How many times bigger is Acme than Bolt in tile capacity?", ("Acme tile capacity", "Bolt tile capacity")),
        ("西班牙瓷砖出口额和意大利瓷砖出口额的倍数关系是多少？", ("西班牙瓷砖出口额", "意大利瓷砖出口额")),
    ],
)
def test_times_more_than_is_a_ratio_of_the_two_things(question, pair):
    kind, _, read_pair = _read(question)
    assert kind == "ratio"
    assert read_pair is not None and [p.split()[0] for p in read_pair] == [p.split()[0] for p in pair]


def test_a_fraction_asked_is_a_ratio():
    assert _read("2023年意大利瓷砖出口额是西班牙的几分之几？")[0] == "ratio"


@pytest.mark.parametrize(
    "question",
    [
        "高端酒店的平均房价是经济型酒店的几倍？",
        "How many times the budget hotels' average room rate is the luxury hotels' average room rate?",
    ],
)
def test_an_average_price_is_a_stated_measure_compared(question):
    assert _read(question)[0] == "ratio"


@pytest.mark.parametrize(
    "question",
    [
        "高端酒店三年平均收入是经济型酒店三年平均收入的几倍？",
        "How many times Acme's average revenue is Bolt's average revenue?",
    ],
)
def test_an_average_of_figures_is_still_not_compared(question):
    assert detect(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "What is the shortfall between projected tile demand and supply in 2026?",
        "How big is the deficit between tile imports and tile exports in 2024?",
    ],
)
def test_a_shortfall_between_two_figures_is_their_difference(question):
    kind, _, pair = _read(question)
    assert kind == "change" and pair is not None


def test_what_a_rest_is_asked_in_percent_is_a_complement():
    assert _read("How much of the tile market is not accounted for by the top two makers (in %)?")[0] == "complement"


def test_a_rest_asked_as_an_amount_stays_a_rest():
    assert _read("How much of the tile market's 2024 revenue is not accounted for by the top two makers?")[0] == "rest"


@pytest.mark.parametrize(
    "question",
    [
        "Calculate the cumulative investment in tile plants from 2021 through 2024.",
        "What was the total tile investment from 2021 through 2024?",
    ],
)
def test_a_total_over_a_span_written_through_adds_every_year(question):
    kind, years, _ = _read(question)
    assert (kind, years) == ("sum", (2021, 2022, 2023, 2024))


SHARES = hit(
    "Acme held a 37.9% share of global tile exports in 2024, followed by Bolt at 17.2% and Corra at 10.8%.",
    doc="tiles-en.md",
)
EXPORTS = hit(
    "Acme exported 412 million square metres of tiles in 2024. Bolt exported 188 million square metres of tiles "
    "in 2024.",
    doc="tiles-en.md",
)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "I need the implied 2019 baseline for tile exports, given the 2026 forecast and the CAGR in the report.",
            ("implied_value", (2019, 2026)),
        ),
        ("What was the 2021 value implied by the 2024 size and the CAGR?", ("implied_value", (2021, 2024))),
        ("请以报告中的年复合增速对2030年瓷砖产值进行折算，得出2025年的对应值。", ("implied_value", (2025, 2030))),
        ("按2025年的规模和复合增长率倒推，2020年瓷砖市场规模是多少？", ("implied_value", (2020, 2025))),
        (
            "Project the 2029 size of the tile market using the 2023 value and the stated CAGR.",
            ("projection", (2023, 2029)),
        ),
        ("以2023年为基数，按8%的年均增速测算，2028年瓷砖收入将达到多少亿元？", ("projection", (2023, 2028))),
        ("Applying the CAGR to the 2024 figure, estimate tile exports in 2027.", ("projection", (2024, 2027))),
    ],
)
def test_a_figure_carried_by_a_rate_the_question_gives(question, read):
    kind, years, _ = _read(question)
    assert (kind, years) == read


@pytest.mark.parametrize(
    "question",
    [
        "Using the 2019 and 2024 values of tile exports, what was the CAGR?",
        "根据2019年和2024年的规模，瓷砖市场的年复合增长率是多少？",
    ],
)
def test_a_rate_asked_between_two_given_figures_stays_a_cagr(question):
    assert _read(question)[0] == "implied_cagr"


@pytest.mark.parametrize(
    "question",
    [
        "How many times larger was Acme's share than Bolt's in 2024?",
        "What was the ratio of Acme's share to Bolt's share in 2024?",
    ],
)
def test_a_ratio_of_two_shares_divides_the_shares(question):
    assert formula_of(question, SHARES) == "37.9 / 17.2 = 2.2"


def test_a_ratio_of_two_things_without_shares_divides_their_amounts():
    assert (
        formula_of("What was the ratio of Acme's tile exports to Bolt's tile exports in 2024?", EXPORTS)
        == "412 / 188 = 2.19"
    )


SHRIMP = hit(
    "| Country | Frozen shrimp export price 2024 (USD/kg) |\n|---|---|\n| Ecuador | 5.2 |\n| India | 4.8 |\n"
    "| Vietnam | 6.1 |\n| Others | 5.5 |\n| Total | 5.3 |\n\nPrices are free on board.",
    doc="shrimp-en.md",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the average frozen shrimp export price across the 4 exporting countries in 2024?",
        "2024年这4个国家冷冻虾出口价格的平均值是多少？",
    ],
)
def test_an_average_across_the_rows_a_question_counts_is_over_every_row(question):
    # "Others" is one of the rows counted; the total row is none of them.
    assert formula_of(question, SHRIMP) == "(6.1 + 5.5 + 5.2 + 4.8) / 4 = 5.4"


def test_rows_counted_that_the_table_does_not_list_as_many_are_refused():
    assert formula_of("What was the average frozen shrimp export price across the 3 countries in 2024?", SHRIMP) is None


def test_the_largest_rows_still_leave_out_the_others():
    question = "What was the average frozen shrimp export price of the top 4 countries in 2024?"
    assert formula_of(question, SHRIMP) is None  # three named rows only: which fourth is a guess


def test_a_rate_averaged_over_counted_rows_never_averages_their_amounts():
    sizes = hit(
        "| Region | 2024 (USD bn) |\n|---|---|\n| North | 6.5 |\n| South | 5.0 |\n| East | 3.6 |\n| West | 1.1 |\n"
        "| Total | 16.2 |\n\nAll regions grew in 2024.",
        doc="cooling-en.md",
    )
    assert formula_of("What was the average 2024 market growth rate of the four regions?", sizes) is None
    assert formula_of("What was the average 2024 market size of the four regions?", sizes) == (
        "(6.5 + 5 + 3.6 + 1.1) / 4 = 4.05"
    )
