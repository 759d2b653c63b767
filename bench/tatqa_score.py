"""Judging reportqa's ``/ask`` answers against TAT-QA's gold answers.

- arithmetic and count: right when a number stated in the answer, or a returned figure,
  equals the gold number within 0.5% (counts exactly), or, below 1, rounds to the gold at the
  gold's own decimals (annotators wrote 0.27 for 0.2749; answers show four significant digits). Gold numbers are in the context's
  ``scale`` (thousand, million, billion, percent); an answer may state them in that scale
  ("-12.6"), with a scale word ("1.5 billion" for 1,496.5 million) or, for percent, as a
  fraction. Magnitudes are compared, because an answer says "fell by 12.6" for -12.6.
- span and multi-span: right when every gold span occurs in the answer, compared after
  folding case, whitespace and typographic quotes.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

TOLERANCE = 0.005
SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "percent": 1.0}
_WORD_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "万": 1e4,
    "亿": 1e8,
}
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(thousand|million|billion|mn|bn|k|m|b|万|亿)?(?![a-z])", re.IGNORECASE
)
_CITATION_MARK = re.compile(r"\[\d+\]")  # "[1]" points at a citation; it states no number
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def stated_numbers(text: str) -> list[tuple[float, float]]:
    """``(magnitude, multiplier of its scale word)`` for each number written in ``text``."""
    found = []
    for match in _NUMBER.finditer(_CITATION_MARK.sub(" ", text)):
        digits = match.group(1).replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            continue
        found.append((value, _WORD_SCALE.get((match.group(2) or "").lower(), 1.0)))
    return found


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(b), 1e-9)


def rounds_to(value: float, written: str) -> bool:
    """Whether ``value``, below 1, is the gold ``written`` as the annotator rounded it: 0.2749 is
    "0.27" at its two decimals, though 1.8% from it. Magnitudes are compared."""
    written = written.replace(",", "").lstrip("-")
    places = len(written.partition(".")[2])
    if abs(value) >= 1 or places < 1:  # only the digits shown below 1 are more than the gold's
        return False
    try:
        gold = Decimal(written)
    except InvalidOperation:
        return False
    return Decimal(repr(abs(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == gold


def number_matches(gold: float, scale: str, stated: list[tuple[float, float]], written: str = "") -> bool:
    """Whether any stated number is ``gold`` (given in ``scale``, written as ``written``), in
    that scale or written out."""
    target = abs(gold)
    for value, multiplier in stated:
        if _close(value, target) or _close(value * multiplier, target * SCALES.get(scale, 1.0)):
            return True
        if multiplier == 1.0 and rounds_to(value, written):
            return True
        if scale == "percent" and _close(value * 100, target):  # 0.2222 for 22.22%
            return True
    return False


def normalise(text: str) -> str:
    """Lower case, single spaces, straight quotes."""
    return " ".join(text.translate(_QUOTES).lower().split())


def answer_numbers(response: dict) -> list[tuple[float, float]]:
    """Numbers of the answer text and of its figures (their values and displayed forms)."""
    stated = stated_numbers(response.get("answer", ""))
    for figure in response.get("figures", []):
        stated.append((abs(float(figure["value"])), 1.0))
        stated.extend(stated_numbers(figure.get("display", "")))
    return stated


def judge(question: dict, response: dict) -> bool:
    """Whether ``response`` (an ``/ask`` body) answers the TAT-QA ``question`` rightly."""
    kind, gold = question["answer_type"], question["answer"]
    if kind in ("arithmetic", "count"):
        try:
            target = float(str(gold).replace(",", ""))
        except ValueError:
            return False
        stated = answer_numbers(response)
        if kind == "count":
            return any(value == target and multiplier == 1.0 for value, multiplier in stated)
        return number_matches(target, question.get("scale", ""), stated, str(gold))
    answer = normalise(response.get("answer", ""))
    spans = gold if isinstance(gold, list) else [gold]
    return all(normalise(str(span)) in answer for span in spans)
