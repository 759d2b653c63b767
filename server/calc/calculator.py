"""Exact arithmetic on stated figures, each result with the formula that produced it.

Values are :class:`~decimal.Decimal` so 145.7 - 100.6 is 45.1, not 45.099999; results
that are not exact (roots, divisions) are rounded half-up to two decimals (below 1, to four
significant digits), and the formula shows the rounded value. Operands of different currencies, or years that do
not run forwards, raise :class:`CalculationError` instead of giving a number.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext

from reportqa.ingest.numbers import CURRENCIES, exact, rescale
from reportqa.server.reasons import Reason, worded

PLACES = Decimal("0.01")
# Below 1, two decimals may be 1% off (0.4673 shown 0.47): such a value keeps this many digits.
_SMALL_DIGITS = 4
PERCENT_UNITS = ("%", "pp")


class CalculationError(ValueError):
    """The operands cannot be combined; ``reason`` is shown to the user in the question's
    language, the message is its English wording."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(worded(reason, "en"))
        self.reason = reason


@dataclass(frozen=True)
class Measure:
    """A stated figure: ``value`` in ``scale`` (亿, billion, ...) of ``unit`` (USD, CNY, %, pp or "")."""

    value: Decimal
    unit: str
    scale: str = ""
    year: int | None = None

    def in_scale(self, scale: str) -> Decimal:
        """The value expressed in another scale (340.3 亿 -> 34.03 billion)."""
        return rescale(self.value, self.scale, scale)


@dataclass(frozen=True)
class Result:
    """A computed figure; ``value`` is already rounded as ``formula`` shows it."""

    label: str
    value: Decimal
    unit: str
    scale: str
    formula: str


def show(value: Decimal) -> str:
    """A value as the answer writes it: exact when it has at most two decimals (or, below 1, four
    significant digits), else rounded to them."""
    rounded = value.quantize(_places(value), rounding=ROUND_HALF_UP)
    return exact(value) if rounded == value else format(rounded, "f")


def _places(value: Decimal) -> Decimal:
    """The last place ``value`` is shown to: hundredths, or its fourth significant digit below 1."""
    if value == 0 or abs(value) >= 1:
        return PLACES
    return min(PLACES, Decimal(1).scaleb(value.adjusted() - _SMALL_DIGITS + 1))


def _rounded(value: Decimal) -> Decimal:
    return Decimal(show(value))


def same_kind(a: Measure, b: Measure) -> None:
    """Refuse figures of different units (USD and %, a count and a currency) as operands of one another."""
    if a.unit != b.unit:
        raise CalculationError(Reason("different_units", {"first": a.unit, "second": b.unit}))


def _span(start: Measure, end: Measure) -> int:
    if start.year is None or end.year is None:
        raise CalculationError(Reason("no_years"))
    if end.year <= start.year:
        raise CalculationError(Reason("years_backwards", {"end": end.year, "start": start.year}))
    return end.year - start.year


def _pair(a: Measure, b: Measure) -> tuple[Decimal, Decimal]:
    """Both values in ``a``'s scale, after checking they are the same kind of figure."""
    same_kind(a, b)
    return a.value, b.in_scale(a.scale)


def cagr(start: Decimal, end: Decimal, years: int) -> Decimal:
    """Compound annual growth rate in percent: ``(end / start)^(1/years) - 1``, unrounded."""
    if start <= 0 or end <= 0:
        raise CalculationError(Reason("not_positive"))
    with localcontext() as ctx:
        ctx.prec = 28
        return ((end / start) ** (Decimal(1) / years) - 1) * 100


def implied_cagr(start: Measure, end: Measure) -> Result:
    """The CAGR that takes ``start`` to ``end`` over the years between them."""
    years = _span(start, end)
    a, b = _pair(start, end)
    rate = _rounded(cagr(a, b, years))
    formula = f"({show(b)} / {show(a)})^(1/{years}) - 1 = {show(rate)}%"
    return Result(f"implied CAGR {start.year}-{end.year}", rate, "%", "", formula)


