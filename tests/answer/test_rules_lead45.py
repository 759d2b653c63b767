"""English questions over Chinese reports (twenty-eighth session): a report's 'margin', 'capacity' written
装机, a position before a country ('central China': 中部), and a calculation refused when the thing it names
is written nowhere. Only the searcher is stubbed (tests/support/passages.py); invented reports."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import terms_in
from reportqa.server.answer.pipeline import Answerer
from tests.support.passages import FakeSearcher, hit

pytestmark = pytest.mark.unit

TITLE = "2025年中国宠物食品市场研究报告"
MARGIN = hit(
    "## 四、经营\n2024年宠物食品企业平均毛利率为41.2%，较2023年下降1.6个百分点；行业从业人员约为38.5万人。",
    lang="zh",
    doc="petcare-zh.md",
    title=TITLE,
)
SIZE = hit(
    "## 一、市场规模\n2024年中国宠物食品市场规模为912.4亿元，同比增长8.1%，2023年为844.0亿元。",
    lang="zh",
    doc="petcare-zh.md",
    title=TITLE,
)


def _answer(question: str, *hits):
    return Answerer("default").ask(question, [], FakeSearcher(list(hits)), top_k=5)


def test_a_reports_margin_is_its_profit_margin():
    answer = _answer("What was the average gross margin of pet food makers in 2024?", SIZE, MARGIN)
    assert answer.answerable and "41.2%" in answer.text, answer.text
    answer = _answer("What was the average margin of pet food makers in 2024?", SIZE, MARGIN)
    assert answer.answerable and "41.2%" in answer.text, answer.text


def test_capacity_is_written_as_installed_capacity_in_chinese():
    storage = hit(
        "## 三、区域\n2024年全国新型储能新增装机43.7GW，2023年为22.6GW。分省份看，新疆、甘肃新增装机居前两位。其中新疆新增装机为6.1GW。",
        lang="zh",
        doc="storage-zh.md",
        title="2025年中国新型储能市场研究报告",
    )
    # Supported, no longer refused as "no passage about it states a figure" (which sentence is quoted first is
    # the quoting's choice).
    answer = _answer("What new capacity did Xinjiang add in 2024?", storage)
    assert answer.answerable, answer.text


def test_a_position_before_a_country_is_its_part():
    (central,) = [t for t in terms_in("How many parcels did central China handle?") if t.written == "central china"]
    assert "中部" in central.parts[0] and "华中" in central.parts[0]


def test_a_question_naming_a_thing_written_nowhere_is_refused():
    question = "By what percentage did dental implant revenue grow in China's pet food market in 2024?"
    answer = _answer(question, SIZE)
    assert not answer.answerable and "dental implant" in answer.text, answer.text
    # The market itself is computed.
    answer = _answer("By what percentage did China's pet food market grow in 2024?", SIZE)
    assert answer.answerable and "8.1%" in answer.text, answer.text


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("freshly made coffee", "现制"),
        ("light trucks", "轻型货车"),
        ("polysilicon", "多晶硅"),
        ("lithium iron phosphate", "磷酸铁锂"),
        ("flow batteries", "液流电池"),
        ("pumped hydro storage", "抽水蓄能"),
        ("utility-scale", "集中式"),
        ("gross margin", "毛利率"),
        ("medical aesthetics", "医美"),
        ("spodumene", "锂辉石"),
    ],
)
def test_domain_terms_the_dictionary_lacks_are_in_the_glossary(english, chinese):
    assert any(chinese in part for term in terms_in(english) for part in term.parts), terms_in(english)


def test_a_thing_the_reports_scope_leaves_out_is_not_covered():
    scope = hit(
        "*研究范围：中国大陆已投运的新型储能项目（抽水蓄能除外）。*\n2024年中国新型储能新增装机规模为43.7GW，2023年为22.6GW。",
        lang="zh",
        doc="storage2-zh.md",
        title="2025年中国新型储能市场研究报告",
    )
    answer = _answer("What pumped hydro storage capacity did China add in 2024?", scope)
    assert not answer.answerable and "pumped hydro storage" in answer.text, answer.text
    answer = _answer("What new-type energy storage capacity did China add in 2024?", scope)
    assert answer.answerable and "43.7GW" in answer.text, answer.text


def test_a_battery_cell_is_searched_as_dianchi_one_way():
    (cell,) = [t for t in terms_in("energy-storage cell shipments") if t.written == "cell"]
    assert "电池" in cell.parts[0] and "电芯" in cell.parts[0]
    (battery,) = [t for t in terms_in("电池回收") if t.written == "电池"]
    assert "cell" not in battery.parts[0] and "cells" not in battery.parts[0]
