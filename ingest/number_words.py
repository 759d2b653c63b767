"""Numbers written in words, rewritten in digits so :mod:`reportqa.ingest.numbers` reads them.

"three hundred billion dollars" -> "300 billion dollars", "twelve percent" -> "12%",
"三千亿美元" -> "3000亿美元", "百分之十二" -> "12%". The words themselves are read by
maintained packages (``text2num``'s ``alpha2digit`` for English, ``cn2an`` for Chinese,
both MIT); this module only finds the spans that are amounts, so "one of the largest",
"一些" or "一带一路" stay words. "doubled", "halved", "两倍" and "翻一番" are ratios:
:func:`multipliers` finds them.
"""

from __future__ import annotations

import re
import warnings
from decimal import Decimal

import cn2an
from text_to_num import alpha2digit

_EN_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_EN_SCALE = r"thousand|million|billion|trillion"
# A run of number words ("two thousand and twenty five", "three hundred billion"), then what it counts.
_EN_RUN = re.compile(
    rf"\b(?P<words>(?:{_EN_WORDS})(?:(?:\s+|-)(?:{_EN_WORDS}|{_EN_SCALE}|and|point))*)\b"
    r"(?P<after>\s*(?:percent|per cent|%|percentage points?|dollars?|euros?|yuan)\b)?",
    re.IGNORECASE,
)
# The scale words that end a run stay words, so "1.75 billion" keeps its decimals.
_EN_TRAILING_SCALE = re.compile(
    rf"(?P<head>.*?)(?P<scale>(?:\s+(?:{_EN_SCALE}))*)(?:(?:\s+|-)(?:and|point))*$", re.I | re.S
)
_ZH_DIGITS = "零〇一二两三四五六七八九"
# "百分之十二", "三千亿美元", "一点七五亿", "两倍": a numeral, its scale, what follows.
_ZH_RUN = re.compile(
    rf"(?P<percent>百分之)?(?P<words>[{_ZH_DIGITS}十][{_ZH_DIGITS}十百千点]*)(?P<scale>万亿|亿|万)?"
    r"(?=(?P<unit>美元|人民币|元|欧元|英镑|日元|港元|个百分点|百分点|倍|%)?)"
)
_SMALL = 10  # "one", "two" … alone are words of prose ("one of the leaders"); a count of ten or more is a figure

# Ratios written as verbs or idioms: "the market doubled" states ×2.
MULTIPLIERS: dict[str, Decimal] = {
    "doubled": Decimal(2),
    "doubling": Decimal(2),
    "double": Decimal(2),
    "twofold": Decimal(2),
    "two-fold": Decimal(2),
    "tripled": Decimal(3),
    "triple": Decimal(3),
    "threefold": Decimal(3),
    "quadrupled": Decimal(4),
    "halved": Decimal("0.5"),
    "halving": Decimal("0.5"),
    "翻一番": Decimal(2),
    "翻了一番": Decimal(2),
    "翻番": Decimal(2),
    "翻两番": Decimal(4),
    "减半": Decimal("0.5"),
}
# "double-digit growth" is not a doubling.
_MULTIPLIER = re.compile(
    "|".join(rf"\b{w}\b(?!-digit)" if w.isascii() else w for w in sorted(MULTIPLIERS, key=len, reverse=True)),
    re.IGNORECASE,
)


def _english(match: re.Match) -> str:
    split = _EN_TRAILING_SCALE.fullmatch(match["words"])
    assert split is not None  # the pattern matches any text
    digits = alpha2digit(split["head"], "en", threshold=0)
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return match.group()  # not one number ("one two"): leave the words
    if not (split["scale"] or match["after"]) and Decimal(digits) < _SMALL:
        return match.group()
    after = match["after"] or ""
    if after.strip().lower() in ("percent", "per cent"):
        after = "%"
    return f"{digits}{split['scale']}{after}"


def _chinese(match: re.Match) -> str:
    if not (match["percent"] or match["scale"] or match["unit"]):
        return match.group()  # "一些", "之一", "十分": words, not amounts
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # cn2an warns before it raises on what is not a numeral
            value = cn2an.cn2an(match["words"], "smart")
    except ValueError:
        return match.group()
    digits = format(Decimal(str(value)).normalize(), "f")
    return f"{digits}%" if match["percent"] else f"{digits}{match['scale'] or ''}"


def spell_digits(text: str) -> str:
    """``text`` with the amounts it writes in words written in digits (see the module docstring)."""
    return _ZH_RUN.sub(_chinese, _EN_RUN.sub(_english, text))


def multipliers(text: str) -> list[tuple[int, int, Decimal]]:
    """``(start, end, factor)`` of each ratio ``text`` states in words ("doubled" is 2)."""
    return [(m.start(), m.end(), MULTIPLIERS[m.group().lower()]) for m in _MULTIPLIER.finditer(text)]
