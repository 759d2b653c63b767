"""The values a calculation passes along: what a question asks (:class:`Intent`), a figure read
from a passage (:class:`Operand`), and a result with the figures it came from (:class:`Calculation`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportqa.index.retriever import Hit
from reportqa.ingest.models import Quantity
from reportqa.server.calc.calculator import Measure, Result


@dataclass(frozen=True)
class Intent:
    """What to compute, the years the question names (in its order), and the two things it
    compares when it names two ("the ratio of A to B")."""

    kind: str
    years: tuple[int, ...]
    pair: tuple[str, str] | None = None
    # "the difference between 2018 and 2019" names no direction: it is the larger less the smaller.
    undirected: bool = False
    # "the current ratio": a ratio analysts name by a word, computed from the two rows that define it.
    named: str = ""
    # "How much did X grow", "比2024年增长多少": a rise asked in no unit and not "in percent" is read
    # either way by analysts, so the answer gives the rate beside the amount.
    with_rate: bool = False


@dataclass(frozen=True)
class Operand:
    """A figure read from a passage: the measure, the hit it came from, and where it stands."""

    measure: Measure
    hit: Hit
    start: int  # offsets of the figure in the hit's text
    end: int


@dataclass(frozen=True)
class Calculation:
    """A result with the operands it was computed from (a stated value to compare is optional)."""

    intent: Intent
    result: Result
    operands: tuple[Operand, ...]
    stated: Operand | None = None  # e.g. the report's own CAGR next to an implied one


def operand_of(hit: Hit, quantity: Quantity) -> Operand:
    """The operand a quantity parsed at ingest stands for."""
    measure = Measure(Decimal(quantity.value), quantity.unit, quantity.scale, quantity.year)
    return Operand(measure, hit, quantity.start, quantity.end)


# The citation of an input the question itself gives ("If the market grows 8% a year…"): no passage
# states it, so ``inputs[].citation`` says where it came from instead of naming a passage.
GIVEN = "question"


def is_given(operand: Operand) -> bool:
    """Whether ``operand`` is a figure the question gave, not one a report states."""
    return operand.hit.chunk.id == GIVEN
