"""Skincare category terms CC-CEDICT lacks (zhen46): 精华 is a serum (CC-CEDICT: "essence"), 功效护理 the
treatments sold beside serums, 洁面 a cleanser, 爽肤水 a toner. Read only by their dictionary senses, a
Chinese question's 精华 bound a brand's sentence ("its flagship serum line … of its sales") over the
category row its words name.

Model-free: hand-built hits (tests/support/passages.py); the report is invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.index.dictionary import glossary_senses
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def _report() -> list:
    table = hit(
        "| Category | Sales 2024 | Share (%) |\n|---|---|---|\n| Moisturisers | 40.0 | 40.0 |\n"
        "| Serums and treatments | 30.0 | 30.0 |\n| Cleansers and toners | 20.0 | 20.0 |\n| Sun care | 10.0 | 10.0 |",
        title="Skin Care Market Report 2025",
        section="Sales by category, USD billion",
    )
    brand = hit(
        "Lumen's revenue rose 12.0% to RMB 8.0 billion in 2024, and its flagship serum line made 45.0% of its sales.",
        title="Skin Care Market Report 2025",
        section="Companies",
        dense=0.7,
    )
    return [brand, table]


def test_skincare_categories_are_glossary_terms():
    assert "serums" in glossary_senses("精华")
    assert "cleansers" in glossary_senses("洁面")
    assert "toners" in glossary_senses("爽肤水")
    assert "treatments" in glossary_senses("功效护理")


def test_a_category_ratio_binds_the_category_rows():
    found = calculate("2024年精华与功效护理的销售额是洁面与爽肤产品的多少倍？", _report())
    assert found is not None
    assert [o.measure.value for o in found.operands] == [Decimal("30.0"), Decimal("20.0")]


def test_a_list_of_an_electrolyser_breakdown_quotes_its_table():
    # 电解槽 is the glossary's "electrolyser" (CC-CEDICT has only 电解 "electrolysis"): asked which kinds a
    # breakdown has, the table of those kinds is quoted, not the year's total sentence.
    from reportqa.server.answer.pipeline import Answerer
    from tests.support.passages import FakeSearcher

    title = "Global Hydrolysis Equipment Market Report 2025"
    total = hit(
        "Shipments of electrolysers reached 7.2 GW in 2024, compared with 5.0 GW in 2023, as electrolysis "
        "projects moved to construction.",
        doc="h2-en.md",
        title=title,
        section="1. Summary",
        dense=0.6,
    )
    table = hit(
        "| Technology | Shipments (MW) | Share of shipments (%) |\n|---|---|---|\n| Alkaline | 5,000 | 69.4 |"
        "\n| PEM | 1,800 | 25.0 |\n| AEM | 400 | 5.6 |",
        doc="h2-en.md",
        title=title,
        section="3. Electrolyser shipments by technology, 2024",
        dense=0.55,
    )
    answer = Answerer("default").ask(
        "报告把2024年电解槽出货量分成了哪几种技术路线？", [], FakeSearcher([total, table]), top_k=5
    )
    assert "Alkaline" in answer.text and "AEM" in answer.text, answer.text


@pytest.mark.parametrize(
    ("term", "sense"),
    [
        ("防晒", "sun care"),
        ("三元", "NMC"),
        ("电生理", "electrophysiology"),
        ("结构性心脏病", "structural heart"),
        ("最后一公里", "last-mile delivery"),
        ("干线运输", "line-haul"),
        ("仓储", "warehousing"),
        ("湿粮", "wet food"),
        ("干粮", "dry food"),
        ("巡检", "inspection"),
        ("回传", "backhaul"),
        ("保湿", "moisturisers"),
        ("汉堡", "burgers"),
        ("鸡块", "nuggets"),
        ("肉糜", "mince"),
        ("大豆", "soy"),
        ("心律管理", "cardiac rhythm management"),
        ("介入心脏病学", "interventional cardiology"),
        ("肌肉骨骼", "musculoskeletal"),
        ("质子交换膜", "PEM"),
        ("阴离子交换膜", "AEM"),
        ("固体氧化物", "SOEC"),
        ("镍钴铝", "NCA"),
    ],
)
def test_market_report_segments_are_glossary_terms(term, sense):
    # Segment names English market reports tabulate whose Chinese industry term CC-CEDICT lacks or words
    # otherwise (防晒 "sunburn protection", 干粮 "rations", 干线 "trunk line").
    assert sense.lower() in [s.lower() for s in glossary_senses(term)]
