"""Each formula against values worked out by hand."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import CalculationError, Measure


def usd(value: str, scale: str, year: int | None = None) -> Measure:
    return Measure(D(value), "USD", scale, year)


def test_implied_cagr_of_the_call_centers_forecast():
    # (59.34 / 34.03)^(1/7) = 1.0827... by hand: 1.0827^7 = 1.7437 ≈ 59.34 / 34.03 = 1.7438
    result = calc.implied_cagr(usd("34.03", "billion", 2025), usd("59.34", "billion", 2032))
    assert result.value == D("8.27")
    assert result.formula == "(59.34 / 34.03)^(1/7) - 1 = 8.27%"


def test_implied_cagr_across_scales_uses_the_start_scale():
    result = calc.implied_cagr(usd("340.3", "亿", 2025), usd("59.34", "billion", 2032))
    assert result.formula == "(593.4 / 340.3)^(1/7) - 1 = 8.27%"


def test_cagr_is_exact_for_a_doubling_in_one_year():
    assert calc.cagr(D(50), D(100), 1) == D(100)


def test_projection_one_year_at_the_stated_cagr():
    # 36.76 × 1.0826 = 39.796376 -> 39.80
    result = calc.project(usd("36.76", "billion", 2026), Measure(D("8.26"), "%"), 2027)
    assert result.value == D("39.80")
    assert result.formula == "36.76 × (1 + 8.26%)^(2027 - 2026) = 39.8"


def test_absolute_change_is_exact():
    result = calc.absolute_change(usd("100.6", "亿", 2025), usd("145.7", "亿", 2030))
    assert result.value == D("45.1")
    assert result.formula == "145.7 - 100.6 = 45.1"


def test_relative_change():
    # 145.7 / 100.6 = 1.448310... -> 44.83%
    assert calc.relative_change(usd("100.6", "亿", 2025), usd("145.7", "亿", 2030)).value == D("44.83")


def test_ratio():
    # 593.4 / 367.6 = 1.61425...
    result = calc.ratio(usd("593.4", "亿", 2032), usd("367.6", "亿", 2026))
    assert result.value == D("1.61")
    assert result.unit == "×"


def test_share():
    assert calc.share(usd("25", "billion"), usd("200", "亿")).value == D("125")
    assert calc.share(usd("10.06", "billion"), usd("145.7", "亿")).value == D("69.05")  # 100.6 / 145.7


def test_percentage_point_difference():
    result = calc.pp_difference(Measure(D("8.27"), "%"), Measure(D("8.26"), "%"))
    assert (result.value, result.unit) == (D("0.01"), "pp")


def test_sum_of_signed_percentages_is_in_percentage_points():
    impacts = [Measure(D(v), "%") for v in ("-1.2", "-0.9", "-0.7", "-1.1")]
    result = calc.total(impacts)
    assert (result.value, result.unit) == (D("-3.9"), "pp")
    assert result.formula == "(-1.2) + (-0.9) + (-0.7) + (-1.1) = -3.9"


@pytest.mark.parametrize(
    ("value", "scale", "target", "expected"),
    [
        ("340.3", "亿", "billion", "34.03"),
        ("34.03", "billion", "亿", "340.3"),
        ("64", "亿", "billion", "6.4"),
        ("2500", "万", "thousand", "25000"),
        ("1.75", "亿", "million", "175"),
    ],
)
def test_conversion_between_scales(value, scale, target, expected):
    assert calc.convert(usd(value, scale), target).value == D(expected)


def test_different_currencies_are_refused():
    with pytest.raises(CalculationError, match="different units"):
        calc.absolute_change(usd("100", "亿", 2025), Measure(D("700"), "CNY", "亿", 2030))


def test_years_that_do_not_run_forwards_are_refused():
    with pytest.raises(CalculationError, match="does not come after"):
        calc.implied_cagr(usd("59.34", "billion", 2032), usd("34.03", "billion", 2025))
    with pytest.raises(CalculationError, match="year of each figure"):
        calc.implied_cagr(usd("34.03", "billion"), usd("59.34", "billion", 2032))


def test_projection_needs_a_percentage():
    with pytest.raises(CalculationError):
        calc.project(usd("36.76", "billion", 2026), usd("1", "billion"), 2027)


def test_projection_backwards_takes_the_growth_out():
    result = calc.project(Measure(D("112.4"), "CNY", "亿", 2024), Measure(D("14.6"), "%"), 2023)
    assert (result.value, result.formula) == (D("98.08"), "112.4 × (1 + 14.6%)^(2023 - 2024) = 98.08")
    with pytest.raises(CalculationError):
        calc.project(Measure(D("112.4"), "CNY", "亿", 2024), Measure(D("14.6"), "%"), 2024)


def test_part_of_a_total_keeps_its_currency_and_scale():
    result = calc.part_of(Measure(D("56.4"), "%"), usd("142.3", "billion", 2024))
    assert (result.value, result.unit, result.scale, result.formula) == (
        D("80.26"),
        "USD",
        "billion",
        "142.3 × 56.4% = 80.26",
    )


def test_a_fall_is_taken_out_as_a_fall_and_written_as_one():
    result = calc.project(Measure(D("72.3"), "CNY", "亿", 2024), Measure(D("-8.5"), "%"), 2023)
    assert result.value == D("79.02") and result.formula == "72.3 × (1 - 8.5%)^(2023 - 2024) = 79.02"