def project(base: Measure, rate: Measure, year: int) -> Result:
    """``base`` grown at ``rate`` percent a year until ``year``; an earlier ``year`` takes the
    growth back out (2024's 112.4 after 14.6% growth was 112.4 / 1.146 in 2023)."""
    if rate.unit != "%":
        raise CalculationError(Reason("rate_not_percent"))
    if base.year is None:
        raise CalculationError(Reason("no_years"))
    years = year - base.year
    if years == 0 or rate.value <= -100:
        raise CalculationError(Reason("already_that_year", {"year": year}) if years == 0 else Reason("total_fall"))
    value = _rounded(base.value * (1 + rate.value / 100) ** years)
    # The exponent names both years, so the projected year is stated by the formula itself.
    growth = f"1 - {show(-rate.value)}%" if rate.value < 0 else f"1 + {show(rate.value)}%"  # a fall reads as one
    formula = f"{show(base.value)} × ({growth})^({year} - {base.year}) = {show(value)}"
    return Result(f"{'projected' if years > 0 else 'implied'} value {year}", value, base.unit, base.scale, formula)


def absolute_change(start: Measure, end: Measure) -> Result:
    """``end - start`` in ``start``'s scale; two percentages change by percentage points."""
    a, b = _pair(start, end)
    value = b - a
    unit = "pp" if start.unit in PERCENT_UNITS else start.unit
    return Result(f"change {start.year}-{end.year}", value, unit, start.scale, f"{show(b)} - {show(a)} = {show(value)}")


def decrease(start: Measure, end: Measure) -> Result:
    """``start - end`` in ``start``'s scale: how much a figure fell, asked as a fall ("减少了多少")."""
    return replace(difference(start, end), label=f"decrease {start.year}-{end.year}")


def relative_change(start: Measure, end: Measure) -> Result:
    """Growth from ``start`` to ``end`` in percent."""
    a, b = _pair(start, end)
    if a == 0:
        raise CalculationError(Reason("from_zero"))
    value = _rounded((b / a - 1) * 100)
    return Result(f"growth {start.year}-{end.year}", value, "%", "", f"{show(b)} / {show(a)} - 1 = {show(value)}%")


def ratio(numerator: Measure, denominator: Measure) -> Result:
    """How many times ``denominator`` ``numerator`` is."""
    a, b = _pair(denominator, numerator)
    value = _rounded(b / a)
    return Result(
        f"multiple {numerator.year} / {denominator.year}", value, "×", "", f"{show(b)} / {show(a)} = {show(value)}"
    )


def per_unit(amount: Measure, count: Measure) -> Result:
    """``amount`` (money) divided by ``count`` (units), both in units of one: 1,705.4亿元 over 177.1亿件
    is 9.63 a unit, in ``amount``'s currency."""
    if amount.unit not in CURRENCIES or count.unit:
        raise CalculationError(Reason("different_units", {"first": amount.unit, "second": count.unit}))
    units = count.in_scale("")
    if units <= 0:
        raise CalculationError(Reason("not_positive"))
    value = _rounded(amount.in_scale("") / units)
    formula = f"{show(amount.value)} {amount.scale} / {show(count.value)} {count.scale} = {show(value)}"
    return Result("per unit", value, amount.unit, "", " ".join(formula.split()))


def multiple_of_year_before(rate: Measure) -> Result:
    """How many times the year before a figure is, from its growth over that year: 1 + the rate."""
    if rate.unit != "%":
        raise CalculationError(Reason("different_units", {"first": "%", "second": rate.unit}))
    value = _rounded(1 + rate.value / 100)
    return Result("multiple", value, "×", "", f"1 + {show(rate.value)}% = {show(value)}")


def share(part: Measure, whole: Measure) -> Result:
    """``part`` as a percentage of ``whole``."""
    a, b = _pair(whole, part)
    value = _rounded(b / a * 100)
    return Result("share", value, "%", "", f"{show(b)} / {show(a)} = {show(value)}%")


def share_of_sum(parts: list[Measure], whole: Measure) -> Result:
    """``parts`` together as a percentage of ``whole`` ("(74.2 + 21.4) / 118.6"), each part in
    ``whole``'s scale, rounded once, at the end."""
    if len(parts) < 2:
        raise CalculationError(Reason("sum_too_few"))
    for part in parts:
        same_kind(whole, part)
    values = [part.in_scale(whole.scale) for part in parts]
    value = _rounded(sum(values, Decimal(0)) / whole.value * 100)
    terms = " + ".join(show(v) for v in values)
    return Result("share", value, "%", "", f"({terms}) / {show(whole.value)} = {show(value)}%")


