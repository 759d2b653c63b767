"""Rules from calculations refused in the twenty-fifth session: a table whose measure only its caption
names, a forecast stated in prose for a row tabulated for the actual year, and a year's figure of
another, wider thing taken for the one a growth rate carries back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reportqa.index.retriever import Hit
from reportqa.server.calc.families import before_change
from reportqa.server.calc.intents import detect
from reportqa.server.calc.operands import candidates_of
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

TITLE = "Global Heat Pump Market Report 2025"


def _captioned(passage: Hit, caption: str) -> Hit:
    """A table passage whose caption ingest keeps beside it (the chunk's context), not in its text."""
    return replace(passage, chunk=replace(passage.chunk, context=caption))


REVENUE = _captioned(
    hit(
        "| Region | 2023 | 2024 |\n|---|---|---|\n| Europe | 9.2 | 8.1 |\n| Asia Pacific | 12.4 | 14.0 |\n"
        "| North America | 6.0 | 6.5 |\n| Global | 27.6 | 28.6 |",
        doc="pumps-en.md",
        title=TITLE,
        section="3. Market size by region",
    ),
    "Table 2. Heat pump revenue by region, USD billion",
)
UNITS = _captioned(
    hit(
        "| Region | 2023 | 2024 |\n|---|---|---|\n| Europe | 2.9 | 2.6 |\n| Asia Pacific | 5.1 | 5.6 |\n"
        "| Global | 9.8 | 10.1 |",
        doc="pumps-en.md",
        title=TITLE,
        section="3. Shipments by region",
    ),
    "Table 3. Heat pump shipments by region, million units",
)


def test_a_table_headed_by_years_measures_what_its_caption_names():
    # Shipments in million units are no revenue: no share of the market's revenue is computed from them.
    assert formula_of("2024年亚太地区在全球热泵市场收入中占多少？", UNITS) is None
    assert formula_of("2024年亚太地区在全球热泵市场收入中占多少？", REVENUE).startswith("14 / 28.6")


SEGMENTS = [
    hit(
        "| Segment | Revenue 2024 (USD million) | Share |\n|---|---|---|\n| Inspection | 1,480.0 | 31.0% |\n"
        "| Crop spraying | 2,010.5 | 42.1% |\n| Mapping | 1,284.2 | 26.9% |",
        doc="robots-en.md",
        title="Field Robotics Market Report 2025",
        section="Revenue by segment",
    ),
    hit(
        "Labour shortages will keep demand strong; we expect crop spraying revenue to reach USD 4.1 billion by 2030.",
        doc="robots-en.md",
        title="Field Robotics Market Report 2025",
        section="Outlook",
    ),
]


def test_a_rows_actual_and_the_forecast_its_sentence_names_make_a_cagr():
    assert formula_of("What CAGR does crop spraying revenue grow at from 2024 to 2030?", *SEGMENTS).startswith(
        "(4100 / 2010.5)^(1/6) - 1"
    )


def test_a_forecast_sentence_not_naming_the_row_is_another_things():
    outlook = hit(
        "Labour shortages will keep demand strong; we expect field robot revenue to reach USD 9.8 billion by 2030.",
        doc="robots-en.md",
        title="Field Robotics Market Report 2025",
        section="Outlook",
    )
    assert formula_of("What CAGR does crop spraying revenue grow at from 2024 to 2030?", SEGMENTS[0], outlook) is None


LABS = hit(
    "2023年第三方检测机构收入合计为4,620亿元。2024年国内第三方检测机构海外收入合计为188.4亿元，同比增长16.3%。",
    lang="zh",
    doc="labs-zh.md",
    title="中国检测服务市场研究报告（2025）",
)


def test_a_wider_things_figure_for_the_year_does_not_stop_a_growth_carried_back():
    # 4,620亿元 is all the labs' 2023 revenue, not the overseas revenue 188.4亿元 and its growth carry back.
    assert formula_of("第三方检测机构2023年的海外收入约为多少亿元？", LABS).startswith("188.4 × (1 + 16.3%)")


def test_the_years_own_figure_is_quoted_not_carried_back():
    stated = hit(
        "2024年国内第三方检测机构海外收入合计为188.4亿元，同比增长16.3%；2023年第三方检测机构海外收入为162.0亿元。",
        lang="zh",
        doc="labs-zh.md",
        title="中国检测服务市场研究报告（2025）",
    )
    assert formula_of("第三方检测机构2023年的海外收入约为多少亿元？", stated) is None


PENETRATION = hit(
    "2024年中国宠物医疗消费者达到1,860万人，2023年为1,620万人，其中连锁医院客户占整体消费者的38.5%。"
    "宠物医疗渗透率为12.4%，较2023年提升1.1个百分点，仍低于美国约35%的水平。",
    lang="zh",
    doc="vet-zh.md",
    title="中国宠物医疗市场研究报告（2025）",
)


def _carried_back(question: str, *hits: Hit) -> str | None:
    """The formula of :func:`families.before_change`, the fallback ``calculate`` tries after a calculation
    it reads: a plain question of one year's rate is no calculation ``detect`` reads, so it is called here."""
    found = before_change(question, candidates_of(list(hits)), "zh")
    return found.result.formula if found else None


def test_a_rate_of_a_year_is_the_next_years_less_its_stated_rise_in_points():
    # The level's sentence gives no year; its change is counted from 2023, so 2023 is the level less the rise.
    assert _carried_back("2023年中国宠物医疗渗透率是多少？", PENETRATION).startswith("12.4% - 1.1 pp = 11.3%")


def test_a_share_of_another_thing_that_year_does_not_stop_the_rate_carried_back():
    earlier = hit(
        "2023年，连锁医院客户占整体消费者的36.0%。",
        lang="zh",
        doc="vet-zh.md",
        title="中国宠物医疗市场研究报告（2025）",
    )
    assert _carried_back("2023年中国宠物医疗渗透率是多少？", earlier, PENETRATION).startswith("12.4% - 1.1 pp")


def test_the_years_own_rate_is_quoted():
    stated = hit(
        "2023年宠物医疗渗透率为11.3%。",
        lang="zh",
        doc="vet-zh.md",
        title="中国宠物医疗市场研究报告（2025）",
    )
    assert _carried_back("2023年中国宠物医疗渗透率是多少？", stated, PENETRATION) is None


def test_a_plain_question_of_a_years_rate_is_no_calculation():
    # The pipeline computes only what detect reads as a calculation: the sentence is quoted.
    assert formula_of("2023年中国宠物医疗渗透率是多少？", PENETRATION) is None


TOOLS = hit(
    "Wafer fab equipment sales were USD 96.2 billion in 2024. Test equipment sales were USD 7.1 billion, "
    "and assembly and packaging equipment sales were USD 4.9 billion.",
    doc="fab-en.md",
    title="Semiconductor Equipment Market Report 2025",
)


def test_two_things_joined_by_plus_and_held_together_are_added():
    assert formula_of("What did test plus assembly & packaging tools bring in together in 2024?", TOOLS).startswith(
        "7.1 + 4.9"
    )


ADOPTION = hit(
    "企业数字化率由2023年的38.0%提升至2024年的41.8%，提高3.8个百分点。",
    lang="zh",
    doc="digital-zh.md",
    title="中国企业数字化研究报告（2025）",
)


def test_a_rates_relative_rise_asked_in_those_words_is_computed_from_the_rates():
    assert formula_of("企业数字化率2024年比2023年相对提升了百分之多少？", ADOPTION).startswith("41.8 / 38 - 1")


def test_a_rates_rise_asked_plainly_is_no_relative_change():
    # In points, as the report states it (3.8个百分点), not 41.8 / 38 - 1.
    assert not (formula_of("企业数字化率2024年比2023年提升了多少？", ADOPTION) or "").startswith("41.8 / 38")


def test_an_installed_base_is_a_count_no_revenue_table_gives():
    question = "How much did the global installed base of heat pumps grow in percent during 2024?"
    assert formula_of(question, REVENUE) is None


VENDORS = [
    hit(
        "| Vendor | Installations 2024 (GW) | Share of global installations | Revenue 2024 |\n|---|---|---|---|\n"
        "| Alpha | 20.1 | 16.0% | CNY 50.2 billion |\n| Beta | 15.3 | 12.2% | not disclosed |\n"
        "| Gamma | 11.0 | 8.8% | EUR 12.5 billion |",
        doc="wind-en.md",
        title="Global Wind Turbine Market Report 2025",
        section="Competitive Landscape",
    ),
    hit(
        "Chinese vendors took two of the top three places on volume installed in their home market.",
        doc="wind-en.md",
        title="Global Wind Turbine Market Report 2025",
        section="Competitive Landscape",
    ),
]


def test_installed_capacity_of_things_counted_and_listed_is_averaged_from_their_capacity_column():
    # "installed" names the Installations column by its stem, not the revenue column of the same year; "the
    # two Chinese vendors" is the kind of the things listed by name, not a place the rows must write.
    question = "What was the average 2024 installed capacity of the two Chinese vendors in the ranking (Alpha, Beta)?"
    assert formula_of(question, *VENDORS).startswith("(20.1 + 15.3) / 2")


def test_one_things_figures_over_the_years_are_all_amounts():
    # The segment row "Last-mile delivery | 61.2%" names the subject too: its 2024 share is no cost.
    costs = [
        hit(
            "| Segment | Share of 2024 market value |\n|---|---|\n| Last-mile delivery | 61.2% |\n"
            "| Line-haul | 25.3% |\n| Warehousing | 13.5% |",
            doc="lastmile-en.md",
            title="Last-Mile Delivery Report 2025",
            section="Segments",
        ),
        hit(
            "The average last-mile delivery cost per parcel fell from USD 1.32 in 2023 to USD 1.21 in 2024.",
            doc="lastmile-en.md",
            title="Last-Mile Delivery Report 2025",
            section="Costs",
        ),
    ]
    question = (
        "How much did the average last-mile delivery cost per parcel change in percentage terms from 2023 to 2024?"
    )
    assert formula_of(question, *costs).startswith("1.21 / 1.32 - 1")


def test_a_things_slice_of_a_whole_asked_after_a_dash_is_its_share():
    question = "R&D design software's slice of China's 2024 industrial software market — what percentage was it?"
    assert detect(question).pair == ("R&D design software", "China's 2024 industrial software market")
    assert detect("Design software's share of the 2024 market, what percentage?").pair == (
        "Design software",
        "the 2024 market",
    )


def test_a_whole_owned_by_a_place_lends_the_part_its_measure_not_its_thing():
    # "China's dental prosthetics market" names a thing: ceramic crowns are no dental prosthetics market.
    assert detect("Ceramic crowns made up what proportion of China's dental prosthetics market in 2024?").pair == (
        "Ceramic crowns",
        "China's dental prosthetics market",
    )
    # "Southeast Asia's parcel volume" names a measure, which the part is counted in.
    assert detect("Vietnam handled what proportion of Southeast Asia's parcel volume in 2024?").pair == (
        "Vietnam parcel volume",
        "Southeast Asia's parcel volume",
    )


def test_a_thing_as_a_percentage_of_a_places_market_is_not_that_market_too():
    assert detect("Immunoassays as a percentage of China's total IVD market in 2024?").pair == (
        "Immunoassays",
        "China's total IVD market",
    )
    # A place is measured as the whole is: the United States' pet food market.
    assert detect("The United States as a percentage of North America's pet food market in 2024?").pair[0] == (
        "The United States pet food market"
    )


def test_a_one_word_row_or_a_sentence_of_the_rows_own_years_is_no_forecast_of_it():
    # "Inspection" is a common word a sentence may write of anything; a sentence of 2024 restates the row's year.
    inspection = hit(
        "Utilities keep buying; we expect inspection revenue to reach USD 3.0 billion by 2030.",
        doc="robots-en.md",
        title="Field Robotics Market Report 2025",
        section="Outlook",
    )
    assert formula_of("What CAGR does inspection revenue grow at from 2024 to 2030?", SEGMENTS[0], inspection) is None
    same_year = hit(
        "Crop spraying revenue reached USD 2.2 billion in 2024 on our channel checks.",
        doc="robots-en.md",
        title="Field Robotics Market Report 2025",
        section="Outlook",
    )
    found = formula_of("How much did crop spraying revenue grow from 2023 to 2024?", SEGMENTS[0], same_year)
    assert found is None
