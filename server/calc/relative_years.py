"""Years a question leaves relative ("last year", 今年, "in three years", 过去五年), named.

A user asks a report without writing years: "What was the market worth last year?". The year
such words mean is the report's, not the calendar's: the **reference year** is the latest
year the retrieved passages of the question's report state an actual figure for (not a
forecast: "2024年…；预计2030年…" has 2024). A market report is written in the year after its
latest actual, so "last year" is the reference year, "this year" the one after it, and the
rest count from these. Without a dated actual in the passages the question is left as asked:
a refusal beats a guessed year. The answer says how it read each phrase (:func:`reading_note`).

Comparisons the calculation already reads against a year the question names ("2024年较上年",
"2024年同比", "than the previous year") are left to it; asked with no year at all they are
of the reference year ("市场规模同比增长了多少" is 2024's growth), which is then named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import detect_language
from reportqa.ingest.numbers import years_in
from reportqa.server.calc.families import latest_actual_year
from reportqa.server.calc.intents import COUNTS
from reportqa.server.calc.program import by_doc

_ZH_COUNT = r"(?P<n>(?<![\d.])\d{1,2}|[一两二三四五六七八九十])"  # not the tail of "2024年后"
_EN_COUNT = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"

# Phrases of one year, each with its offset from "this year" (the year after the reference year).
# 前年/后年 must not be the tails of 此前年均 or 之后年均.
_ONE_YEAR_ZH = (
    (re.compile(r"今年|本年(?!度)"), 0),
    (re.compile(r"去年"), -1),
    (re.compile(r"(?<![此之以提目当])前年(?![均度])"), -2),
    (re.compile(r"明年"), 1),
    (re.compile(r"(?<![此之以然最其])后年(?![均度])"), 2),
)
_ONE_YEAR_EN = (
    (re.compile(r"\bthis year\b", re.IGNORECASE), 0),
    (re.compile(r"(?<!\bthe )\b(?:last year(?! of)|(?:a|one) year ago)\b", re.IGNORECASE), -1),
    (re.compile(r"\b(?:the year before last|two years ago)\b", re.IGNORECASE), -2),
    (re.compile(r"\bnext year\b", re.IGNORECASE), 1),
)
# "三年后", "in three years", "three years later": counted from the year the question names, else from this year.
_LATER_ZH = re.compile(_ZH_COUNT + r"年(?:以|之)?后")
_LATER_EN = re.compile(
    r"\b(?:in "
    + _EN_COUNT
    + r" years(?:' time)?|"
    + _EN_COUNT.replace("<n>", "<m>")
    + r" years (?:later|from now|on)\b)",
    re.IGNORECASE,
)
# "过去五年", "近5年", "over the past five years": that many years, the last of them the reference year.
_PAST_ZH = re.compile(r"(?:过去|(?<!接)近|最近)" + _ZH_COUNT + r"年(?:来|间)?")
_PAST_EN = re.compile(r"\b(?:over |in |during )?the (?:past|last) " + _EN_COUNT + r" years\b", re.IGNORECASE)
# The year before the one a question speaks of ("同比", "较上年", "上一年是多少", "year-on-year", "than the
# previous year"): with no year named, the question speaks of the reference year, which is then named.
# A Chinese question opens on its year ("2024年…同比"); an English one names it last ("… over the previous
# year in 2024"), which is the year asked only where the year before is what it is compared with, so
# "how many were shipped the year before?" is left as asked.
_YEAR_BEFORE = re.compile(
    r"同比|上一?年(?!度)|前一年|\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy)\b|"
    r"\b(?:than|over|from|on|compared (?:with|to)|versus|vs\.?|against) "
    r"(?:the (?:previous|prior|preceding) year|the year before|a year earlier)\b",
    re.IGNORECASE,
)
# Words after which an English year stands bare ("at the end of 2024", "than 2024"), not "in 2024".
_BEFORE_BARE_YEAR = re.compile(
    r"\b(?:of|in|at|during|for|by|than|from|since|to|over|until|through|vs\.?|versus)\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class Reading:
    """One relative phrase of a question and the year (or span) it was read as."""

    phrase: str  # as the question writes it: "last year", "去年"
    years: tuple[int, ...]  # one year, or a span's first and last
    reference: int  # the report's latest actual year the reading counts from
    against: bool = False  # the year before the reference year, the question being of the reference year


def reference_year(hits: list[Hit]) -> int | None:
    """The latest year the passages of the best report that dates any state an actual figure
    for; ``None`` when none does. A year is actual when a sentence states a figure of it as it
    is (not "预计…将达到", not "is projected to reach") and no sentence forecasts a figure for
    it. Table columns are left out: "| 2024 | 2030 |" does not say which of them is forecast."""
    for group in by_doc(hits):
        latest = latest_actual_year(group)
        if latest is not None:
            return latest
    return None


def relative_years_named(question: str, hits: list[Hit]) -> tuple[str, tuple[Reading, ...]]:
    """``question`` with the years it leaves relative written as the years they are, counted
    from the report's reference year (:func:`reference_year`), and how each phrase was read;
    the question as asked and no readings when it leaves none relative or no reference year
    is found."""
    if not _leaves_relative(question):
        return question, ()
    reference = reference_year(hits)
    if reference is None:
        return question, ()
    zh = detect_language(question) == "zh"
    readings: list[Reading] = []
    named = years_in(question)
    asked = question
    anchor = named[0] if len(named) == 1 else reference + 1
    asked = _replace(asked, _LATER_ZH if zh else _LATER_EN, lambda n: (anchor + n,), reference, readings, zh)
    if named:
        return asked, tuple(readings)
    asked = _replace(
        asked, _PAST_ZH if zh else _PAST_EN, lambda n: (reference - n + 1, reference), reference, readings, zh
    )
    for pattern, offset in _ONE_YEAR_ZH if zh else _ONE_YEAR_EN:
        asked = _replace(asked, pattern, partial(_one_year, reference + 1 + offset), reference, readings, zh)
    if not readings and _YEAR_BEFORE.search(asked):
        said = _YEAR_BEFORE.search(asked)
        assert said is not None
        readings.append(Reading(said.group(), (reference, reference - 1), reference, against=True))
        asked = f"{reference}年{asked}" if zh else f"{asked.rstrip(' ?？')} in {reference}?"
    return asked, tuple(readings)


def _leaves_relative(question: str) -> bool:
    """Whether ``question`` writes any phrase this module reads."""
    patterns = [p for p, _ in _ONE_YEAR_ZH + _ONE_YEAR_EN]
    patterns += [_LATER_ZH, _LATER_EN, _PAST_ZH, _PAST_EN, _YEAR_BEFORE]
    return any(p.search(question) for p in patterns)


def _replace(
    question: str,
    pattern: re.Pattern[str],
    years: Callable[[int], tuple[int, ...]],
    reference: int,
    readings: list[Reading],
    zh: bool,
) -> str:
    """``question`` with each match of ``pattern`` written as the years ``years`` gives for its
    count (0 where it has none), each reading appended to ``readings``."""

    def written(match: re.Match[str]) -> str:
        count = next((g for g in match.groups() if g), None)
        read = years(_count(count) if count else 0)
        reading = Reading(match.group().strip(), read, reference)
        if reading not in readings:  # "than a year ago …, what was the rate a year ago": said once
            readings.append(reading)
        span = "-".join(str(y) for y in read)
        if zh:
            return f"{span}年"
        if match.group().lower().startswith(("over ", "in ", "during ")):
            return f"{match.group().split()[0]} {span}"
        if re.match(r"['’]s\b", question[match.end() :]):
            return span  # "last year's growth rate": 2024's
        bare = _BEFORE_BARE_YEAR.search(question, 0, match.start())
        return span if bare else f"in {span}"

    return pattern.sub(written, question)


def _one_year(year: int, _count: int) -> tuple[int, ...]:
    """``year`` whatever count the phrase writes: "last year" has none."""
    return (year,)


def _count(word: str) -> int:
    """The number a count of years writes: "3", "三", "three"."""
    return int(word) if word.isdigit() else COUNTS[word.lower()]


def reading_note(readings: tuple[Reading, ...], lang: str) -> str:
    """The sentence that says how the relative years were read, in the question's language,
    so a user sees the assumption ("Reading 'last year' as 2024, the latest year the report
    gives actual figures for."); "" without readings."""
    latest = "the latest year the report gives actual figures for"
    parts = []
    for r in readings:
        span = "-".join(str(y) for y in r.years)
        own = r.years == (r.reference,)
        if lang == "zh" and r.against:
            parts.append(
                f"将“{r.phrase}”理解为{r.years[0]}年与{r.years[1]}年相比（{r.reference}年为报告给出实际数据的最近年份）。"
            )
        elif lang == "zh":
            basis = "即报告给出实际数据的最近年份" if own else f"按报告给出实际数据的最近年份{r.reference}年推算"
            parts.append(f"将“{r.phrase}”理解为{span}年（{basis}）。")
        elif r.against:
            parts.append(f"Reading '{r.phrase}' as {r.years[0]} against {r.years[1]}, {r.reference} being {latest}.")
        else:
            basis = latest if own else f"counted from {r.reference}, {latest}"
            parts.append(f"Reading '{r.phrase}' as {span}, {basis}.")
    return "".join(parts) if lang == "zh" else " ".join(parts)
