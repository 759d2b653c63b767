"""answer/units.py: what of a passage may be quoted, what each unit stands under, and lead-ins
joined to the list or table they announce, in hand-built passages of both languages."""

from __future__ import annotations

import pytest

from reportqa.server.answer.units import introduced, passage_units
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TITLE_AND_FINDINGS = (
    "# Widget Tooling Market 2025\n\n## Key Findings\n\n"
    "- Global widget tooling sales reached USD 40.2 billion in 2024.\n"
    "- Sales are forecast at USD 44.0 billion in 2025."
)
SHARES = "| Material | Share (2024) |\n|---|---|\n| Steel | 61.0% |\n| Resin | 39.0% |"


def _texts(units):
    return [(u.kind, u.text) for u in units]


def test_headings_are_scope_and_each_list_item_is_quoted_without_its_bullet():
    units = passage_units(hit(TITLE_AND_FINDINGS, title="Widget Tooling Market 2025"))
    assert _texts(units) == [
        ("item", "Global widget tooling sales reached USD 40.2 billion in 2024."),
        ("item", "Sales are forecast at USD 44.0 billion in 2025."),
    ]
    assert "## Key Findings" in units[0].scope and "Widget Tooling Market 2025" in units[0].scope


def test_a_table_is_one_unit_and_a_lead_in_right_above_it_is_quoted_with_it():
    text = f"Steel leads the mix. Share of widget tooling by material, 2024:\n{SHARES}"
    assert _texts(passage_units(hit(text))) == [
        ("sentence", "Steel leads the mix."),
        ("table", f"Share of widget tooling by material, 2024:\n{SHARES}"),
    ]


def test_a_chinese_lead_in_is_quoted_with_the_list_it_announces():
    text = "2024年工具市场按材料划分如下：\n- 钢制工具占61.0%。\n- 树脂工具占39.0%。"
    units = passage_units(hit(text, lang="zh"))
    assert units[0].kind == "list" and units[0].text == text
    assert [u.text for u in units[1:]] == ["钢制工具占61.0%。", "树脂工具占39.0%。"]


def test_a_sentence_knows_the_sentence_before_it_for_its_period():
    units = passage_units(
        hit("Hardware accounted for USD 9.0 billion of the 2024 total. Services were USD 3.1 billion.")
    )
    assert units[1].before == units[0].text


def test_a_lead_in_ending_its_passage_goes_with_the_next_table_of_its_report():
    lead = hit("Revenue by region was as follows:", doc="r.md")
    aside = hit("Other matters are discussed in Note 4.", doc="r.md")
    table = hit(SHARES, doc="r.md")
    aside.chunk.start = 40
    table.chunk.start = 80
    units = introduced([u for h in (table, aside, lead) for u in passage_units(h)])
    assert [u.text for u in units] == [SHARES, "Other matters are discussed in Note 4."]
    assert units[0].lead is not None and units[0].lead.text == "Revenue by region was as follows:"
    assert "Revenue by region" in units[0].header  # the lead-in is the caption of the table


def test_a_lead_in_is_not_joined_to_another_report_or_to_an_earlier_table():
    earlier = hit(SHARES, doc="r.md")
    lead = hit("The segments, USD 4.2 billion in all, were as follows:", doc="r.md")
    elsewhere = hit(SHARES, doc="other.md")
    lead.chunk.start = 80
    units = introduced([u for h in (earlier, lead, elsewhere) for u in passage_units(h)])
    assert all(u.lead is None for u in units)
    assert lead.chunk.text in [u.text for u in units]  # it states a figure, so it may be quoted alone


def test_a_lead_in_that_states_nothing_is_not_quoted_alone():
    units = introduced(passage_units(hit("Steel leads the mix. The segments were as follows:")))
    assert [u.text for u in units] == ["Steel leads the mix."]


def test_a_lead_in_announcing_a_list_of_another_passage_quotes_the_whole_list():
    lead = hit("该市场按产品类型分为：", lang="zh", doc="z.md")
    items = hit("- 安全硬件\n- 安全软件\n- 安全服务", lang="zh", doc="z.md")
    items.chunk.start = 20
    units = introduced(passage_units(lead) + passage_units(items))
    whole = [u for u in units if u.kind == "list"]
    assert len(whole) == 1 and whole[0].text == items.chunk.text and whole[0].lead is not None
