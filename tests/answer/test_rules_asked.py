"""answer/answerability.py rule 4: what a question asks about must be written in the passages.

Model-free, on hand-built hits shaped like the annual-report tables of ``bench.nearmiss``:
a question about a row label of another report's table is refused, the report's own rows
and the words a question asks with are not.
"""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import DENSE_FLOOR, judge
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TABLE = hit(
    "| | 2019 | 2018 |\n|---|---|---|\n| Fixed Price | $ 1,452.4 | $ 1,146.2 |\n| Other | 44.1 | 56.7 |",
    title="Annual report extract",
    section="Net sales by contract type",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was the change in Fixed Price in 2019 from 2018?",
        "What is the percentage change in Other in 2019 from 2018?",
        "What is the average net sales of Fixed Price contracts?",
        "In which year was the amount for Fixed Price the largest?",
    ],
)
def test_a_row_the_table_writes_is_answerable_however_it_is_asked(question):
    assert judge(question, [TABLE]).answerable


@pytest.mark.parametrize(
    ("question", "unwritten"),
    [
        # Lower-cased, as annotators often write them: a capitalised label is refused as a name (rule 2).
        ("What was the change in deferred revenue in 2019 from 2018?", "deferred revenue"),
        ("What is the average impairment charges?", "impairment charges"),
    ],
)
def test_a_row_of_another_report_is_refused_with_the_words_it_lacks(question, unwritten):
    verdict = judge(question, [TABLE])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, f"the reports do not mention {unwritten}")


def test_a_calculation_does_not_make_another_row_its_subject():
    # The percentage change in "Net income" bound to "Net financing receivables" is still refused.
    table = hit("| | 2019 | 2018 |\n|---|---|---|\n| Net financing receivables | $22,224 | $30,890 |")
    assert not judge(
        "What is the percentage change in the Net income from 2018 to 2019?", [table], computed=True
    ).answerable


def test_one_word_of_three_in_another_form_or_missing_is_still_answered():
    passage = hit("We adopted ASC 606 on January 1, 2018.")
    assert judge("When did the company adopt ASC 606?", [passage]).answerable  # adopt ~ adopted
    table = hit("| | 2019 |\n|---|---|\n| Employee severance costs | 4.2 |")
    assert judge("What were the employee severance and related costs in 2019?", [table]).answerable


def test_passages_in_chinese_are_left_to_the_name_rules():
    zh = hit("2024年中国网络安全市场规模为1,100亿元。", lang="zh")
    assert judge("What was China's cybersecurity market size in 2024?", [zh]).answerable


def test_a_short_form_of_a_name_is_a_whole_word():
    # "United States" is also "US"; the "us" of "thus" does not name it.
    passage = hit("Revenue thus rose to USD 5 million in 2019.")
    verdict = judge("What was the revenue in the United States in 2019?", [passage])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "the reports do not mention United States")
    assert judge("What was the revenue in the United States in 2019?", [hit("US revenue was USD 5 million in 2019.")])


def test_plain_questions_about_a_table_clear_the_floor():
    # Tables score low against the plainest questions about them (0.23 on TAT-QA's tune half).
    assert judge("In which year was Other largest?", [hit(TABLE.chunk.text, dense=0.23)]).answerable
    assert DENSE_FLOOR["default"] < 0.23


@pytest.mark.parametrize(
    "question",
    [
        # A slip of the keyboard in a subject word, and a stop word misspelt, are not other words.
        "whats the compund annual growth rate of the contact center market",
        # Lower case: capitalised, "Fixed Prcie" would be a name (rule 2).
        "What was the fixed prcie figure in 2019?",
        # A hyphenated word is the words a passage may write apart; how big something is,
        # asked in an analyst's words, is asked with, not about.
        "What was the contact-center size in 2024?",
        "What was the market worth in 2024?",
    ],
)
def test_misspelt_hyphenated_and_sized_questions_are_still_answered(question):
    passages = [
        TABLE,
        hit("The contact center market was valued at USD 34.03 billion in 2024, at a compound rate of 8.3%."),
    ]
    assert judge(question, passages).answerable


def test_one_letter_apart_is_not_a_slip_in_a_short_word():
    # "Cost" is not a misspelt "most"; five letters or more before a slip is forgiven.
    verdict = judge("What was the cost of goods in 2019?", [hit("Most goods sold in 2019 were priced at USD 5.")])
    assert not verdict.answerable