def share_change(earlier: tuple[Measure, Measure], later: tuple[Measure, Measure]) -> Result:
    """The points a share moved between two years, each year's share its part over its whole
    (``(part, whole)`` of each), rounded once, at the end."""
    (a, b), (c, d) = _pair(earlier[1], earlier[0]), _pair(later[1], later[0])
    value = _rounded(d / c * 100 - b / a * 100)
    return Result(
        "share change", value, "pp", "", f"{show(d)} / {show(c)} × 100 - {show(b)} / {show(a)} × 100 = {show(value)} pp"
    )


def before_change(level: Measure, change: Measure, fell: bool) -> Result:
    """The year before's figure of ``level``, given the ``change`` over it: less a rise, plus a fall
    (a percentage changes by points), in ``level``'s scale."""
    points = level.unit == "%" and change.unit == "pp"
    a, b = (level.value, change.value) if points else _pair(level, change)
    value = a + b if fell else a - b
    sign = "+" if fell else "-"
    # A share moved by points shows both units: "38.4% - 1.6 pp = 36.8%", not three bare numbers.
    percent, pp = ("%", " pp") if points else ("", "")
    formula = f"{show(a)}{percent} {sign} {show(b)}{pp} = {show(value)}{percent}"
    return Result("before change", value, level.unit, level.scale, formula)


def part_of(rate: Measure, whole: Measure) -> Result:
    """The amount a share ``rate`` (percent) of ``whole`` stands for."""
    if rate.unit != "%":
        raise CalculationError(Reason("share_not_percent"))
    value = _rounded(whole.value * rate.value / 100)
    return Result(
        "part of total", value, whole.unit, whole.scale, f"{show(whole.value)} × {show(rate.value)}% = {show(value)}"
    )


def difference(a: Measure, b: Measure) -> Result:
    """``a - b`` in ``a``'s scale; two percentages differ by percentage points."""
    x, y = _pair(a, b)
    value = x - y
    unit = "pp" if a.unit in PERCENT_UNITS else a.unit
    return Result("difference", value, unit, a.scale, f"{show(x)} - {show(y)} = {show(value)}")


def _aligned(items: list[Measure], too_few: str) -> tuple[list[Decimal], str]:
    """The values of ``items`` in the first one's scale, and their sum as a formula writes it,
    after checking there are at least two (else refusing with the reason keyed ``too_few``)
    and all of one kind."""
    if len(items) < 2:
        raise CalculationError(Reason(too_few))
    for item in items[1:]:
        same_kind(items[0], item)
    values = [item.in_scale(items[0].scale) for item in items]
    return values, " + ".join(f"({show(v)})" if v < 0 else show(v) for v in values)


def average(items: list[Measure]) -> Result:
    """The mean of figures of one kind."""
    values, terms = _aligned(items, "average_too_few")
    value = _rounded(sum(values, Decimal(0)) / len(values))
    return Result("average", value, items[0].unit, items[0].scale, f"({terms}) / {len(values)} = {show(value)}")


def pp_difference(a: Measure, b: Measure) -> Result:
    """``a - b`` for two percentages, in percentage points."""
    if a.unit not in PERCENT_UNITS or b.unit not in PERCENT_UNITS:
        raise CalculationError(Reason("points_not_percent"))
    value = a.value - b.value
    return Result("difference", value, "pp", "", f"{show(a.value)}% - {show(b.value)}% = {show(value)} pp")


def total(items: list[Measure]) -> Result:
    """The sum of figures of one kind; percentages add up to percentage points."""
    values, terms = _aligned(items, "sum_too_few")
    value = sum(values, Decimal(0))
    # Rates (e.g. impacts on a CAGR) add as percentage points, not as a percentage of something.
    unit = "pp" if items[0].unit in PERCENT_UNITS else items[0].unit
    return Result("sum", value, unit, items[0].scale, f"{terms} = {show(value)}")


