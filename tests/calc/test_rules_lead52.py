"""Thirty-fourth session (lead): a ranking's first N across languages, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.calc.subject import ranked
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_ZH = {"lang": "zh", "doc": "robots-zh.md", "title": "2025年中国服务机器人市场研究报告"}
# A table of the leaders' shares first, the top five's joint share in a sentence after it.
_ROBOTS_ZH = (
    hit(
        "## 三、竞争格局\n| 企业 | 2024年收入（亿元） | 占中国服务机器人市场份额 | 占全球市场份额 |\n|---|---|---|---|\n"
        "| 优必选 | 120.5 | 12.3% | 2.1% |\n| 科沃斯 | 98.0 | 9.8% | 1.5% |\n| 石头科技 | 80.2 | 8.0% | 1.2% |",
        **_ZH,
    ),
    hit("2024年，前五家企业合计占中国服务机器人市场的41.5%，较2023年提升2.1个百分点。", **_ZH),
)
_EN = {"doc": "robots-en.md", "title": "Global Service Robot Market Report 2025"}
_ROBOTS_EN = (
    hit(
        "## Competitive landscape\n| Vendor | Revenue 2024 (USD million) | Share of global market 2024 |\n|---|---|---|\n"
        "| Ecovacs | 1,205.0 | 12.3% |\n| iRobot | 980.0 | 9.8% |\n| Roborock | 802.0 | 8.0% |",
        **_EN,
    ),
    hit("In 2024 the top five vendors together held 41.5% of the global service robot market.", **_EN),
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("companies outside the top five", {"五家", "五大", "五名", "五强"}),
        ("the three largest vendors", {"三家", "三大", "三名", "三强"}),
        ("top-10 players", {"十家", "十大", "十名", "十强"}),
        ("前五家企业", {"top", "five"}),
        ("排名前三的厂商", {"top", "three"}),
        ("前10名", {"top", "ten"}),
        ("the top of the range", set()),
    ],
)
def test_a_rankings_first_n_in_the_other_language(text, words):
    assert ranked(text) == words


def test_an_english_question_finds_the_top_five_a_chinese_report_writes_as_qianwujia():
    # "the top five" has no dictionary sense 前; jieba cuts 前五家 to 前 | 五家.
    question = "What combined share of China's service robot market is held by companies outside the top five?"
    assert formula_of(question, *_ROBOTS_ZH) == "100% - 41.5% = 58.5%"


def test_a_chinese_question_finds_the_top_five_an_english_report_writes():
    assert (
        formula_of("2024年前五家以外的企业合计占全球服务机器人市场的份额是多少？", *_ROBOTS_EN)
        == "100% - 41.5% = 58.5%"
    )


_PARCELS = {"lang": "zh", "doc": "parcels-zh.md", "title": "2025年中国快递物流市场研究报告"}
_BY_REGION = hit(
    "## 二、分区域业务量与收入\n| 区域 | 业务量（亿件） 2023年 | 业务量（亿件） 2024年 | 业务收入（亿元） 2023年 | 业务收入（亿元） 2024年 |\n"
    "|---|---|---|---|---|\n| 东部地区 | 900.0 | 1,000.0 | 8,000.0 | 9,000.0 |\n| 西部地区 | 120.0 | 150.0 | 1,300.0 | 1,500.0 |",
    section="二、分区域业务量与收入",
    **_PARCELS,
)
_PACKAGING = hit(
    "## 五、发展趋势\n二是绿色包装，2024年可循环快递包装使用量达到10.5亿次，快件不再二次包装率为90.5%。",
    section="五、发展趋势",
    **_PARCELS,
)


def test_a_change_bound_to_a_row_for_one_year_takes_the_rows_other_year_from_its_column():
    # 2023's figure is the row of the region asked; 2024's was a sentence the words "express delivery" matched twice
    # (快递, 快件): a row and a sentence are refused as two things. The row holds both years in one column group.
    question = "By how much did express delivery volume in western China go up from 2023 to 2024?"
    assert formula_of(question, _BY_REGION, _PACKAGING) == "150 - 120 = 30"
