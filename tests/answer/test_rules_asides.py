"""answer/asides.py through answerability's rule 3: a figure is of the subject of its own
clause, not of a group's member or of a name in a clause of cause beside it. Own traps in
both languages, each with the answerable question beside it. Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.asides import without_asides
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TITLE = "AI in Medical Imaging: Global Market Report 2025"
REGIONS = [
    hit(
        "Europe generated USD 337.6 million and Asia Pacific USD 286.2 million, while the Rest of the World, "
        "which groups Latin America, the Middle East and Africa, contributed USD 85.4 million.",
        title=TITLE,
    ),
    hit("The global market was valued at USD 1,250.5 million in 2024.", title=TITLE),
]


@pytest.mark.parametrize(
    "question",
    [
        "How large was the AI medical imaging market in Latin America in 2024?",
        "How large was the AI medical imaging market in the Middle East in 2024?",
    ],
)
def test_a_member_of_a_group_is_not_answered_with_the_groups_figure(question):
    verdict = judge(question, REGIONS)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


@pytest.mark.parametrize(
    "question",
    [
        "How much did the Rest of the World contribute to the AI medical imaging market in 2024?",
        "How large was the AI medical imaging market in Europe in 2024?",
    ],
)
def test_the_group_and_a_region_with_its_own_figure_are_answered(question):
    assert judge(question, REGIONS).answerable


def test_a_member_in_a_table_rows_bracket_is_not_the_row():
    # Not "(incl. Latin America)": the sentence splitter ends a unit at "incl.".
    table = hit(
        "| Region | 2024 |\n|---|---|\n| Europe | 337.6 |\n| Rest of World (including Latin America) | 85.4 |",
        title="Smart meter market",
    )
    assert not judge("What was the market size in Latin America in 2024?", [table]).answerable
    assert judge("What was the market size in Europe in 2024?", [table]).answerable


def test_a_chinese_group_with_its_members_in_brackets_is_not_a_members_figure():
    passages = [hit("2024年，其他地区（包括拉美、中东和非洲）合计实现销售额85.4亿元，欧洲为337.6亿元。", lang="zh")]
    assert not judge("2024年拉美的销售额是多少？", passages).answerable
    assert judge("2024年欧洲的销售额是多少？", passages).answerable


METERS = [
    hit(
        "Prices of electricity meters fell by 3.5% in 2024 as competition for Indian tenders intensified.",
        title="Global Smart Meter Market Report 2025",
    ),
    hit(
        "Second-generation rollouts have been under way in India, Brazil and Indonesia since 2022.",
        title="Global Smart Meter Market Report 2025",
    ),
    hit(
        "The global smart meter market was valued at USD 24.6 billion in 2024.",
        title="Global Smart Meter Market Report 2025",
    ),
]


def test_a_country_named_in_a_clause_of_cause_or_a_list_of_rollouts_has_no_figure():
    verdict = judge("What was the smart meter market size in India in 2024?", METERS)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")
    assert judge("What was the global smart meter market size in 2024?", METERS).answerable


def test_a_clause_of_cause_with_its_own_figure_still_answers():
    passage = hit("Revenue rose 9.0% in 2024, driven by India, where shipments reached 31.2 million units.")
    assert judge("What were shipments in India in 2024?", [passage]).answerable


CUSTOMERS = [
    hit("Acme Metering, whose customers include Itron and Honeywell, reported revenue of USD 2.0 billion in 2024.")
]


def test_a_company_named_only_as_a_customer_is_refused():
    assert not judge("What was Itron's revenue in 2024?", CUSTOMERS).answerable
    assert judge("What was Acme Metering's revenue in 2024?", CUSTOMERS).answerable


def test_vendors_given_as_examples_of_a_group_do_not_own_its_share():
    passages = [hit("Chinese vendors, such as Wasion and Hexing, supplied 61.0% of the volume in Africa in 2024.")]
    assert not judge("What share of the volume in Africa did Wasion supply in 2024?", passages).answerable


def test_a_member_with_its_own_figure_is_answered():
    passages = [hit("Sales rose 5.0% in 2024, including India at USD 2.1 billion.")]
    assert judge("What were sales in India in 2024?", passages).answerable


@pytest.mark.parametrize(
    "sentence",
    [
        "as of 2024, india had 20.1 million smart meters.",
        "india, as well as brazil, installed 20.1 million meters.",
        "india held 20.1% as a share of the market.",
        "like-for-like sales in india rose 4.0%.",
    ],
)
def test_as_and_like_that_open_no_aside_are_kept(sentence):
    assert without_asides(sentence) == sentence


def test_a_long_list_is_read_in_linear_time():
    # Members that could hold "and" once made this take exponential time (minutes at 25).
    sentence = "vendors such as " + "alpha and " * 60 + "beta supplied 5.0%."
    assert without_asides(sentence) == sentence


def test_a_long_chinese_list_joined_by_yiji_is_read_in_linear_time():
    # 以 of 以及 could end a member or start the joining word: two readings per join, 2^60 in all.
    sentence = "包括" + "甲乙以及" * 60 + "丙" * 20
    assert without_asides(sentence) == sentence
