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
from reportqa.server.answer.sentences import rank_sentences
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


def test_an_english_word_the_dictionary_reads_in_a_derived_form_picks_its_chinese_row():
    # "injectables" is listed nowhere; CC-CEDICT's "inject" is 注射, the report's row 注射类.
    devices = hit("2024年光电类项目规模为812.6亿元，同比增长15.7%，是最大的细分。", lang="zh", dense=0.47)
    injectables = hit("2024年注射类项目规模为618.5亿元，同比增长12.8%。", lang="zh", dense=0.45)
    draft = compose("How large was the injectables segment in 2024?", [devices, injectables])
    assert "618.5" in draft.text.split("\n")[0]


def test_a_clause_after_a_semicolon_is_dated_by_the_clause_before():
    cloud = hit(
        "2024年公有云市场规模为5,620.8亿元，同比增长22.1%；私有云市场规模为2,643.4亿元，同比增长11.4%。", lang="zh"
    )
    draft = compose("How fast did the private cloud market grow in 2024?", [cloud])
    assert "11.4%" in draft.text.split("\n")[0]


def test_a_relative_period_is_no_subject_to_translate():
    # "last year" translated is the 上年 that a sentence compares with: no match for "cold storage".
    trucks = hit("冷藏车保有量达到46.8万辆，较上年的43.2万辆明显增加。", lang="zh", dense=0.47)
    stores = hit("截至2024年底，全国冷库总容量达到2.37亿立方米。", lang="zh", dense=0.46)
    draft = compose("What was China's total cold storage capacity at the end of last year?", [trucks, stores])
    assert "2.37" in draft.text


def test_two_chinese_words_are_read_as_the_english_phrase_of_their_senses():
    # 测试 and 设备 each have several senses; in a row they are "test equipment".
    overall = hit(
        "Global sales of semiconductor manufacturing equipment reached USD 117.1 billion in 2024.", dense=0.58
    )
    tests = hit("In 2024, test equipment sales were USD 7.5 billion.", dense=0.58)
    assert rank_sentences("2024年半导体测试设备的销售额是多少？", [overall, tests])[0].text.startswith("In 2024, test")


def test_a_sentence_goes_on_about_the_year_of_the_sentence_before():
    # Dated by the sentence before, as fully as by its own words; a heading's year counts for less.
    dated = hit("The market grew 9.8% in 2024. Test equipment sales were USD 7.5 billion.", dense=0.60)
    headed = hit("Test equipment sales were USD 6.9 billion.", dense=0.62, section="2024 outlook")
    ranked = rank_sentences("What were test equipment sales in 2024?", [dated, headed])
    assert ranked[0].text == "Test equipment sales were USD 7.5 billion."
