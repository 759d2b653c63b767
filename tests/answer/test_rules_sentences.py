"""answer/sentences.py: what a question asks about and which sentences of hand-built hits answer it best."""

from __future__ import annotations

import pytest

from reportqa.server.answer.sentences import Concept, question_concepts, question_years, rank_sentences, wants_number
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
    assert concepts[2:] == [Concept(token="market")]


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
