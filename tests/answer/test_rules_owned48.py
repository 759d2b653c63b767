"""Thirty-first session (lead): across languages, the sentence about the company asked is quoted before one about
another company, though the asked name is a pinyin spelling and a translated word."""

from __future__ import annotations

import pytest

from reportqa.server.answer.compose import compose
from tests.support.passages import hit

pytestmark = pytest.mark.unit

CLOUDS = hit(
    "2024年，中国云计算市场规模达到6,000亿元。阿里云2024财年营收为500.0亿元，同比增长3.4%；天翼云2024年营收为300.0亿元，同比增长17.1%。",
    lang="zh",
    doc="clouds-zh.md",
    title="中国云计算市场研究报告",
)


@pytest.mark.parametrize(
    "question",
    ["What revenue did Tianyi Cloud report for 2024?", "What revenue did Acme's Tianyi Cloud report for 2024?"],
)
def test_the_asked_company_s_sentence_is_quoted_first(question):
    text = compose(question, [CLOUDS]).text
    assert text.index("天翼云2024年营收为300.0亿元") < text.index("阿里云") if "阿里云" in text else "天翼云" in text
