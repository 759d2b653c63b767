"""The number gate against adversarial answers: near-miss numbers must not get through."""

from __future__ import annotations

import pytest

from reportqa.server.answer.gate import enforce
from reportqa.server.answer.types import Citation, Figure, FigureInput

PASSAGE = (
    "The Call Centers Market was valued at USD 34.03 billion in 2025, with a CAGR of 8.26%. "
    "In 2021, 87% of contacts were resolved on first contact."
)


def cite(text: str = PASSAGE, lang: str = "en") -> Citation:
    return Citation(id="r#1", doc="r", title="r", text=text, lang=lang, location="", score=1.0)


def implied_cagr() -> Figure:
    return Figure(
        label="implied CAGR",
        value=8.27,
        unit="%",
        display="8.27%",
        formula="(59.34 / 34.03)^(1/7) - 1 = 8.27%",
        inputs=[FigureInput(value=34.03, unit="USD billion", citation="r#1")],
    )


def test_a_faithful_answer_passes_unchanged():
    answer = 'The report states: "In 2021, 87% of contacts were resolved on first contact." [1]'
    assert enforce(answer, [cite()], [], "en") == answer


@pytest.mark.parametrize(("wrong", "right"), [("85%", "87%"), ("2022", "2021"), ("34.3", "34.03"), ("8.62%", "8.26%")])
def test_a_near_miss_number_drops_its_sentence(wrong, right):
    good = f"The report gives {right} [1]."
    answer = f"{good} It also gives {wrong} [1]."
    assert enforce(answer, [cite()], [], "en") == good


def test_an_answer_left_empty_falls_back_to_the_cited_extract():
    out = enforce("The market was worth USD 34.3 billion in 2022.", [cite()], [], "en")
    assert out == f'The cited passage reads: "{PASSAGE}" [1]'


def test_chinese_fallback_is_framed_in_chinese():
    passage = "2025 年客服中心市值为 340.3 亿美元。"
    out = enforce("市场规模为 340.8 亿美元。", [cite(passage, "zh")], [], "zh")
    assert out == f"报告原文：“{passage}” [1]"


def test_citation_markers_are_not_numbers():
    answer = "The CAGR is 8.26% [1] [12]."
    assert enforce(answer, [cite()], [], "en") == answer


def test_the_same_amount_in_another_scale_is_backed():
    zh = cite("2025 年客服中心市值为 340.3 亿美元。", "zh")
    assert enforce("It was USD 34.03 billion [1].", [zh], [], "en") == "It was USD 34.03 billion [1]."
    assert enforce("It was USD 34.3 billion [1].", [zh], [], "en") != "It was USD 34.3 billion [1]."


def test_a_figure_backs_its_value_and_formula_but_not_a_rounded_variant():
    ok = "The implied CAGR is 8.27% ((59.34 / 34.03)^(1/7) - 1 = 8.27%)."
    assert enforce(ok, [cite()], [implied_cagr()], "en") == ok
    assert enforce(ok + " That is about 8.3%.", [cite()], [implied_cagr()], "en") == ok


def test_without_any_citation_nothing_unbacked_is_said():
    assert enforce("The answer is 42.", [], [], "en") == ""
