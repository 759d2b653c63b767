"""answer/sentences.py: what a question asks about and which sentences of hand-built hits answer it best."""

from __future__ import annotations

import pytest

from reportqa.server.answer.sentences import (
    Concept,
    asks_explanation,
    of_the_asked,
    question_concepts,
    question_years,
    rank_sentences,
    subject_first,
    wants_number,
)
from tests.support.passages import hit

pytestmark = pytest.mark.unit

CALL_CENTERS = ("客服中心", "呼叫中心", "联络中心", "call center", "call centers", "contact center", "contact centers")


@pytest.mark.parametrize(
    ("question", "numeric"),
    [
        ("How big is the market?", True),
        ("What is the CAGR?", True),
        ("What share does Acme hold?", True),
        ("市场规模多大？", True),
        ("复合年增长率是多少？", True),
        ("Who are the key players?", False),
        ("What drives growth?", False),
        ("哪些公司领先？", False),
    ],
)
def test_wants_number(question, numeric):
    assert wants_number(question) is numeric


def test_question_years_reads_full_width_digits():
    assert question_years("２０２５年的规模？") == {2025}


def test_a_glossary_group_is_one_concept_and_other_words_are_tokens():
    concepts = question_concepts("What is the call center market CAGR?")
    assert concepts[0] == Concept(terms=CALL_CENTERS)
    assert concepts[1].terms[:2] == ("复合年增长率", "年复合增长率")
    assert [c.token for c in concepts[2:]] == ["market", "call center", "center market", "market cagr"]
    assert "市场" in concepts[2].terms  # its translation, from the dictionary


def test_a_concept_is_found_in_either_language():
    concept = Concept(terms=CALL_CENTERS)
    assert concept.found_in("全球呼叫中心市场", set())
    assert concept.found_in("the call center market", set())
    assert not concept.found_in("the callcenter market", set())  # Latin terms match whole words only
    assert Concept(token="market").found_in("", {"market"})


def test_a_chinese_question_about_call_centers_uses_the_glossary_group():
    assert Concept(terms=CALL_CENTERS) in question_concepts("呼叫中心的复合年增长率是多少？")


def test_a_question_for_a_figure_ranks_the_sentence_with_the_figure_first():
    passage = hit(
        "The call center market is large. It was valued at USD 34.03 billion in 2025. Growth is driven by outsourcing.",
        dense=0.5,
    )
    ranked = rank_sentences("What is the call center market size in 2025?", [passage])
    assert [s.text for s in ranked] == [
        "It was valued at USD 34.03 billion in 2025.",
        "The call center market is large.",
        "Growth is driven by outsourcing.",
    ]
    assert all(s.hit is passage for s in ranked)


def test_a_named_year_is_preferred():
    ranked = rank_sentences("What happened in 2030?", [hit("Sales rose in 2025. Sales fell in 2030.", dense=0.5)])
    assert ranked[0].text == "Sales fell in 2030."
    assert ranked[0].score - ranked[1].score >= 0.3  # the year bonus, on top of matching the year token


def test_a_rare_concept_counts_for_more_than_a_common_one():
    hits = [hit("The market grows. Outbound calling shrinks.", dense=0.5), hit("The market is mature.", dense=0.5)]
    ranked = rank_sentences("Is the outbound market shrinking?", hits)
    assert ranked[0].text == "Outbound calling shrinks."


def test_the_passage_similarity_is_the_base_of_the_score():
    hits = [hit("Nothing in common.", dense=0.2), hit("Also unrelated.", dense=0.7)]
    ranked = rank_sentences("What about widgets?", hits)
    assert [s.text for s in ranked] == ["Also unrelated.", "Nothing in common."]
    assert [s.score for s in ranked] == pytest.approx([0.7, 0.2])


@pytest.mark.parametrize(
    ("question", "numeric"),
    [
        ("Why did revenue increase by 14% in 2019?", False),
        ("How is the basic earnings per share calculated?", False),
        ("What is the definition of the term earnings per share?", False),
        ("What results in deferred income taxes?", False),
        ("What do the floating rate financial assets comprise of?", False),
        ("营收下降的原因是什么？", False),
        ("What was the revenue in 2019?", True),
        ("What was the income of the defined benefit scheme in 2019?", True),  # "defined" names the scheme
    ],
)
def test_a_question_for_a_reason_or_a_definition_wants_prose_not_a_number(question, numeric):
    assert asks_explanation(question) is not numeric
    assert wants_number(question) is numeric


