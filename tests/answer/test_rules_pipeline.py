"""answer/pipeline.py Answerer.ask() over a fake searcher that returns hand-built hits.

Only the searcher is stubbed: the judge, the calculation, composition, conversions and
the gate are the real ones. Every answer is checked for numbers no citation or figure holds.
"""

from __future__ import annotations

import dataclasses

import pytest

from reportqa.server.answer.answerability import SEARCH_DEPTH
from reportqa.server.answer.pipeline import Answerer
from reportqa.server.answer.types import Answer, Turn
from tests.support.grounding import ungrounded_numbers
from tests.support.passages import EN_SIZE, RESTRAINTS_TABLE, ZH_SIZE, FakeSearcher, hit

pytestmark = pytest.mark.unit


def ask(question: str, hits, history: list[Turn] | None = None, top_k: int = 5) -> tuple[Answer, FakeSearcher]:
    searcher = FakeSearcher(hits)
    answer = Answerer("default").ask(question, history or [], searcher, top_k=top_k)
    body = {
        "answer": answer.text,
        "citations": [dataclasses.asdict(c) for c in answer.citations],
        "figures": [dataclasses.asdict(f) for f in answer.figures],
    }
    assert not ungrounded_numbers(body), f"ungrounded numbers in {answer.text!r}"
    return answer, searcher


def test_a_fact_question_is_answered_with_a_quote_and_its_citation():
    passage = hit(EN_SIZE)
    answer, searcher = ask("What is the call center market size in 2025?", [passage])
    assert answer.answerable
    assert answer.text == (
        'The report states: "The global call center market was valued at USD 34.03 billion in 2025." [1]'
    )
    assert [c.id for c in answer.citations] == [passage.chunk.id]
    assert answer.citations[0].score == 0.6
    assert answer.figures == []
    assert searcher.queries == [("What is the call center market size in 2025?", max(5, SEARCH_DEPTH))]


def test_a_question_naming_what_no_passage_mentions_is_refused_with_the_closest_material():
    passage = hit(EN_SIZE)
    answer, _ = ask("What is the Kenya call center market size?", [passage])
    assert not answer.answerable
    assert answer.text.startswith(
        "The reports do not contain the answer to this question (the reports do not mention Kenya)."
    )
    assert [c.id for c in answer.citations] == [passage.chunk.id]


def test_a_question_far_from_every_passage_is_refused_in_chinese():
    answer, _ = ask("呼叫中心市场规模是多少？", [hit(EN_SIZE, dense=0.1)])
    assert not answer.answerable
    assert answer.text == "报告中没有这个问题的答案（没有与问题相近的段落）。下面列出的是最接近的材料，仅供参考。"


def test_a_calculation_is_answered_with_its_figures_and_cited_inputs():
    passage = hit(EN_SIZE)
    answer, _ = ask("What CAGR does the growth from 2025 to 2032 imply?", [passage])
    assert answer.answerable
    assert [f.display for f in answer.figures] == ["8.27%", "0.01 percentage points"]
    assert {i.citation for f in answer.figures for i in f.inputs} == {passage.chunk.id}
    assert "8.27%" in answer.text and "[1]" in answer.text


def test_a_projection_to_a_year_no_passage_names_is_answered():
    answer, _ = ask("At the stated CAGR, what would the 2025 market be worth in 2027?", [hit(EN_SIZE)])
    assert answer.answerable
    assert [f.display for f in answer.figures] == ["USD 39.88 billion"]


def test_a_sum_over_a_table():
    answer, _ = ask("What is the sum of the restraint impacts on the CAGR?", [hit(RESTRAINTS_TABLE)])
    assert answer.figures[0].display == "-2.8 percentage points"


def test_operands_in_different_currencies_get_a_computed_refusal_without_numbers_of_its_own():
    hits = [
        hit("The market was USD 10 billion in 2025.", doc="a.md"),
        hit("预计2030年市场规模达到100亿元。", lang="zh", doc="a.md"),
    ]
    answer, _ = ask("How much larger is the market in 2030 than in 2025?", hits)
    assert answer.text == (
        "This cannot be computed from the reports' figures: the figures are in different units "
        "(USD and CNY) and cannot be combined."
    )
    assert answer.figures == []


def test_a_computed_refusal_of_a_chinese_question_says_why_in_chinese():
    hits = [
        hit("2025年市场规模为10亿美元。", lang="zh", doc="a.md"),
        hit("预计2030年市场规模达到100亿元。", lang="zh", doc="a.md"),
    ]
    answer, _ = ask("2030年的市场规模比2025年大多少？", hits)
    assert answer.text == "无法用报告中的数字计算：两个数字的单位不同（USD 与 CNY），不能合并计算。"
    assert answer.figures == []


def test_an_english_question_over_chinese_text_gets_the_conversions():
    answer, _ = ask("What is the US tech support market size?", [hit(ZH_SIZE, lang="zh")])
    assert answer.text.endswith("Converted: 100.6亿美元 = USD 10.06 billion; 145.7亿美元 = USD 14.57 billion.")
    assert [f.display for f in answer.figures] == ["USD 10.06 billion", "USD 14.57 billion"]


def test_citations_are_the_cited_hits_first_then_the_others_up_to_top_k():
    best = hit(EN_SIZE, doc="a.md", dense=0.7)
    others = [hit(f"Unrelated passage {n}.", doc=f"o{n}.md", dense=0.4) for n in range(6)]
    answer, _ = ask("What is the call center market size in 2025?", others[:2] + [best] + others[2:], top_k=3)
    assert [c.id for c in answer.citations] == [best.chunk.id, others[0].chunk.id, others[1].chunk.id]


def test_a_follow_up_is_asked_as_a_standalone_question():
    history = [Turn("user", "What is the call center market size in 2025?"), Turn("assistant", "USD 34.03 billion")]
    answer, searcher = ask("And in 2032?", [hit(EN_SIZE)], history)
    assert searcher.queries[0][0] == "What is the call center market size in 2032?"
    assert answer.answerable and "59.34" in answer.text
