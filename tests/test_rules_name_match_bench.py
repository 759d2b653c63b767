"""bench/name_rule.py, the cross-script name rule bench.name_match measures: which candidate
the scores single out, and which names a passage offers. Scores are given by hand; model-free."""

from __future__ import annotations

import pytest

from bench.name_rule import candidates, pick

FLOOR, MARGIN = 0.6, 0.1

pytestmark = pytest.mark.unit


def test_a_clear_leader_above_the_floor_is_picked():
    assert pick({"晶科能源": FLOOR + 0.1, "天合光能": FLOOR + 0.1 - MARGIN - 0.01}, FLOOR, MARGIN) == "晶科能源"


def test_a_leader_within_the_margin_of_another_name_is_refused():
    # A figure of the wrong company is a wrong number: two close names pick neither.
    assert pick({"晶科能源": FLOOR + 0.1, "天合光能": FLOOR + 0.1 - MARGIN / 2}, FLOOR, MARGIN) is None


def test_a_leader_below_the_floor_is_refused():
    assert pick({"晶科能源": FLOOR - 0.01}, FLOOR, MARGIN) is None
    assert pick({}, FLOOR, MARGIN) is None


def test_pieces_of_the_same_written_name_are_not_rivals():
    # 晶科能源出货 and 能源出货 are cut from the same words as 晶科能源; 天合光能 is another name.
    scores = {"晶科能源": FLOOR + 0.1, "晶科能源出货": FLOOR + 0.09, "能源出货": FLOOR + 0.08, "天合光能": FLOOR - 0.05}
    assert pick(scores, FLOOR, MARGIN) == "晶科能源"
    assert pick({**scores, "天合光能": FLOOR + 0.09}, FLOOR, MARGIN) is None


def test_chinese_candidates_are_names_not_dictionary_terms():
    found = candidates(
        "JinkoSolar", ["2024年组件出货量排名中，晶科能源出货92.9 GW；天合光能、晶澳科技与通威股份位列前五。"]
    )
    assert {"晶科能源", "天合光能", "晶澳科技"} <= set(found)
    assert "光伏组件" not in candidates("JinkoSolar", ["光伏组件价格下降。"])  # two dictionary words: a term
    assert not any("2024" in c or "，" in c for c in found)


def test_latin_candidates_are_capitalised_names():
    found = candidates("纷享销客", ["The top vendors were Salesforce and Zoho CRM, while HubSpot grew."])
    assert {"Salesforce", "Zoho CRM", "HubSpot"} <= set(found)
    assert "The" not in found