HEADLINE = hit(
    "# Widget Tooling Market 2025\n\n## Key Findings\n\n"
    "- Global widget tooling sales reached USD 40.2 billion in 2024, up 8.0% from USD 37.2 billion in 2023.",
    dense=0.62,
    title="Widget Tooling Market 2025",
)
SEGMENTS = hit(
    "## Sales by Segment\n\nPress tooling accounted for USD 30.1 billion of the 2024 total. "
    "Test tooling sales were USD 2.5 billion, and die tooling sales were USD 7.6 billion.",
    dense=0.58,
    title="Widget Tooling Market 2025",
)


OTHER_WIDGET_PASSAGES = [  # what else a search for widget tooling sales brings back
    hit(f"## {region}\n\nWidget tooling sales in {region} were USD {n}.0 billion in 2024. Growth slowed.", dense=0.55)
    for n, region in enumerate(["Europe", "Asia", "the Americas", "Africa"], start=3)
]


def test_the_sentence_naming_the_measure_asked_beats_the_reports_headline():
    hits = [HEADLINE, SEGMENTS, *OTHER_WIDGET_PASSAGES]
    ranked = rank_sentences("What were widget test tooling sales in 2024?", hits)
    assert ranked[0].text.startswith("Test tooling sales were USD 2.5 billion")


def test_the_same_in_chinese():
    headline = hit(
        "# 2025年工具市场报告\n## 核心结论\n2024年全球工具市场销售额为402亿美元，同比增长8.0%。",
        lang="zh",
        dense=0.62,
    )
    segments = hit(
        "## 细分市场\n冲压工具占2024年总额的301亿美元。测试工具销售额为25亿美元，模具销售额为76亿美元。",
        lang="zh",
        dense=0.58,
    )
    ranked = rank_sentences("2024年测试工具销售额是多少？", [headline, segments])
    assert ranked[0].text == "测试工具销售额为25亿美元，模具销售额为76亿美元。"


def test_a_list_question_gets_the_table_its_lead_in_announces():
    lead = hit("Steel overtook resin in 2024. Share of widget tooling by material, 2024:", doc="w.md", dense=0.6)
    table = hit("| Material | Share (2024) |\n|---|---|\n| Steel | 61.0% |\n| Resin | 39.0% |", doc="w.md", dense=0.55)
    table.chunk.start = 100
    ranked = rank_sentences("Which materials does the report break widget tooling into?", [lead, table])
    assert ranked[0].text == table.chunk.text
    assert ranked[0].intro == (lead, "Share of widget tooling by material, 2024:")
    assert "Share of widget tooling by material, 2024:" not in [s.text for s in ranked]


def test_a_english_question_finds_the_chinese_sentence_by_the_dictionary():
    passage = hit("2024年出口额为12.0亿元。2024年平均价格为每吨3,100元。", lang="zh", dense=0.5)
    ranked = rank_sentences("What was the average price in 2024?", [passage])
    assert ranked[0].text == "2024年平均价格为每吨3,100元。"


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        (
            "How much was the European EV battery market worth in 2024?",
            "Europe was worth USD 21.4 billion in 2024 and is forecast at USD 43.7 billion in 2030.",
        ),
        (
            "What was the European EV battery market worth in 2024?",
            "Europe was worth USD 21.4 billion in 2024 and is forecast at USD 43.7 billion in 2030.",
        ),
    ],
)
def test_an_adjective_of_place_is_stated_by_its_place(question, stated):
    """ "European" asks what a sentence states of Europe, not one that only writes "European"."""
    passage = hit(
        "Several announced European and Chinese gigafactories were delayed or cancelled in 2024, and the "
        f"region still imports a large share of its cells. {stated}",
        doc="place-en.md",
    )
    assert rank_sentences(question, [passage])[0].text.strip() == stated


def test_a_common_word_opening_a_sentence_does_not_make_its_figure_another_s():
    """ "Global EV" is one capitalised run, but the sentence is of the EV batteries asked: quoted
    before the market's value, not after it as another company's figure."""
    question = "How many GWh of EV batteries were shipped worldwide in 2024?"
    passages = [
        hit("Global EV battery shipments rose to 1,052 GWh in 2024 from 865 GWh in 2023.", dense=0.69),
        hit("The global electric vehicle (EV) battery market was valued at USD 118.6 billion in 2024.", dense=0.6),
    ]
    assert subject_first(question, rank_sentences(question, passages))[0].text.startswith("Global EV battery")


def test_a_name_opening_a_sentence_stays_another_s():
    question = "How many GWh of EV batteries did Acme ship in 2024?"
    passages = [
        hit("Borealis EV battery shipments rose to 52 GWh in 2024.", dense=0.69),
        hit("Acme shipped 31 GWh of EV batteries in 2024.", dense=0.6),
    ]
    assert subject_first(question, rank_sentences(question, passages))[0].text.startswith("Acme")


