"""Chinese questions over English reports (twenty-seventh session): a transliterated name heard in
several capitalised words, and a compound name the dictionary composes.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.index.names import transliterated
from reportqa.server.calc.linked import linked_question
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

# Invented: "Perona" is the brand, "Brands" a common word that sounds like 佩罗纳 as well.
TEA = hit(
    "## Leading Brands\nPerona, with tea sales of USD 3.2 billion in 2024, leads the market. "
    "The global tea market was valued at USD 20.0 billion in 2024.",
    doc="tea-en.md",
    title="Global Tea Market Report 2025",
)


def test_of_several_words_heard_the_one_no_common_sense_uses_is_the_name():
    text = TEA.chunk.text
    assert transliterated("佩罗纳", text) == ["Perona"]


def test_two_characters_jieba_reads_as_two_words_keep_every_word_heard():
    # 量占 of "包裹量占…" is no name: of several words heard, none is chosen.
    text = "Lazada Leads the market."
    assert len(transliterated("量占", text)) != 1


def test_a_share_of_a_transliterated_company_is_computed():
    assert formula_of("2024年佩罗纳的茶叶销售额占全球茶叶市场的份额是多少？", TEA) == "3.2 / 20 = 16%"


ORBIT = hit(
    "## Competitive Landscape\nPerona is the clear leader: it took 41.0% of global satellite broadband revenue "
    "in 2024 and ended the year with 3.0 million subscribers. Subscribers reached 12.0 million worldwide "
    "at the end of 2024.",
    doc="radio-en.md",
    title="Global Satellite Broadband Market Report 2025",
)


def test_a_compound_the_passages_write_by_its_senses_side_by_side_is_written():
    # 全球卫星 ("global satellite") is written, so the transliterated 佩罗纳 is linked, not left to refuse the question.
    asked = linked_question("2024年末佩罗纳用户数占全球卫星宽带用户数的比重是多少？", [ORBIT])
    assert "Perona" in asked


def test_a_y_between_vowels_is_a_syllable_a_transliteration_hears():
    # Invented: 珂莱雅 (ke lai ya) is "Kolaya", whose y opens the syllable 雅 transliterates.
    text = "Kolaya's revenue rose 10.0% to RMB 11.0 billion in 2024."
    assert transliterated("珂莱雅", text) == ["Kolaya"]
