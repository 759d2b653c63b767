"""Cross-language terms the dictionary lacks whole (issue 16, terms31): a Chinese compound jieba
leaves in lone characters (猫粮, 湿粮) asked as the English phrase the passages write for its parts,
each part by a word of its own, in order; and a therapy area named by its discipline (肿瘤 Oncology).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.server.calc.composed import composed_question
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "Global Pet Food Market Report 2025"
_TYPES = (
    "| Product type | Share 2024 |\n|---|---|\n| Dry food | 56.0% |\n| Wet food | 24.0% |\n"
    "| Treats and snacks | 15.0% |\n| Other | 5.0% |"
)
_PETS = "By pet type, dog food accounted for 60.0% of 2024 revenue and cat food for 30.0%."


def test_a_compound_in_lone_characters_is_the_row_its_parts_name():
    question = "2024年湿粮和零食合计占全球宠物食品收入的比重是多少？"
    assert formula_of(question, hit(_TYPES, title=_TITLE, section="Product types, 2024")) == "24 + 15 = 39"


def test_a_compound_is_the_phrase_a_sentence_writes():
    question = "2024年狗粮和猫粮合计占宠物食品收入的比重是多少？"
    assert formula_of(question, hit(_PETS, title=_TITLE)) == "60 + 30 = 90"


def test_every_part_must_be_written_by_a_word_of_its_own():
    # 湿 is "wet": the Dry food row names 粮 alone; 猫 is "cat": "dog food" names 粮 alone.
    dry = hit("| Product type | Share |\n|---|---|\n| Dry food | 56.0% |\n| Treats | 15.0% |", title=_TITLE)
    assert composed_question("2024年湿粮占比是多少？", [dry]) == "2024年湿粮占比是多少？"
    dogs = hit("Dog food accounted for 60.0% of 2024 revenue.", title=_TITLE)
    assert composed_question("2024年猫粮占比是多少？", [dogs]) == "2024年猫粮占比是多少？"
    assert formula_of("2024年湿粮和零食合计占全球宠物食品收入的比重是多少？", dry) is None


def test_the_parts_are_read_in_their_order():
    # "food for cats" is not the compound 猫粮 writes, modifier first.
    text = hit("Spending on food for cats rose.", title=_TITLE)
    assert composed_question("猫粮收入是多少？", [text]) == "猫粮收入是多少？"


def test_two_phrases_for_one_compound_leave_it_as_asked():
    # 湿 is "moist" and "wet": a report writing both "wet food" and "moist food" names two things.
    text = hit("Wet food grew 5%, and moist food 3%.", title=_TITLE)
    assert composed_question("湿粮收入是多少？", [text]) == "湿粮收入是多少？"


def test_a_count_of_kinds_is_no_compound():
    # 两类 is "two kinds": a numeral is no part of a term.
    text = hit("The two types of food grew 5%.", title=_TITLE)
    assert composed_question("两类收入是多少？", [text]) == "两类收入是多少？"


def test_a_therapy_area_is_the_row_of_its_discipline():
    table = (
        "| Therapeutic class | Revenue 2024 (USD million) |\n|---|---|\n| Oncology | 1,100.0 |\n"
        "| Immunology | 1,000.0 |\n| Insulins | 300.0 |\n| Total | 2,400.0 |"
    )
    question = "2024年肿瘤和免疫两类生物类似药收入合计是多少？"
    assert (
        formula_of(question, hit(table, title="Global Biosimilars Market 2025", section="2024")) == "1100 + 1000 = 2100"
    )