def test_an_acronym_the_title_spells_out_tells_no_sentence_from_another():
    """Every sentence of an "Electric Vehicle Charger" report writes the EV of the question: the
    place asked, not the acronym, tells the region's sentence from the global one ranked above it."""
    title = "Global Electric Vehicle Charger Market Report 2025"
    question = "What was the North American EV charger market worth in 2024?"
    passages = [
        hit(
            "The global electric vehicle (EV) charger market was worth USD 31.2 billion in 2024.",
            dense=0.7,
            title=title,
        ),
        hit("North America generated USD 4.9 billion in 2024, led by the United States.", dense=0.6, title=title),
    ]
    assert subject_first(question, rank_sentences(question, passages))[0].text.startswith("North America")


def test_a_unit_symbol_is_no_acronym_a_title_spells_out():
    """GW is the unit asked, not "Global Wind" of the title: the sentence stating GW stays first."""
    title = "Global Wind Farm Services Report"
    question = "How many GW of repowering were completed worldwide in 2024?"
    costs = "Average costs of repowering projects completed worldwide fell to USD 0.9 million per MW in 2024."
    passages = [
        hit(costs, dense=0.95, title=title),
        hit("Repowering projects completed in 2024 totalled 6.2 GW worldwide.", dense=0.5, title=title),
    ]
    assert subject_first(question, rank_sentences(question, passages))[0].text.startswith("Repowering projects")


def test_a_sentence_in_the_other_language_of_the_place_asked_goes_first():
    """美国 asked: "The United States accounted for …" states the figure of the place asked, ahead of
    a sentence ranked above it that writes a sense of the question's 装备 ("equipment"). The
    place distinguishes: most sentences do not write it."""
    question = "2024年美国滑雪装备销售额是多少？"
    passages = [
        hit("Equipment sales remained the largest category at USD 9.4 billion in 2024.", dense=0.75),
        hit("The United States accounted for USD 5.1 billion of North American sales in 2024.", dense=0.6),
        hit("Online channels took 31.0% of sales in 2024.", dense=0.55),
    ]
    assert subject_first(question, rank_sentences(question, passages))[0].text.startswith("The United States")


def test_a_place_written_after_the_figure_is_not_its_owner():
    """Europe named after the figure ("… as hospitals in Europe adopted it") owns no figure: the
    ranking stands."""
    question = "2024年欧洲滑雪装备销售额是多少？"
    passages = [
        hit("Europe's ski equipment sales were USD 3.2 billion in 2024.", dense=0.7),
        hit("Sales grew to USD 9.4 billion in 2024 as resorts in Europe reopened.", dense=0.6),
    ]
    assert of_the_asked(rank_sentences(question, passages)[0], frozenset({"europe"}))
    assert not of_the_asked(rank_sentences(question, passages)[1], frozenset({"europe"}))


def test_a_year_before_a_comma_is_no_figure_its_owner_states():
    """ "… widened its lead in 2024, led by …" states no figure: Asia Pacific owns none."""
    question = "2023年亚太地区滑雪装备销售额是多少？"
    passages = [hit("Asia Pacific overtook Europe in 2022 and widened its lead in 2024, led by Japan.", dense=0.7)]
    assert not of_the_asked(rank_sentences(question, passages)[0], frozenset({"asia pacific"}))


def test_a_sentence_nothing_dates_is_of_the_reports_latest_actual_year():
    # The report states actuals up to 2024; its channel paragraph dates no sentence, and one
    # sentence after it names 2024 for another measure: the share asked is the undated sentence's.
    overview = hit("2024年中国智能家电市场规模为7,286.4亿元，同比增长9.8%。", lang="zh", dense=0.5, title="2025年报告")
    channels = hit(
        "线上渠道占智能家电零售额的56.2%，线下门店占43.8%。2024年直播电商渠道销售额同比增长31.4%。",
        lang="zh",
        dense=0.5,
        title="2025年报告",
    )
    question = "What share of smart appliance retail sales went through online channels in 2024?"
    ranked = rank_sentences(question, [overview, channels])
    assert ranked[0].text == "线上渠道占智能家电零售额的56.2%，线下门店占43.8%。"


def test_an_undated_sentence_is_not_of_a_year_the_report_states_no_actual_for():
    # Actuals up to 2024: a sentence nothing dates is 2024's, not the 2023 asked.
    passage = hit(
        "线上渠道占零售额的56.2%。2023年直播电商渠道销售额同比增长31.4%。2024年市场规模为100亿元。",
        lang="zh",
        dense=0.5,
    )
    ranked = rank_sentences("What share of retail sales went through online channels in 2023?", [passage])
    assert ranked[0].text == "2023年直播电商渠道销售额同比增长31.4%。"
