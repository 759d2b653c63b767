"""Stated figures looked up across languages (fact50, thirty-third session): invented passages, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.index.dictionary import terms_in
from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from reportqa.server.calc.subject import writes_whole
from tests.support.passages import hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        # "A在B占多大份额": no 中 closes the whole, 占 opens the asking words at once.
        ("星河医疗在中国光电类医美市场占多大份额？", ("星河医疗", "中国光电类医美市场")),
        ("蓝海公司在全球储能市场占多少比例？", ("蓝海公司", "全球储能市场")),
        # "A占B多大比重": the asking words close the whole without 的.
        ("华南地区占国内工业软件市场多大比重？", ("华南地区", "国内工业软件市场")),
        ("华南地区占国内工业软件市场多少份额？", ("华南地区", "国内工业软件市场")),
    ],
)
def test_a_share_asked_after_its_whole_without_de_reads_the_whole(question: str, pair: tuple[str, str]) -> None:
    intent = detect(question)
    assert intent is not None and intent.kind == "share" and intent.pair == pair


def test_a_year_after_zai_is_no_whole() -> None:
    intent = detect("星河医疗在2024年占多大份额？")
    assert intent is None or intent.pair is None or intent.pair[1] != "2024年"


def test_a_sentences_money_is_no_count_asked() -> None:
    # "worldwide" is not the passages' "global": the vendor's revenue over the market's revenue was computed as
    # its share of shipments.
    hits = [
        hit(
            "Acme remained the largest vendor, with 40.0% of global widget shipments in 2024. "
            "Its enterprise revenue was estimated at USD 2.0 billion, up 10.0% year on year."
        ),
        hit("The global widget market generated revenue of USD 10.0 billion in 2024, up 8.0% from 2023."),
        hit("Shipments of widgets reached 5.0 million units in 2024, compared with 4.5 million units in 2023."),
    ]
    assert calculate("What was Acme's share of worldwide widget shipments in 2024?", hits) is None


CLOUD_TITLE = "2025年中国云服务市场研究报告"


def test_a_share_a_table_row_states_for_the_whole_asked_is_not_recomputed_from_revenue() -> None:
    hits = [
        hit(
            "| 厂商 | IaaS市场份额（2024年） | PaaS市场份额（2024年） |\n|---|---|---|\n| 星云 | 30.0% | 20.0% |\n"
            "| 其他 | 70.0% | 80.0% |",
            lang="zh",
            doc="cloud.md",
            title=CLOUD_TITLE,
        ),
        hit("星云2024年营收为100.0亿元，同比增长3.4%。", lang="zh", doc="cloud.md", title=CLOUD_TITLE),
        hit(
            "| 服务类型 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| IaaS | 300.0 | 400.0 |",
            lang="zh",
            doc="cloud.md",
            title=CLOUD_TITLE,
        ),
    ]
    assert calculate("星云占IaaS市场的比重是多少？", hits) is None


TRUCKS_TITLE = "中国新能源商用车市场研究报告（2025）"


def test_an_english_sales_is_counted_in_units_for_a_part_that_names_no_measure() -> None:
    hits = [
        hit(
            "| 车型 | 销量（万辆） 2023年 | 销量（万辆） 2024年 |\n| --- | --- | --- |\n| 新能源轻型货车 | 16.0 | 20.0 |\n"
            "| 新能源重型卡车 | 3.0 | 8.0 |\n| 合计 | 40.0 | 50.0 |",
            lang="zh",
            doc="trucks.html",
            title=TRUCKS_TITLE,
        ),
        hit(
            "2024年，远山汽车新能源商用车销量为5.0万辆，同比增长31.5%。",
            lang="zh",
            doc="trucks.html",
            title=TRUCKS_TITLE,
        ),
        hit(
            "2024年，中国新能源商用车销量为50.0万辆，同比增长20.9%。", lang="zh", doc="trucks.html", title=TRUCKS_TITLE
        ),
    ]
    found = calculate("In 2024, what percentage of new energy commercial vehicle sales were heavy-duty trucks?", hits)
    assert found is not None and found.result.value == D("16.00")


def test_a_hyphenated_word_has_the_senses_of_its_spaced_spelling() -> None:
    senses = {w for term in terms_in("heavy-duty trucks") for part in term.parts for w in part}
    assert "重型" in senses


@pytest.mark.parametrize("word", ["国内", "我国"])
def test_the_questions_own_country_is_the_reports_national_whole(word: str) -> None:
    assert writes_whole(
        f"{word}工业软件市场", "中国工业软件市场报告 华南地区是第二大区域市场，占2024年全国市场的21.5%；"
    )


def test_the_own_country_is_not_written_by_a_report_of_no_country() -> None:
    assert not writes_whole("国内工业软件市场", "全球工业软件市场报告 欧洲占2024年全球市场的21.5%；")
    # nor by the title's 中国 alone: the sentence must write the nation as a whole
    assert not writes_whole(
        "国内冷藏车保有量", "中国冷链物流市场报告 冷藏车保有量达到46.8万辆，较上年的43.2万辆明显增加。"
    )


def test_nationwide_is_still_written_only_as_the_report_writes_it() -> None:
    # A trap: 全国冷藏车保有量 is not the whole of a sales share because the title writes 中国.
    assert not writes_whole(
        "全国冷藏车保有量", "中国冷链物流市场报告 冷藏车保有量达到46.8万辆，较上年的43.2万辆明显增加。"
    )
