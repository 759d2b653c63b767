"""A question in one language over passages in the other (issue 16): its subject words are
read in the passages' language through the dictionary, whatever inflection the dictionary
lists a sense in; a currency it asks in is a unit, not a name; of two things alike each side's
figure is the one that writes what tells it from the other.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names
from reportqa.index.dictionary import terms_in, translations
from reportqa.server.answer.compose import compose
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def test_an_english_term_meets_a_sense_listed_in_another_inflection():
    # CC-CEDICT lists 液冷 as "liquid-cool".
    assert "液冷" in translations("liquid cooling")
    assert "液冷" in translations("Liquid-cooled")
    assert translations("consumers") == ()  # one word: its other forms are often other senses
    assert any(t.written == "liquid cooling" and "液冷" in t.translations() for t in terms_in("liquid cooling racks"))


def test_an_exact_sense_comes_before_another_inflection():
    assert translations("dishwasher") == ("洗碗机",)


def test_a_currency_asked_in_is_no_name():
    assert asked_names("By how much did fridge sales grow from 2023 to 2024, in RMB 100 million?") == ["2023", "2024"]
    assert "Hisense" in asked_names("What was Hisense's revenue in USD in 2024?")


def test_a_one_sense_word_picks_the_sentence_of_the_other_language_that_writes_it():
    overview = hit("2024年中国家电市场规模为7,286.4亿元，同比增长9.8%。", lang="zh", dense=0.49)
    kitchen = hit("厨电增长较快，其中洗碗机零售额为215.6亿元，同比增长18.9%。", lang="zh", dense=0.45)
    draft = compose("What were dishwasher retail sales in China in 2024?", [overview, kitchen])
    assert "215.6" in draft.text and "7,286.4" not in draft.text


def test_each_of_two_things_alike_is_the_figure_that_writes_what_tells_it_apart():
    segments = hit(
        "| Segment | Revenue 2024 (USD million) | Share of 2024 revenue |\n|---|---|---|\n"
        "| Maritime | 1,437.5 | 9.7% |\n| Aviation (in-flight connectivity) | 1,274.5 | 8.6% |\n"
        "| Total | 14,820.0 | 100.0% |",
        dense=0.65,
    )
    summary = hit(
        "The global satellite broadband market generated revenue of USD 14,820.0 million in 2024, as LEO "
        "constellations took share in residential and maritime connectivity.",
        dense=0.6,
    )
    found = calculate("2024年海事和航空两个细分市场的卫星宽带收入合计为多少百万美元？", [segments, summary])
    assert found is not None and found.result.formula == "1437.5 + 1274.5 = 2712"
