"""A figure per unit the report does not state: revenue per parcel, per subscriber, per drone.

A report that states a thing's revenue and how many units it sold, shipped or served in one year
gives its revenue per unit only by division ("西部地区…业务收入1,705.4亿元…业务量177.1亿件": 9.63元 a
parcel). Both figures must be one row's or one sentence's, so that they are of one thing and one
year; a per-unit figure the passages state themselves ("平均单票收入为8.04元") is quoted instead.
"""

from __future__ import annotations

import re

from reportqa.ingest.numbers import CURRENCIES
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.intents import PER_UNIT_ASKED
from reportqa.server.calc.models import Calculation, Intent
from reportqa.server.calc.operands import Candidate, candidate_of, find_figure
from reportqa.server.calc.subject import subject_of

# A per-unit figure a passage states ("平均单票收入为8.04元", "ARPU of USD 92", "revenue per user").
_STATED_PER_UNIT = re.compile(r"单票|平均每|\bper (?!cent\b)[a-z]|\barpu\b|客单价", re.IGNORECASE)


def per_unit(question: str, items: list[Candidate], year: int, lang: str) -> Calculation | None:
    """The thing's money figure of ``year`` divided by its count of that year, the two found in one
    table row or one sentence; ``None`` when either is missing, they stand apart, or a passage about
    the thing states a per-unit figure itself."""
    thing = subject_of(PER_UNIT_ASKED.sub(" ", question))
    money = [c for c in items if c.operand.measure.unit in CURRENCIES]
    counts = [c for c in items if c.operand.measure.unit == ""]
    if any(_STATED_PER_UNIT.search(c.label) and thing & c.own for c in money):
        return None
    amount = find_figure(money, thing, year, lang, amounts_only=True, question=question)
    count = find_figure(counts, thing, year, lang, amounts_only=True, question=question)
    if amount is None or count is None:
        return None
    paid, counted = candidate_of(amount, money), candidate_of(count, counts)
    if paid.operand.hit is not counted.operand.hit or paid.label != counted.label:
        return None
    return Calculation(Intent("per_unit", (year,)), calc.per_unit(amount.measure, count.measure), (amount, count))
