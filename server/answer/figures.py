"""Turn a calculation into the answer's words and ``figures``, in the question's language.

The answer states the result once, with its formula, then quotes the sentence each
input was read from, with the marker of its citation; a reader can redo the sum.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reportqa.index.retriever import Hit
from reportqa.ingest.models import Quantity
from reportqa.ingest.numbers import (
    CURRENCIES,
    LANGUAGE_SCALES,
    currency_word,
    exact,
    line_at,
    numbers_in,
    table_row_at,
)
from reportqa.server.answer.compose import Draft, quote
from reportqa.server.answer.types import Figure, FigureInput
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.calculator import Measure, Result, show
from reportqa.server.calc.models import Calculation, Operand, is_given, operand_of
from reportqa.server.calc.operands import sentence_span
from reportqa.server.reasons import Reason, worded

# How an answer says a figure came from the question, in each language: the number gate lets a sentence
# that says so state the question's own figures.
FROM_QUESTION = {"en": "given in the question", "zh": "题中给出"}

_TEMPLATES = {
    "en": {
        "implied_cagr": "The implied CAGR from {y0} to {y1} is {shown}",
        "change": "From {y0} to {y1} the figure changes by {shown}",
        "decrease": "From {y0} to {y1} the figure falls by {shown}",
        "relative_change": "From {y0} to {y1} the figure changes by {shown}",
        "ratio": "The {y1} value is {shown} the {y0} value",
        "projection": "Growing at the stated CAGR, the {y1} value would be {shown}",
        "implied_value": "At the stated growth rate, the {target} value is {shown}",
        "part_of": "As that share of the stated total, it is {shown}",
        "sum": "The sum is {shown}",
        "complement": "What the other shares leave of the whole is {shown}",
        "remainder": "What the parts the report gives leave of their whole is {shown}",
        "per_unit": "Divided by the units counted, it is {shown} a unit",
        "computed": "The computed figure is {shown}",
        "average": "The average is {shown}",
        "difference": "The difference is {shown}",
        "ratio_of": "The ratio is {shown}",
        "share": "As a share, it is {shown}",
        "share_change": "From {y0} to {y1} the share changes by {shown}",
        "before_change": "Less the change the report states, the {target} figure is {shown}",
        "convert": "Converted, the figure is {shown}",
        "exchange": "At the exchange rate the report states, the figure is {shown}",
        "stated": "The report itself states a CAGR of {stated}% {marker}; the difference is {shown}.",
        "inputs": "Computed from the report's figures:",
        "refused": "This cannot be computed from the reports' figures: {reason}.",
        "converted": "Converted: {pairs}.",
        "grown": "Grown at the rate given, the figure is {shown}",
        "given_part": "As the share given of the whole, it is {shown}",
        "from_question": f"Computed from the figures {FROM_QUESTION['en']}:",
        "given": f"Using {{figures}} {FROM_QUESTION['en']}.",
    },
    "zh": {
        "implied_cagr": "{y0} 年至 {y1} 年隐含的复合年增长率为 {shown}",
        "change": "{y0} 年至 {y1} 年变化 {shown}",
        "decrease": "{y0} 年至 {y1} 年减少 {shown}",
        "relative_change": "{y0} 年至 {y1} 年变化 {shown}",
        "ratio": "{y1} 年的规模是 {y0} 年的 {shown}",
        "projection": "按报告的复合年增长率增长，{y1} 年的规模将为 {shown}",
        "implied_value": "按报告的增长率推算，{target} 年的规模为 {shown}",
        "part_of": "按其占报告所列总额的比例计算，为 {shown}",
        "sum": "合计为 {shown}",
        "complement": "扣除其余份额后剩下 {shown}",
        "remainder": "总额扣除报告所列各部分后剩下 {shown}",
        "per_unit": "除以对应的数量，平均每单位为 {shown}",
        "computed": "计算结果为 {shown}",
        "average": "平均值为 {shown}",
        "difference": "差额为 {shown}",
        "ratio_of": "比率为 {shown}",
        "share": "占比为 {shown}",
        "share_change": "{y0} 年至 {y1} 年占比变化 {shown}",
        "before_change": "按报告所述的变化量推算，{target} 年为 {shown}",
        "convert": "换算后为 {shown}",
        "exchange": "按报告所述汇率换算，为 {shown}",
        "stated": "报告本身给出的复合年增长率为 {stated}% {marker}，相差 {shown}。",
        "inputs": "根据报告中的数字计算：",
        "refused": "无法用报告中的数字计算：{reason}。",
        "converted": "换算：{pairs}。",
        "grown": "按给出的增速推算，为 {shown}",
        "given_part": "按给出的占比计算，为 {shown}",
        "from_question": f"根据{FROM_QUESTION['zh']}的数字计算：",
        "given": f"使用{FROM_QUESTION['zh']}的{{figures}}。",
    },
}


@dataclass(frozen=True)
class Computed:
    """The answer text, the hits it cites (in marker order) and the figures it states."""

    draft: Draft
    figures: list[Figure]


def amount_text(value: Decimal, unit: str, scale: str, lang: str) -> str:
    """An amount as ``lang`` writes it: "340.3亿美元" or "USD 34.03 billion".

    All its digits: a result is already rounded, and a conversion only moves the decimal
    point, so 1.75亿美元 is USD 0.175 billion, not a rounded 0.18.
    """
    if lang == "zh":
        return f"{exact(value)}{scale}{currency_word(unit, lang)}"
    return f"{unit} {exact(value)} {scale}".strip()


def display(result: Result, lang: str) -> str:
    """The result as the answer states it; an amount in the other language's scale is also given in the question's."""
    if result.unit == "%":
        return f"{show(result.value)}%"
    if result.unit == "pp":
        return f"{show(result.value)} " + ("个百分点" if lang == "zh" else "percentage points")
    if result.unit == "×":
        return f"{show(result.value)} " + ("倍" if lang == "zh" else "times")
    # The amount as its source writes it (亿 is Chinese, billion English), then in the question's language; an
    # amount in units of one ("9.63" yuan a parcel) has no scale to tell its source, and is written as asked.
    source = lang if not result.scale else "en" if result.scale in LANGUAGE_SCALES["zh"] else "zh"
    shown = amount_text(result.value, result.unit, result.scale, source)
    native = LANGUAGE_SCALES[lang].get(result.scale)
    if native is None:
        return shown
    converted = calc.convert(Measure(result.value, result.unit, result.scale), native)
    return f"{amount_text(converted.value, result.unit, native, lang)} ({shown})"


def _unit(measure_unit: str, scale: str) -> str:
    return f"{measure_unit} {scale}".strip()


def _figure(result: Result, operands: tuple[Operand, ...], lang: str) -> Figure:
    return Figure(
        label=result.label,
        value=float(result.value),
        unit=_unit(result.unit, result.scale),
        display=display(result, lang),
        formula=result.formula,
        inputs=[
            FigureInput(
                value=float(o.measure.value), unit=_unit(o.measure.unit, o.measure.scale), citation=o.hit.chunk.id
            )
            for o in operands
        ],
    )


def _rate_beside(calculation: Calculation, figures: list[Figure], lang: str) -> str:
    """The growth rate of a rise asked in no unit (``Intent.with_rate``), as a clause after its formula,
    its figure added to ``figures``; ``""`` for any other calculation."""
    start, end = calculation.operands[:2] if len(calculation.operands) == 2 else (None, None)
    if not calculation.intent.with_rate or start is None or end is None or calculation.result.unit in ("%", "pp"):
        return ""
    try:
        rate = calc.relative_change(start.measure, end.measure)
    except calc.CalculationError:
        return ""  # from zero: no rate to give
    figures.append(_figure(rate, (start, end), lang))
    shown = display(rate, lang)
    return f"，增长率为 {shown} ({rate.formula})" if lang == "zh" else f", a growth of {shown} ({rate.formula})"


def source_sentence(operand: Operand) -> str:
    """The sentence (or table row) of the passage the figure was read from."""
    text = operand.hit.chunk.text
    row = table_row_at(text, operand.start)
    if row is not None:
        return row[0].strip()
    span = sentence_span(operand)
    return text[slice(*span)] if span is not None else line_at(text, operand.start)[0].strip()


def render(calculation: Calculation, lang: str) -> Computed:
    """The computed answer: result and formula, the stated figure it may be compared with, the quoted inputs."""
    words = _TEMPLATES[lang]
    years: list[int | None] = [o.measure.year for o in calculation.operands if o.measure.year is not None] or [None]
    intent_years: list[int | None] = [*sorted(calculation.intent.years[:2])] or years
    result = calculation.result
    figures = [_figure(result, calculation.operands, lang)]
    given = [o for o in calculation.operands if is_given(o)]
    lines = [
        words["from_question" if len(given) == len(calculation.operands) else "inputs"]
        + ("" if lang == "zh" else " ")
        # A kind worded nowhere yet is still answered, not a server error.
        + words.get(calculation.intent.kind, words["computed"]).format(
            y0=intent_years[0],
            y1=intent_years[-1],
            target=next(iter(calculation.intent.years), None),
            shown=figures[0].display,
        )
        + f" ({result.formula})"
        + _rate_beside(calculation, figures, lang)
        + ("。" if lang == "zh" else ".")
    ]
    cited: list[Hit] = []
    quoted: list[str] = []
    operands = calculation.operands + ((calculation.stated,) if calculation.stated else ())
    if given:  # the figures the question gave: no passage to quote, so the answer says where they came from
        written = [o.hit.chunk.text[o.start : o.end] for o in given]
        lines.append(words["given"].format(figures=("、" if lang == "zh" else ", ").join(dict.fromkeys(written))))
    for source in (o for o in operands if not is_given(o)):
        if source.hit not in cited:
            cited.append(source.hit)
        marker = f"[{cited.index(source.hit) + 1}]"
        sentence = f"{quote(source_sentence(source), source.hit.chunk.lang)} {marker}"
        if sentence not in quoted:
            quoted.append(sentence)
    # The comparison with a stated figure comes after the quoted inputs: a line without a marker
    # cites the next marker's passage (server/answer/gate.py), and the result's line must cite
    # its inputs', which write its years, not the stated figure's.
    if calculation.stated is not None:
        stated = calculation.stated
        gap = calc.pp_difference(Measure(result.value, "%"), stated.measure)
        figures.append(_figure(gap, (stated,), lang))
        quoted.append(
            words["stated"].format(
                stated=show(stated.measure.value), shown=figures[-1].display, marker=f"[{cited.index(stated.hit) + 1}]"
            )
        )
    return Computed(Draft("\n".join(lines + quoted), cited), figures)


def conversions(hit: Hit, lang: str, asked: str = "", currency: str = "") -> Iterator[tuple[Quantity, Operand, Result]]:
    """The amounts ``hit`` states in the other language's scale, each with its value in
    ``lang``'s (100.6亿美元 = USD 10.06 billion), or in the scale the question asks for
    (``asked``: "多少亿美元" wants USD 3,420.5 million as 34.205亿, not 342050万). With the
    ``currency`` the question asks in ("多少亿元"), only amounts in it: a dollar amount rescaled
    is no answer in yuan, only a figure of something else (the global market's, not a company's)."""
    if hit.chunk.lang == lang:
        return
    for q in hit.chunk.quantities:
        target = LANGUAGE_SCALES[lang].get(q.scale)
        if target is not None and asked in LANGUAGE_SCALES[lang].values():
            target = asked
        if target is None or q.unit not in CURRENCIES or (currency and q.unit != currency):
            continue
        source = operand_of(hit, q)
        yield q, source, calc.convert(source.measure, target)


def with_conversions(draft: Draft, lang: str, asked: str = "", currency: str = "") -> Computed:
    """An answer plus, for amounts it quotes from the other language's text, their value in
    the question's scale (100.6亿美元 = USD 10.06 billion; ``asked``: the scale the question
    names, when it names one; ``currency``: the currency it asks in, when it names one), as
    figures and one closing line.

    An answer that already states the converted value (a language model's wording) gets
    the figure too, so that value is backed by a figure and not only by the gate's scales.
    """
    figures: list[Figure] = []
    pairs: list[str] = []
    stated = numbers_in(draft.text)
    for hit in draft.cited:
        for q, source, converted in conversions(hit, lang, asked, currency):
            if q.text not in draft.text and exact(converted.value) not in stated:
                continue
            figure = _figure(converted, (source,), lang)
            if figure.display not in {f.display for f in figures}:  # "100.6 亿美元" and "100.6亿美元" are one amount
                pairs.append(f"{q.text} = {figure.display}")
                figures.append(figure)
    if not figures:
        return Computed(draft, [])
    separator = "；" if lang == "zh" else "; "
    line = _TEMPLATES[lang]["converted"].format(pairs=separator.join(pairs))
    return Computed(Draft(f"{draft.text}\n{line}", draft.cited), figures)


def refusal(reason: Reason, lang: str) -> str:
    """The answer when the operands exist but cannot be combined, saying why in ``lang``."""
    return _TEMPLATES[lang]["refused"].format(reason=worded(reason, lang))
