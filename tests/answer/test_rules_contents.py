"""A question for what something includes, consists of or excludes is answered by the sentence
telling it, not by a table naming the item; a footnote tells what the row carrying its marker
includes, though it never writes the row's name (TAT-QA's "(1) Include cost of equipment sold, …"
under "Service delivery costs(1)"). Own passages in annual-report and market-report style.
Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.compose import compose
from tests.support.passages import hit

pytestmark = pytest.mark.unit

COSTS = hit(
    "| Years ended August 31, | 2019 | 2018 |\n|---|---|---|\n| Salaries | 345,041 | 317,118 |\n"
    "| Service delivery costs(1) | 661,002 | 622,000 |\n| Customer related costs(2) | 120,100 | 118,000 |\n",
    doc="annual.md",
    title="Annual report extract 9f1e",
)
COST_NOTES = hit(
    "(1) Include cost of equipment sold, content and programming costs and network costs.\n\n"
    "(2) Include advertising and marketing expenses, selling costs and billing expenses.\n",
    doc="annual.md",
    title="Annual report extract 9f1e",
)
SEGMENTS = hit(
    "| Segment | 2024 | 2023 |\n|---|---|---|\n| Grid storage(a) | 412.5 | 350.1 |\n| Home storage(b) | 98.2 | 80.4 |\n",
    doc="storage.md",
    title="Energy Storage Market Report 2025",
)
SEGMENT_NOTES = hit(
    "(a) Includes utility-scale and commercial systems above 1 MWh.\n\n"
    "(b) Includes residential batteries and their inverters sold with them.\n",
    doc="storage.md",
    title="Energy Storage Market Report 2025",
)
PROSE = hit(
    "| Cost of revenues | 2019 | 2018 |\n|---|---|---|\n| Professional services | 201.3 | 230.1 |\n\n"
    "Cost of professional services decreased by $28.8 million in 2019. Cost of professional services consists "
    "primarily of the costs of providing integration and training. Operating interest expense rose by $393 "
    "million. It excludes the pre-closing debt financing costs.",
    title="Annual report extract 2b7c",
)


@pytest.mark.parametrize(
    ("question", "passages", "said", "not_said"),
    [
        ("What is included in Service delivery costs?", [COSTS, COST_NOTES], "equipment sold", "advertising"),
        ("What is included in Customer related costs?", [COSTS, COST_NOTES], "advertising", "equipment sold"),
        ("What does home storage include?", [SEGMENTS, SEGMENT_NOTES], "residential batteries", "utility-scale"),
        ("What does cost of professional services consist of?", [PROSE], "integration and training", "| 201.3"),
        ("What is excluded from operating interest expense?", [PROSE], "pre-closing debt", "| 201.3"),
    ],
)
def test_what_an_item_includes_is_the_sentence_telling_it(question, passages, said, not_said):
    text = compose(question, passages).text
    assert said in text
    assert not_said not in text.split("\n")[0]  # a second quote may follow; the first is no other item's


@pytest.mark.parametrize(
    ("question", "passages", "said"),
    [
        ("What were service delivery costs in 2019?", [COSTS, COST_NOTES], "661,002"),
        ("How large was grid storage in 2024?", [SEGMENTS, SEGMENT_NOTES], "412.5"),
    ],
)
def test_a_figure_asked_is_still_the_tables(question, passages, said):
    assert said in compose(question, passages).text
