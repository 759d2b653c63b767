"""Thirty-fourth session (zhen52): Chinese questions over English reports, the failures of the xprobe35z
twins, each as a habit of Chinese writing or a phrasing of the question, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import inner_place
from reportqa.index.names import mentions
from reportqa.server.calc.families import excluded_terms
from reportqa.server.calc.intents import read_intent
from reportqa.server.calc.subject import subject_of
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

FABS = hit(
    "Equipment billings by region (USD billion):\n\n| Region | 2023 | 2024 |\n|---|---|---|\n| China | 30.0 | 40.0 |\n| Taiwan | 20.0 | 15.0 |\n"
    "| Japan | 8.0 | 9.0 |\n| Europe | 6.0 | 5.0 |",
    doc="fab-tools-en.md",
    title="Wafer Fab Tools Market Report",
    section="Regional outlook",
)


def test_a_place_its_country_qualifies_is_the_place_alone():
    """中国台湾 is how Chinese writes Taiwan: read as China and Taiwan, it named the China row as fully
    as the Taiwan row, and the sum was refused (or could take China's 40.0)."""
    assert inner_place("中国台湾") == "台湾"
    assert {"taiwan"} <= subject_of("中国台湾") and "china" not in subject_of("中国台湾")
    # The operand's row writes the name asked (program._unsupported refused the sum when it did not).
    assert mentions("| taiwan | 20.0 | 15.0 | -25.0% |", "中国台湾")
    assert formula_of("2024年中国台湾和欧洲的设备支出合计是多少？", FABS) == "15 + 5 = 20"


@pytest.mark.parametrize("word", ["中东非洲", "中国市场", "亚太地区", "台湾", "中美"])
def test_two_regions_or_a_place_and_a_thing_are_no_qualified_place(word):
    """中东非洲 lists two regions (the Middle East and Africa); 中国市场 is a place and a thing."""
    assert inner_place(word) == ""


PROTEINS = hit(
    "| Protein source | Share 2024 |\n|---|---|\n| Soy | 40.0% |\n| Pea | 30.0% |\n| Wheat | 20.0% |\n"
    "| Other | 10.0% |",
    doc="meat-free-en.md",
    title="Meat-Free Foods Market Report",
    section="Revenue by protein source",
)


def test_what_is_left_named_by_its_noun_after_yiwai_is_a_complement():
    """ "来自大豆和豌豆以外蛋白来源的比例": the noun after 以外 (no 的 between) names what is left, and the share
    asked of it is 100% less the shares excluded; 来自 ("from") is no part of the first thing excluded."""
    question = "全球植物肉收入中，来自大豆和豌豆以外蛋白来源的比例是多少？"
    intent = read_intent(question)
    assert intent is not None and intent.kind == "complement"
    assert excluded_terms(question) == ["大豆", "豌豆"]
    assert formula_of(question, PROTEINS) == "100% - (40 + 30)% = 30%"


def test_an_amount_outside_a_part_is_still_the_rest():
    """No share asked after 以外: the amount of the whole less the part (families.rest_of), as before."""
    intent = read_intent("2024年北美收入中，美国以外的有多少？")
    assert intent is not None and intent.kind == "rest"


def test_a_part_s_share_within_what_is_left_is_no_complement():
    """ "北美以外市场中欧洲的占比": Europe's share of the market outside North America, not what is left."""
    intent = read_intent("北美以外市场中欧洲的占比是多少？")
    assert intent is not None and intent.kind == "share"


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("2024年美国在北美数据中心冷却市场所占份额是多少？", ("2024年美国", "北美数据中心冷却市场")),
        ("2024年美国数据中心冷却市场在北美所占份额是多少？", ("2024年美国数据中心冷却市场", "北美")),
        ("2024年美国在北美市场所占的比重是多少？", ("2024年美国", "北美市场")),
        ("全球市场中中东的占比是多少？", ("中东", "全球市场")),
        # a 中 jieba joins to the next piece is still the whole's end (销售中|线上, read as 中线 "midline")
        ("如今宠物食品销售中线上渠道占比多少？", ("线上渠道", "如今宠物食品销售")),
    ],
)
def test_a_zhong_inside_a_word_closes_no_whole_and_suo_zhan_asks_the_share(question, pair):
    """数据中心's 中 is no "among": "美国在北美数据中心冷却市场所占份额" was read as 心冷却市场's share of 北美数据.
    "A在B所占份额" (no 中) asks A's share of B as "A在B中所占份额" does."""
    intent = read_intent(question)
    assert intent is not None and intent.kind == "share" and intent.pair == pair
