"""Shares across units (xen43): a share's part and whole written with different units after them (GW of
power added, GWh of batteries shipped) are no share, whatever words they share."""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

ADDED = "2024年甲国新型储能新增装机为52.0GW，同比增长40.0%。其他技术路线中，钠离子电池新增装机为0.4GW。"
SHIPPED = "2024年甲国企业储能电池出货量为410.0GWh，同比增长30.0%。"


def test_a_share_of_a_figure_written_in_another_unit_is_not_computed():
    question = "What share of the 2024 energy-storage battery shipments did sodium-ion batteries account for?"
    hits = [hit(SHIPPED, lang="zh", dense=0.7), hit(ADDED, lang="zh", dense=0.6)]
    assert formula_of(question, *hits) is None  # 0.4 GW is no part of 410.0 GWh


def test_a_share_of_a_figure_in_its_own_unit_is_computed():
    question = "What share of the new energy storage capacity added in 2024 did sodium-ion batteries account for?"
    assert formula_of(question, hit(ADDED, lang="zh")) == "0.4 / 52 = 0.7692%"  # 钠离子: 钠 "sodium" + 离子 "ion"


def test_an_undated_part_is_no_share_of_one_year_of_a_row_of_several():
    sentence = "免疫诊断是最大的细分领域，其中化学发光规模为300.0亿元。"
    table = "| 细分领域 | 2023年（亿元） | 2024年（亿元） |\n|---|---|---|\n| 生化诊断 | 150.0 | 160.0 |\n| 免疫诊断 | 320.0 | 350.0 |"
    question = "What share of the immunodiagnostics market does chemiluminescence hold?"
    # 300.0 is of no stated year: over 320.0 (2023) or 350.0 (2024), the share would be a guess
    assert formula_of(question, hit(sentence, lang="zh"), hit(table, lang="zh")) is None
    dated = "2024年免疫诊断是最大的细分领域，其中化学发光规模为300.0亿元。"
    assert formula_of(question, hit(dated, lang="zh"), hit(table, lang="zh")) == "300 / 350 = 85.71%"
