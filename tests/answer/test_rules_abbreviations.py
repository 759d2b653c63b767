"""server/answer/abbreviations.py: a Chinese question's short form (重卡, 医美, 中西部) is asked as the
whole a passage writes in its place, read at the place both write the same words around it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reportqa.server.answer.abbreviations import with_abbreviations_spelled
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

TRUCKS = (
    "| 车型 | 2023年销量（万辆） | 2024年销量（万辆） |\n|---|---|---|\n| 新能源轻型货车 | 16.0 | 21.5 |\n"
    "| 新能源重型卡车 | 3.4 | 8.2 |\n| 合计 | 44.0 | 53.2 |"
)
TRUCK_PROSE = "新能源重卡是增长最快的细分市场，其中换电重卡销量为2.9万辆。"
REGIONS = (
    "| 地区 | 2023年业务量（亿件） | 2024年业务量（亿件） |\n|---|---|---|\n| 东部地区 | 1,200.1 | 1,312.4 |\n"
    "| 中部地区 | 201.4 | 256.3 |\n| 西部地区 | 138.1 | 177.1 |\n| 合计 | 1,539.6 | 1,745.8 |"
)


@pytest.mark.unit
def test_a_short_form_is_spelled_as_the_row_that_writes_its_words_around_it():
    hits = [hit(TRUCKS, lang="zh"), hit(TRUCK_PROSE, lang="zh")]
    spelled = with_abbreviations_spelled("2024年新能源重卡销量比上年增加了多少万辆？", hits)
    assert spelled == "2024年新能源重型卡车销量比上年增加了多少万辆？"
    found = calculate(spelled, hits)
    assert found is not None and found.result.value == Decimal("4.8")


@pytest.mark.unit
def test_a_short_form_no_whole_stands_beside_is_left_as_asked():
    """换电重卡 is written only short; 重卡 alone, without the words around it, may be several wholes."""
    hits = [hit(TRUCKS, lang="zh"), hit(TRUCK_PROSE, lang="zh")]
    assert with_abbreviations_spelled("2024年换电重卡销量是多少？", hits) == "2024年换电重卡销量是多少？"
    assert with_abbreviations_spelled("重卡销量是多少？", hits) == "重卡销量是多少？"


@pytest.mark.unit
def test_a_sentence_writes_the_whole_a_question_shortens():
    prose = hit("2024年中国医疗美容市场规模为2,856.4亿元，同比增长10.6%。", lang="zh")
    assert with_abbreviations_spelled("2024年中国医美市场规模是多少？", [prose]) == "2024年中国医疗美容市场规模是多少？"


@pytest.mark.unit
def test_two_rows_of_one_ending_written_once_are_spelled_apart():
    hits = [hit(REGIONS, lang="zh")]
    spelled = with_abbreviations_spelled("2024年中西部地区快递业务量合计为多少亿件？", hits)
    assert spelled == "2024年中部地区和西部地区快递业务量合计为多少亿件？"
    found = calculate(spelled, hits)
    assert found is not None and found.result.value == Decimal("433.4")


@pytest.mark.unit
def test_an_ending_shared_only_in_sentences_or_a_character_twice_is_no_two_rows():
    """A sentence's words would read 年中 and 华中 in 2024年华中地区, and so would rows so labelled were 年
    and 华 not two words of the question; 年年底 is one year's end."""
    prose = hit(
        "2024年中部地区和西部地区的业务量分别为256.3亿件和177.1亿件，华中地区增长最快，年底达到高峰。", lang="zh"
    )
    assert with_abbreviations_spelled("2024年中西部地区快递业务量合计为多少亿件？", [prose]).startswith("2024年中西部")
    table = hit("| 地区 | 2024年 |\n|---|---|\n| 华中地区 | 1.0 |\n| 年中地区 | 2.0 |\n| 年底 | 3.0 |", lang="zh")
    assert with_abbreviations_spelled("到去年年底容量是多少？", [table]) == "到去年年底容量是多少？"
    assert with_abbreviations_spelled("2024年华中地区容量是多少？", [table]) == "2024年华中地区容量是多少？"


@pytest.mark.unit
def test_an_english_question_is_left_as_asked():
    assert with_abbreviations_spelled("What were heavy truck sales in 2024?", [hit(TRUCKS, lang="zh")]) == (
        "What were heavy truck sales in 2024?"
    )
