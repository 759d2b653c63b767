"""A sentence that opens on a date and then on a pronoun ("2020年，这一规模为3,729亿元", "In 2020, it
was …") goes on about the subject of the sentence before it (calc24): the date was read as its
opening, so the figure named nothing and a change from 2020 was refused. The other year's figure
is the one that sentence states, not a higher-ranked total beside it. Model-free: hand-built hits;
the reports are invented."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.support.passages import computed

pytestmark = pytest.mark.unit

COLD_STORES = (
    "2024年，全国冷库租赁总额达到2.1万亿元，同比增长3.2%。冷库运营市场规模为860亿元，较2023年的812亿元增长5.9%。"
    "2020年，这一规模为590亿元。"
)
CRANES = (
    "Global port equipment spending reached USD 48.0 billion in 2024. The automated crane market was worth "
    "USD 6.2 billion in 2024, up 9% from 2023. In 2020, it was USD 3.1 billion."
)
COMPANY = "Acme's revenue was USD 2.0 billion in 2024. In 2020, the market was USD 9.0 billion."


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (COLD_STORES, "2020年至2024年冷库运营市场规模增加了多少亿元？", D("270")),
        (CRANES, "By how much did the automated crane market grow from 2020 to 2024?", D("3.1")),
    ],
)
def test_a_dated_pronoun_goes_on_about_the_sentence_before(text, question, expected) -> None:
    assert computed(text, question) == expected


def test_a_dated_market_opening_is_not_the_company_before() -> None:
    # "In 2020, the market" names the market: no market before it, so it continues nothing of Acme's.
    assert computed(COMPANY, "By how much did Acme's revenue change from 2020 to 2024?") is None
