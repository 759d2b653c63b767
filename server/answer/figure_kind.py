"""The kind of figure a question asks for, counted things or a proportion, and whether a sentence
states any figure of that kind.

"2024年美国做了多少例手术" asks a count: a sentence whose only figures are money ("The United States is the
largest single market, with revenues of USD 27.6 billion") or percentages states none, whatever place and
year it shares with the question. "What was n-type cells' market share?" asks a proportion: a sentence of
prices only (…组件均价由0.95元/W降至0.70元/W) states none, nor is any share computed from it. Such a
sentence is quoted after those that may state the figure (:func:`~reportqa.server.answer.compose.compose`);
a table is always read as it is, as its header may carry the unit its cells leave out.
"""

from __future__ import annotations

import re

from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import CURRENCIES, parse_quantities
from reportqa.server.answer.asked_units import asked_kinds, is_unit

# A count asked in Chinese: 多少 or 几 before a classifier of things counted (例, 台, 款, 家 …), not
# 多少个百分点 (points) nor a unit of measure (多少GW, 多少吨).
_COUNT_ZH = re.compile(r"(?:多少|几)(?:例|台|款|家|辆|件|人|次|座|项|艘|架|套|部|名|所|张|户|条|个(?!百分点))")
# "how many" before the thing counted, not before a unit ("how many GW") or points ("how many percentage points").
_COUNT_EN = re.compile(r"\bhow many\s+(?P<word>[A-Za-z][\w-]*)", re.IGNORECASE)
_NOT_COUNTED = frozenset(
    "percent percentage percentages points point times billion million thousand trillion dollars euros yuan "
    "usd eur cny rmb".split()
)
# A proportion asked: a share, a percentage of something, 占比, 比重, 份额, 比例, 渗透率.
_PROPORTION = re.compile(
    r"\bshares?\b|\bpercentage\b|\bproportion\b|\bpercent of\b|占比|比重|份额|比例|渗透率|百分之几",
    re.IGNORECASE,
)


# What follows a price's figure: "0.70元/W", "USD 210 per kW", "3.6万元/年".
_PER_UNIT = re.compile(r"\s*(?:/|per\b|每)", re.IGNORECASE)


def asked_kind(question: str) -> str:
    """ "count", "proportion", or "" when the question asks neither or both."""
    text = normalize(question)
    english = _COUNT_EN.search(text)
    count = bool(_COUNT_ZH.search(text)) or bool(
        english and english["word"].lower() not in _NOT_COUNTED and not is_unit(english["word"])
    )
    count = count and not asked_kinds(text)
    proportion = bool(_PROPORTION.search(text))
    if count == proportion:
        return ""
    return "count" if count else "proportion"


def states_no_figure_of(text: str, kind: str) -> bool:
    """Whether sentence ``text`` states no figure that can be of ``kind``: only money or percentages for
    a count, only prices for a proportion (an amount of money may be a share's part, which a share is
    computed from), or no figure but years. A table (a ``|`` row) is never so read."""
    if not kind or "|" in text:
        return False
    found = parse_quantities(text)
    if not found:  # years alone ("… the main risk to margins in 2025-2026") state no figure of any kind
        return True
    if kind == "count":
        return all(q.unit in CURRENCIES or q.unit in ("%", "pp") for q in found)
    # A price is no part of a whole; an amount of money may be, and the share is computed from it.
    return all(q.unit in CURRENCIES and _PER_UNIT.match(text, q.end) for q in found)
