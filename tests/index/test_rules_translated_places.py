"""A place the dictionary translates is named in the other script by that translation only
(issue 16): 印度 is "India", so an English report that never writes India does not name it,
however much a capitalised word of it ("Edition", "Based") sounds like yin du or ba xi.
Model-free: CC-CEDICT and invented texts."""

from __future__ import annotations

import pytest

from reportqa.index.names import transliterated
from reportqa.server.answer.answerability import judge
from tests.support.passages import hit

pytestmark = pytest.mark.unit


def test_a_translated_place_is_no_transliteration_of_another_word():
    assert transliterated("印度", "Semiconductor Equipment Market: 2025 Edition") == []
    assert transliterated("巴西", "Plant-Based Meat: Global Market Update") == []
    # A company's name is still heard in its Latin form.
    assert transliterated("美敦力", "Medtronic reported revenue of USD 32.4 billion.") == ["Medtronic"]


def test_a_place_the_report_never_names_is_refused_across_languages():
    sales = hit("Global sales of widget equipment reached USD 17.1 billion in 2024 (2025 Edition).", doc="w-en.md")
    regions = hit("| Region | Sales 2024 (USD billion) |\n|---|---|\n| China | 4.6 |\n| Japan | 2.8 |", doc="w-en.md")
    assert not judge("2024年印度的设备销售额是多少？", [sales, regions]).answerable
    assert judge("2024年日本的设备销售额是多少？", [sales, regions]).answerable
