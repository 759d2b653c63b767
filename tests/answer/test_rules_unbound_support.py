"""answer/answerability.py (near33): a share or a change whose calculation bound nothing is answered
only by what a passage states — a share needs its whole written by some figure's sentence or row,
a change of one thing between years a support writing each year or a rate. Own sentences in both
languages, each near miss beside its answerable twin; the intent is the calculator's. Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.calc.intents import detect
from reportqa.server.calc.subject import writes_whole
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

SECURITY = [
    hit("2024年中国网络安全市场规模为826.5亿元，同比增长7.8%。", lang="zh", title="中国网络安全市场研究报告"),
    hit("深信服网络安全业务收入为40.2亿元。", lang="zh", title="中国网络安全市场研究报告", section="四、竞争格局"),
]


def _judged(question: str, hits: list) -> tuple[bool, str | None]:
    verdict = judge(question, hits, intent=detect(question))
    return verdict.answerable, verdict.reason and worded(verdict.reason, "en")


def test_a_share_of_a_whole_no_passage_states_is_refused():
    # 深信服's own total revenue is written nowhere: its security revenue is no share of it.
    assert _judged("深信服网络安全业务收入占其公司总营收的比重是多少？", SECURITY) == (
        False,
        "no passage states the total the share is asked of",
    )


def test_a_share_of_a_whole_a_passage_states_is_left_to_the_other_rules():
    assert _judged("深信服网络安全业务收入占中国网络安全市场规模的比重是多少？", SECURITY)[0]


SPORTSWEAR = [
    hit(
        "| Region | 2024 (USD bn) |\n|---|---|\n| North America | 152.4 |\n| China | 68.9 |",
        title="Global Sportswear Market Report",
        section="Sales by region",
    ),
    hit(
        "Running footwear, the largest category within footwear, reached USD 52.8 billion in 2024.",
        title="Global Sportswear Market Report",
    ),
]


def test_a_whole_is_a_place_and_a_thing_written_together():
    # North America's sales and footwear sales are each stated; North America's footwear sales nowhere.
    question = "What share of North American footwear sales did running shoes account for in 2024?"
    assert _judged(question, SPORTSWEAR)[1] == "no passage states the total the share is asked of"


def test_the_world_is_the_global_whole_a_report_writes():
    assert writes_whole(
        "the world's 2024 offshore wind installations", "global wind report: 9.4 gw of offshore installations"
    )
    assert not writes_whole("North America's footwear sales", "north america | 152.4")


SKINCARE = [
    hit("Shiseido's skincare revenue was JPY 628.4 billion in 2024.", title="Global Skincare Market Report"),
]


def test_a_change_from_a_year_no_support_writes_is_refused():
    assert _judged("2024年资生堂护肤品收入同比增长了多少？", SKINCARE) == (
        False,
        "no passage states it for each year asked",
    )


def test_a_change_a_support_states_as_a_rate_is_answered():
    stated = [
        hit(
            "Shiseido's skincare revenue was JPY 628.4 billion in 2024, up 3.1% year on year.",
            title="Global Skincare Market Report",
        )
    ]
    assert _judged("2024年资生堂护肤品收入同比增长了多少？", stated)[0]


def test_a_change_between_years_a_table_gives_is_answered_and_one_it_does_not_refused():
    meters = [
        hit(
            "| Region | 2023 | 2024 |\n|---|---|---|\n| Latin America | 1.0 | 1.2 |\n| Europe | 6.1 | 6.6 |",
            title="Smart Meters Market Report",
            section="Smart meter revenue by region, USD billion",
        ),
        # 2022 is written, of another measure: rule 2 finds the year, no support gives its revenue.
        hit("Global smart meter shipments were 178.2 million units in 2022.", title="Smart Meters Market Report"),
    ]
    assert _judged("How much did Latin American smart meter revenue grow between 2023 and 2024?", meters)[0]
    assert _judged("How much did Latin American smart meter revenue grow between 2022 and 2024?", meters) == (
        False,
        "no passage states it for each year asked",
    )


NEV = [
    hit(
        "2024年，福田汽车新能源商用车销量为5.6万辆，同比增长31.5%；宇通客车新能源客车销量为1.9万辆。",
        lang="zh",
        title="中国新能源商用车市场研究报告",
    ),
    hit("2023年中国新能源商用车销量为44.0万辆。", lang="zh", title="中国新能源商用车市场研究报告"),
]


def test_a_clause_without_a_year_is_dated_by_the_one_before_in_its_paragraph():
    # The sentence splitter ends 宇通客车's clause at the semicolon; 2024年 opening the paragraph dates it.
    assert judge("宇通客车2024年新能源客车销量约为多少万辆？", NEV).answerable
    assert not judge("宇通客车2023年新能源客车销量约为多少万辆？", NEV).answerable


def test_a_new_paragraph_is_not_dated_by_the_last():
    hits = [
        hit("2024年中国新能源商用车销量为53.2万辆。\n宇通客车新能源客车销量为1.9万辆。", lang="zh", title="报告"),
        NEV[1],
    ]
    assert judge("宇通客车2023年新能源客车销量约为多少万辆？", hits).answerable
