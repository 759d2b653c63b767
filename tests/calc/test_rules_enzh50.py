"""Thirty-third session (enzh50): English questions over Chinese reports, the failures of the xprobe33e
twins, each as a phrasing of the question or a habit of report writing, over invented reports."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import read_intent
from reportqa.server.calc.subject import names_in
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_DC_TITLE = "2025年中国数据中心市场研究报告"
DATA_CENTRES = hit(
    "## 一、市场概览\n2024年，中国数据中心市场规模达到300.0亿元，同比增长20.0%，2023年市场规模为250.0亿元。",
    lang="zh",
    doc="data-centres-zh.md",
    title=_DC_TITLE,
)


@pytest.mark.parametrize(
    "question",
    [
        "How much bigger was China's data center market in 2024 than the year before?",
        "By how much did China's data center market grow in 2024 compared with the year before?",
    ],
)
def test_than_the_year_before_is_the_year_before_the_one_named(question):
    # "than the year before" compares the year named with the one before it, as "than the previous year" does:
    # not a second thing called "the year before".
    assert formula_of(question, DATA_CENTRES) == "300 - 250 = 50"


def test_the_year_before_a_year_named_is_that_year_of_its_own():
    assert read_intent("How much larger was the market in 2024 than the year before 2024?").years != (2023, 2024)


_PARCEL_TITLE = "2025年中国包裹递送市场研究报告"
_PARCEL_SUMMARY = hit(
    "## 一、行业概览\n2024年全国快递业务量完成1,500.0亿件，同比增长20.0%。",
    lang="zh",
    doc="parcels-zh.html",
    title=_PARCEL_TITLE,
)
_PARCEL_PROVINCES = hit(
    "东部地区业务量占全国的70.0%，其中浙江省业务量为300.0亿件，居全国第二。",
    lang="zh",
    doc="parcels-zh.html",
    title=_PARCEL_TITLE,
)
_PARCEL_TYPES = hit(
    "| 业务类型 | 2024年业务量（亿件） | 占比 |\n| --- | --- | --- |\n"
    "| 同城快递 | 150.0 | 10.0% |\n| 异地快递 | 1,350.0 | 90.0% |",
    lang="zh",
    doc="parcels-zh.html",
    title=_PARCEL_TITLE,
)


def test_an_unwritten_modifier_that_opens_a_chinese_row_label_is_another_kind_of_the_thing():
    # 同城快递's words are only 快递: 同 and 城 open the label and name a kind of it (intra-city), which
    # "national express delivery volume" does not ask. The whole is the sentence's national volume.
    question = "What share of national express delivery volume does Zhejiang province account for?"
    assert formula_of(question, _PARCEL_SUMMARY, _PARCEL_PROVINCES, _PARCEL_TYPES) == "300 / 1500 = 20%"


_CLOUD_TITLE = "中国企业云服务市场研究报告（2025）"
_CLOUD_SERVICES = hit(
    "| 服务类型 | 2023年（亿元） | 2024年（亿元） | 同比增长 |\n|---|---|---|---|\n"
    "| SaaS | 100.0 | 120.0 | 20.0% |\n| PaaS | 50.0 | 60.0 | 20.0% |",
    lang="zh",
    doc="cloud-services-zh.md",
    title=_CLOUD_TITLE,
)


def test_a_term_spelled_out_before_its_acronym_in_brackets_is_named_by_the_acronym():
    assert set(names_in("How much did Software-as-a-Service (SaaS) revenue in China rise?")) == {"SaaS", "China"}
    assert "Point" not in names_in("What was the Point-of-Care Testing (POCT) market size?")
    # Not an acronym the words before do not spell: both stay names.
    assert "Acme Cloud" in names_in("How much did Acme Cloud (XYZ) earn?")
    question = "How much did Software-as-a-Service (SaaS) revenue rise in 2024 over the prior year, in RMB 100 million?"
    assert formula_of(question, _CLOUD_SERVICES) == "120 - 100 = 20"


_STORAGE = hit(
    "| 应用场景 | 2024年新增装机（GW） | 占比 |\n|---|---|---|\n"
    "| 电源侧 | 10.0 | 40.0% |\n| 电网侧 | 12.5 | 50.0% |\n| 用户侧 | 2.5 | 10.0% |",
    lang="zh",
    doc="storage-zh.md",
    title="中国储能市场研究报告",
)


def test_an_opening_phrase_of_the_measure_leaves_how_many_times_b_was_a():
    # "Measured by X, how many times B was A" asks A over B, as "how many times B was A" does.
    question = "Measured by new installations in 2024, how many times the generation side was the grid side?"
    intent = read_intent(question)
    assert (intent.kind, intent.pair) == ("ratio", ("the grid side", "the generation side"))
    assert formula_of(question, _STORAGE) == "12.5 / 10 = 1.25"
