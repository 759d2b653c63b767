"""English questions over Chinese reports (enzh49, thirty-second session): invented passages, model-free."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from reportqa.index.names import mentions
from reportqa.index.retriever import Hit
from reportqa.server.calc.intents import detect, listed_terms
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

ZH_APPLIANCES = """| 品类 | 2023年市场规模（亿元） | 2024年市场规模（亿元） |
| --- | --- | --- |
| 空调 | 180.0 | 200.0 |
| 冰箱 | 70.0 | 80.0 |
| 洗衣机 | 45.0 | 50.0 |
| 合计 | 480.0 | 500.0 |"""


def test_a_topic_named_before_a_colon_is_what_its_pronoun_asks() -> None:
    intent = detect("Refrigerators: what percent of the total market did they represent in 2024?")
    assert intent is not None and intent.kind == "share" and intent.pair is not None
    assert intent.pair[0] == "Refrigerators"
    hits = [hit(ZH_APPLIANCES, lang="zh", doc="home.md", title="2025年中国家电市场研究报告")]
    found = calculate("Washing machines: what percent of the total market did they represent in 2024?", hits)
    assert found is not None and found.result.value == D("10.00")


def test_a_pronoun_no_topic_names_is_no_row() -> None:
    # Read as written, "it" bound the table's first row (空调) and stated its share.
    hits = [hit(ZH_APPLIANCES, lang="zh", doc="home.md", title="2025年中国家电市场研究报告")]
    assert detect("What percent of the total market did it represent in 2024?") is None
    assert calculate("What percent of the total market did it represent in 2024?", hits) is None


IVD_TITLE = "2025年中国体外诊断（IVD）市场研究报告"


def _ivd(text: str) -> Hit:
    found = hit(text, lang="zh", doc="ivd.md", title=IVD_TITLE)
    # The title's bracketed pair, as ingest harvests it over the whole report.
    return replace(found, chunk=replace(found.chunk, aliases=[("ivd", "年中国体外诊断")]))


def test_a_share_of_a_market_naming_no_measure_is_of_its_size_not_a_revenue_beside_it() -> None:
    # The overseas revenue's sentence writes "IVD" and "total" and ranks first; the market's size is the whole.
    hits = [
        _ivd(
            "## 四、终端与出海\n从终端看，三级医院占IVD终端需求的六成。2024年国产IVD企业海外收入合计为125.0亿元，同比增长21.7%。"
        ),
        _ivd(
            "| 细分领域 | 2023年市场规模（亿元） | 2024年市场规模（亿元） |\n| --- | --- | --- |\n| 分子诊断 | 180.0 | 200.0 |"
        ),
        _ivd("## 一、市场概览\n2024年中国体外诊断市场规模为500.0亿元，同比增长4.2%。"),
    ]
    found = calculate("Molecular diagnostics held what share of China's IVD market in 2024?", hits)
    assert found is not None and found.result.value == D("40.00")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2024年海尔智家收入为978.2亿元", "Haier Smart Home"),  # 智能 + 家居, each by its first character
        ("2024年格力电器收入为612.4亿元", "Gree Electric"),  # 电气, by 电
        ("阿里云2024年份额为26.1%", "Alibaba Cloud"),  # 阿里巴巴 by its first two characters
    ],
)
def test_a_chinese_company_name_shortens_the_words_of_its_english_name(text: str, name: str) -> None:
    assert mentions(text.lower(), name)


def test_a_shortened_name_still_writes_one_word_whole_and_its_head_first() -> None:
    assert not mentions("2024年智家收入为978.2亿元", "Haier Smart Home")  # no head
    assert not mentions("2024年海尔集团收入为978.2亿元", "Haier Smart Home")  # 集团 shortens neither word
    assert not mentions("阿里2024年份额为26.1%", "Alibaba Cloud")  # the head alone, shortened


def test_a_segment_owned_by_its_initialism_is_named_apart_from_its_company() -> None:
    assert mentions("| 阿里云 | 26.1% | 21.4% |\n| 企业 | iaas份额 | paas份额 |", "Alibaba Cloud's PaaS")
    assert not mentions("| 华为云 | 13.2% | 12.7% |\n| 企业 | iaas份额 | paas份额 |", "Alibaba Cloud's PaaS")


ZH_COURIERS = """| 企业 | 2024年业务量（亿件） | 市场份额 | 2024年快递收入（亿元） |
| --- | --- | --- | --- |
| 甲速快递 | 300.0 | 30.0% | 450.0 |
| 乙达快递 | 100.0 | 10.0% | 250.0 |
| 合计 | 1,000.0 | 100.0% | 5,000.0 |"""


@pytest.mark.parametrize(
    "question",
    [
        "Based on express revenue, what was Yida Express's share of the total in 2024?",
        "Measured by parcel volume, how big was Yida Express relative to Jiasu Express in 2024, as a multiple?",
    ],
)
def test_express_delivery_is_no_conversion_asked(question: str) -> None:
    # "express" asked a conversion ("expressed in billions"): the noun and the name are express delivery's.
    intent = detect(question)
    assert intent is not None and intent.kind in ("share", "ratio")
    assert detect("What was the market in 2024, expressed in billions of yuan?").kind == "convert"


def test_a_measure_named_first_in_its_own_clause_is_both_sides() -> None:
    intent = detect("Based on express revenue, what was Yida Express's share of the total in 2024?")
    assert intent is not None and intent.pair == ("Yida Express express revenue", "the total")
    intent = detect(
        "Measured by parcel volume, how big was Yida Express relative to Jiasu Express in 2024, as a multiple?"
    )
    assert intent is not None and intent.pair == ("Yida Express parcel volume", "Jiasu Express parcel volume")


def test_how_big_a_thing_was_relative_to_another_as_a_multiple_is_their_ratio() -> None:
    intent = detect("In 2023, how large was the smart fridge market relative to smart televisions, as a multiple?")
    assert intent is not None and intent.kind == "ratio" and intent.years == (2023,)
    assert intent.pair == ("the smart fridge market", "smart televisions")


def test_that_in_another_place_is_the_first_sides_measure_there() -> None:
    intent = detect(
        "In 2023, what was the ratio of business revenue in the eastern region to that in the western region?"
    )
    assert intent is not None and intent.kind == "ratio"
    assert intent.pair == ("business revenue in the eastern region", "the western region business revenue")


def test_a_plural_owners_apostrophe_owns_the_other_sides_measure() -> None:
    intent = detect("What was Acme Holdings' 2024 China revenue as a multiple of Zenith Partners'?")
    assert intent is not None and intent.kind == "ratio" and intent.pair is not None
    assert intent.pair[1] == "Zenith Partners' China revenue"


def test_together_said_first_asks_the_sum_of_the_two_things_after_the_verb() -> None:
    intent = detect("Taken together, how big were the security hardware and security software segments in 2024?")
    assert intent is not None and intent.kind == "sum"
    assert intent.pair == ("security hardware", "security software segments")


def test_what_a_figure_came_to_in_a_year_is_that_years_figure_asked() -> None:
    intent = detect("What did dishwasher retail sales come to in 2023, approximately?")
    assert intent is not None and intent.kind == "unstated_value" and intent.years == (2023, 2024)
    hits = [hit("2024年智能厨电增长较快，其中洗碗机零售额为238.0亿元，同比增长19.0%。", lang="zh", doc="home.md")]
    found = calculate("What did dishwasher retail sales come to in 2023, approximately?", hits)
    assert found is not None and found.result.value == D("200.00")


def test_the_agents_of_a_passive_share_are_the_things_listed() -> None:
    question = "What was the combined share of the global pump market held by Acme, Bolt and Crane in 2024?"
    assert listed_terms(question) == ["Acme", "Bolt", "Crane"]


ZH_STORAGE_MAKERS = """2024年中国企业储能电池出货量为320.0GWh，同比增长60.0%；中国企业约占全球的80.0%。

| 企业 | 2024年储能电池出货量（GWh） | 同比增长 | 占中国企业出货量份额 |
|---|---|---|---|
| 恒储科技 | 80.0 | 50.0% | 25.0% |
| 华拓新能 | 40.0 | 70.0% | 12.5% |
| 其他 | 200.0 | — | 62.5% |
| 合计 | 320.0 | 60.0% | 100.0% |"""


def test_a_sum_of_shares_adds_the_share_column_not_the_growth_beside_it() -> None:
    # Read into a garbled pair, the listed rows' first percentages (their growth) were added: 130.9 "points".
    hits = [hit(ZH_STORAGE_MAKERS, lang="zh", doc="storage.md")]
    question = (
        "What combined share of energy storage battery shipments by Chinese companies did Hengchu Technology and "
        "Huatuo New Energy hold?"
    )
    found = calculate(question, hits)
    assert found is None or found.result.value == D("37.5")
