"""answer/compose.py: the extractive answer quoted from hand-built hits, and the refusal text."""

from __future__ import annotations

import pytest

from reportqa.server.answer.compose import MAX_SENTENCES, compose, quote, refusal_text
from reportqa.server.reasons import Reason
from tests.support.passages import EN_SIZE, ZH_SIZE, hit

pytestmark = pytest.mark.unit

PASSAGE = (
    "The call center market is large. It was valued at USD 34.03 billion in 2025. Growth is driven by outsourcing."
)


def test_quote_uses_the_marks_of_the_passage_language():
    assert quote("  It grew. ", "en") == '"It grew."'
    assert quote("市场增长。", "zh") == "“市场增长。”"


def test_a_number_question_quotes_the_sentence_with_the_figure_and_its_marker():
    passage = hit(PASSAGE)
    draft = compose("What is the call center market size in 2025?", [passage])
    assert draft.text == 'The report states: "It was valued at USD 34.03 billion in 2025." [1]'
    assert draft.cited == [passage]


@pytest.mark.parametrize(
    ("question", "source_lang", "lead"),
    [
        ("What is the call center market size?", "en", 'The report states: "'),
        ("What is the US tech support market size?", "zh", "The report (Chinese text) states: “"),
        ("呼叫中心市场规模是多少？", "en", '报告英文原文写道："'),
        ("美国技术支持市场规模是多少？", "zh", "报告指出：“"),
    ],
)
def test_lead_text_follows_the_question_language_and_quotes_the_source_language(question, source_lang, lead):
    text = EN_SIZE if source_lang == "en" else ZH_SIZE
    draft = compose(question, [hit(text, lang=source_lang)])
    assert draft.text.startswith(lead)
    assert draft.text.endswith(" [1]")


def test_at_most_two_sentences_each_marked_with_its_own_passage():
    first = hit("The call center market was valued at USD 34.03 billion in 2025.", doc="a.md", dense=0.6)
    second = hit("The call center market size was USD 34.03 billion in 2025, by another count.", doc="b.md", dense=0.59)
    third = hit("The call center market size reached USD 34.03 billion in 2025 say analysts.", doc="c.md", dense=0.58)
    draft = compose("What is the call center market size in 2025?", [first, second, third])
    lines = draft.text.split("\n")
    assert len(lines) == MAX_SENTENCES == 2
    assert [line[-3:] for line in lines] == ["[1]", "[2]"]
    assert len(draft.cited) == 2


def test_a_much_weaker_second_sentence_is_left_out():
    strong = hit("The call center market was valued at USD 34.03 billion in 2025.", dense=0.9)
    weak = hit("Some vendors sell 12 headsets.", doc="b.md", dense=0.1)
    draft = compose("What is the call center market size in 2025?", [strong, weak])
    assert draft.cited == [strong]
    assert "\n" not in draft.text


def test_the_same_sentence_is_not_quoted_twice():
    text = "The call center market was valued at USD 34.03 billion in 2025."
    draft = compose("What is the call center market size in 2025?", [hit(text, doc="a.md"), hit(text, doc="b.md")])
    assert draft.text.count(text) == 1


def test_a_number_question_prefers_sentences_with_numbers_even_if_they_score_lower():
    passage = hit(
        "The call center market size is a widely watched call center market size figure. It stood at 5 in 2025.",
        dense=0.5,
    )
    draft = compose("What is the call center market size?", [passage])
    assert "It stood at 5 in 2025." in draft.text


def test_refusal_text_in_english_names_the_reason():
    assert refusal_text("What about Kenya?", Reason("unmentioned", {"names": ("Kenya",)})) == (
        "The reports do not contain the answer to this question (the reports do not mention Kenya). "
        "The closest material is listed below for reference."
    )


def test_refusal_text_in_chinese_names_the_reason_in_chinese():
    assert refusal_text("肯尼亚的市场规模是多少？", Reason("unmentioned", {"names": ("肯尼亚",)})) == (
        "报告中没有这个问题的答案（报告没有提到肯尼亚）。下面列出的是最接近的材料，仅供参考。"
    )


def test_a_note_replaces_the_pointer_to_the_closest_material():
    assert refusal_text("Kenya?", None, "The passages cover Asia.") == (
        "The reports do not contain the answer to this question. The passages cover Asia."
    )
    assert refusal_text("肯尼亚呢？", None, "最接近的段落讲的是亚洲市场。") == (
        "报告中没有这个问题的答案。最接近的段落讲的是亚洲市场。"
    )
