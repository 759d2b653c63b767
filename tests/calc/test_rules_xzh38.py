"""Chinese questions over English reports (issue 16, xzh38): the part a question takes out of a
whole ("海上风电新增装机中，中国以外") is the whole's measure of the thing excluded, and the whole is
the one its sentence states beside it.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "Global Wind Turbine Market Report"
_TOTAL = "New installations rose to 120.0 GW in 2024 from 110.0 GW in 2023, of which 9.0 GW was offshore."
_CHINA_OFFSHORE = "China installed 5.0 GW of the 9.0 GW offshore total in 2024."
_BY_REGION = "| Region | 2024 (GW) |\n|---|---|\n| China | 80.0 |\n| Europe | 16.0 |\n| Global | 120.0 |"


@pytest.mark.parametrize(
    "question",
    [
        "2024年海上风电新增装机中，中国以外的地区合计装了多少GW？",
        "2024年全球海上风电新增装机中，中国以外的装机量是多少GW？",
    ],
)
def test_the_part_is_the_wholes_measure_of_the_thing_excluded_and_the_whole_its_sentence_states(question):
    # China's row (80.0) counts all its installations, and 120.0 every one: the offshore whole is 9.0.
    hits = [hit(text, title=_TITLE) for text in (_CHINA_OFFSHORE, _TOTAL, _BY_REGION)]
    assert formula_of(question, *hits) == "9 - 5 = 4"


def test_a_sentences_other_figure_that_names_no_word_of_the_whole_is_not_it():
    # 7.0 is China's onshore figure, not the offshore whole: the whole is then looked for as before.
    said = "China installed 5.0 GW offshore in 2024, and 70.0 GW onshore."
    question = "2024年海上风电新增装机中，中国以外的装机量是多少GW？"
    assert formula_of(question, hit(said, title=_TITLE), hit(_TOTAL, title=_TITLE)) != "70 - 5 = 65"


_REGIONS = (
    "| Region | Market size (USD billion) 2024 | Liquid cooling share of regional market 2024 |\n|---|---|---|\n"
    "| Europe | 3.6 | 12.1% |\n| Asia Pacific | 5.0 | 13.4% |\n| Rest of World | 1.1 | 7.3% |\n| Total | 9.7 | 13.0% |"
)


def test_a_sum_asked_in_a_currency_adds_amounts_not_a_share_beside_them():
    # 地区 ("regional") names the share column of the Rest of World row; 十亿美元 asks an amount.
    question = "2024年欧洲、亚太和其他地区的数据中心冷却市场合计是多少十亿美元？"
    assert formula_of(question, hit(_REGIONS, title="Data Centre Cooling Market")) == "3.6 + 5 + 1.1 = 9.7"


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("2024年水表在智能表总出货量中占多少比例？", ("2024年水表", "智能表总出货量")),
        ("2024年美国收入在北美地区中占了多大比例？", ("2024年美国收入", "北美地区")),
    ],
)
def test_a_share_asked_as_how_much_or_how_large_a_proportion_within_its_whole(question, pair):
    # "占多少比例" and "占了多大比例" ask what "占多大比例" and "所占比例" do (blind phrasings b38b-082, b38b-001).
    intent = detect(question)
    assert intent is not None and intent.kind == "share" and intent.pair == pair


_BY_REGION_REVENUE = (
    "| Region | Revenue (USD million) 2024 | Subscribers (thousand) 2024 |\n|---|---|---|\n"
    "| North America | 6,900.0 | 2,980 |\n| Europe | 2,600.0 | 1,260 |\n| Global | 14,800.0 | 6,900 |"
)


def test_the_rest_after_the_year_is_the_total_row_less_the_part_s_row():
    # "2024年北美以外地区": the whole left unnamed is the report's, which the table's Global row counts.
    question = "2024年北美以外地区的卫星宽带收入合计是多少？"
    assert detect(question).kind == "rest"
    table = hit(_BY_REGION_REVENUE, title="Global Satellite Broadband Market Report", section="Revenue by Region")
    assert formula_of(question, table) == "14800 - 6900 = 7900"


def test_a_total_row_of_a_whole_the_table_does_not_write_is_no_whole_of_the_rest():
    # 海上风电 is written nowhere in a table of every installation: its Global row may count more.
    question = "2024年海上风电新增装机中，中国以外的装机量是多少GW？"
    assert formula_of(question, hit(_BY_REGION, title=_TITLE)) is None


def test_regions_other_than_one_hold_the_rest_of_the_shares():
    # "北美以外地区" is "北美以外的地区": a share asked of them is 100% less the one named.
    intent = detect("2024年北美以外地区合计占全球医学影像AI收入的比重是多少？")
    assert intent is not None and intent.kind == "complement"


def test_how_many_percent_asks_a_percentage_not_a_count():
    # 多少个百分比: 个 counts the percent; the revenue's change is computed, not refused as another measure.
    table = "| Region | Revenue (USD million) 2023 | Revenue (USD million) 2024 |\n|---|---|---|\n| Global | 2,000.0 | 2,500.0 |"
    question = "全球电解槽市场收入2024年比2023年增长了多少个百分比？"
    assert formula_of(question, hit(table, title="Global Water Electrolyser Market Report")) == "2500 / 2000 - 1 = 25%"


def test_a_rest_whose_part_its_own_name_binds_keeps_that_part():
    # The whole's words ("onshore turbines") name the rest, not the part: read with them, the part would be
    # the whole's own sentence (blind b38b-105); the part is sought by its own name first.
    question = "How much of the 2024 OEM revenue came from onshore turbines, i.e. everything other than offshore?"
    revenue = "Global wind turbine OEM revenue reached USD 68.4 billion in 2024, up 7.0% from USD 63.9 billion in 2023."
    offshore = "Offshore turbines are the fastest-growing part of the market, rising from USD 14.2 billion in 2024."
    assert formula_of(question, hit(revenue, title=_TITLE), hit(offshore, title=_TITLE)) == "68.4 - 14.2 = 54.2"
