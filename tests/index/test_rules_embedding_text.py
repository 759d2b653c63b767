"""What a chunk is embedded with: its title's head in the model's title slot, then its section and text."""

from __future__ import annotations

import pytest

from reportqa.index.embeddings import document_inputs
from reportqa.index.store import embedding_text, embedding_title, title_head
from reportqa.ingest.models import Chunk

pytestmark = pytest.mark.unit

CALL_CENTERS = (
    "客服中心市场:2026-2032年全球市场预测(按服务类型、解决方案类型、部署方式及最终用户产业划分)"
    "Call Centers Market by Service Type, Solution Type, Deployment Mode, End-User Industry - Global Forecast 2026-2032"
)


@pytest.mark.parametrize(
    ("title", "head"),
    [
        (CALL_CENTERS, "客服中心市场"),
        ("美国客户技术支持服务市场规模和份额分析", "美国客户技术支持服务市场规模和份额分析"),
        ("中国光伏产业发展报告（2024—2025）", "中国光伏产业发展报告"),
        ("Plant-Based Meat: Global Market Update 2025", "Plant-Based Meat"),  # a hyphen inside a word is no subtitle
        ("Cardiovascular Devices Market — Global Analysis and Forecast to 2032", "Cardiovascular Devices Market"),
        ("Global Pet Food Market Report 2025", "Global Pet Food Market Report 2025"),
        ("(Draft) Widget market", "(Draft) Widget market"),  # nothing before the cut: the whole title
    ],
)
def test_the_title_head_ends_at_the_subtitle_or_bracketed_scope(title, head):
    assert title_head(title) == head


def test_a_long_head_is_capped():
    assert len(title_head("Market " * 40)) == 60


def test_the_title_goes_into_the_prompts_title_slot_and_the_section_opens_the_text():
    chunk = Chunk(
        id="r.txt#3",
        doc_id="r.txt",
        title=CALL_CENTERS,
        lang="en",
        text="Cloud-based and on-premises models.",
        search_text="| 2025 | 2026 |\nCloud-based and on-premises models.",
        section="Deployment",
        page=None,
        start=0,
        end=35,
    )
    inputs = document_inputs("title: none | text: ", [embedding_text(chunk)], [embedding_title(chunk)])
    assert inputs == ["title: 客服中心市场 | text: Deployment\n| 2025 | 2026 |\nCloud-based and on-premises models."]


def test_a_prompt_without_a_title_slot_gets_the_title_as_first_line_and_no_titles_leave_the_prompt_alone():
    assert document_inputs("passage: ", ["text"], ["Widget market"]) == ["passage: Widget market\ntext"]
    assert document_inputs("", ["text"], ["Widget market"]) == ["Widget market\ntext"]
    assert document_inputs("title: none | text: ", ["a", "b"], None) == [
        "title: none | text: a",
        "title: none | text: b",
    ]
