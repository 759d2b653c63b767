"""Terms across languages that no dictionary entry gives whole: a Chinese compound of dictionary
parts named by their senses side by side, and the spellings of a domain term (年均复合增长率 is CAGR)."""

from __future__ import annotations

import pytest

from reportqa.index.names import mentions
from reportqa.server.answer.answerability import unmentioned
from tests.support.passages import hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("battery-grade nickel sulfate sold at a premium", "硫酸镍"),  # 硫酸 "sulfate" + 镍 "nickel", turned round
        ("sodium-ion cells entered mass production", "钠离子"),  # 钠 "sodium" + 离子 "ion", hyphenated
    ],
)
def test_a_compound_the_dictionary_composes_is_named_by_its_parts_side_by_side(text, compound):
    assert mentions(text, compound)


def test_a_compounds_parts_written_apart_do_not_name_it():
    assert not mentions("nickel prices fell while sulfate demand rose", "硫酸镍")
    assert not mentions("sodium prices fell", "硫酸镍")


def test_a_chinese_report_writing_the_cagr_as_nian_jun_fu_he_zeng_zhang_lu_mentions_cagr():
    passage = hit(
        "预计到2030年全国冷库容量将达到3.1亿立方米，2024—2030年年均复合增长率约为7.2%。",
        lang="zh",
        doc="cold-zh.md",
        title="中国冷库市场研究报告",
    )
    question = "If cold-storage capacity grows at the report's 2024–2030 CAGR, how large would it be in 2027?"
    assert "CAGR" not in unmentioned(question, [passage])
