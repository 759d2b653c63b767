"""Chinese questions over English reports, and their English twins (session 24, xzh39): how a share
of a market binds its sides; a side named by a thing no passage writes."""

from __future__ import annotations

import pytest

from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_COUNTRIES = (
    "| Country | Market size (USD billion) 2023 | Market size (USD billion) 2024 | Parcel volume (billion parcels) 2023 "
    "| Parcel volume (billion parcels) 2024 | Market size growth, 2024 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| Indonesia | 3.1 | 3.6 | 2.9 | 3.5 | 16.1% |\n| Vietnam | 1.5 | 1.9 | 1.8 | 2.4 | 26.7% |\n"
    "| Total | 8.5 | 9.8 | 6.9 | 8.7 | 15.3% |"
)


@pytest.mark.parametrize(
    "question",
    [
        "2024年印度尼西亚占东南亚电商物流市场的份额是多少？",
        "What was Indonesia's share of the Southeast Asian e-commerce logistics market in 2024?",
    ],
)
def test_a_share_of_a_market_is_of_its_size(question):
    """A market's share, no measure named, is of the market's size: not a guess between a country's
    market-size and parcel-volume columns of the year."""
    table = hit(_COUNTRIES, title="Southeast Asia E-commerce Logistics Market Report 2025")
    size = hit("The Southeast Asian e-commerce logistics market grew from USD 8.5 billion in 2023 to $9.8B in 2024.")
    assert formula_of(question, table, size) == "3.6 / 9.8 = 36.73%"
    # A side that names its measure (包裹量) is still read by it, the market word notwithstanding.
    parcels = "2024年印度尼西亚包裹量占东南亚电商物流市场包裹量的比重是多少？"
    assert formula_of(parcels, table) == "3.5 / 8.7 = 40.23%"


def _imaging_report() -> list:
    summary = hit(
        "The global market for artificial intelligence (AI) in medical imaging is expected to rise from USD "
        "1,250.5 million in 2024 to USD 5,873.0 million by 2030, a CAGR of 29.4% over 2024-2030.",
        title="AI in Medical Imaging: Global Market Report 2025",
        section="Executive Summary",
    )
    modalities = hit(
        "| Modality | 2024 (USD million) | 2030 (USD million) |\n|---|---|---|\n| CT | 402.7 | 1,506.3 |\n"
        "| Ultrasound | 143.6 | 868.4 |\n| Other | 120.2 | 905.0 |\n| Total | 1,250.5 | 5,873.0 |",
        title="AI in Medical Imaging: Global Market Report 2025",
        section="Market by modality",
    )
    return [summary, modalities]


def test_a_side_named_by_a_thing_no_passage_writes_has_no_figure():
    """乳腺钼靶 (mammography) is written nowhere: the words it shares with the other side (AI, market size)
    bound it to the whole AI market's 1,250.5, a difference of two things the report does not both give."""
    assert formula_of("2024年乳腺钼靶AI市场规模比超声AI市场大多少？", *_imaging_report()) is None
    # A side whose own thing a passage writes (CT) is bound as before.
    assert formula_of("2024年CT AI市场规模比超声AI市场大多少？", *_imaging_report()) == "402.7 - 143.6 = 259.1"
