"""The one number reader (ingest/numbers.py): plain numbers, years, scales and exact digits.

Model-free: every test calls the functions on literal strings.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.ingest.numbers import (
    CURRENCIES,
    LANGUAGE_SCALES,
    PERIOD,
    SCALES,
    currency_word,
    exact,
    has_number,
    numbers_in,
    parse_quantities,
    rescale,
    years_in,
)

pytestmark = pytest.mark.unit


def _figures(text: str) -> list[tuple[str, str, str]]:
    return [(q.value, q.scale, q.unit) for q in parse_quantities(text)]


def test_numbers_in_drops_thousands_separators_and_keeps_years():
    assert numbers_in("USD 1,250.5 million in 2025, up 3%") == {"1250.5", "2025", "3"}


def test_numbers_in_reads_digits_not_signs():
    # Signs belong to quantities; numbers_in compares digits only.
    assert numbers_in("-1.2% and +1.8%") == {"1.2", "1.8"}


def test_has_number():
    assert has_number("第3季度")
    assert has_number("USD 34.03 billion")
    assert not has_number("no figure here")
    assert not has_number("三季度")  # Chinese numerals are not read as numbers


def test_years_in_keeps_order_and_drops_repeats_and_non_years():
    assert years_in("2030 then 2025, 2030 again") == [2030, 2025]
    # a decimal, a five-digit number and a year outside 1900-2099 are not years
    assert years_in("1999.5 20250 2101 ２０２５") == []
    assert years_in("2025年至2030年") == [2025, 2030]


def test_years_in_reads_a_short_fiscal_year():
    assert years_in("between F19 and F18, FY2017, FY'16, fy 15") == [2019, 2018, 2017, 2016, 2015]
    # a model number or a three-digit code is no year
    assert years_in("F1 team, F150 truck, AF19") == []


@pytest.mark.parametrize(
    ("value", "scale", "target", "expected"),
    [
        ("340.3", "亿", "billion", "34.03"),
        ("34.03", "billion", "亿", "340.3"),
        ("5", "万", "thousand", "50"),
        ("50", "thousand", "万", "5"),
        ("1.5", "billion", "million", "1500"),
        ("7", "", "", "7"),
    ],
)
def test_rescale_both_ways(value, scale, target, expected):
    assert exact(rescale(D(value), scale, target)) == expected


def test_rescale_there_and_back_is_the_identity():
    assert rescale(rescale(D("100.6"), "亿", "billion"), "billion", "亿") == D("100.6")


def test_exact_keeps_every_digit_without_trailing_zeros_or_exponents():
    assert exact(D("34.030")) == "34.03"
    assert exact(D("1E+2")) == "100"
    assert exact(D("-0.50")) == "-0.5"
    assert exact(D("0.000123")) == "0.000123"


def test_language_scales_map_each_scale_to_one_of_the_other_language():
    for mapping in LANGUAGE_SCALES.values():
        for source, target in mapping.items():
            assert source in SCALES and target in SCALES
    assert LANGUAGE_SCALES["en"]["亿"] == "billion"
    assert LANGUAGE_SCALES["zh"]["billion"] == "亿"
    assert LANGUAGE_SCALES["en"]["万"] == "thousand"


def test_currency_words():
    assert {"USD", "CNY", "EUR", "GBP", "JPY"} <= set(CURRENCIES)
    assert currency_word("USD", "zh") == "美元"
    assert currency_word("CNY", "zh") == "元"
    assert currency_word("USD", "en") == "USD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市场规模达340.3亿美元。", [("340.3", "亿", "USD")]),
        ("USD 34.03 billion", [("34.03", "billion", "USD")]),
        ("US$5 bn", [("5", "bn", "USD")]),
        ("€3 billion", [("3", "billion", "EUR")]),
        ("RMB 5万", [("5", "万", "CNY")]),
        ("人民币12亿元", [("12", "亿", "CNY")]),
        ("impact of -1.2% and +1.8%", [("-1.2", "", "%"), ("1.8", "", "%")]),
        ("impact of −0.7%", [("-0.7", "", "%")]),
        ("up 2.5 percentage points", [("2.5", "", "pp")]),
        ("提高3个百分点", [("3", "", "pp")]),
        ("120 vendors", [("120", "", "")]),
    ],
)
def test_parse_quantities_value_scale_unit(text, expected):
    assert _figures(text) == expected


def test_years_are_context_not_quantities():
    assert parse_quantities("In 2025 the market grew.") == []
    (q,) = parse_quantities("In 2025 the market reached USD 34.03 billion.")
    assert (q.value, q.year) == ("34.03", 2025)


def test_a_period_is_not_a_subtraction_and_is_kept_on_the_figure():
    (q,) = parse_quantities("2025-2030年复合年增长率为7.69%")
    assert (q.value, q.unit, q.period, q.metric) == ("7.69", "%", "2025-2030", "cagr")
    (q,) = parse_quantities("a CAGR of 8.26% over 2025–2032")
    assert q.period == "2025-2032" and q.metric == "cagr"


def test_durations_are_not_figures():
    assert parse_quantities("回本周期2-4年") == []


def test_a_figure_takes_the_year_of_its_own_clause():
    first, second = parse_quantities("2025年为100.6亿美元，2030年达到145.7亿美元")
    assert (first.value, first.year) == ("100.6", 2025)
    assert (second.value, second.year) == ("145.7", 2030)


@pytest.mark.parametrize(
    "text, years",
    [
        # the year written after an earlier figure is that figure's
        ("Shipments rose to 1,052 GWh in 2024 from 865 GWh in 2023.", [2024, 2023]),
        ("Sales grew from USD 4.7 billion in 2024 to USD 9.1 billion by 2029.", [2024, 2029]),
        ("In 2023 sales were 10 units and in 2024 12 units.", [2023, 2024]),
        # a year written before the figures is every one's
        ("In 2024 revenue was USD 5 billion and profit USD 1 billion.", [2024, 2024]),
    ],
)
def test_each_figure_takes_its_own_year_in_a_two_year_clause(text, years):
    assert [q.year for q in parse_quantities(text)] == years


def test_a_table_figure_takes_year_and_subject_from_its_row():
    (q,) = parse_quantities("| 基准年 2025 | 340.3亿美元 |")
    assert (q.year, q.subject, q.unit, q.scale) == (2025, "基准年 2025", "USD", "亿")


def test_thousands_separator_inside_a_scaled_amount():
    assert _figures("The market reached USD 1,250.5 million in 2025.") == [("1250.5", "million", "USD")]


def test_two_figures_in_one_clause_each_take_the_year_written_after_them():
    years = [(q.value, q.year) for q in parse_quantities("USD 10 billion in 2025 and USD 12 billion in 2030")]
    assert years == [("10", 2025), ("12", 2030)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("revenue of $4.5B in 2024", [("4.5", "billion", "USD", 2024)]),
        ("$450M in 2023", [("450", "million", "USD", 2023)]),
        ("a 450m pipeline", [("450", "", "", None)]),  # metres, not money
        ("USD 4.7–5.1 billion in 2030", [("4.7", "billion", "USD", 2030), ("5.1", "billion", "USD", 2030)]),
        ("市场规模达9.1万亿元", [("9.1", "万亿", "CNY", None)]),
        ("GBP 3.2 billion", [("3.2", "billion", "GBP", None)]),
        ("€2.1 billion", [("2.1", "billion", "EUR", None)]),
        ("120亿日元", [("120", "亿", "JPY", None)]),
        (
            "from USD 4.7 billion in 2024 to USD 9.1 billion by 2029",
            [("4.7", "billion", "USD", 2024), ("9.1", "billion", "USD", 2029)],
        ),
    ],
)
def test_what_reports_write(text, expected):
    assert [(q.value, q.scale, q.unit, q.year) for q in parse_quantities(text)] == expected


def test_wan_yi_is_a_trillion():
    assert rescale(D("9.1"), "万亿", "trillion") == D("9.1")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The market will grow at a CAGR of 8.7% over 2025-2030.", ("2025", "2030")),
        ("预计2026至2032年复合年增长率为8.26%。", ("2026", "2032")),
        ("from 2024 to 2029, reaching USD 9.1 billion", ("2024", "2029")),
    ],
)
def test_a_period_ends_a_sentence_or_a_clause(text, span):
    assert PERIOD.search(text).groups() == span


@pytest.mark.parametrize("text", ["ratio 2025-2030.5", "1.2025-2030"])
def test_a_decimal_is_not_a_period(text):
    assert PERIOD.search(text) is None


def test_a_paragraph_lead_year_and_a_figure_written_against_the_year_before():
    text = "截至2024年底，冷藏车保有量达到46.8万辆，较上年的43.2万辆明显增加，复合年增长率为7.9%。"
    assert [(q.value, q.year) for q in parse_quantities(text)] == [("46.8", 2024), ("43.2", 2023), ("7.9", None)]
    # A year in mid-sentence leads nothing; a new paragraph starts without a year.
    text = "In 2024, sales rose, and in May 2019, Section 303 applied.\nIt grew 5%."
    assert [(q.value, q.year) for q in parse_quantities(text)] == [("303", 2024), ("5", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Amounts capitalized for the years ended December 31, 2019 and 2018 were $3,800 and $6,690, respectively.",
        "2019年和2018年的资本化金额分别为3,800万元和6,690万元。",
    ],
)
def test_figures_listed_respectively_take_the_years_in_their_order(text):
    assert [(q.value, q.year) for q in parse_quantities(text)] == [("3800", 2019), ("6690", 2018)]


@pytest.mark.parametrize(
    "text",
    ["Sales were 3, 4 and 5 in 2018 and 2019, respectively.", "2018年和2019年的销量分别为3、4和5万辆。"],
)
def test_figures_listed_respectively_against_fewer_years_keep_no_year(text):
    assert [q.year for q in parse_quantities(text)] == [None, None, None]


def test_the_day_of_a_date_is_no_figure():
    found = parse_quantities("As of December 31, 2019 and 30 June 2018, revenue was $5 million and $4 million.")
    assert [q.value for q in found] == ["5", "4"]


def test_an_english_full_stop_ends_the_clause_of_a_cagr():
    text = (
        "The market will rise from USD 1,250.5 million in 2024 to USD 5,873.0 million by 2030, a CAGR of "
        "29.4% over 2024-2030. Revenue grew from USD 982.4 million in 2023, as codes spread."
    )
    found = [(q.value, q.year, q.metric, q.period) for q in parse_quantities(text)]
    assert found == [
        ("1250.5", 2024, "", ""),
        ("5873.0", 2030, "", ""),
        ("29.4", 2024, "cagr", "2024-2030"),
        ("982.4", 2023, "", ""),
    ]


@pytest.mark.parametrize(
    "text, years",
    [
        # the bracket holds a figure of its own: its year is that figure's
        ("同期全部商用车销量为387.0万辆（2023年为403.1万辆）。", [None, 2023]),
        ("Sales reached USD 5.2 billion (up from USD 4.8 billion in 2023) in 2024.", [2024, 2023]),
        # the bracket holds nothing but the year: it dates the figure before it
        ("Sales were USD 5.2 billion (2024) and USD 4.8 billion (2023).", [2024, 2023]),
    ],
)
def test_a_year_in_brackets_after_a_figure(text, years):
    assert [q.year for q in parse_quantities(text)] == years


def test_digits_glued_to_a_latin_name_are_no_figure():
    assert _figures("智能算力规模达到725.3 EFLOPS（FP16），H100 GPUs in Q3") == [("725.3", "", "")]
    assert _figures("RMB100 million") == [("100", "million", "CNY")]


def test_a_time_clause_after_a_semicolon_dates_the_figures_after_it():
    text = "2024年新增装机为43.7GW，2023年为22.6GW；截至2024年末，累计装机规模达到78.3GW，2023年末为34.6GW。"
    assert [(q.value, q.year) for q in parse_quantities(text)] == [
        ("43.7", 2024),
        ("22.6", 2023),
        ("78.3", 2024),
        ("34.6", 2023),
    ]


def test_the_clauses_of_a_part_sentence_after_a_semicolon_are_parts_too():
    text = "2024年市场规模为1,486.2亿元。其中A市场规模为842.6亿元，2023年为785.3亿元；B市场规模为643.6亿元，2023年为568.9亿元。"
    assert [(q.value, q.year) for q in parse_quantities(text)] == [
        ("1486.2", 2024),
        ("842.6", 2024),
        ("785.3", 2023),
        ("643.6", 2024),
        ("568.9", 2023),
    ]
