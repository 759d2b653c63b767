"""Thirty-third session, second round (zhen51): Chinese questions over English reports, the failures of
the xprobe34z twins, each as a phrasing of the question or a missing dictionary sense, over invented
reports."""

from __future__ import annotations

import pytest

from reportqa.server.calc.intents import read_intent
from reportqa.server.calc.subject import subject_words
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

PUMPS = hit(
    "| Region | 2023 | 2024 |\n|---|---|---|\n| Germany | 40.0 | 50.0 |\n| France | 10.0 | 12.5 |\n"
    "| Spain | 8.0 | 9.0 |\n| Total | 58.0 | 71.5 |",
    doc="heat-pumps-en.md",
    title="Heat Pump Market Report",
    section="Sales by region",
)


def test_a_rate_asked_without_its_de_is_the_year_s_change():
    """ "2024年收入增幅是多少" asks what "2024年收入的增幅是多少" does: the change over that year."""
    for question in ("2024年德国销售额增幅是多少？", "2024年德国销售额的增幅是多少？"):
        intent = read_intent(question)
        assert intent is not None and (intent.kind, intent.years) == ("relative_change", (2023, 2024))
    assert formula_of("2024年德国销售额增幅是多少？", PUMPS) == "50 / 40 - 1 = 25%"


def test_comes_to_is_a_ratio_s_verb_not_a_thing():
    """相当于 ("comes to") says how two things compare, as 是 does: no word of either side."""
    assert not subject_words("2024年法国的销售额相当于德国的几倍") & {"相当于", "相当", "当于"}
    assert formula_of("2024年法国的销售额相当于德国的几倍？", PUMPS) == formula_of(
        "2024年法国的销售额是德国的几倍？", PUMPS
    )
    assert formula_of("2024年法国的销售额相当于德国的几倍？", PUMPS) is not None


VALVES_TITLE = "Surgical Devices Market — Global Analysis"
VALVES = hit(
    "| Segment | Revenue 2024 (USD million) |\n|---|---|\n| Stapling | 3,000.0 |\n| Energy | 1,000.0 |\n"
    "| Total | 8,000.0 |",
    doc="surgical-en.md",
    title=VALVES_TITLE,
    section="Segment Analysis",
    dense=0.7,
    keyword=0.8,
)
VENDOR = hit(
    "Acmecorp reported surgical segment revenue of USD 2.5 billion in fiscal 2024.",
    doc="surgical-en.md",
    title=VALVES_TITLE,
    section="Competitive Landscape",
    dense=0.7,
    keyword=0.9,
)


def test_qixie_is_a_device():
    """器械 is the Chinese industry's word for medical "devices" (CC-CEDICT gives apparatus, instrument,
    equipment): a share of 全球器械收入 is of the device table's total, not of a vendor's revenue."""
    assert formula_of("2024年能量器械在全球器械收入中占多大比重？", VALVES, VENDOR) == "1000 / 8000 = 12.5%"
