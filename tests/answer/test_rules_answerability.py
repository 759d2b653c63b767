"""answer/answerability.py judge(): refuse or accept on hand-built hits, with the reason shown to users.

Model-free: dense similarities are set by hand, so the floor is tested exactly.
"""

from __future__ import annotations

import pytest

from reportqa.index.names import specific_terms
from reportqa.server.answer.answerability import DENSE_FLOOR, SEARCH_DEPTH, judge, unmentioned
from reportqa.server.reasons import worded
from tests.support.passages import EN_SIZE, hit

pytestmark = pytest.mark.unit

QUESTION = "What is the call center market size in 2025?"


def test_a_close_passage_with_the_named_year_and_a_figure_is_answerable():
    verdict = judge(QUESTION, [hit(EN_SIZE, dense=0.6)])
    assert verdict.answerable and verdict.reason is None


def test_no_hits_is_refused():
    assert worded(judge(QUESTION, []).reason, "en") == "the index holds no passages"


@pytest.mark.parametrize(
    ("dense", "answerable"), [(DENSE_FLOOR["default"] - 0.01, False), (DENSE_FLOOR["default"], True)]
)
def test_the_best_dense_similarity_must_reach_the_floor(dense, answerable):
    verdict = judge(QUESTION, [hit(EN_SIZE, dense=dense)])
    assert verdict.answerable is answerable
    if not answerable:
        assert worded(verdict.reason, "en") == "no passage is close to the question"


def test_the_floor_is_the_best_hit_not_the_first():
    assert judge(QUESTION, [hit("Unrelated text.", dense=0.1), hit(EN_SIZE, dense=0.5)]).answerable


def test_each_embedding_model_has_its_own_floor():
    low = [hit(EN_SIZE, dense=0.21)]
    assert not judge(QUESTION, low).answerable
    assert judge(QUESTION, low, model="usem3").answerable
    assert not judge(QUESTION, low, model="some-unknown-model").answerable  # falls back to the default floor


def test_a_named_place_no_passage_mentions_is_refused_by_name():
    verdict = judge("What is the Kenya call center market size?", [hit(EN_SIZE)])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention Kenya")


def test_a_year_no_passage_mentions_is_refused_without_writing_the_year():
    verdict = judge("What is the call center market size in 2040?", [hit(EN_SIZE)])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention that year")
    assert "2040" not in worded(verdict.reason, "en")


def test_a_year_the_answer_computes_need_not_be_mentioned():
    question = "At the stated CAGR, what would the 2025 market be in 2027?"
    assert not judge(question, [hit(EN_SIZE)]).answerable
    assert judge(question, [hit(EN_SIZE)], computed_years=(2027,)).answerable


def test_a_named_term_is_looked_for_in_title_and_section_too():
    passage = hit("It was valued at USD 2 billion in 2025.", title="Kenya market outlook")
    assert judge("What is the Kenya market size?", [passage]).answerable


def test_only_the_first_search_depth_hits_count_for_names():
    filler = [hit("The market was USD 1 billion in 2025.") for _ in range(SEARCH_DEPTH)]
    late = hit("Kenya's market was USD 2 billion in 2025.")
    assert not judge("What is the Kenya market size?", filler + [late]).answerable
    assert judge("What is the Kenya market size?", filler[:-1] + [late]).answerable


def test_glossary_equivalents_count_as_mentions_across_languages():
    zh = hit("美国技术支持市场规模为100.6亿美元。", lang="zh")
    assert judge("What is the US tech support market size?", [zh]).answerable


def test_an_initialism_of_a_domain_term_is_found_as_the_chinese_term():
    # "PV" is how an English reader writes 光伏; the Chinese report never writes the initialism.
    zh = hit("截至2024年底，中国光伏累计装机容量达到886.7 GW。", lang="zh")
    assert judge("How much solar PV capacity had China installed by the end of 2024?", [zh]).answerable
    assert not judge("How much PV capacity did Japan install in 2024?", [zh]).answerable


def test_a_chinese_place_name_is_found_without_its_generic_suffix():
    assert specific_terms("非洲地区的呼叫中心市场规模是多少？") == ["非洲地区"]
    passage = hit("非洲的呼叫中心市场规模为12亿美元。", lang="zh")
    assert judge("非洲地区的呼叫中心市场规模是多少？", [passage]).answerable


def test_a_wanted_number_must_sit_beside_the_named_subject():
    hits = [hit("Acme sells headsets. Its revenue is not disclosed."), hit("The market was USD 5 billion in 2025.")]
    verdict = judge("How large is the Acme market?", hits)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


def test_a_question_for_no_number_needs_no_figure():
    assert judge("Who leads the Acme market?", [hit("Acme leads the headset market.")]).answerable


def test_specific_terms_are_names_and_years_not_question_words():
    assert specific_terms("What is the Kenya call center market size in 2025?") == ["2025", "Kenya"]
    assert specific_terms("How big is the market?") == []


