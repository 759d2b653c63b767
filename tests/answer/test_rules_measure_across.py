"""A measure a question asks is found in the words the other language states it with (issue 16):
a share by its verb (占, "accounted for"), not only its noun; a measure the question names in
both scripts (平均每用户收入（ARPU）) by the form in brackets. A share stated by its verb names
only its part and its whole, so it supports a question only where it writes the question's
subject words the passages write.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.index.names import mentions_measure, states_share
from reportqa.server.answer.answerability import _asked_measures, judge
from reportqa.server.answer.sentences import rank_sentences
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def test_a_share_is_stated_by_its_verb_in_either_language():
    assert states_share("华南地区占全国饮料消费的21.3%")
    assert states_share("online stores accounted for 44.5% of tyre sales in 2024")
    assert states_share("services made up 38.5% of revenue")
    assert not states_share("占地面积为120平方米")  # no percentage: not a share
    assert not states_share("revenue rose 15.5% in 2024")
    assert mentions_measure("华南地区占全国饮料消费的21.3%", "share")
    assert mentions_measure("online stores accounted for 44.5% of tyre sales", "份额")
    assert not mentions_measure("华南地区占全国饮料消费的21.3%", "share", by_verb=False)
    assert not mentions_measure("华南地区占全国饮料消费的21.3%", "收入")  # only a share's own terms


def test_a_share_stated_by_its_verb_answers_a_question_in_the_other_language():
    regions = hit("分区域看，华东地区占全国饮料消费的31.3%，华北地区占17.4%。", lang="zh", doc="drinks-zh.md")
    size = hit("2024年中国饮料市场规模为6,120.5亿元，同比增长4.1%。", lang="zh", doc="drinks-zh.md")
    assert judge("What share of national beverage spending came from East China?", [regions, size]).answerable


def test_a_share_stated_by_its_verb_of_the_whole_is_no_share_of_a_part_the_report_names():
    # The channel split is of all beverages; the question asks it of bottled tea, a row of the report.
    channels = hit("线上渠道占饮料零售额的28.6%，线下门店占71.4%。", lang="zh", doc="drinks-zh.md")
    rows = hit("| 瓶装茶 | 812.4 | 6.2% |\n| 果汁 | 655.0 | 2.8% |", lang="zh", doc="drinks-zh.md")
    verdict = judge("2024年瓶装茶线上渠道零售额占比是多少？", [channels, rows])
    assert not verdict.answerable


def test_a_measure_named_in_both_scripts_is_found_by_the_form_in_brackets():
    arpu = hit("The average postpaid ARPU fell to USD 31 per month in 2024 from USD 33 in 2023.", doc="telecom-en.md")
    subscribers = hit("Postpaid subscribers reached 48.2 million at the end of 2024.", doc="telecom-en.md")
    assert "arpu" in _asked_measures("2024年后付费用户的平均每用户收入（ARPU）是多少？")
    assert judge("2024年后付费用户的平均每用户收入（ARPU）是多少？", [arpu, subscribers]).answerable
    # A name in brackets after one that holds no measure is no measure: 华为（Huawei）.
    assert _asked_measures("2024年华为（Huawei）的收入是多少？") == ["收入"]


def test_the_sentence_stating_the_share_by_its_verb_ranks_by_it():
    growth = hit("2024年直播电商渠道销售额同比增长31.4%。", lang="zh", doc="drinks-zh.md", dense=0.6)
    channels = hit("线上渠道占饮料零售额的28.6%，线下门店占71.4%。", lang="zh", doc="drinks-zh.md", dense=0.6)
    ranked = rank_sentences("What share of beverage retail sales went through online channels?", [growth, channels])
    assert ranked[0].text.startswith("线上渠道")
