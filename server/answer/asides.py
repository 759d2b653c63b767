"""The parts of a sentence that name something without stating a figure of it.

A figure is of the subject of its own clause. A name that a sentence gives only as a member
of a group ("the Rest of the World, which groups Latin America, the Middle East and
Africa, contributed USD 85.4 million"; 其他地区(包括拉美、中东和非洲)) or in a clause of cause
or circumstance that states no figure of its own ("prices fell by 3.5% in 2024 as competition
for Indian tenders intensified") is not what the sentence's figure is of. Rule 3 of
``answerability`` reads a sentence without these asides. Works on normalised, lower-cased
text (Chinese punctuation already ASCII, so "，" is ",").
"""

from __future__ import annotations

import re

from reportqa.ingest.numbers import YEAR, numbers_in

# One member of a list: up to six words, or twelve characters, without a figure, a bracket,
# a table cell, a clause end or the word that joins members, so that a list is read one way
# only (members that could hold "and" made a long list take exponential time to reject).
_WORD_EN = r"(?!(?:and|or)\b)[^\s\d;:()|,.&]+"
_ITEM_EN = rf"{_WORD_EN}(?:\s+{_WORD_EN}){{0,5}}"
_ITEM_ZH = r"(?:(?!以及)[^\d;:()|,.、和及与]){1,12}"  # 以 of 以及 ends no member: one split only
# Words that introduce a group's members, which the group's figure is not a figure of.
_MEMBERS = re.compile(
    r"\b(?:groups?|grouping|includ(?:es|ing|e)|compris(?:es|ing|e)|consisting of|such as|like|e\.g\.,?"
    r"|among them)\s+"
    rf"{_ITEM_EN}(?:(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*){_ITEM_EN})*(?=\s*(?:[,.;:)|]|$))"
    rf"|(?:包括|包含|涵盖|例如|比如|诸如|含){_ITEM_ZH}(?:(?:、|和|及|与|以及){_ITEM_ZH})*(?=在内|等|[,.;:)|]|$)"
)
# Clauses of cause or circumstance ("as competition … intensified", "led by China's … and
# India's …", 由于…): an aside unless they state a figure of their own. "as" is no such
# clause in "such as", "as well as", "as of 2024", "as a share of".
_CIRCUMSTANCE = re.compile(
    r"(?<!such )(?<!well )(?<!same )\b(?:as(?! (?:of|a|an|well|much|many|such|part|percentage|share|compared)\b)"
    r"|because(?: of)?|due to|driven by|led by|thanks to|amid|on the back of)\s+[^;]*?(?=;|, while|, whereas|, but|$)"
    r"|(?:由于|因为|得益于|受益于|受)[^;,.]*?(?=[;,.]|$)"
)


def without_asides(text: str) -> str:
    """``text`` less the members of a group it lists and the clauses of cause or circumstance
    that state no figure (years are no figure)."""
    text = _MEMBERS.sub(" ", text)
    return _CIRCUMSTANCE.sub(lambda m: m.group() if _states_figure(m.group()) else " ", text)


def _states_figure(text: str) -> bool:
    """Whether ``text`` holds a number that is not a year."""
    return any(not YEAR.fullmatch(n) for n in numbers_in(text))
