"""Thirtieth session: shares of one whole added are the share they hold together, in percent; rates
added, or a sum asked in points, stay in percentage points."""

from __future__ import annotations

import pytest

from reportqa.server.answer.figures import display
from reportqa.server.calc.intents import read_intent
from reportqa.server.calc.program import calculate
from tests.calc.test_rules_phrasings import _report as report_passages
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

VENDORS = hit(
    "| 厂商 | 2024年收入（亿元） | 市场份额 | 同比增长 |\n|---|---|---|---|\n"
    "| 北辰软件 | 120.0 | 28.0% | 12.5% |\n| 南岭云 | 65.6 | 15.3% | 8.1% |\n| 东岳科技 | 40.2 | 9.4% | 3.3% |",
    lang="zh",
    doc="vendors-zh.md",
    title="中国企业软件市场研究报告",
)


@pytest.mark.parametrize(
    "question",
    [
        "2024年北辰软件和南岭云的合计市场份额是多少？",
        "What was the combined market share of 北辰软件 and 南岭云 in 2024?",
    ],
)
def test_shares_added_are_a_share_in_percent(question):
    found = calculate(question, [VENDORS])
    assert found is not None and found.result.formula == "28 + 15.3 = 43.3"
    assert found.result.unit == "%" and display(found.result, "en") == "43.3%"


def test_shares_added_past_the_whole_or_asked_in_points_stay_points():
    found = calculate("2024年北辰软件和南岭云的市场份额合计是多少个百分点？", [VENDORS])
    assert found is not None and found.result.unit == "pp"


COLD = [
    hit("2024年中国社会消费品零售总额为48.2万亿元，冷链物流是其重要的支撑。", lang="zh", doc="cold-zh.md"),
    hit("2024年，中国冷链物流市场规模达到5,361亿元，同比增长8.5%。", lang="zh", doc="cold-zh.md"),
    hit("2024年医药冷链市场规模为1,012亿元。", lang="zh", doc="cold-zh.md"),
]


def test_a_figure_is_of_the_subject_its_own_clause_names_not_one_beside_it():
    """48.2万亿元 is retail sales: 冷链物流 stands in the clause after it, and the cold-chain market's own
    figure ranks lower."""
    question = (
        "How much larger was China's cold chain logistics market than its pharmaceutical cold chain market in 2024?"
    )
    assert formula_of(question, *COLD) == "5361 - 1012 = 4349"


SEGMENTS = hit(
    "| 细分领域 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n"
    "| 即时检测（POCT） | 100.0 | 110.0 |\n| 血液及体液诊断 | 80.0 | 86.5 |\n| 微生物诊断 | 40.0 | 42.0 |",
    lang="zh",
    doc="diagnostics-zh.md",
    title="中国体外诊断市场研究报告",
)
COMPANIES = hit(
    "| 企业 | 2024年收入（亿元） |\n|---|---|\n| 北辰诊断（Beichen Diagnostics） | 30.2 |\n| 南岭生物 | 12.4 |",
    lang="zh",
    doc="diagnostics-zh.md",
    title="中国体外诊断市场研究报告",
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        # "in absolute terms" says how to give the change, not what of
        ("How much did China's POCT market grow in absolute terms from 2023 to 2024?", "110 - 100 = 10"),
        # "diagnostics" has no sense the dictionary gives in Chinese: it cannot tell the row found from the
        # company whose bracketed English name spells it
        (
            "What was the difference in the size of the blood and body fluid diagnostics market between 2023 and 2024?",
            "86.5 - 80 = 6.5",
        ),
    ],
)
def test_words_that_cannot_be_read_in_the_reports_language_do_not_unbind_a_row(question, formula):
    assert formula_of(question, SEGMENTS, COMPANIES) == formula


SCANNERS = hit(
    "| Modality | 2024 (USD million) | 2030 (USD million) |\n|---|---|---|\n"
    "| CT | 400.0 | 1,000.0 |\n| MRI | 300.0 | 600.0 |",
    doc="scanners-en.md",
    title="AI in Medical Imaging: Global Market Report",
)


def test_a_market_size_asked_in_chinese_is_what_an_english_tables_amounts_are():
    """规模 ("scale, scope") names the market's size, which an English table writes as its amounts, not as a word."""
    assert formula_of("2024年至2030年CT的市场规模增长了百分之多少？", SCANNERS) == "1000 / 400 - 1 = 150%"


AIRCON = [
    hit(
        "## 一、市场概览\n\n2024年中国空调市场规模为2,000.0亿元，同比增长5.0%。",
        lang="zh",
        doc="aircon-zh.md",
        title="中国空调市场研究报告",
    ),
    hit(
        "## 三、区域\n\n分区域看，华东地区占全国空调零售额的40.0%，华南地区占20.0%，其余为其他地区。",
        lang="zh",
        doc="aircon-zh.md",
        title="中国空调市场研究报告",
    ),
]


def test_a_region_named_without_its_kind_word_holds_its_share():
    """ "East China" is 华东, and the report's holder 华东地区 adds only 地区, the kind of place it is."""
    question = "How much air-conditioner retail sales did East China generate in 2024?"
    assert formula_of(question, *AIRCON) == "2000 × 40% = 800"


EUROPE = hit(
    "Europe excluding Germany generated USD 20.0 billion of skincare sales in 2024. Within Europe excluding "
    "Germany, France generated USD 5.0 billion, and Italy and Spain together accounted for most of the rest.",
    doc="skincare-en.md",
    title="Global Skincare Market Report",
)


@pytest.mark.parametrize(
    "question",
    ["2024年法国在除德国以外的欧洲护肤品销售额中占比多少？", "2024年除德国以外的欧洲护肤品销售额中，法国占比多少？"],
)
def test_a_whole_named_with_its_exclusion_is_the_whole_of_a_share(question):
    """除德国以外的欧洲 is the whole's name ("Europe excluding Germany"), not what is left of a whole."""
    assert read_intent(question).kind == "share"
    assert formula_of(question, EUROPE) == "5 / 20 = 25%"


SPEAKERS = hit(
    "2024年中国智能音箱市场规模为120.0亿元，同比增长20.0%。",
    lang="zh",
    doc="speakers-zh.md",
    title="中国智能音箱市场研究报告",
)


@pytest.mark.parametrize("asked", ["How large was", "Approximately how big was"])
def test_how_large_a_year_was_is_carried_back_by_its_growth_when_unstated(asked):
    assert (
        formula_of(f"{asked} China's smart speaker market in 2023?", SPEAKERS) == "120 × (1 + 20%)^(2023 - 2024) = 100"
    )


@pytest.mark.parametrize(
    ("report", "question", "formula"),
    [
        # Same-language questions of the tuning files asked in the other language (the x47 probe).
        (
            "online-education-china-2025.md",
            "What share of the online education market did AI tutoring products account for in 2024?",
            "186.3 / 3486.7 = 5.34%",
        ),
        (
            "cloud-computing-china-2025.md",
            "How much larger was China's cloud computing market than its public cloud market in 2024?",
            "8264.2 - 5620.8 = 2643.4",
        ),
        (
            "skincare-global-2025.pdf",
            "2024年韩国在除中国以外的亚太地区护肤品销售额中占比多少？",
            "8.7 / 32.4 = 26.85%",
        ),
        (
            "online-education-china-2025.md",
            "Approximately how large was the market for AI tutoring products in 2023?",
            "186.3 × (1 + 62.5%)^(2023 - 2024) = 114.65",
        ),
    ],
)
def test_questions_asked_across_languages_over_the_marketset_reports(report, question, formula):
    assert formula_of(question, *report_passages(report)) == formula
