"""A short form a report writes in brackets after a phrase glosses that phrase: it names the measure or
thing asked, not another company whose figure the sentence would then be."""

from __future__ import annotations

import pytest

from reportqa.server.answer.compose import compose
from reportqa.server.answer.sentences import of_another, rank_sentences
from tests.support.passages import hit

pytestmark = pytest.mark.unit

CRM = hit(
    "2024年中国SaaS CRM市场规模为112.4亿元，同比增长14.6%。"
    "2024年行业平均客单价（ARPU）为3.6万元/年，低于2023年的3.9万元/年。",
    lang="zh",
    doc="crm-zh.md",
    title="中国SaaS CRM市场研究报告（2025）",
)
SUBSCRIPTIONS = hit(
    "The market for subscription software reached USD 8.2 billion in 2024. "
    "Annual recurring revenue (ARR) reached USD 2.1 billion at the leading vendors in 2024. "
    "Northwind (NWD) reported revenue of USD 0.4 billion in 2024.",
    doc="saas-en.md",
    title="Subscription Software Market Report 2025",
)


@pytest.mark.parametrize(
    ("question", "passage", "quoted"),
    [
        ("2024年SaaS CRM行业平均客单价是多少？", CRM, "3.6万元"),
        ("What was the annual recurring revenue of the leading vendors in 2024?", SUBSCRIPTIONS, "USD 2.1 billion"),
    ],
)
def test_a_bracketed_short_form_of_the_asked_phrase_is_no_other_company(question, passage, quoted):
    glossing = next(s for s in rank_sentences(question, [passage]) if quoted in s.text)
    assert not of_another(glossing, question)
    assert quoted in compose(question, [passage]).text.splitlines()[0]


def test_a_bracketed_short_form_of_another_name_still_is_another_company():
    question = "What was the revenue of the leading vendors in 2024?"
    northwind = next(s for s in rank_sentences(question, [SUBSCRIPTIONS]) if "NWD" in s.text)
    assert of_another(northwind, question)
