"""Compose the extractive answer: verbatim sentences of cited passages, framed in the question's language."""

from __future__ import annotations

from dataclasses import dataclass

from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import detect_language
from reportqa.ingest.numbers import has_number
from reportqa.server.answer.figure_kind import asks_count, states_no_count
from reportqa.server.answer.sentences import Sentence, rank_sentences, subject_first, wants_number
from reportqa.server.reasons import Reason, worded

MAX_SENTENCES = 2
# What a refusal says of the passages it lists, unless a language model's note says more.
_CLOSEST = {
    "en": "The closest material is listed below for reference.",
    "zh": "下面列出的是最接近的材料，仅供参考。",
}


@dataclass(frozen=True)
class Draft:
    """An answer text and the hits it cites, in marker order ([1] is ``cited[0]``)."""

    text: str
    cited: list[Hit]


def quote(sentence: str, lang: str) -> str:
    """``sentence`` in the quotation marks of ``lang``."""
    return f"“{sentence.strip()}”" if lang == "zh" else f'"{sentence.strip()}"'


def _pick(question: str, hits: list[Hit]) -> list[Sentence]:
    ranked = rank_sentences(question, hits)
    if wants_number(question):
        ranked = subject_first(question, [s for s in ranked if has_number(s.text)] or ranked)
        # A sentence that can state no count (money or percentages only) goes after those that may, when a
        # count is asked: stable, so each group keeps its order (see ``figure_kind``).
        if asks_count(question):
            ranked = sorted(ranked, key=lambda s: states_no_count(s.text))
    picked: list[Sentence] = []
    for sentence in ranked:
        if len(picked) == MAX_SENTENCES:
            break
        # A second sentence about fewer of the asked subject's words, or about a company where
        # the first is not, is another subject's figure.
        weaker = picked and (
            sentence.score < 0.85 * picked[0].score
            or sentence.named < picked[0].named
            or sentence.other > picked[0].other
        )
        if weaker or _repeats(sentence, picked):
            continue
        picked.append(sentence)
    return picked


def _repeats(sentence: Sentence, picked: list[Sentence]) -> bool:
    """Whether ``sentence`` is already quoted: the same text, a part of a list or table
    quoted whole, or the lead-in quoted before one."""
    quoted = [(p.hit, p.text) for p in picked] + [p.intro for p in picked if p.intro]
    return any(sentence.text in text and (sentence.text == text or sentence.hit is hit) for hit, text in quoted)


def compose(question: str, hits: list[Hit]) -> Draft:
    """Quote the best sentences, each followed by the marker of its passage; a list or table
    announced in another passage ("… as follows:") comes after the sentence announcing it."""
    lang = detect_language(question)
    cited: list[Hit] = []
    parts = []
    quoted: list[tuple[Hit, str]] = []
    for sentence in _pick(question, hits):
        intro = [sentence.intro] if sentence.intro and sentence.intro not in quoted else []
        for hit, text in [*intro, (sentence.hit, sentence.text)]:
            quoted.append((hit, text))
            if hit not in cited:
                cited.append(hit)
            parts.append(f"{_lead(lang, hit.chunk.lang)}{quote(text, hit.chunk.lang)} [{cited.index(hit) + 1}]")
    return Draft("\n".join(parts), cited)


def _lead(lang: str, source_lang: str) -> str:
    """What introduces a quote: the question's language, saying which language the report's is."""
    if lang == "zh":
        return "报告指出：" if source_lang == "zh" else "报告英文原文写道："
    return "The report states: " if source_lang == "en" else "The report (Chinese text) states: "


def refusal_text(question: str, reason: Reason | None, note: str | None = None) -> str:
    """The answer for a refused question, in the question's language, with ``reason`` worded in it.

    ``note`` (what the closest material is about, written by a language model) takes the
    place of the pointer to that material; the statement that the reports do not hold
    the answer is always this fixed text.
    """
    lang = detect_language(question)
    why = worded(reason, lang)
    if lang == "zh":
        return "报告中没有这个问题的答案" + (f"（{why}）" if why else "") + "。" + (note or _CLOSEST["zh"])
    return (
        "The reports do not contain the answer to this question"
        + (f" ({why})" if why else "")
        + ". "
        + (note or _CLOSEST["en"])
    )
