"""English questions over Chinese reports whose figure was not computed (enzh47): an English question
that writes a name as the Chinese report does, a rest the report names beside a whole's parts, the
end of a forecast stated only in a sentence. Invented passages, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate, forecast_end_named
from tests.support.passages import computed, hit

pytestmark = pytest.mark.unit

ZH_VENDORS = """| 企业 | 2024年收入（亿元） | 占中国阀门市场份额 |
|---|---|---|
| 甲阀（Jiafa Valves） | 52.0 | 12.5% |
| 乙泰流体 | 31.0 | 7.4% |
| 丙川机械 | 20.0 | 4.8% |"""


def test_an_english_question_writing_a_chinese_name_reads_its_shares_as_english() -> None:
    # "乙泰流体" is how a linked name is asked (the report writes it only in Chinese); the question stays English.
    question = "Together, what share of China's valve market did Jiafa Valves and 乙泰流体 hold in 2024?"
    intent = detect(question)
    assert intent is not None and intent.kind == "sum"
    assert intent.pair == ("Jiafa Valves share of China's valve market", "乙泰流体 share of China's valve market")
    assert computed(ZH_VENDORS, question) == D("19.9")


ZH_APPAREL_TABLE = """表1 中国服饰市场规模（按品类，亿元）
| 品类 | 2023年 | 2024年 |
|---|---|---|
| 服装类 | 281.0 | 300.0 |
| 鞋类 | 150.0 | 162.0 |"""
ZH_APPAREL_REST = "服装类中，夹克为120.0亿元，衬衫为80.0亿元，其余为羊毛衫等针织品。"


def test_a_rest_asked_by_its_size_apart_from_the_parts_is_the_whole_less_them() -> None:
    # 羊毛衫 is "cardigan"; its piece 羊毛 ("wool") is written with it, not a thing the question leaves out.
    hits = [hit(ZH_APPAREL_TABLE, lang="zh", doc="apparel.md"), hit(ZH_APPAREL_REST, lang="zh", doc="apparel.md")]
    question = "Within apparel, how big were cardigans and other knitwear in 2024, i.e. everything apart from jackets and shirts?"
    found = calculate(question, hits)
    assert found is not None and found.result.value == D("100.0")


VALVES = "2025年中国阀门市场研究报告"
ZH_FORECAST_IN_PROSE = (
    "2024年中国阀门市场规模为500.0亿元，同比增长8.0%。预计2030年市场规模将达到800.0亿元，2024—2030年复合增长率为7.9%。"
)


def test_the_end_of_a_forecast_stated_in_prose_is_its_last_year() -> None:
    hits = [hit(ZH_FORECAST_IN_PROSE, lang="zh", doc="valves.md", title=VALVES)]
    question = "How much larger will China's valve market be at the end of the forecast period than in 2024?"
    asked = forecast_end_named(question, hits)
    assert asked == "How much larger will China's valve market be in 2030 than in 2024?"
    found = calculate(asked, hits)
    assert found is not None and found.result.value == D("300.0")


def test_no_later_figure_of_the_subject_leaves_the_forecast_end_unread() -> None:
    hits = [hit("2024年中国阀门市场规模为500.0亿元，同比增长8.0%。", lang="zh", doc="valves.md", title=VALVES)]
    question = "How much larger will China's valve market be at the end of the forecast period than in 2024?"
    assert forecast_end_named(question, hits) == question


SOFTWARE = "2025年中国软件市场研究报告"


def test_a_shares_part_is_no_figure_its_clause_says_is_another_places_or_the_wholes() -> None:
    # The global market (its clause says 全球, the whole is China's) and the digital economy's own figure (its
    # clause names the whole's thing; 软件 stands in the clause after it) rank first: the part is China's market.
    hits = [
        hit(
            "同期全球软件市场规模为9,000亿美元，同比增长10.0%。2024年中国数字经济规模为50.0万亿元，软件是其重要的组成部分。",
            lang="zh",
            doc="software.md",
            title=SOFTWARE,
        ),
        hit("2024年，中国软件市场规模达到12,000.0亿元，同比增长12.0%。", lang="zh", doc="software.md", title=SOFTWARE),
    ]
    found = calculate("What share of China's 2024 digital economy did the software market represent?", hits)
    assert found is not None and found.result.value == D("2.4")
