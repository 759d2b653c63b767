"""A sum over things a question names (issue 16, seventeenth session): things stated in one
sentence told apart by their own names, not by the measure written once for all of them; a
name that holds the list's joiners ("Film and media", "Middle East & Africa", "细胞与基因治疗")
taken once, as the one row whose label writes it.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "passage", "formula"),
    [
        (
            "What were Acme Foods's and Borealis Brands's pet treat net sales combined in 2024?",
            "Acme Foods, with estimated pet treat net sales of USD 4.2 billion in 2024, and Borealis Brands, "
            "with USD 3.1 billion, together lead the segment.",
            "4.2 + 3.1 = 7.3",
        ),
        (
            "What share of global heat pump installations did Kestrel and Norvik hold together in 2024?",
            "Kestrel held a 21.4% share of global heat pump installations in 2024, followed by Norvik at 12.6% "
            "and Valtra at 8.1%.",
            "21.4 + 12.6 = 34",
        ),
        (
            "三级药房和二级药房合计占处方药终端需求的比重是多少？",
            "从终端看，三级药房占处方药终端需求的52.3%，二级药房占27.5%，基层药房合计占20.2%。",
            "52.3 + 27.5 = 79.8",
        ),
    ],
)
def test_things_of_one_sentence_are_told_apart_by_their_own_names(question, passage, formula):
    assert formula_of(question, hit(passage)) == formula


_SEGMENTS = (
    "| Application | Revenue 2024 (USD million) | Share |\n|---|---|---|\n"
    "| Surveying and mapping | 1,820.5 | 31.0% |\n| Film and media | 940.2 | 16.0% |\n"
    "| Delivery and logistics | 705.9 | 12.0% |\n| Middle East & Africa | 410.0 | 7.0% |\n| Agriculture | 2,000.0 | 34.0% |"
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("What is the total revenue for Film and media and Delivery and logistics for 2024?", "940.2 + 705.9 = 1646.1"),
        ("What was the combined 2024 revenue of Agriculture and Middle East & Africa?", "2000 + 410 = 2410"),
    ],
)
def test_a_name_holding_the_lists_joiners_is_one_row(question, formula):
    assert formula_of(question, hit(_SEGMENTS)) == formula


def test_a_name_holding_a_chinese_joiner_is_one_row():
    table = "| 分子类型 | 2024年CDMO收入（亿元） |\n|---|---|\n| 小分子 | 320.4 |\n| 大分子 | 150.2 |\n| 细胞与基因治疗 | 42.6 |"
    assert formula_of("2024年大分子与细胞与基因治疗的CDMO收入加起来是多少？", hit(table)) == "150.2 + 42.6 = 192.8"


def test_two_names_finding_one_row_that_writes_only_one_of_them_are_refused():
    # "Film" and "Drones" both bind the Film row only by ranking: the sum of one thing is no sum of two.
    table = "| Application | Revenue 2024 (USD million) |\n|---|---|\n| Film | 940.2 |\n| Delivery | 705.9 |"
    assert formula_of("What is the total revenue for Film and Weddings for 2024?", hit(table)) is None


def test_a_row_that_only_holds_the_joined_name_is_not_taken_for_both():
    # "Film and media services" may be another row than Film and Media: no one row is both.
    table = (
        "| Application | Revenue 2024 (USD million) |\n|---|---|\n"
        "| Film and media services | 940.2 |\n| Delivery | 705.9 |\n| Agriculture | 2,000.0 |"
    )
    assert formula_of("What is the total revenue for Film and media and Delivery for 2024?", hit(table)) is None
