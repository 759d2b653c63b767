"""A part's share of its whole, bound across layouts (issue 16, share32): a share the report
states is quoted only when it is the part's share of the asked whole; a table whose share column
names another whole lends no total; 全国 is the total row of a country's report; the whole of a
share measures what its part measures.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "2025年中国茶饮连锁市场研究报告"
_CHAINS = (
    "| 企业 | 2024年门店数（家） | 市场份额 | 2024年营收（亿元） |\n| --- | --- | --- | --- |\n"
    "| 青柠茶饮 | 300 | 30.0% | 150.0 |\n| 远山茶铺 | 200 | 20.0% | 50.0 |\n| 其他 | 500 | 50.0% | 300.0 |\n"
    "| 合计 | 1,000 | 100.0% | 500.0 |"
)


def test_a_bare_share_column_is_the_share_of_the_amount_before_it_not_of_another_column():
    # 市场份额 follows the store count: 远山茶铺's revenue share is computed from the revenue column's total.
    question = "2024年远山茶铺营收占全国茶饮营收的比重是多少？"
    assert formula_of(question, hit(_CHAINS, lang="zh", title=_TITLE)) == "50 / 500 = 10%"


def test_a_bare_share_column_beside_the_parts_own_amount_is_quoted():
    question = "2024年远山茶铺门店数占合计的比重是多少？"
    assert formula_of(question, hit(_CHAINS, lang="zh", title=_TITLE)) is None


_MAKERS = (
    "| 企业 | 2024年电池出货量（GWh） | 占中国企业出货量份额 |\n| --- | --- | --- |\n"
    "| 北辰电池 | 60.0 | 20.0% |\n| 南港能源 | 30.0 | 10.0% |\n| 合计 | 300.0 | 100.0% |"
)
_WORLD = "2024年中国企业电池出货量为300.0GWh；同期全球电池出货量为400.0GWh。"


def test_a_table_whose_share_column_names_another_whole_lends_no_total():
    question = "北辰电池2024年电池出货量占全球电池出货量的比例是多少？"
    hits = [hit(_MAKERS, lang="zh", title="中国储能电池报告"), hit(_WORLD, lang="zh", title="中国储能电池报告")]
    assert formula_of(question, *hits) == "60 / 400 = 15%"


def test_without_the_asked_whole_the_tables_total_of_another_whole_is_not_taken():
    question = "北辰电池2024年电池出货量占全球电池出货量的比例是多少？"
    assert formula_of(question, hit(_MAKERS, lang="zh", title="中国储能电池报告")) is None


_FLOWERS = (
    "2024年，全国花卉流通总额达到2.0万亿元，同比增长3.0%。花卉物流市场规模为1,000亿元，较2023年增长5.0%。"
    "其中，鲜切花物流市场规模为200亿元，同比增长9.0%。"
)


def test_the_whole_of_a_share_measures_what_its_part_measures():
    # 流通总额 is the value of the goods carried, not the logistics market the part is a segment of.
    question = "2024年鲜切花物流占花卉物流市场的比重是多少？"
    assert formula_of(question, hit(_FLOWERS, lang="zh", title="2025年中国花卉物流行业报告")) == "200 / 1000 = 20%"


_COLD_TITLE = "2025年中国冷链物流行业报告"
_COLD_OVERVIEW = (
    "## 一、行业概况\n\n2024年，全国冷链物流总额达到9.0万亿元，同比增长4.0%。"
    "冷链物流市场规模（物流企业营业收入口径）为5,000亿元，较2023年的4,800亿元增长4.2%。"
)
_COLD_SEGMENT = "其中，医药冷链单独测算的市场规模为1,000亿元（含疫苗运输），同比增长9.0%。"


def test_across_languages_the_whole_measures_what_the_part_measures():
    # 冷链物流总额 is the value of the goods carried: no market the part's 市场规模 is a segment of.
    question = "What proportion of the cold chain logistics market does pharmaceutical cold chain represent?"
    hits = [hit(_COLD_OVERVIEW, lang="zh", title=_COLD_TITLE), hit(_COLD_SEGMENT, lang="zh", title=_COLD_TITLE)]
    assert formula_of(question, *hits) == "1000 / 5000 = 20%"


_WIND_TITLE = "Global Wind Turbine Market Report 2025"
_WIND_REGIONS = (
    "| Region | 2023 (GW) | 2024 (GW) |\n|---|---|---|\n| Europe | 17.0 | 16.0 |\n| Americas | 15.0 | 16.0 |\n"
    "| Africa | 1.0 | 1.2 |"
)
_WIND_US = "The United States installed 8.0 GW in 2024; the Americas figure also includes Brazil and Canada."


def test_a_plural_possessive_names_its_row():
    # "the Americas'" is the row "Americas", as "Europe's" is "Europe".
    question = "What share of the Americas' 2024 wind installations came from the United States?"
    hits = [hit(_WIND_US, title=_WIND_TITLE), hit(_WIND_REGIONS, title=_WIND_TITLE)]
    assert formula_of(question, *hits) == "8 / 16 = 50%"


_PARCELS = (
    "2024年全国快递业务量为1,000亿件，同比增长20.0%。"
    "东部地区业务量占全国的70.0%，其中浙江省业务量为200亿件，连续多年居全国前列。"
)


def test_a_share_its_sentence_states_of_another_thing_is_not_the_parts():
    # 70.0% is the east's share; Zhejiang, one province of it, has its share computed.
    question = "2024年浙江省快递业务量占全国快递业务量的比重是多少？"
    assert formula_of(question, hit(_PARCELS, lang="zh", title="2025年中国快递物流市场研究报告")) == "200 / 1000 = 20%"
