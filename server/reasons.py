"""Why a question is refused or a figure cannot be computed, as data worded in either language.

A :class:`Reason` is made where the decision is made (answerability's rules, the calculator)
as a key and its parameters: the names a question writes and the reports do not, the units of
two figures, a year. :func:`worded` gives it in the question's language from the one table
below; a name or unit is shown as the question or report writes it. A reason writes no
number but the years it is given (each stated by a passage or named by the question), so the
number gate holds for it in either language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

_TEMPLATES = {
    "en": {
        # Answerability (docs/answerability.md).
        "no_passages": "the index holds no passages",
        "not_close": "no passage is close to the question",
        "unmentioned": "the reports do not mention {names}",
        "unmentioned_year": "the reports do not mention that year",
        "unwritten": "the reports do not mention {words}",
        "no_figure": "no passage about it states a figure",
        "other_part": "the reports state that figure for another part only",
        "other_unit": "no passage states it in the unit asked",
        "joint_figure": "no passage states that figure for it",
        "whole_unstated": "no passage states the total the share is asked of",
        "period_unstated": "no passage states it for each year asked",
        # Calculations.
        "different_units": "the figures are in different units ({first} and {second}) and cannot be combined",
        "no_years": "a growth rate needs the year of each figure, and the report does not give one",
        "years_backwards": "the end year {end} does not come after the start year {start}",
        "not_positive": "a growth rate needs two positive figures",
        "rate_not_percent": "a projection needs a growth rate in percent",
        "already_that_year": "the figure is already {year}'s",
        "total_fall": "a fall of 100% or more",
        "from_zero": "a percentage change from zero is not defined",
        "share_not_percent": "a part of a total needs its share in percent",
        "average_too_few": "an average needs at least two figures",
        "sum_too_few": "a sum needs at least two figures",
        "points_not_percent": "a difference in percentage points needs two percentages",
        "rest_not_percent": "the rest of a total needs the other shares in percent",
        "shares_over_whole": "the shares named add up to more than 100%",
        "parts_over_whole": "the parts the report gives add up to more than their whole",
        "no_exchange_rate": (
            "the report states it in {unit}, and converting to {currency} "
            "needs an exchange rate the report does not give"
        ),
        "too_large": "the figures are too large to compute with",
    },
    "zh": {
        "no_passages": "索引中没有任何段落",
        "not_close": "没有与问题相近的段落",
        "unmentioned": "报告没有提到{names}",
        "unmentioned_year": "报告没有提到所问的年份",
        "unwritten": "报告没有提到{words}",
        "no_figure": "提到它的段落都没有给出相关数字",
        "other_part": "报告只给出了其他部分的这个数字",
        "other_unit": "没有段落以所问的单位给出这个数字",
        "joint_figure": "没有段落单独给出它的这个数字",
        "whole_unstated": "没有段落给出所问比重的总量",
        "period_unstated": "没有段落给出所问各年份的这个数字",
        "different_units": "两个数字的单位不同（{first}与{second}），不能合并计算",
        "no_years": "计算增长率需要每个数字的年份，而报告没有给出",
        "years_backwards": "结束年份{end}不在起始年份{start}之后",
        "not_positive": "计算增长率需要两个正数",
        "rate_not_percent": "推算需要以百分比表示的增长率",
        "already_that_year": "该数字本身就是{year}年的",
        "total_fall": "降幅达到或超过 100%",
        "from_zero": "基数为零，百分比变化没有定义",
        "share_not_percent": "计算总额中的一部分需要以百分比表示的份额",
        "average_too_few": "求平均值至少需要两个数字",
        "sum_too_few": "求和至少需要两个数字",
        "points_not_percent": "以百分点计的差值需要两个百分比",
        "rest_not_percent": "计算其余部分需要以百分比表示的其他份额",
        "shares_over_whole": "所列份额合计超过 100%",
        "parts_over_whole": "报告所列各部分之和超过其总额",
        "no_exchange_rate": "报告以{unit}给出这个数字，换算成{currency}需要报告没有给出的汇率",
        "too_large": "数字过大，无法计算",
    },
}
# What a unit parameter left blank (a figure with no unit) is called, by the key it is of.
_NO_UNIT = {
    "en": {"different_units": "plain number", "no_exchange_rate": "another unit"},
    "zh": {"different_units": "无单位的数字", "no_exchange_rate": "其他单位"},
}
# How a list parameter is joined: names are listed; an English question's words are a phrase
# ("deferred revenue"), a Chinese question's nouns a list (中部、快递).
_SEPARATORS = {"en": {"names": ", ", "words": " "}, "zh": {"names": "、", "words": "、"}}
# Chinese text sets a parameter's Latin letters, digits or signs off by a space, but none
# beside its own punctuation (（USD与%）reads "（USD 与 %）").
_SPACE_BY_PUNCTUATION = re.compile(r" *([，。、（）：；]) *")


@dataclass(frozen=True)
class Reason:
    """A reason by its ``key`` in the templates, with its ``params``: a name or unit (``str``),
    a year (``int``), or names and words (``tuple[str, ...]``)."""

    key: str
    params: Mapping[str, str | int | tuple[str, ...]] = field(default_factory=dict)


def worded(reason: Reason | None, lang: str) -> str:
    """``reason`` in ``lang`` ("en" or "zh"), or "" when there is none (an answerable question)."""
    if reason is None:
        return ""
    text = _TEMPLATES[lang][reason.key].format(
        **{name: _shown(reason.key, name, value, lang) for name, value in reason.params.items()}
    )
    return _SPACE_BY_PUNCTUATION.sub(r"\1", text).strip() if lang == "zh" else text


def _shown(key: str, name: str, value: str | int | tuple[str, ...], lang: str) -> str:
    """A parameter as ``lang`` writes it in the reason ``key``."""
    if isinstance(value, tuple):
        latin_phrase = lang == "zh" and name == "words" and all(v.isascii() for v in value)
        text = (" " if latin_phrase else _SEPARATORS[lang][name]).join(value)
    else:
        text = str(value) if value != "" else _NO_UNIT[lang][key]
    return _set_off(text) if lang == "zh" else text


def _set_off(text: str) -> str:
    """``text`` with a space before a Latin first character and after a Latin last one, as
    Chinese text sets off Latin words and digits ("提到 Kenya", "2024 年")."""
    return (" " if text[:1].isascii() else "") + text + (" " if text[-1:].isascii() else "")
