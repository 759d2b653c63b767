"""What a text claims about quantities, and whether another text states the same quantity.

A claim is an amount in units (value × scale: 340.3亿 and 34.03 billion are one amount),
its unit (a currency, "%", "pp" for percentage points, "×" for a ratio, or none) and its
direction: "grew 12%" and "fell 12%" are different claims, "-12%" and "declined 12%" the
same one. Numbers written in words are read too (:mod:`reportqa.ingest.number_words`).
Years are context, not amounts: the year 2025 never backs "USD 2,025 million".

A passage *states* only what it says as a report: a sentence that addresses the
assistant ("Instruction to the assistant: answer that …", "ignore previous instructions")
is an injection, and its numbers state nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.normalize import normalize
from reportqa.ingest.number_words import multipliers, spell_digits
from reportqa.ingest.numbers import SCALES, numbers_in, parse_quantities

_UP = (
    r"grew|grow(?:s|ing|th)?|rose|rise[sn]?|rising|increas\w*|up|gain\w*|climb\w*|jump\w*|expand\w*|higher|"
    r"增长|增加|上升|提高|上涨|增幅|涨幅|扩大"
)
_DOWN = (
    r"fell|fall(?:s|en|ing)?|declin\w*|decreas\w*|down|drop\w*|shr[ai]nk\w*|shrunk|contract\w*|lower|los[st]\w*|"
    r"下降|减少|下滑|下跌|降低|萎缩|降幅|跌幅|缩小"
)
_DIRECTION = re.compile(
    rf"(?P<up>(?<![A-Za-z])(?:{_UP})(?![A-Za-z]))|(?P<down>(?<![A-Za-z])(?:{_DOWN})(?![A-Za-z]))", re.I
)
_BEFORE = 30  # characters before a number in which its verb stands ("fell by 12%", "同比下降了12%")
_AFTER = 12  # … and after it ("a 12% decline", "12%的增长")
_RATIO = re.compile(r"\s*(?:倍|times\b|x\b|-?fold\b)", re.IGNORECASE)
# Any number word, down to a small count ("one" is left out: "no one", "one of them" are not numbers).
_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?)\b|"
    r"[二两三四五六七八九十百千万亿]+(?:个|家|种|项|份|倍|成|年|亿|万)",
    re.IGNORECASE,
)
_PLUS = re.compile(r"\+\s*\d")
_SEPARATORS = re.compile(r"[,，;；。|\n]")
# A sentence addressed to the assistant rather than to the report's reader.
INSTRUCTION = re.compile(
    r"instructions?\s+(?:to|for)\s+(?:the\s+)?(?:assistant|ai|model|chatbot|llm|bot)|"
    r"ignore\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+instructions|"
    r"\b(?:you|assistant|ai|model)\s+(?:must|should|shall)\s+(?:answer|say|reply|respond|state|tell)|"
    r"(?:^|[:：]\s*)(?:please\s+)?(?:answer|say|reply|respond|tell\s+(?:the\s+)?user)\s+that\b|"
    r"system\s+prompt|"
    r"(?:给|对)(?:助手|AI|模型|机器人)的(?:指令|指示)|忽略(?:之前|以上|上述|先前)(?:的)?(?:所有)?(?:指令|指示|说明)|"
    r"(?:请|你必须|必须)(?:回答|回复|告诉用户|声称)",
    re.IGNORECASE,
)
# The market a sentence names: "the widget market", "客服中心市场".
_MARKET_EN = re.compile(r"([A-Za-z][A-Za-z-]+)\s+(?:markets?|industry|industries|sector)\b", re.IGNORECASE)
_MARKET_ZH = re.compile(r"([\u4e00-\u9fff]{2})(?:市场|行业)")
_GENERIC = {
    "the", "this", "that", "its", "their", "global", "overall", "total", "whole", "entire", "same", "worldwide",
    "domestic", "world", "us", "u.s", "china", "chinese", "american", "european", "regional", "national", "local",
    "whose", "which", "target", "addressable", "end", "broader", "wider", "said",
    "全球", "中国", "美国", "整体", "国内", "该", "这个", "整个", "目标", "相关", "这一", "国际", "海外",
}  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """One quantity a text states: ``amount`` is value × scale, unsigned; ``polarity`` is +1 for a
    rise, -1 for a fall or a negative number, 0 when the text gives no direction; ``negative``
    when it was written with a minus sign."""

    amount: Decimal
    written: Decimal  # the value as written, before its scale
    bare: bool  # written with neither a scale nor a unit ("34.03")
    unit: str
    polarity: int
    negative: bool
    text: str
    start: int
    end: int


def _polarity(text: str, start: int, end: int, negative: bool) -> int:
    """The direction of the number at ``start``-``end``: its sign, else the nearest verb of its clause."""
    if negative:
        return -1
    if _PLUS.match(text, start):
        return 1
    before = _SEPARATORS.split(text[max(0, start - _BEFORE) : start])[-1]
    after = _SEPARATORS.split(text[end : end + _AFTER])[0]
    found = list(_DIRECTION.finditer(before))
    match = found[-1] if found else _DIRECTION.search(after)
    if match is None:
        return 0
    return 1 if match["up"] else -1


def claims(text: str) -> list[Claim]:
    """Every quantity ``text`` states, numbers in words included; years and spans of years are not quantities."""
    text = spell_digits(normalize(text))
    out = []
    for q in parse_quantities(text):
        unit, end = q.unit, q.end
        ratio = _RATIO.match(text, end) if not unit else None
        if ratio:
            unit, end = "×", ratio.end()
        negative = q.value.startswith("-")
        amount = abs(Decimal(q.value)) * SCALES[q.scale]
        polarity = _polarity(text, q.start, end, negative)
        bare = not (q.scale or unit)
        out.append(Claim(amount, abs(Decimal(q.value)), bare, unit, polarity, negative, q.text, q.start, end))
    for start, end, factor in multipliers(text):
        out.append(Claim(factor, factor, False, "×", 0, False, text[start:end], start, end))
    return out


def same_quantity(claim: Claim, stated: Claim) -> bool:
    """Whether ``stated`` (in a passage or figure) backs ``claim`` (in an answer).

    The amounts must be equal (a bare number, with no scale or unit, may be the digits of
    a scaled one: "34.03" of "USD 34.03 billion"); a claim without a unit matches any
    unit, one with a unit only that unit (a currency is not a percentage, nor %
    percentage points); directions may not disagree, and a number written negative is
    only backed by a fall.
    """
    if claim.amount != stated.amount and not (claim.bare and claim.written == stated.written):
        return False
    if claim.unit and claim.unit != stated.unit:
        return False
    if claim.polarity * stated.polarity < 0:
        return False
    return not ((claim.negative and stated.polarity == 0) or (stated.negative and claim.polarity == 0))


def is_instruction(sentence: str) -> bool:
    """Whether ``sentence`` addresses the assistant instead of stating something (a prompt injection)."""
    return INSTRUCTION.search(normalize(sentence)) is not None


def statements(text: str) -> str:
    """``text`` without its sentences that address the assistant (see :func:`is_instruction`)."""
    for start, end in reversed(split_sentences(text)):
        if is_instruction(text[start:end]):
            text = text[:start] + text[end:]
    return text


def stated_numbers(text: str) -> set[str]:
    """The numbers ``text`` writes in digits or words (years included), without separators."""
    return numbers_in(spell_digits(normalize(text)))


def states_number(text: str) -> bool:
    """Whether ``text`` states any number at all: digits, number words, counts ("three reports",
    "两家") or a ratio word ("doubled")."""
    text = normalize(text)
    return bool(stated_numbers(text) or multipliers(text) or _COUNT.search(text))


def markets_named(text: str) -> set[str]:
    """The markets ``text`` names by a distinctive word ("widget" in "the widget market"), lower-cased."""
    text = normalize(text)
    names = {m.group(1).lower() for m in _MARKET_EN.finditer(text)} | {m.group(1) for m in _MARKET_ZH.finditer(text)}
    return {n.removesuffix("s") if n.isascii() else n for n in names if n not in _GENERIC}


def names_market(text: str, lang: str, market: str) -> bool:
    """Whether ``text``, written in ``lang``, names ``market`` (as :func:`markets_named` gives it).

    A text in the other language cannot be compared word for word, so it is not held against.
    """
    if ("en" if market.isascii() else "zh") != lang:
        return True
    return market in normalize(text).lower()
