"""answer/answerability.py: what a passage "writes" for rules 2–4 — fiscal years, word forms
by their Snowball stem, tables read with the lead-in that announces them — each with the
near miss it must still refuse. Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

FISCAL = hit(
    "Hotels sales increased by 3.7% in F19.\n\n| | F19 | F18 |\n|---|---|---|\n| Sales | 4,250 | 4,100 |",
    title="Annual report extract",
)


@pytest.mark.parametrize("question", ["What is the average sales for years F19 and F18?", "What were sales in 2019?"])
def test_a_year_the_passages_write_as_a_fiscal_year_is_written(question):
    assert judge(question, [FISCAL]).answerable


@pytest.mark.parametrize("question", ["What is the average sales for years F15 and F14?", "What were sales in 2015?"])
def test_a_fiscal_year_the_passages_do_not_write_is_still_refused(question):
    assert not judge(question, [FISCAL]).answerable


GOODWILL = hit(
    "Goodwill is tested for impairment annually.\n\n"
    "| | 2019 | 2018 |\n|---|---|---|\n| Balance at end of year | 1,620 | 1,600 |\n"
    "| Payments received on account | 12 | 10 |",
    title="Annual report extract",
)


def test_a_word_whose_stem_the_passage_writes_is_written():
    # Snowball stems "ending" to "end", which the row writes.
    assert judge("What is the total ending goodwill for the years 2018 and 2019?", [GOODWILL]).answerable


def test_a_stem_shared_with_another_word_is_not_the_word():
    # "receivable" and "received" are both "receiv", but no passage writes "receivable".
    verdict = judge("What was the change in accounts receivable from 2018 to 2019?", [GOODWILL])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention receivable")


def test_a_beginning_balance_the_passages_never_write_is_refused():
    # "beginning" names a row ("At beginning of the period"), it is not a word questions ask with.
    verdict = judge("What was the amount for At beginning of the period in 2019?", [GOODWILL])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention beginning")


REVENUE_BY_COUNTRY = hit(
    "The following table presents total external revenues by geographic location:\n\n"
    "Employees work in every country listed.\n\n"
    "| | 2019 | 2018 |\n|---|---|---|\n| Canada | 96,168 | 70,774 |\n| United States | 1,079,520 | 755,454 |",
    title="Annual report extract",
)


def test_a_table_row_is_read_with_the_lead_in_that_announces_its_table():
    assert judge("What is the total external revenues from Canada in 2019?", [REVENUE_BY_COUNTRY]).answerable


def test_a_measure_neither_the_row_nor_its_lead_in_names_is_still_refused():
    verdict = judge("How many employees did the company have in Canada in 2019?", [REVENUE_BY_COUNTRY])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


DIVIDENDS = hit(
    "Final dividends of $120 million were paid in 2018.\n\n"
    "| Issuance Date | Warrants outstanding |\n|---|---|\n| Aug 2019 | 458,202 |",
    title="Annual report extract",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the total amount paid out in final dividends (for FY2018)?",
        "How many warrants issued in August 2019 were outstanding?",
    ],
)
def test_a_fiscal_year_and_a_month_are_written_in_their_other_forms(question):
    assert judge(question, [DIVIDENDS]).answerable


@pytest.mark.parametrize(
    "question",
    [
        "What was the total amount paid out in final dividends (for FY2016)?",
        "How many warrants issued in September 2019 were outstanding?",
    ],
)
def test_a_fiscal_year_or_month_the_passages_do_not_write_is_refused(question):
    assert not judge(question, [DIVIDENDS]).answerable


SEGMENTS = hit(
    "Revenue by segment for the fiscal year ended 31 March 2019.\n\n"
    "| | 2019 | 2018 |\n|---|---|---|\n| Cloud services | 4,250 | 3,900 |\n| Licences | 1,120 | 1,300 |",
    title="Annual report extract",
)


@pytest.mark.parametrize(
    "question",
    [
        "Which item contributed the most in 2019?",
        "What financial information does the table show?",
        "What is the nominal difference in Licences between 2019 and 2018?",
        "In which currency is revenue reported?",
    ],
)
def test_words_that_only_ask_need_not_be_written(question):
    # "contributed", "financial" (any annual report's), "nominal" (as against a percentage),
    # "currency" (pointed at, like "unit") say how the question asks, not what it is about.
    assert judge(question, [SEGMENTS]).answerable


def test_a_row_the_table_lacks_is_refused_though_asked_with_those_words():
    assert not judge("What was the financial contribution of Maintenance contracts in 2019?", [SEGMENTS]).answerable
