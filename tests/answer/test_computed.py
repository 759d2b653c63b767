"""Calculation questions through the real app; expected values are worked from the reports' own figures.

The seed reports state (call centers) USD 34.03 / 36.76 / 59.34 billion for 2025 / 2026 /
2032 at a CAGR of 8.26%, and (US tech support) 100.6 / 145.7 亿美元 for 2025 / 2030 at
7.69%, with restraint impacts of -1.2, -0.9, -0.7 and -1.1 %.
"""

from __future__ import annotations

import pytest

from reportqa.ingest.normalize import detect_language

CASES = [
    (
        "What CAGR is implied by the call centers market growing from its 2025 value to its 2032 forecast?",
        ((59.34 / 34.03) ** (1 / 7) - 1) * 100,
    ),
    ("客服中心市场从2025年到2032年隐含的复合年增长率是多少？", ((593.4 / 340.3) ** (1 / 7) - 1) * 100),
    (
        "What CAGR do the 2025 and 2030 figures of the US customer technical support services market imply?",
        ((145.7 / 100.6) ** (1 / 5) - 1) * 100,
    ),
    ("How many times its 2026 value is the call centers market's 2032 forecast?", 59.34 / 36.76),
    ("客服中心市场2032年的规模是2025年的几倍？", 593.4 / 340.3),
    ("客服中心市场2032年的规模是2026年的多少倍？", 593.4 / 367.6),
    ("How much does the call centers market grow between 2025 and 2032 in absolute terms?", 593.4 - 340.3),
    (
        "How much larger is the US technical support services market expected to be in 2030 than in 2025, "
        "in absolute terms?",
        145.7 - 100.6,
    ),
    ("美国客户技术支持服务市场从2025年到2030年增长了多少？", 145.7 - 100.6),
    (
        "By what percentage does the US customer technical support services market grow from 2025 to 2030?",
        (145.7 / 100.6 - 1) * 100,
    ),
    ("客服中心市场2026年到2032年的增幅是多少？", (593.4 / 367.6 - 1) * 100),
    (
        "What would the call centers market be worth in 2027 if it grows from its 2026 value at the stated CAGR?",
        367.6 * (1 + 8.26 / 100),
    ),
    ("如果美国客户技术支持服务市场从2030年的规模按复合年增长率增长，2031年的规模是多少？", 145.7 * (1 + 7.69 / 100)),
    ("What is the sum of the restraint impacts on the US tech support market CAGR?", -1.2 - 0.9 - 0.7 - 1.1),
    ("美国技术支持市场各限制因素对复合年增长率的影响合计是多少？", -1.2 - 0.9 - 0.7 - 1.1),
    ("Convert the call centers market size of 340.3亿美元 to billions.", 340.3 / 10),
    ("把客服中心市场规模 USD 59.34 billion 换算成亿美元", 59.34 * 10),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q[:40] for q, _ in CASES])
def test_computed_figure_with_cited_inputs(ask, question, expected):
    body = ask(question)
    assert body["answerable"] is True
    figure = body["figures"][0]
    # Results are rounded to two decimals; amounts may be in 亿 or billions (a factor of 10).
    assert any(abs(figure["value"] - value) <= 0.006 for value in (expected, expected * 10, expected / 10)), figure
    assert "=" in figure["formula"]
    cited = {c["id"] for c in body["citations"]}
    assert figure["inputs"] and {i["citation"] for i in figure["inputs"]} <= cited
    for entry in figure["inputs"]:  # each input is stated by the passage it cites
        text = next(c["text"] for c in body["citations"] if c["id"] == entry["citation"])
        assert format(abs(entry["value"]), "g") in text
    assert body["answer"].startswith("根据报告" if detect_language(question) == "zh" else "Computed from")


def test_implied_cagr_is_compared_with_the_stated_one(ask):
    body = ask(
        "What CAGR do the 2025 and 2032 figures imply, and does it match the stated 8.26% of the call centers market?"
    )
    labels = [f["label"] for f in body["figures"]]
    assert labels == ["implied CAGR 2025-2032", "difference"]
    assert body["figures"][1]["value"] == pytest.approx(round(((59.34 / 34.03) ** (1 / 7) - 1) * 100, 2) - 8.26)
    assert "8.26%" in body["answer"]


def test_a_fact_question_gets_no_computed_figures(ask):
    body = ask("客服中心市场的复合年增长率是多少？")
    assert {f["label"] for f in body["figures"]} <= {"conversion"}
    assert not body["answer"].startswith("根据报告中的数字计算")


def test_an_english_answer_from_chinese_text_converts_the_amount(ask):
    body = ask("What was the size of the US customer technical support services market in 2025?")
    conversions = {f["display"]: f for f in body["figures"]}
    assert f"USD {100.6 / 10:g} billion" in conversions
    assert f"USD {100.6 / 10:g} billion" in body["answer"]
    assert conversions[f"USD {100.6 / 10:g} billion"]["inputs"][0]["citation"] in {c["id"] for c in body["citations"]}


def test_a_chinese_answer_from_english_text_converts_the_amount(ask):
    body = ask("客服中心市场2025年的规模是多少？")
    # The report states the size in both languages; the answer gives it in Chinese either way:
    # quoted from the Chinese text, or converted from a quoted English sentence.
    displays = {f["display"] for f in body["figures"]}
    assert "340.3" in body["answer"].replace(" ", "") or f"{34.03 * 10:g}亿美元" in displays
    if "USD 34.03 billion" in body["answer"]:
        assert f"{34.03 * 10:g}亿美元" in displays
