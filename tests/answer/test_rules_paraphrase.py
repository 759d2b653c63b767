"""server/answer/paraphrase.py: a Title Case run of common words that the passages never write
and that an embedding puts close to the report title's market is asked as that market; a brand
of common words, far from it, stays a name (names28). A fake embedder stands in for the model."""

from __future__ import annotations

import pytest

from reportqa.server.answer.paraphrase import TITLE_LIKENESS, _common_words, market_of, without_market_paraphrases
from tests.support.embeddings import Likeness
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TITLE = "Global Pet Food Market Report 2025"
PASSAGE = "The global pet food market was valued at USD 142.3 billion in 2024."


def test_a_run_close_to_the_title_market_is_asked_as_that_market():
    question = "By how much will the Companion Animal Nutrition market grow from 2024 to 2030?"
    embedder = Likeness({("Companion Animal Nutrition", "Global Pet Food Market"): TITLE_LIKENESS + 0.02})
    asked = without_market_paraphrases(question, [hit(PASSAGE, title=TITLE)], embedder)
    assert asked == "By how much will the market grow from 2024 to 2030?"


def test_a_market_far_from_it_stays_a_name():
    question = "What was the size of the Cat Litter Market in 2024?"
    embedder = Likeness({("Cat Litter Market", "Global Pet Food Market"): TITLE_LIKENESS - 0.04})
    assert without_market_paraphrases(question, [hit(PASSAGE, title=TITLE)], embedder) == question


def test_a_run_not_called_a_market_is_not_weighed():
    """A brand of the market's own words would be as close to the title."""
    question = "What was Pet Food Express's revenue in 2024?"
    assert without_market_paraphrases(question, [hit(PASSAGE, title=TITLE)], Likeness({})) == question


def test_a_run_the_passages_write_is_left_to_the_rules():
    question = "What was the size of the Global Pet Food market in 2024?"
    assert without_market_paraphrases(question, [hit(PASSAGE, title=TITLE)], Likeness({})) == question


def test_without_an_embedder_nothing_is_weighed():
    question = "By how much will the Companion Animal Nutrition market grow from 2024 to 2030?"
    assert without_market_paraphrases(question, [hit(PASSAGE, title=TITLE)], None) == question


@pytest.mark.parametrize(
    ("name", "common"),
    [
        ("Companion Animal Nutrition", True),
        ("China's Digital Learning Sector", True),
        ("Golden Gate Appliances", True),  # a brand of common words: only the embedding tells it
        ("NetEase Youdao", False),
        ("IT", False),
        ("Germany", False),
    ],
)
def test_only_runs_of_capitalised_common_words_are_weighed(name, common):
    assert _common_words(name) is common


@pytest.mark.parametrize(
    ("title", "market"),
    [
        ("Global Pet Food Market Report 2025", "Global Pet Food Market"),
        ("中国在线教育行业研究报告（2025）", "中国在线教育行业"),
        ("Plant-Based Meat: Global Market Update 2025", "Plant-Based Meat: Global Market"),
    ],
)
def test_a_title_names_its_market_without_its_year_and_report(title, market):
    assert market_of(title) == market
