"""A possessive inside a run of capitalised words: a company's brand or unit is a name of its own."""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "names"),
    [
        # A report may write the unit (翼联云) without its owner.
        ("What revenue did Orion Telecom's Wingcloud report for 2024?", ["Wingcloud"]),
        # A place on either side is read by the rules for places and terms, as before.
        ("How large would China's XYZ market be in 2027?", ["China's XYZ"]),
        ("What was Acme Robotics' share in 2024?", ["Acme Robotics"]),
    ],
)
def test_names_of_a_possessive_run(question, names):
    assert sorted(n for n in asked_names(question) if not n.isdigit()) == sorted(names)
