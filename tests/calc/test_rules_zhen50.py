"""Thirty-third session (zhen50): Chinese questions over English reports, the failures of the xprobe33z
twins, each as a phrasing of the question or a habit of report or question writing, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.calc.families import read_listed
from reportqa.server.calc.intents import read_intent
from reportqa.server.calc.subject import lettered
from reportqa.server.calc.tables import names_only_a_total
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

TREATS = hit(
    "By animal, dog treats accounted for 40.0% of 2024 revenue and cat treats for 35.0%, with the remainder "
    "going to rabbits and ferrets.",
    doc="pet-treats-en.md",
    title="Global Pet Treats Market Report",
    section="Animals",
)


def test_two_characters_run_together_are_two_things_excluded():
    """猫狗 is no dictionary word: Chinese writes the pair of one-character animals so."""
    assert read_listed(["猫狗"], [TREATS]) == ["cat", "dog"]
    assert read_listed(["中美"], [TREATS]) == ["中美"]  # a word the dictionary lists stays one
    assert read_listed(["遨博"], [TREATS]) == ["遨博"]  # a two-character name no sense of which is written


@pytest.mark.parametrize(
    "question",
    [
        "2024年宠物零食收入中，猫狗以外的其他宠物占了多大比重？",
        "2024年宠物零食收入中，猫和狗以外的其他宠物占了多大比重？",
    ],
)
def test_a_lone_character_of_several_senses_is_read_as_the_thing_beside_it_is_written(question):
    """猫 is "cat" and "modem": beside 狗 ("dog"), written "dog treats", it is the "cat" of "cat treats". Read as
    one thing, 猫狗 was bound by 狗 alone and 100% less the dogs' share was stated for both."""
    assert formula_of(question, TREATS) == "100% - (35 + 40)% = 25%"


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("Acme在2024年全球机器人市场中的份额是多少？", ("Acme", "2024年全球机器人市场")),
        ("2024年Acme在全球机器人市场的市占率是多少？", ("2024年Acme", "全球机器人市场")),
        ("Acme在全球机器人市场的市场份额为多少？", ("Acme", "全球机器人市场")),
        ("2024年机器人出货量里，Acme占比多少？", ("Acme", "2024年机器人出货量")),
        ("Acme的销售额相当于2024年全球机器人销售额的百分之几？", ("Acme的销售额", "全球机器人销售额")),
    ],
)
def test_chinese_share_forms(question, pair):
    """A share noun after what the part is in (在B中的份额, 在B的市占率), a whole's clause closed by 里, and
    what a part came to (相当于B的百分之几) each ask a share."""
    intent = read_intent(question)
    assert intent is not None and intent.kind == "share" and intent.pair == pair


def test_a_share_in_a_year_names_no_whole():
    """ "A在2024年的份额" names only the year: no share of a whole is computed."""
    intent = read_intent("Acme在2024年的份额是多少？")
    assert intent is None or intent.pair is None


def test_a_converted_amount_is_no_share():
    intent = read_intent("2024年Acme的出货量相当于多少万吨？")
    assert intent is None or intent.kind != "share"


REGIONS = hit(
    "| Region | Revenue (USD million) 2024 |\n|---|---|\n| Americas | 50.0 |\n| Europe | 30.0 |\n"
    "| Asia | 20.0 |\n| Total | 100.0 |",
    doc="robots-en.md",
    title="Global Service Robot Market Report",
    section="Revenue by region",
)


def test_zong_before_a_measure_is_the_total():
    """总收入 is "gross income" in the dictionary, which no table's total row writes: 总 before a measure's
    word is "total", as 总额 is."""
    assert names_only_a_total("2024年总收入", "")
    assert names_only_a_total("总规模", "")
    assert not names_only_a_total("2024年总部收入", "")  # 总部 "headquarters" is no total
    assert formula_of("2024年总收入中欧洲贡献了百分之多少？", REGIONS) == "30 / 100 = 30%"


MODALITIES = hit(
    "| Modality | 2024 (USD million) | 2030 (USD million) |\n|---|---|---|\n| CBCT | 60.0 | 90.0 |\n"
    "| X-ray | 30.0 | 40.0 |\n| Other | 10.0 | 20.0 |\n| Total | 100.0 | 150.0 |",
    doc="dental-imaging-en.md",
    title="Dental Imaging AI: Global Market Report",
    section="Market by modality",
)


def test_a_latin_letter_before_a_chinese_word_is_hyphenated_in_english():
    assert lettered("2024年X射线的市场规模") == {"x-ray"}
    assert lettered("2024年CT的市场规模") == frozenset()  # the T of CT leads no word
    assert formula_of("2030年X射线的市场规模占整体市场的百分之几？", MODALITIES) == "40 / 150 = 26.67%"


BRANDS = [
    hit(
        "Beta Pets, with estimated net sales of USD 10.0 billion in 2024, leads the market.",
        doc="pet-brands-en.md",
        title="Pet Care Market Report",
        section="Competition",
    ),
    hit(
        "The global pet market was valued at USD 80.0 billion in 2024.",
        doc="pet-brands-en.md",
        title="Pet Care Market Report",
        section="Overview",
    ),
]


def test_a_chinese_name_glossed_by_the_report_s_name_in_brackets():
    """贝塔宠物（Beta Pets）: the writer gives the report's own name; the Chinese words before it need be written
    nowhere."""
    question = "贝塔宠物（Beta Pets）的销售额相当于2024年全球宠物市场规模的百分之几？"
    assert formula_of(question, *BRANDS) == "10 / 80 = 12.5%"


ZH_ROBOTS = hit(
    "| 企业 | 2024年销售额（亿元） | 占中国扫地机器人市场份额 | 占全球扫地机器人市场份额 |\n|---|---|---|---|\n"
    "| 甲公司 | 50.0 | 20.0% | 5.0% |\n| 乙公司 | 30.0 | 12.0% | 3.0% |",
    lang="zh",
    doc="robots-zh.md",
    title="2025年中国扫地机器人市场研究报告",
    section="竞争格局",
)


def test_the_domestic_market_is_the_country_the_report_is_on():
    """国内 ("domestic") over a report on China is 中国, the word its share column writes: the stated share is
    quoted, not refused for a whole no passage writes."""
    from reportqa.server.answer.answerability import _whole_unstated

    question = "2024年乙公司在国内扫地机器人市场中所占份额有多少？"
    intent = read_intent(question)
    assert intent is not None and intent.pair == ("2024年乙公司", "国内扫地机器人市场")
    assert not _whole_unstated(question, intent, [ZH_ROBOTS])
    # A whole the report does not write is still refused.
    other = read_intent("2024年乙公司在欧洲扫地机器人市场中所占份额有多少？")
    assert other is not None and _whole_unstated(
        "2024年乙公司在欧洲扫地机器人市场中所占份额有多少？", other, [ZH_ROBOTS]
    )
