"""Calculations over a report that writes the question's names only in its other script
(issue 16): the operands are bound through the same links the answerability rules accept
(``index.names.transliterated``: 维斯塔斯 ↔ Vestas, 库卡 ↔ Kuka, 金风科技 ↔ Goldwind, Medtronic ↔
美敦力), and a name left unlinked refuses rather than leaving its side to the measure alone.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.linked import linked_question
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

EN_ROBOTS = hit(
    "| Company | Shipments 2024 (thousand units) | Revenue 2024 (USD billion) |\n|---|---|---|\n"
    "| Fanuc | 62.0 | 5.6 |\n| Kuka | 31.0 | 4.1 |\n| ABB | 45.5 | 3.9 |",
    doc="robots-en.md",
    title="Global Industrial Robot Report 2025",
)
ZH_DEVICES = hit(
    "| 企业 | 2024年收入（亿美元） | 同比增长 |\n|---|---|---|\n"
    "| 美敦力 | 121.0 | 3.1% |\n| 波士顿科学 | 58.4 | 9.8% |\n| 爱德华 | 37.2 | 6.5% |",
    lang="zh",
    doc="devices-zh.md",
    title="全球心血管器械市场报告",
)
EN_TURBINES = hit(
    "| OEM | Installations 2024 (GW) | Share of global installations |\n|---|---|---|\n"
    "| Goldwind | 18.9 | 15.6% |\n| Envision | 16.5 | 13.6% |\n| Vestas | 11.6 | 9.6% |",
    doc="wind-en.md",
    title="Global Wind Turbine Market Report 2025",
)


def _formula(question: str, hits) -> str | None:
    found = calculate(question, hits)
    return found.result.formula if found else None


@pytest.mark.parametrize(
    ("question", "hits", "formula"),
    [
        ("2024年发那科的出货量是库卡的多少倍？", [EN_ROBOTS], "62 / 31 = 2"),
        ("2024年发那科的收入是库卡的多少倍？", [EN_ROBOTS], "5.6 / 4.1 = 1.37"),  # the measure picks the column
        ("2024年发那科的出货量比库卡多多少？", [EN_ROBOTS], "62 - 31 = 31"),
        ("2024年金风科技的新增装机量是维斯塔斯的多少倍？", [EN_TURBINES], "18.9 / 11.6 = 1.63"),  # translated, heard
        ("What was the ratio of Medtronic's revenue to Edwards' revenue in 2024?", [ZH_DEVICES], "121 / 37.2 = 3.25"),
        ("How much more revenue did Medtronic have than Edwards in 2024?", [ZH_DEVICES], "121 - 37.2 = 83.8"),
    ],
)
def test_names_written_only_in_the_other_script_bind_their_rows(question, hits, formula):
    assert _formula(question, hits) == formula


@pytest.mark.parametrize(
    ("question", "hits"),
    [
        # 安川 (Yaskawa) is not in the table: its side must not take Fanuc's figure by the measure alone.
        ("2024年安川的出货量是库卡的多少倍？", [EN_ROBOTS]),
        ("2024年安川和库卡的出货量合计为多少千台？", [EN_ROBOTS]),
        ("2024年库卡的出货量比安川多多少？", [EN_ROBOTS]),
        ("How much more revenue did Stryker have than Edwards in 2024?", [ZH_DEVICES]),
        ("2024年金风科技的新增装机量是西门子歌美飒的多少倍？", [EN_TURBINES]),
    ],
)
def test_a_name_left_unlinked_refuses(question, hits):
    assert _formula(question, hits) is None


def test_the_question_is_asked_in_the_reports_forms_only_when_every_name_links():
    assert linked_question("2024年发那科的出货量是库卡的多少倍？", [EN_ROBOTS]) == "2024年Fanuc的出货量是Kuka的多少倍?"
    assert linked_question("2024年安川的出货量是库卡的多少倍？", [EN_ROBOTS]) == "2024年安川的出货量是库卡的多少倍？"
    # Names the passages write (here through the dictionary) are left as asked.
    assert linked_question("What was Fanuc's revenue in 2024?", [EN_ROBOTS]) == "What was Fanuc's revenue in 2024?"


ZH_AESTHETICS = [
    hit(
        "艾尔建美学（Allergan Aesthetics）在中国注射类市场的份额为18.4%，高德美（Galderma）为9.7%。",
        lang="zh",
        doc="aesthetics-zh.md",
        title="2025年中国医疗美容市场研究报告",
        section="三、竞争格局",
    ),
    hit(
        "| 企业 | 2024年收入（亿元） | 同比增长 |\n|---|---|---|\n"
        "| 艾尔建美学 | 86.2 | 6.1% |\n| 美澜医疗集团 | 52.4 | -3.2% |\n| 高德美 | 41.5 | 9.8% |",
        lang="zh",
        doc="aesthetics-zh.md",
        title="2025年中国医疗美容市场研究报告",
        section="三、竞争格局",
    ),
]


def test_a_name_the_prose_brackets_binds_the_row_written_in_the_other_script():
    """The prose writes 艾尔建美学（Allergan Aesthetics） once, the table's row 艾尔建美学 alone: the
    passages write the question's name, but only its other form binds the row."""
    question = "Allergan Aesthetics' 2024 revenue in China was how many times Galderma's?"
    assert _formula(question, ZH_AESTHETICS) == "86.2 / 41.5 = 2.08"


ZH_IVD = hit(
    "2024年中国体外诊断（IVD）市场竞争格局：\n| 企业 | 2024年中国IVD收入（亿元） | 同比增长 |\n|---|---|---|\n"
    "| 迈瑞医疗 | 142.6 | 15.3% |\n| 安图生物 | 46.1 | 3.9% |\n| 新产业 | 41.2 | 16.8% |",
    lang="zh",
    doc="ivd-zh.md",
)


def test_a_places_market_is_no_name_to_link():
    """ "China's IVD" is 中国 and IVD, both written: not a company left unlinked."""
    question = "What was the combined 2024 revenue of Antu and Snibe (新产业) in China's IVD market?"
    assert _formula(question, [ZH_IVD]) == "46.1 + 41.2 = 87.3"
