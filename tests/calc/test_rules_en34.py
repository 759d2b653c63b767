"""English computed questions whose intent was read as another kind (issue 16, session 19): a
share two things hold together that the report states only as amounts, and a year's amount asked
plainly that the report states only as a share of a total it states.

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_REGIONS = (
    "| Region | 2024 (USD billion) | 2030 (USD billion) |\n|---|---|---|\n"
    "| North America | 41.0 | 80.2 |\n| Europe | 22.5 | 47.1 |\n| Latin America | 6.5 | 12.0 |"
)
_TOTAL = "The global heat pump market was valued at USD 70.0 billion in 2024 and is forecast to double by 2030."


def test_a_share_held_together_is_the_share_of_both_amounts_in_one_currency():
    hits = [hit(_REGIONS, section="Regional Analysis"), hit(_TOTAL, section="Executive Summary")]
    question = "What share of the global heat pump market did North America and Europe hold together in 2024?"
    assert formula_of(question, *hits) == "(41 + 22.5) / 70 = 90.71%"
    # Amounts in another currency than the whole's make no share of both.
    table = "| Company | Revenue 2024 |\n|---|---|\n| Kestrel | USD 4.1 billion |\n| Norvik | EUR 2.0 billion |"
    total = "Global heat pump sales reached USD 70.0 billion in 2024."
    question = "What share of global heat pump sales did Kestrel and Norvik hold together in 2024?"
    assert formula_of(question, hit(table), hit(total)) is None


_SHARES = (
    "Share of global heat pump shipments by type, 2024:\n\n"
    "| Type | Share of shipments (2024) |\n|---|---|\n| Air-to-water | 62.0% |\n| Ground-source | 8.5% |"
)


def test_an_amount_asked_plainly_is_its_share_of_the_stated_volume_never_of_money():
    total = "Global heat pump shipments rose to 4,200 thousand units in 2024 from 3,900 thousand units in 2023."
    question = "Roughly how many units of ground-source heat pumps were shipped worldwide in 2024?"
    assert formula_of(question, hit(_SHARES), hit(total)) == "4200 × 8.5% = 357"
    # A share of a volume is never taken of an amount of money.
    total = "Global heat pump revenue reached USD 70.0 billion in 2024."
    question = "How much revenue did ground-source heat pumps generate in 2024?"
    assert formula_of(question, hit(_SHARES), hit(total)) is None


def test_a_regions_amount_beside_its_share_of_the_whole_is_no_total():
    shares = "| Application | Share of revenue (2024) |\n|---|---|\n| Oncology | 27.9% |\n| Neurology | 22.4% |"
    total = "The global market is expected to rise from USD 1,250.5 million in 2024 to USD 5,873.0 million by 2030."
    region = "North America held 43.3% of global revenue in 2024, generating USD 541.3 million."
    question = "How much revenue did oncology applications generate in 2024, in USD million?"
    hits = [hit(shares, section="Share of 2024 global revenue by application"), hit(total), hit(region)]
    assert formula_of(question, *hits) == "1250.5 × 27.9% = 348.89"
