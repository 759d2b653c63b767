"""No figure from the wrong subject (issue 16, wrongfig21): mini-reports typed for the paths a
review proved on main, each where a calculation took another market's or company's figure, and
look-alikes of other markets in both languages. Every figure asked must be right or refused.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.subject import subject_words
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


# 1. A qualified measure that opens a sentence ("Revenue across the industry") is the industry's.
@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Acme's revenue was USD 2.0 billion in 2023. Revenue across the industry reached USD 9.0 billion in 2024.",
            "What was the change in Acme's revenue from 2023 to 2024?",
        ),
        (
            "Acme's sales were USD 2.0 billion in 2023. Sales of the overall market grew 8% to USD 9.0 billion in 2024.",
            "What was the change in Acme's sales from 2023 to 2024?",
        ),
        (
            "Acme's sales were USD 2.0 billion in 2023. Sales of the overall market grew 8% to USD 9.0 billion in 2024.",
            "What were Acme's sales in 2023, given its 2024 sales and growth?",
        ),
        (
            "Borealis Pumps reported revenue of USD 1.2 billion in 2023. Revenue industry-wide rose to USD 7.5 billion in 2024.",
            "By what percentage did Borealis Pumps' revenue grow from 2023 to 2024?",
        ),
    ],
)
def test_a_measure_qualified_as_the_industry_s_is_not_the_company_s_before(text, question):
    assert formula_of(question, hit(text, doc="industry-en.md")) is None


@pytest.mark.parametrize(
    "text",
    [
        "2023年华测检测收入为20.0亿元。行业整体收入在2024年达到90.0亿元。",
        "2023年华测检测收入为20.0亿元。该行业整体收入在2024年达到90.0亿元。",
    ],
)
def test_an_industry_s_figure_in_chinese_is_not_the_company_s(text):
    # The company's name is not read as one (no capitals): the sentences share only the measure, 收入.
    assert formula_of("2023年到2024年华测检测收入增长了多少亿元？", hit(text, lang="zh", doc="testing-zh.md")) is None


def test_a_sentence_on_the_market_after_a_company_s_is_not_the_company_s():
    en = hit("Acme's revenue was USD 2.0 billion in 2023. The market reached USD 9.0 billion in 2024.", doc="m-en.md")
    assert formula_of("What was the change in Acme's revenue from 2023 to 2024?", en) is None
    held = hit(
        "Acme held 20% of the heat pump market in 2023. The market reached USD 9.0 billion in 2024.", doc="m2-en.md"
    )
    assert formula_of("What was the change in Acme's revenue from 2023 to 2024?", held) is None
    zh = hit("凯莱英2023年收入为20.0亿元。该市场规模在2024年达到90.0亿元。", lang="zh", doc="m-zh.md")
    assert formula_of("2023年到2024年凯莱英收入增长了多少亿元？", zh) is None
    # The market's own sentence before still carries it on.
    market = hit(
        "The European heat pump market was valued at USD 8.0 billion in 2023. The market reached USD 9.0 billion in 2024.",
        doc="m3-en.md",
    )
    assert formula_of("How much did the European heat pump market grow from 2023 to 2024?", market) == "9 - 8 = 1"


def test_a_measure_opening_on_its_own_still_continues_the_company_before():
    own = hit("Acme's revenue was USD 2.0 billion in 2023. Revenue rose to USD 2.5 billion in 2024.", doc="own-en.md")
    assert formula_of("What was the change in Acme's revenue from 2023 to 2024?", own) == "2.5 - 2 = 0.5"


# 2. A projection grows the base at its own market's CAGR, never a segment's.
WIND_SEGMENT_RATE = (
    "In 2024 the global wind turbine market was valued at USD 80.0 billion, up from USD 74.1 billion in 2023. "
    "Offshore installations are a bright spot: offshore wind turbine revenue is expected to rise from "
    "USD 14.2 billion in 2024 to USD 31.8 billion by 2030, a CAGR of 14.4%."
)


@pytest.mark.parametrize(
    "question",
    [
        "What will the global market be in 2026 at the forecast CAGR?",
        "What will the global wind turbine market reach in 2026 at the forecast CAGR?",
        "按预测的复合年增长率，2026年全球风电整机市场规模将达到多少？",
    ],
)
def test_a_projection_of_the_market_refuses_a_segment_s_cagr(question):
    report = hit(WIND_SEGMENT_RATE, doc="wind-en.md", title="Global Wind Turbine Market Report 2025")
    assert formula_of(question, report) is None
    # The global market's own CAGR, when stated, grows the global amount.
    stated = hit(
        WIND_SEGMENT_RATE + " The global market is forecast to grow at a CAGR of 6.0% from 2024 to 2030.",
        doc="wind-en.md",
        title="Global Wind Turbine Market Report 2025",
    )
    assert formula_of(question, stated) == "80 × (1 + 6%)^(2026 - 2024) = 89.89"


def test_a_segment_s_projection_still_grows_the_segment_s_amount():
    report = hit(WIND_SEGMENT_RATE, doc="wind-en.md", title="Global Wind Turbine Market Report 2025")
    question = "If offshore wind turbine revenue grows at its forecast CAGR, what will it reach in 2026?"
    assert formula_of(question, report) == "14.2 × (1 + 14.4%)^(2026 - 2024) = 18.58"


# 3. The words between two figures are one figure's rest or the next one's lead, never both.
@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("What share of 2024 electrolyser shipments went to China?", "2.8 / 4.6 = 60.87%"),
        ("What share of 2024 electrolyser shipments did Europe take?", "0.8 / 4.6 = 17.39%"),
    ],
)
def test_a_figure_s_own_clause_is_decided_once(question, formula):
    report = hit(
        "Electrolyser shipments reached 4.6 GW in 2024, of which 2.8 GW went to China and Europe took 0.8 GW.",
        doc="electrolysers-en.md",
    )
    assert formula_of(question, report) == formula


def test_a_chinese_part_listed_after_its_figure_is_its_own():
    report = hit("2024年电解槽出货量为4.6 GW，其中2.8 GW销往中国，而欧洲采购了0.8 GW。", lang="zh", doc="elec-zh.md")
    assert formula_of("2024年中国占电解槽出货量的比重是多少？", report) in ("2.8 / 4.6 = 60.87%", None)


# The hunt: mini-reports of markets not in the marketset, each full of look-alikes (a global market
# beside a segment or region, two companies in one sentence, 其中 parts, a pronoun after a company,
# a CAGR of another period, shares of two totals). Each figure computed is right; the rest refuse.
MOWERS_EN = hit(
    "The global robotic lawn mower market reached USD 2.4 billion in 2024, up from USD 2.0 billion in 2023. "
    "Europe accounted for USD 1.5 billion in 2024 and North America for USD 0.6 billion. Husqvarna's mower "
    "revenue was USD 0.9 billion in 2024, while Segway Navimow earned USD 0.2 billion. Its revenue grew 45% year on year.",
    doc="mowers-en.md",
    title="Global Robotic Lawn Mower Market Report 2025",
)
EBIKES_EN = hit(
    "The European e-bike market was valued at EUR 18.5 billion in 2024. The German market, the largest, reached "
    "EUR 6.2 billion in 2024, up 4.0% year on year. Cargo e-bikes are expected to grow from EUR 1.1 billion in 2024 "
    "to EUR 2.9 billion by 2030, a CAGR of 17.5%. Between 2019 and 2024 the European market grew at a CAGR of 11.2%.",
    doc="ebikes-en.md",
    title="European E-bike Market Report 2025",
)
CHARGERS_EN = hit(
    "China had 3.6 million public EV chargers at the end of 2024, of which 1.6 million were DC fast chargers and AC "
    "chargers made up 2.0 million. Private chargers numbered 9.2 million. TELD operated 0.6 million public chargers "
    "and Star Charge 0.5 million.",
    doc="chargers-en.md",
    title="China EV Charging Infrastructure Report 2025",
)
CHARGERS_ZH = hit(
    "截至2024年底，全国公共充电桩保有量为360万台，其中直流快充桩160万台，交流桩200万台。私人充电桩为920万台。"
    "特来电运营公共充电桩60万台，星星充电50万台。",
    lang="zh",
    doc="chargers-zh.md",
    title="中国电动汽车充电基础设施报告2025",
)
ALIGNERS_EN = hit(
    "| Company | 2023 revenue (USD million) | 2024 revenue (USD million) | Share of 2024 global market |\n"
    "|---|---|---|---|\n| Align | 3,860 | 3,999 | 58.0% |\n| Straumann | 420 | 510 | 7.4% |\n"
    "| Angelalign | 200 | 230 | 3.3% |\n| Total market | 6,100 | 6,900 | 100.0% |",
    doc="aligners-en.md",
    title="Clear Aligner Market Report 2025",
)
ALIGNERS_ZH = hit(
    "| 企业 | 2023年收入（亿元） | 2024年收入（亿元） | 2024年中国市场份额 |\n|---|---|---|---|\n"
    "| 时代天使 | 14.5 | 16.6 | 38.0% |\n| 隐适美 | 13.0 | 13.9 | 32.0% |\n| 合计 | 40.0 | 43.6 | 100.0% |",
    lang="zh",
    doc="aligners-zh.md",
    title="中国隐形正畸市场报告2025",
)
DRONES_EN = hit(
    "The global commercial drone market was USD 30.2 billion in 2024. Agriculture drones were USD 5.1 billion, up "
    "from USD 4.2 billion in 2023. DJI held a 70% share of the consumer drone market and a 55% share of the "
    "agriculture drone market. The consumer drone market was USD 6.0 billion in 2024.",
    doc="drones-en.md",
    title="Drone Market Report 2025",
)
DRONES_ZH = hit(
    "2024年全球商用无人机市场规模为302亿美元。农业无人机市场为51亿美元，2023年为42亿美元。大疆占消费级无人机市场的70%，"
    "占农业无人机市场的55%。2024年消费级无人机市场规模为60亿美元。",
    lang="zh",
    doc="drones-zh.md",
    title="无人机市场报告2025",
)
COFFEE_EN = hit(
    "Luckin Coffee's revenue reached CNY 34.5 billion in 2024, up 38.4%. The chain coffee market in China reached "
    "CNY 150.0 billion in 2024. It is expected to grow at a CAGR of 12.0% to 2029.",
    doc="coffee-en.md",
    title="China Coffee Chains 2025",
)
COFFEE_ZH = hit(
    "瑞幸咖啡2024年收入为345亿元，同比增长38.4%。2024年中国连锁咖啡市场规模为1,500亿元。该市场预计到2029年将以12.0%的年均复合增长率增长。",
    lang="zh",
    doc="coffee-zh.md",
    title="中国连锁咖啡市场报告2025",
)


@pytest.mark.parametrize(
    ("report", "question", "formula"),
    [
        (MOWERS_EN, "What was Europe's share of the global robotic lawn mower market in 2024?", "1.5 / 2.4 = 62.5%"),
        (MOWERS_EN, "2024年欧洲占全球割草机器人市场的比重是多少？", "1.5 / 2.4 = 62.5%"),
        (MOWERS_EN, "What was North America's share of the global market in 2024?", "0.6 / 2.4 = 25%"),
        # "How many times A was B" is B over A, as "how many times the size of A was B".
        (MOWERS_EN, "How many times Segway Navimow's revenue was Husqvarna's in 2024?", "0.9 / 0.2 = 4.5"),
        # A historic CAGR (2019-2024) projects nothing after 2024; cargo's CAGR is no CAGR of Europe's market.
        (EBIKES_EN, "What will the European e-bike market be worth in 2026 at its forecast CAGR?", None),
        (
            EBIKES_EN,
            "What will cargo e-bikes reach in 2026 at the forecast CAGR?",
            "1.1 × (1 + 17.5%)^(2026 - 2024) = 1.52",
        ),
        (
            EBIKES_EN,
            "What was the German e-bike market in 2023, given its 2024 size and growth?",
            "6.2 × (1 + 4%)^(2023 - 2024) = 5.96",
        ),
        # The market's own 2024 figure states no growth: cargo's 1.1 and 17.5% are not it.
        (EBIKES_EN, "What was the European e-bike market in 2023, given its 2024 size and growth?", None),
        # The whole is the public chargers' 3.6 million, not the AC chargers' 2.0 its lead-in words run into.
        (CHARGERS_EN, "What was TELD's share of public chargers in 2024?", "0.6 / 3.6 = 16.67%"),
        (CHARGERS_ZH, "2024年直流快充桩占公共充电桩的比重是多少？", "160 / 360 = 44.44%"),
        (CHARGERS_ZH, "2024年交流桩占公共充电桩的比重是多少？", "200 / 360 = 55.56%"),
        (CHARGERS_ZH, "2024年特来电运营的公共充电桩是星星充电的多少倍？", "60 / 50 = 1.2"),
        (ALIGNERS_EN, "By what percentage did Straumann's revenue grow from 2023 to 2024?", "510 / 420 - 1 = 21.43%"),
        (ALIGNERS_EN, "What was the combined 2024 share of Align and Straumann?", "58 + 7.4 = 65.4"),
        # Across languages no row names 时代天使: the first row (Align) is not taken by rank.
        (ALIGNERS_EN, "2023年到2024年时代天使收入增长了百分之多少？", None),
        # 占合计的比重 is a share of the total (stated in the table, so quoted), not a sum of the share column.
        (ALIGNERS_EN, "2024年时代天使收入占合计的比重是多少？", None),
        (ALIGNERS_ZH, "2024年时代天使收入占合计的比重是多少？", None),
        (ALIGNERS_ZH, "2023年到2024年时代天使收入增长了百分之多少？", "16.6 / 14.5 - 1 = 14.48%"),
        (ALIGNERS_ZH, "2024年除时代天使和隐适美以外的企业合计份额是多少？", "100% - (38 + 32)% = 30%"),
        # The commercial market has no 2023 figure: agriculture drones' 4.2 is not it.
        (DRONES_EN, "By what percentage did the commercial drone market grow from 2023 to 2024?", None),
        (DRONES_EN, "2024年商用无人机市场规模同比增长了百分之多少？", None),
        (DRONES_ZH, "2024年商用无人机市场规模同比增长了百分之多少？", None),
        (DRONES_ZH, "By what percentage did the commercial drone market grow from 2023 to 2024?", None),
        (
            DRONES_EN,
            "What was the consumer drone market's share of the commercial drone market in 2024?",
            "6 / 30.2 = 19.87%",
        ),
        (
            COFFEE_EN,
            "What was Luckin Coffee's revenue in 2023, given its 2024 revenue and growth?",
            "34.5 × (1 + 38.4%)^(2023 - 2024) = 24.93",
        ),
        (
            COFFEE_EN,
            "What will the chain coffee market reach in 2026 at its forecast CAGR?",
            "150 × (1 + 12%)^(2026 - 2024) = 188.16",
        ),
        (COFFEE_EN, "What will Luckin Coffee's revenue reach in 2026 at the forecast CAGR?", None),
        (COFFEE_EN, "What was Luckin's share of the chain coffee market in 2024?", "34.5 / 150 = 23%"),
        # The market's size has no growth rate stated: Luckin's 38.4% is not it.
        (COFFEE_ZH, "根据2024年连锁咖啡市场规模及增速，推算2023年规模约为多少亿元？", None),
        (COFFEE_ZH, "What was the chain coffee market in 2023, given its 2024 size and growth?", None),
        (COFFEE_ZH, "2024年瑞幸咖啡收入占连锁咖啡市场的比重是多少？", "345 / 1500 = 23%"),
    ],
)
def test_look_alikes_of_unseen_markets_give_the_right_figure_or_none(report, question, formula):
    assert formula_of(question, report) == formula


# A thing of two that a question names and no figure's words name (防晒 where the table writes
# "Sun care") has no figure: ranking gave it the first row's (52.3 + 15.8 for 防晒与身体护理).
_SKIN = {"doc": "skin-en.md", "title": "Global Skincare Market Report 2025"}
EN_CATEGORIES = [
    hit(
        "| Category | Sales 2024 | Share (%) |\n|---|---|---|\n| Facial moisturisers | 52.3 | 33.0 |\n"
        "| Serums | 36.4 | 23.0 |\n| Body care | 15.8 | 10.0 |\n| Total | 158.4 | 100.0 |",
        section="3. Sales by category",
        **_SKIN,
    ),
    hit(
        "Global skincare sales reached USD 158.4 billion in 2024, up 6.2% from USD 149.2 billion in 2023.",
        section="1. Executive summary",
        **_SKIN,
    ),
]


@pytest.mark.parametrize(
    "question", ["2024年防晒与身体护理两个品类合计销售额为多少亿美元？", "2024年唇部护理和身体护理的销售额合计是多少？"]
)
def test_one_of_two_things_no_row_names_is_not_given_another_row(question):
    assert formula_of(question, *EN_CATEGORIES) is None


def test_two_things_the_rows_name_are_added():
    assert formula_of("What were serums and body care sales combined in 2024?", *EN_CATEGORIES) == "36.4 + 15.8 = 52.2"


# "How many" asks a count: a year's money figure carried back by its growth is no answer to it
# (refuse23-044 gave Viasat's revenue, 1186.5 × (1 - 4.8%)^(2024 - 2025), for its subscribers).
SATELLITES = hit(
    "Viasat reported broadband services revenue of USD 1,186.5 million in fiscal 2025, down 4.8% year on year.",
    doc="satellite-en.md",
)


def test_a_count_asked_is_not_carried_back_from_money():
    assert formula_of("How many subscribers did Viasat have at the end of 2024?", SATELLITES) is None


def test_money_asked_is_carried_back():
    assert formula_of("What was Viasat's broadband services revenue in 2024?", SATELLITES) is not None


# A row's label the tokenizer cuts into single characters (同城快递: 同, 城, 快递) is not named whole by a
# question writing 快递: the region's own row is still the one asked.
ZH_REGIONS = hit(
    "| 区域 | 业务量（亿件） 2023年 | 业务量（亿件） 2024年 |\n|---|---|---|\n| 东部地区 | 1,098.6 | 1,312.4 |\n"
    "| 中部地区 | 201.4 | 256.3 |",
    lang="zh",
    doc="parcels-zh.md",
    title="中国快递物流市场研究报告",
    section="分区域业务量",
)
ZH_KINDS = hit(
    "| 业务类型 | 2024年业务量（亿件） |\n|---|---|\n| 同城快递 | 148.6 |\n| 异地快递 | 1,540.2 |",
    lang="zh",
    doc="parcels-zh.md",
    title="中国快递物流市场研究报告",
    section="业务结构",
)


@pytest.mark.parametrize(
    "question", ["2024年中部地区快递业务量较上年增加了多少亿件？", "中部地区快递业务量从2023年到2024年增加了多少？"]
)
def test_a_row_cut_into_characters_is_not_named_whole(question):
    assert formula_of(question, ZH_REGIONS, ZH_KINDS) == "256.3 - 201.4 = 54.9"


def test_a_counting_unit_and_the_year_before_are_no_subject_words():
    assert subject_words("中部地区快递业务量较上年增加了多少亿件 万台 去年") == {
        "中部",
        "地区",
        "快递",
        "业务",
        "业务量",
    }
    assert {"百度", "万科"} <= subject_words("百度和万科")  # names that open on a scale character


# A part's growth stated in its own passage: the wider market's two figures in another passage
# name less of what is asked (only "equipment") and a thing of their own (semiconductor sales).
@pytest.mark.parametrize(
    ("summary", "part", "question"),
    [
        (
            "Global sales of semiconductor equipment reached USD 117.1 billion in 2024, up from USD 106.3 billion in 2023.",
            "Memory-related equipment spending grew 18.4% in 2024, while logic spending grew 4.7%.",
            "By how much did memory-related equipment spending grow from 2023 to 2024?",
        ),
        (
            "Worldwide shipments of industrial robots reached 541 thousand units in 2024, against 553 thousand in 2023.",
            "Collaborative robot shipments rose 31% in 2024 as small factories automated.",
            "What was the percentage change in collaborative robot shipments between 2023 and 2024?",
        ),
    ],
)
def test_a_wider_market_s_figures_are_not_a_part_s_stated_in_another_passage(summary, part, question):
    hits = [hit(summary, section="Key Findings"), hit(part, section="Segments")]
    assert formula_of(question, *hits) is None


def test_a_part_s_own_figures_are_bound_beside_the_wider_market_s():
    hits = [
        hit(
            "Global sales of semiconductor equipment reached USD 117.1 billion in 2024, up from USD 106.3 billion in 2023."
        ),
        hit(
            "Memory-related equipment spending was USD 30.0 billion in 2023 and USD 35.5 billion in 2024.",
            section="Segments",
        ),
    ]
    assert formula_of("By how much did memory-related equipment spending grow from 2023 to 2024?", *hits) == (
        "35.5 - 30 = 5.5"
    )


def test_a_wider_market_s_figures_are_kept_when_no_figure_names_more_of_the_subject():
    hits = [
        hit(
            "Global sales of semiconductor equipment reached USD 117.1 billion in 2024, up from USD 106.3 billion in 2023."
        ),
        hit("Logic spending grew 4.7% in 2024.", section="Segments"),
    ]
    assert formula_of("By how much did global semiconductor equipment sales grow from 2023 to 2024?", *hits) == (
        "117.1 - 106.3 = 10.8"
    )


def test_a_sentence_going_on_from_the_market_s_says_what_that_one_does():
    # "Sales are forecast at …" goes on from the bullet that names the equipment: it is not a
    # sentence that names less of "equipment sales" than that bullet.
    text = (
        "- Global sales of semiconductor manufacturing equipment reached USD 117.1 billion in 2024.\n"
        "- Sales are forecast at USD 125.5 billion in 2025 and USD 138.9 billion in 2026, driven by memory."
    )
    assert formula_of("How fast are equipment sales forecast to grow from 2025 to 2026, in percent?", hit(text)) == (
        "138.9 / 125.5 - 1 = 10.68%"
    )


# An average the question names by its measure (平均售价, "the average selling price") is that
# measure's: a region's market value by year, found by its place alone, is not averaged for it.
E_BIKES = (
    "| Country | 2023 (EUR million) | 2024 (EUR million) |\n| --- | --- | --- |\n"
    "| Germany | 2,800 | 3,100 |\n| France | 1,150 | 1,240 |"
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the average selling price of an e-bike in Germany in 2024?",
        "2024年德国电动自行车的平均售价是多少？",
        "2024年德国电动自行车的平均安装价格是多少？",
    ],
)
def test_an_average_named_by_its_measure_is_not_a_row_of_another_measure(question):
    table = hit(E_BIKES, doc="e-bikes-en.md", title="European E-bike Market 2025", section="Markets by country")
    assert formula_of(question, table) is None


def test_an_average_of_the_measure_a_row_writes_is_computed():
    table = hit(
        "| Item | 2023 (EUR million) | 2024 (EUR million) |\n| --- | --- | --- |\n| Revenue | 2,800 | 3,100 |",
        doc="e-bikes-en.md",
        title="Velo AG annual report",
    )
    assert formula_of("What was the average revenue in 2023 and 2024?", table) == "(2800 + 3100) / 2 = 2950"


def test_an_average_of_a_measure_the_rows_are_tagged_with_is_left_to_the_tags():
    # "retail sales" is a measure (销售额/销量): the row of the thing asked is averaged over its years.
    table = hit(
        "| 品类 | 2023年（亿元） | 2024年（亿元） |\n| --- | --- | --- |\n| 智能洗衣机 | 968.4 | 1,071.5 |",
        lang="zh",
        doc="appliances-zh.md",
        title="中国智能家电市场报告",
    )
    assert formula_of("What were average retail sales of smart washing machines across 2023 and 2024?", table) == (
        "(968.4 + 1071.5) / 2 = 1019.95"
    )


@pytest.mark.parametrize(
    "question",
    [
        "By what percentage did global e-bike unit shipments fall in 2024?",
        "How many more e-bikes were shipped in 2024 than in 2023?",
        "2024年全球电动自行车销量比2023年减少了多少？",
    ],
)
def test_a_count_asked_is_never_the_market_s_money(question):
    market = hit(
        "The global e-bike market reached USD 7.9 billion in 2024, up 6.6% from USD 7.4 billion in 2023, "
        "even though unit sales fell.",
        doc="e-bikes-en.md",
    )
    assert formula_of(question, market) is None


def test_the_value_of_shipments_is_money():
    market = hit(
        "E-bike shipments were worth USD 7.4 billion in 2023 and USD 7.9 billion in 2024.", doc="e-bikes-en.md"
    )
    assert formula_of("What was the change in the value of e-bike shipments from 2023 to 2024?", market) == (
        "7.9 - 7.4 = 0.5"
    )
