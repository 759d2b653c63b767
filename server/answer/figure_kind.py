"""Whether a question asks for a count of things, and whether a sentence states any figure that can be one.

"2024年美国做了多少例手术" asks a count: a sentence whose only figures are money ("The United States is the
largest single market, with revenues of USD 27.6 billion") or percentages states none, whatever place and
year it shares with the question. Such a sentence is quoted after those that may state the count
(:func:`~reportqa.server.answer.compose.compose`); a table is always read as it is, as its header may
carry the unit its cells leave out. A proportion asked is not read so: an amount may be a share's part,
and "by what percentage did the average contract value fall" is answered by the prices it changed between.
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
# A proportion asked (a share, a percentage of something, 占比 …): no count, though "how many" may open it.
_PROPORTION = re.compile(
    r"\bshares?\b|\bpercentage\b|\bproportion\b|\bpercent of\b|占比|比重|份额|比例|渗透率|百分之几",
    re.IGNORECASE,
)


def asks_count(question: str) -> bool:
    """Whether ``question`` asks for a count of things (多少例, 几家, "how many procedures"), in no unit of
    measure and as no proportion."""
    text = normalize(question)
    english = _COUNT_EN.search(text)
    count = bool(_COUNT_ZH.search(text)) or bool(
        english and english["word"].lower() not in _NOT_COUNTED and not is_unit(english["word"])
    )
    return count and not asked_kinds(text) and not _PROPORTION.search(text)


def states_no_count(text: str) -> bool:
    """Whether sentence ``text`` states no figure that can be a count: only money or percentages, or no
    figure but years. A table (a ``|`` row) is never so read."""
    if "|" in text:
        return False
    found = parse_quantities(text)
    # Years alone ("… the main risk to margins in 2025-2026") state no count.
    return all(q.unit in CURRENCIES or q.unit in ("%", "pp") for q in found)
