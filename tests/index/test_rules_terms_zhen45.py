"""Domain terms of market reports the dictionary lacks or words otherwise (zhen45, twenty-eighth session):
the glossary gives their English (a footwear category, cold-plate and immersion liquid cooling,
end-of-life batteries, a recycler's feedstock)."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import terms_in

pytestmark = pytest.mark.unit


def _senses(text: str) -> set[str]:
    return {sense for term in terms_in(text) for sense in term.translations()}


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("鞋类销售额", "footwear"),
        ("服装销售额", "apparel"),
        ("冷板式液冷", "direct-to-chip"),
        ("冷板式液冷", "cold plate"),
        ("浸没式液冷", "immersion"),
        ("报废电池", "end-of-life batteries"),
        ("回收原料", "feedstock"),
    ],
)
def test_a_domain_term_reads_as_the_english_a_report_writes(text: str, english: str) -> None:
    assert english in _senses(text)


RESALE = "Resale of sportswear rose in Southeast Asia, where Kadu opened 40 stores in 2024."


def test_two_characters_do_not_transliterate_a_common_english_word() -> None:
    from reportqa.index.names import transliterated

    # 转售 ("resale", a word CC-CEDICT lacks) is heard in "Southeast" by chance: no name's spelling.
    assert transliterated("转售", RESALE) == []
    # A brand's two syllables still spell its Latin name, which is no English word.
    assert transliterated("卡度", RESALE) == ["Kadu"]
