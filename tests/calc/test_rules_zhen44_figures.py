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


CHARGERS = hit(
    "## 1. Executive summary\nThe global heat pump installation market was valued at USD 50.0 million in 2024, "
    "up from USD 40.0 million in 2023. We forecast the market to reach USD 90.0 million by 2031, a compound "
    "annual growth rate (CAGR) of 8.8% over 2024-2031. Between 2021 and 2023 the market grew at a CAGR of 25.0%.",
    doc="pumps-en.md",
    title="Global Heat Pump Installation Market Report 2025",
)


def test_a_rate_of_the_market_two_sentences_after_its_name_is_its_rate():
    # "We forecast the market to reach …" names the market only as "the market": the CAGR after it goes on
    # about the market named before it, whose 2023 figure it backs out to 2021.
    question = "按2021—2023年复合增长率推算，2021年全球热泵安装市场规模约为多少？"
    assert formula_of(question, CHARGERS) == "40 × (1 + 25%)^(2021 - 2023) = 25.6"
