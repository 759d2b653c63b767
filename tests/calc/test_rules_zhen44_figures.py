"""Chinese questions over English reports (twenty-seventh session): an undated figure of a sentence that
another figure dates, a clause going on about the sentence's subject, and a part written "of the" whole.

Model-free: hand-built hits (tests/support/passages.py), invented reports.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

ORBIT = hit(
    "## Competitive Landscape\nPerona is the clear leader: it took 41.0% of global satellite broadband revenue "
    "in 2024 and ended the year with 3.0 million subscribers. Subscribers reached 12.0 million worldwide "
    "at the end of 2024.",
    doc="radio-en.md",
    title="Global Satellite Broadband Market Report 2025",
)


def test_an_undated_figure_of_a_sentence_dated_by_its_rate_and_going_on_about_its_subject():
    # 3.0 million is dated by "41.0% … in 2024" and is Perona's: "and ended the year with" goes on about it.
    question = "2024年末Perona用户数占全球卫星宽带用户数的比重是多少？"
    assert formula_of(question, ORBIT) == "3 / 12 = 25%"


HARBOUR = hit(
    "| Region | 2023 (GW) | 2024 (GW) |\n|---|---|---|\n| Norway | 30.0 | 40.0 |\n| Chile | 20.0 | 25.0 |"
    "\n| Total | 50.0 | 65.0 |",
    doc="tide-en.md",
    title="Global Tidal Energy Report 2025",
    section="New installations by region",
)
HARBOUR_TEXT = hit(
    "Chile installed 2.0 GW of the 3.0 GW offshore total in 2024. Norway installed the rest.",
    doc="tide-en.md",
    title="Global Tidal Energy Report 2025",
)


def test_a_part_written_of_the_whole_it_is_part_of_is_that_whole_s_thing():
    # 2.0 GW "of the 3.0 GW offshore total" is Chile's offshore figure; its whole is Chile's row.
    question = "2024年智利海上新增装机占智利新增装机的比例是多少？"
    assert formula_of(question, HARBOUR_TEXT, HARBOUR) == "2 / 25 = 8%"
