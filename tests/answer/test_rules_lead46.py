"""The exchange rate a report states is found for a conversion wherever the report states it: a note under a
table that a question about one company's figure does not retrieve (twenty-ninth session)."""

from __future__ import annotations

import dataclasses

import pytest

from reportqa.server.answer.pipeline import Answerer
from reportqa.server.calc.exchange import RATE_QUERY
from tests.support.grounding import ungrounded_numbers
from tests.support.passages import FakeSearcher, hit

pytestmark = pytest.mark.unit

TITLE = "中国冰箱市场研究报告"
TABLE = hit(
    "| 企业 | 2024年冰箱收入（亿元） | 市场份额 |\n|---|---|---|\n| 北辰电器 | 540.0 | 12.0% |\n| 南岭家电 | 360.0 | 8.0% |",
    lang="zh",
    doc="fridge-zh.md",
    title=TITLE,
)
NOTE = hit("注：海外收入按1美元兑7.2元人民币折算。", lang="zh", doc="fridge-zh.md", title=TITLE)


class RateSearcher(FakeSearcher):
    """The question finds the table only; the note is found by the search for a stated rate."""

    def search(self, query: str, k: int = 5, documents=None, keyword_matches: int = 0):
        self.queries.append((query, k))
        return [NOTE] if query == RATE_QUERY else [TABLE]


def ask(question: str, searcher: FakeSearcher):
    answer = Answerer("default").ask(question, [], searcher)
    body = {
        "answer": answer.text,
        "citations": [dataclasses.asdict(c) for c in answer.citations],
        "figures": [dataclasses.asdict(f) for f in answer.figures],
    }
    assert not ungrounded_numbers(body), f"ungrounded numbers in {answer.text!r}"
    return answer


def test_a_conversion_cites_the_rate_the_report_states_wherever_it_stands():
    answer = ask("北辰电器2024年冰箱收入按报告的汇率折合多少亿美元？", RateSearcher([]))
    (figure,) = answer.figures
    assert figure.formula == "540 / 7.2 = 75"
    assert [i.citation for i in figure.inputs] == [TABLE.chunk.id, NOTE.chunk.id]
    assert "75亿美元" in answer.text and "1美元兑7.2元人民币" in answer.text


def test_without_a_stated_rate_the_conversion_is_refused_with_the_reason():
    answer = ask("北辰电器2024年冰箱收入按报告的汇率折合多少亿美元？", FakeSearcher([TABLE]))
    assert not answer.figures
    assert "汇率" in answer.text
