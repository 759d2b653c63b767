"""Exchange rates a report states for its own figures ("注：全球份额按1美元兑7.2元人民币折算", "converted at
USD 1 = RMB 7.2"): the only rate a figure in one currency may be given in another by. A rate from
anywhere else (today's, a question's guess) would make a number the report does not support.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reportqa.index.retriever import Hit
from reportqa.ingest.numbers import currency_code
from reportqa.server.calc.calculator import Measure
from reportqa.server.calc.models import Operand

_AMOUNT = r"(?P<rate>\d+(?:\.\d+)?)"
_ZH_MONEY = r"美元|欧元|英镑|日元|港元|港币|人民币元|元人民币|人民币|元"
_EN_MONEY = r"US\$|HK\$|USD|RMB|CNY|EUR|GBP|JPY|HKD|€|£|¥"
# One unit of a currency against an amount of another, as reports write it in a note or a scope line.
_STATED = (
    # 1美元兑7.2元人民币, 1美元=7.2元, 1欧元约合7.8元人民币
    re.compile(rf"1\s*(?P<base>{_ZH_MONEY})\s*(?:兑换|兑|=|＝|折合|约合|合)\s*{_AMOUNT}\s*(?P<quote>{_ZH_MONEY})"),
    # 美元兑人民币汇率为7.2, 美元兑人民币按7.20
    re.compile(
        rf"(?P<base>美元|欧元|英镑|日元|港元)兑(?P<quote>人民币)(?:的)?(?:汇率|平均汇率)?(?:为|按|约为|取)?\s*{_AMOUNT}"
    ),
    # USD 1 = RMB 7.2, US$1.00 = RMB7.20, EUR 1 = USD 1.08
    re.compile(rf"(?P<base>{_EN_MONEY})\s?1(?:\.0+)?\s*(?:=|＝|to)\s*(?P<quote>{_EN_MONEY})\s?{_AMOUNT}"),
    # 1 USD = 7.2 CNY
    re.compile(rf"\b1\s?(?P<base>{_EN_MONEY})\s*(?:=|＝)\s*{_AMOUNT}\s?(?P<quote>{_EN_MONEY})"),
    # RMB 7.2 per US dollar, 7.2 yuan to the dollar
    re.compile(
        rf"(?:(?P<quote>RMB|CNY)\s?{_AMOUNT}|(?P<rate2>\d+(?:\.\d+)?)\s?(?P<quote2>yuan|RMB|CNY))\s+"
        r"(?:per|to the|to one|to a)\s+(?:US\s?)?(?P<base>dollar|USD|US\$)",
        re.IGNORECASE,
    ),
)


# A search for the passage that states a report's rate, which a question about one company's figure does
# not retrieve (the note under a table: "注：全球份额按1美元兑7.2元人民币折算").
RATE_QUERY = "汇率 按1美元兑人民币折算 exchange rate converted at USD 1 = RMB"


@dataclass(frozen=True)
class StatedRate:
    """One ``base`` currency unit is worth ``rate.measure.value`` units of ``quote``, as a passage states."""

    base: str
    quote: str
    rate: Operand


def _code(word: str) -> str:
    if word.lower() == "yuan":  # a word of prose, not of an amount ingest reads
        return "CNY"
    return currency_code(word.replace("人民币元", "人民币").replace("元人民币", "人民币").replace("港币", "港元"))


def stated_rates(hits: list[Hit]) -> list[StatedRate]:
    """Every exchange rate the passages of ``hits`` state, each with the figure it is read from."""
    found: list[StatedRate] = []
    for hit in hits:
        text = hit.chunk.text
        for pattern in _STATED:
            for m in pattern.finditer(text):
                group = "rate" if m["rate"] else "rate2"
                base, quote = _code(m["base"]), _code(m["quote"] or m.groupdict().get("quote2") or "")
                if not base or not quote or base == quote or Decimal(m[group]) <= 0:
                    continue
                measure = Measure(Decimal(m[group]), f"{quote}/{base}")
                found.append(StatedRate(base, quote, Operand(measure, hit, m.start(group), m.end(group))))
    return found


def states_rate(hit: Hit) -> bool:
    """Whether the passage of ``hit`` states an exchange rate."""
    return bool(stated_rates([hit]))


def rate_between(rates: list[StatedRate], have: str, want: str) -> StatedRate | None:
    """The one rate the passages state between the currencies ``have`` and ``want``, either way
    round; ``None`` when none is stated, or two different ones are (which one applies is a guess)."""
    between = [r for r in rates if {r.base, r.quote} == {have, want}]
    per_want = {r.rate.measure.value if r.base == want else 1 / r.rate.measure.value for r in between}
    return between[0] if len(per_want) == 1 else None
