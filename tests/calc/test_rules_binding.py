"""Operands among the candidates but not bound (issue 16, bind25): a place glued to an acronym
the report spells out ("Europe's EV" in a report titled "… Electric Vehicle …"), and one row's
columns of a year told apart by the words the question shares across the things it names.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.operands import spells_out
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("scope", "acronym", "spelled"),
    [
        ("global electric vehicle charger market", "EV", True),
        ("china in vitro diagnostics market", "IVD", True),
        ("contract development and manufacturing organisation revenue", "CDMO", True),
        ("global heat pump market", "EV", False),
        ("electrical equipment", "EV", False),  # two words, but the second is no "v…"
    ],
)
def test_an_acronym_is_spelled_out_by_one_word_per_letter(scope, acronym, spelled):
    assert spells_out(scope, acronym) is spelled


_CHARGERS = (
    "| Region | 2024 | 2030 |\n|---|---|---|\n| Asia Pacific | 12.6 | 30.1 |\n| Europe | 4.2 | 11.8 |\n"
    "| North America | 2.1 | 7.4 |"
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("How many times larger was the Asia Pacific EV charger market than Europe's in 2024?", "12.6 / 4.2 = 3"),
        ("By how much is Europe's EV charger market expected to grow between 2024 and 2030?", "11.8 - 4.2 = 7.6"),
    ],
)
def test_a_place_glued_to_an_acronym_the_title_spells_out_is_the_place(question, formula):
    title = "Global Electric Vehicle Charger Market Report 2025 (USD billion)"
    assert formula_of(question, hit(_CHARGERS, doc="chargers-en.md", title=title)) == formula


def test_an_acronym_the_report_never_spells_out_names_nothing_of_it():
    # A heat-pump report's Europe row is no "EV charger" figure of Europe.
    title = "Global Heat Pump Market Report 2025 (USD billion)"
    question = "By how much is Europe's EV charger market expected to grow between 2024 and 2030?"
    assert formula_of(question, hit(_CHARGERS, doc="pumps-en.md", title=title)) is None


_CLOUD = (
    "| 厂商 | IaaS市场份额（2024年） | PaaS市场份额（2024年） |\n|---|---|---|\n"
    "| 云峰科技 | 24.3% | 18.2% |\n| 天穹云 | 15.1% | 20.6% |\n| 其他 | 60.6% | 61.2% |"
)


def test_a_column_is_told_by_the_words_both_things_share():
    # IaaS belongs to neither 云峰科技 nor 天穹云: it says which column of each row is added.
    question = "云峰科技和天穹云2024年合计占公有云IaaS市场多少份额？"
    assert (
        formula_of(question, hit(_CLOUD, lang="zh", doc="cloud-zh.md", title="中国公有云市场报告"))
        == "24.3 + 15.1 = 39.4"
    )


def test_a_word_of_one_side_only_chooses_no_column_of_the_other():
    # "installed" is the second side's: it does not make the first side's row its installations column.
    table = (
        "| OEM | Installations 2024 (GW) | Share of global installations |\n|---|---|---|\n"
        "| Nordwind | 11.6 | 9.6% |\n| Others | 104.5 | 90.4% |"
    )
    sentence = "Nordwind's order intake was 18.6 GW in 2024, up 12.5% year on year."
    question = "How much more wind capacity did Nordwind take in orders than it installed in 2024, in GW?"
    found = formula_of(question, hit(table, doc="wind-en.md"), hit(sentence, doc="wind-en.md"))
    assert found in (None, "18.6 - 11.6 = 7")


_TIERS = (
    "表1 各级城市茶饮市场规模（亿元）\n\n| 城市层级 | 2023年 | 2024年 |\n|---|---|---|\n"
    "| 一线城市 | 212 | 230 |\n| 新一线城市 | 180 | 216 |\n| 二线城市 | 150 | 171 |"
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("新一线城市茶饮市场规模2024年比2023年增加了多少亿元？", "216 - 180 = 36"),
        ("一线城市茶饮市场规模2024年比2023年增加了多少亿元？", "230 - 212 = 18"),
    ],
)
def test_of_rows_named_alike_the_one_the_question_writes_whole(question, formula):
    # 新一线城市 and 一线城市 are both 一线 and 城市 to the tokenizer: the label written whole tells them apart.
    assert formula_of(question, hit(_TIERS, lang="zh", doc="tea-zh.md", title="中国现制茶饮市场报告")) == formula
