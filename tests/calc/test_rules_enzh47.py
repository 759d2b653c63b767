"""English questions over Chinese reports whose figure was not computed (enzh47): an English question
that writes a name as the Chinese report does, a rest the report names beside a whole's parts, the
end of a forecast stated only in a sentence. Invented passages, model-free."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from reportqa.server.calc.intents import detect
from tests.support.passages import computed

pytestmark = pytest.mark.unit

ZH_VENDORS = """| 企业 | 2024年收入（亿元） | 占中国阀门市场份额 |
|---|---|---|
| 甲阀（Jiafa Valves） | 52.0 | 12.5% |
| 乙泰流体 | 31.0 | 7.4% |
| 丙川机械 | 20.0 | 4.8% |"""


def test_an_english_question_writing_a_chinese_name_reads_its_shares_as_english() -> None:
    # "乙泰流体" is how a linked name is asked (the report writes it only in Chinese); the question stays English.
    question = "Together, what share of China's valve market did Jiafa Valves and 乙泰流体 hold in 2024?"
    intent = detect(question)
    assert intent is not None and intent.kind == "sum"
    assert intent.pair == ("Jiafa Valves share of China's valve market", "乙泰流体 share of China's valve market")
    assert computed(ZH_VENDORS, question) == D("19.9")
