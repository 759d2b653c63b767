"""Chinese questions over English reports whose figure was not computed (zhen48, probe xprobe31z): a
percentage change asked by any verb of a fall or a rise, a share asked without 占 after the whole's
clause, comparison words that name nothing. Invented passages, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.index.names import mentions
from reportqa.server.calc.intents import detect
from reportqa.server.calc.program import calculate
from tests.support.passages import computed, hit

pytestmark = pytest.mark.unit

KELP_SALES = "Kelpwise's net sales fell to USD 180.0 million in 2024 from USD 200.0 million in 2023."


@pytest.mark.parametrize("verb", ["下滑", "回落", "萎缩", "缩水"])
def test_a_fall_asked_in_percent_by_any_verb_is_a_percentage_change(verb: str) -> None:
    question = f"Kelpwise 2024年的净销售额{verb}了百分之几？"
    intent = detect(question)
    assert intent is not None and intent.kind == "relative_change" and intent.years == (2023, 2024)
    assert computed(KELP_SALES, question) == D("-10.00")


HARBOUR_REVENUE = (
    "North American harbour drone revenue reached USD 500.0 million in 2024. "
    "Canada generated USD 120.0 million of the North American total in 2024."
)


def test_a_share_asked_after_the_wholes_clause_without_zhan_names_its_part_before_de_bili() -> None:
    question = "2024年北美港口无人机收入中，来自加拿大的比例是多少？"
    intent = detect(question)
    assert intent is not None and intent.kind == "share"
    assert intent.pair == ("加拿大", "2024年北美港口无人机收入")
    assert computed(HARBOUR_REVENUE, question) == D("24.00")


def test_a_share_asked_as_you_duoda_bili_shi_is_read_as_the_same_share_asked_with_zhan() -> None:
    asked = detect("截至2024年底发放的港口无人机许可证中，有多大比例是在2024年内发放的？")
    with_zhan = detect("截至2024年底发放的港口无人机许可证中，在2024年内发放的占了多大比例？")
    assert asked is not None and asked.kind == "share"
    assert asked.pair == ("在2024年内发放", "截至2024年底发放的港口无人机许可证")
    assert with_zhan is not None and with_zhan.pair == asked.pair


def test_a_ratio_of_two_things_is_not_read_as_a_share_of_a_whole_clause() -> None:
    # 中国 is no whole's clause, and 之比 asks a ratio.
    intent = detect("2024年中国与美国的港口无人机收入之比是多少？")
    assert intent is None or intent.kind == "ratio"


BOARDS = """| Region | 2023 (USD bn) | 2024 (USD bn) |
|---|---|---|
| Southern Europe | 40.0 | 44.0 |
| Nordics | 20.0 | 21.0 |"""


@pytest.mark.parametrize("compared", ["相对", "相比", "相较"])
def test_a_word_of_comparison_names_nothing_an_english_table_must_write(compared: str) -> None:
    # 相对 ("relative") is an asking word, as "compared" is: the table writing only the place is about it.
    assert computed(BOARDS, f"南欧市场规模2024年{compared}2023年的增速是多少？") == D("10.00")


KAYAKS = """| Region | 2023 (USD bn) | 2024 (USD bn) | Share of 2024 global |
|---|---|---|---|
| Southern Europe | 30.0 | 33.0 | 30.0% |
| Nordics | 20.0 | 22.0 | 20.0% |
| Rest of World | 50.0 | 55.0 | 50.0% |
| Global | 100.0 | 110.0 | 100.0% |"""


@pytest.mark.parametrize("whole", ["总体", "总量"])
def test_a_whole_asked_as_the_overall_total_is_the_total_row_of_the_parts_column(whole: str) -> None:
    # 总体 ("overall") names no thing, as "the total" does: the share column's "global" is no other whole.
    assert computed(KAYAKS, f"2023年南欧的市场规模占{whole}的百分比是多少？") == D("30.00")


TIDAL = """| Region | Revenue 2023 (USD million) | Revenue 2024 (USD million) |
|---|---|---|
| Asia Pacific | 400.0 | 520.0 |
| Europe | 300.0 | 330.0 |"""


def test_a_region_closed_by_qu_is_the_region_its_name_before_qu_names() -> None:
    # CC-CEDICT gives 亚太区 its own senses ("the Far East", "Asian area"); 亚太 is the glossary's Asia Pacific.
    assert mentions("| asia pacific | 400.0 | 520.0 |", "亚太区")
    assert computed(TIDAL, "亚太区的收入2024年与2023年相差多少？") == D("120.0")


def _calculated(question: str, *passages: tuple[str, str]) -> D | None:
    hits = [hit(text, doc="pets-en.md", section=section) for section, text in passages]
    found = calculate(question, hits)
    return found.result.value if found else None


PET_REGIONS = (
    "Market by Region",
    "| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n"
    "| North America | 4.0 | 5.0 |\n| Global | 10.0 | 14.0 |",
)
PET_TYPES = (
    "Share of global pet food revenue by product type, 2024",
    "| Product type | Share |\n|---|---|\n| Frozen food | 30.0% |\n| Dry food | 70.0% |",
)
PET_TOTAL = ("", "The global pet food market was valued at USD 10.0 billion in 2024.")


def test_the_world_row_is_the_whole_of_a_share_not_the_parts_own_amount() -> None:
    # 全球 is "global": the row "Global" is spelt out, but it is the whole the type's share is of.
    question = "2024年全球干粮宠物食品的销售额是多少？"
    assert _calculated(question, PET_REGIONS, PET_TYPES, PET_TOTAL) == D("7")


def test_yuan_inside_a_word_asks_no_money() -> None:
    # 三元 (NMC) holds 元 ("yuan"): the question asks GWh shipped, a share of the shipments' total.
    shipments = ("Executive Summary", "Global e-bike battery shipments rose to 200 GWh in 2024 from 150 GWh in 2023.")
    chemistry = (
        "Share of global e-bike battery shipments by chemistry, 2024",
        "| Chemistry | Share of shipments (2024) |\n|---|---|\n| LFP | 60.0% |\n| NMC | 40.0% |",
    )
    assert _calculated("2024年全球三元电池的出货量大约有多少GWh？", shipments, chemistry) == D("80")


def test_gaoduan_is_the_prestige_segment_a_report_writes() -> None:
    # CC-CEDICT gives 高端 only "high-end"; a beauty report's segment is "prestige" (glossary: 高端, high-end, prestige).
    hits = [
        hit("Global fragrance sales reached $60.0B in 2024, up 4.0% from 2023."),
        hit("Prestige fragrance reached $24.0B in 2024; mass fragrance made up the rest."),
    ]
    found = calculate("高端香水在2024年全球香水销售额中占比多少？", hits)
    assert found is not None and found.result.value == D("40")


def test_a_common_word_cc_cedict_also_lists_as_a_county_names_no_place() -> None:
    # 新建 is "newly built" and "Xinjian county in Nanchang": jieba tags it a place, so it filtered the figures
    # to those naming Xinjian; the question asks new plants, which the report writes "new".
    text = "Announced investment in new desalination plants reached $6.0B in 2024, against $4.0B in 2023."
    assert computed(text, "已宣布的新建海水淡化厂投资额在2024年增长了百分之多少？") == D("50.00")