def test_a_measure_is_found_by_the_head_of_its_dictionary_sense():
    table = hit(
        "| Region | 2024 |\n|---|---|\n| China | USD 49.6 billion |", title="Semiconductor equipment sales 2025"
    )
    assert judge("2024年中国半导体设备销售额是多少？", [table]).answerable  # 销售额: "sales figure"
    assert not judge("2024年中国半导体设备利润是多少？", [table]).answerable  # 利润 is not stated


def test_a_calculated_answer_is_its_own_support_but_names_still_count():
    passage = hit("Germany is the largest national market at USD 0.78 billion; Europe was worth USD 2.9 billion.")
    question = "What share of Europe's market does Germany represent?"  # no sentence states a share
    assert judge(question, [passage], computed=True).answerable
    assert not judge("What share of Brazil's market does Germany represent?", [passage], computed=True).answerable


def test_a_name_jieba_only_guesses_is_not_required():
    assert specific_terms("2024年晶科能源比隆基绿能多出货多少GW？") == ["2024", "GW"]


# A sentence that names the asked place supports it only where a figure's own clause (or the
# figure-less clauses leading into it: "In China, …") names the place: "Japan and India together
# accounted for most of the rest" states no figure, and South Korea's 8.7 is not Japan's (m653).
@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How much skincare did Japan sell in 2024?",
            "Within Asia Pacific excluding China, South Korea sold USD 8.7 billion of skincare in 2024, "
            "and Japan and India together accounted for most of the rest.",
        ),
        (
            "What were Mexico's smart meter shipments in 2024?",
            "Latin America's smart meter shipments reached 6.2 million in 2024, Brazil took 3.1 million, "
            "while Mexico and Chile made up the remainder.",
        ),
        (
            "2024年日本的护肤品销售额是多少？",
            "2024年，亚太地区（不含中国）中韩国的销售额为87亿美元，日本和印度合计占其余大部分。",
        ),
    ],
)
def test_a_place_named_beside_another_place_s_figure_is_not_supported(question, text):
    # The section names the measure, as a report's "Sales by region" does.
    lang = "en" if question.isascii() else "zh"
    assert not judge(question, [hit(text, lang=lang, section="Sales by region 地区销售额")]).answerable


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("How much skincare did Japan sell in 2024?", "In Japan, skincare sales reached USD 18.2 billion in 2024."),
        (
            "How much skincare did Japan sell in 2024?",
            "Skincare sales in Japan were USD 18.2 billion in 2024, up 1.2%.",
        ),
        ("2024年日本的护肤品销售额是多少？", "日本方面，2024年护肤品销售额为182亿美元。"),
    ],
)
def test_a_place_named_in_the_clause_leading_into_its_figure_is_supported(question, text):
    lang = "en" if question.isascii() else "zh"
    assert judge(question, [hit(text, lang=lang, section="Sales by region 地区销售额")]).answerable


def test_shipments_are_the_measure_a_chinese_question_calls_出货量():
    # 大疆 is a name the question asks (CC-CEDICT's DJI), so its figure must be of the measure asked.
    question = "2024年大疆占全球商用无人机出货量的份额是多少？"
    shipments = "DJI remained the largest vendor, with 58.2% of global commercial shipments in 2024."
    assert judge(question, [hit(shipments, section="Competitive Landscape")]).answerable
    revenue = "DJI remained the largest vendor, with 58.2% of global commercial revenue in 2024."
    assert not judge("2024年大疆的出货量是多少？", [hit(revenue, section="Competitive Landscape")]).answerable


def test_a_section_s_number_is_no_figure_that_ends_the_clauses_leading_into_one():
    # "2. Sales by region" before the sentence: its 2 is a heading's number, not a figure of the
    # clause "within Latin America excluding Brazil" (m646's layout, another market).
    text = "Within Latin America excluding Brazil, Mexico installed 4.1 GW in 2024, and Chile added most of the rest."
    question = "What share of Latin America excluding Brazil's 2024 solar installations came from Mexico?"
    found = hit(text, section="2. Solar installations by region", title="Halden Solar Report 2025")
    assert judge(question, [found]).answerable
    assert not judge("How much solar did Chile install in 2024?", [found]).answerable


def test_a_place_named_only_inside_a_listing_word_is_refused_by_name():
    """港澳台 lists Hong Kong, Macao and Taiwan: its figure is the group's, not Hong Kong's alone
    (refuse25-049); asked with every place it lists, the group is what is asked (xlang25-041)."""
    passage = hit("2024年国际及港澳台快递业务量为35.9亿件，占比2.1%。", lang="zh", doc="report-zh.md")
    alone = judge("How many parcels did Hong Kong handle in 2024?", [passage])
    assert (alone.answerable, worded(alone.reason, "en")) == (False, "the reports do not mention Hong Kong")
    asked = "What share of parcel volume did international and Hong Kong, Macao and Taiwan express account for in 2024?"
    assert not unmentioned(asked, [passage])