def combined_share(shares: list[Measure]) -> Result:
    """The share of one whole that ``shares`` of it hold together ("the combined share of the top
    two"), in percent; refused when they add up to more than the whole."""
    if any(s.unit != "%" for s in shares):
        raise CalculationError(Reason("rest_not_percent"))
    values, terms = _aligned(shares, "sum_too_few")
    value = sum(values, Decimal(0))
    if value > 100:
        raise CalculationError(Reason("shares_over_whole"))
    return Result("sum", value, "%", "", f"{terms} = {show(value)}")


def complement(shares: list[Measure]) -> Result:
    """What is left of 100% after ``shares`` ("the share of the vendors outside the top five")."""
    if not shares or any(s.unit != "%" for s in shares):
        raise CalculationError(Reason("rest_not_percent"))
    values = [s.value for s in shares]
    taken = sum(values, Decimal(0))
    if taken > 100:
        raise CalculationError(Reason("shares_over_whole"))
    value = 100 - taken
    terms = " + ".join(show(v) for v in values)
    named = f"({terms})" if len(values) > 1 else terms
    return Result("complement", value, "%", "", f"100% - {named}% = {show(value)}%")


def remainder(whole: Measure, parts: list[Measure]) -> Result:
    """What is left of ``whole`` after ``parts`` ("delivery revenue less the medical deliveries'"), in the
    whole's scale; refused when the parts add up to more than the whole."""
    if not parts:
        raise CalculationError(Reason("sum_too_few"))
    for part in parts:
        same_kind(whole, part)
    values = [part.in_scale(whole.scale) for part in parts]
    value = whole.value - sum(values, Decimal(0))
    if value < 0:
        raise CalculationError(Reason("parts_over_whole"))
    terms = " + ".join(show(v) for v in values)
    named = f"({terms})" if len(values) > 1 else terms
    return Result("remainder", value, whole.unit, whole.scale, f"{show(whole.value)} - {named} = {show(value)}")


def rescaled(result: Result, scale: str) -> Result:
    """``result`` written in another scale, the conversion added to its formula."""
    value = rescale(result.value, result.scale, scale).normalize()
    step = f"{exact(result.value)} {result.scale} = {exact(value)} {scale}"
    return Result(result.label, value, result.unit, scale, f"{result.formula}; {step}")


def convert(measure: Measure, scale: str) -> Result:
    """``measure`` written in another scale (亿 <-> billion, 万 <-> thousand)."""
    value = measure.in_scale(scale).normalize()
    return Result(
        "conversion", value, measure.unit, scale, f"{exact(measure.value)} {measure.scale} = {exact(value)} {scale}"
    )


def exchanged(measure: Measure, rate: Measure, currency: str, divide: bool) -> Result:
    """``measure`` in ``currency`` at a stated ``rate``: divided by it when the rate is ``currency``'s
    worth in ``measure``'s unit (978.2亿元 at USD 1 = RMB 7.2 is 135.86亿美元), else multiplied."""
    value = _rounded(measure.value / rate.value if divide else measure.value * rate.value)
    step = "/" if divide else "×"
    formula = f"{show(measure.value)} {step} {show(rate.value)} = {show(value)}"
    return Result("conversion", value, currency, measure.scale, formula)


def compounded(base: Measure, rate: Measure, periods: int) -> Result:
    """``base`` grown at ``rate`` percent a period for ``periods`` periods, or taken back for a
    negative count ("grew 35% to 4.8万" was 4.8万 / 1.35 the year before), when no year dates the
    base: a figure the question gives ("今年…4.8万家") may name none."""
    if rate.unit != "%":
        raise CalculationError(Reason("rate_not_percent"))
    if rate.value <= -100:
        raise CalculationError(Reason("total_fall"))
    value = _rounded(base.value * (1 + rate.value / 100) ** periods)
    growth = f"1 - {show(-rate.value)}%" if rate.value < 0 else f"1 + {show(rate.value)}%"
    formula = f"{show(base.value)} × ({growth})^({periods}) = {show(value)}"
    return Result(f"{'grown' if periods > 0 else 'before growth'} value", value, base.unit, base.scale, formula)
