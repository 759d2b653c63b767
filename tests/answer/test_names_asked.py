"""What counts as a name the reports must write, through the real service (ingest, FAISS,
EmbeddingGemma, the answer pipeline; names28, docs/answerability.md): a market called by other
words in Title Case is asked as the report's market, a brand of common words stays refused, and
a word jieba cuts across how a Chinese question asks (比比 of 占比比) names nothing.
"""

from __future__ import annotations

import pytest

from reportqa.server.service import QAService
from reportqa.settings import Settings

PET_FOOD_EN = """# Global Pet Food Market Report 2025

## Market Overview

The global pet food market was valued at USD 142.3 billion in 2024 and is expected to reach
USD 196.8 billion by 2030, growing at a CAGR of 5.6% from 2024 to 2030.

## Competitive Landscape

Mars Petcare, with estimated pet food net sales of USD 22.8 billion in 2024, leads the market.
"""

SOLAR_ZH = """# 中国光伏产业发展报告（2024—2025）

## 技术路线

| 电池技术 | 2024年市场占比 | 2023年市场占比 |
|---|---|---|
| N型TOPCon | 71.1% | 23.0% |
| P型PERC | 19.6% | 73.0% |
| 异质结（HJT） | 4.1% | 2.6% |
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory, service) -> QAService:
    corpus = tmp_path_factory.mktemp("names-asked")
    (corpus / "pet-food-en.md").write_text(PET_FOOD_EN, encoding="utf-8")
    (corpus / "solar-zh.md").write_text(SOLAR_ZH, encoding="utf-8")
    qa = QAService(Settings(corpus=corpus, index=tmp_path_factory.mktemp("index")), embeddings=service.embeddings)
    qa.library.ensure_index()
    return qa


def test_a_market_called_by_other_words_is_the_reports_market(reports):
    question = (
        "By how much is the Companion Animal Nutrition market expected to grow between 2024 and 2030, in USD billion?"
    )
    answer = reports.ask(question, documents=["pet-food-en.md"])
    assert answer.answerable, answer.text
    assert answer.figures and abs(answer.figures[0].value - 54.5) < 0.01, answer.figures


def test_a_brand_of_common_words_stays_refused(reports):
    answer = reports.ask(
        "What was Blue Harbor's share of global pet food revenue in 2024?", documents=["pet-food-en.md"]
    )
    assert not answer.answerable and "Blue Harbor" in answer.text, answer.text


def test_a_word_cut_across_a_glossary_term_is_no_name(reports):
    answer = reports.ask("2024年N型TOPCon的市场占比比P型PERC高多少个百分点？", documents=["solar-zh.md"])
    assert answer.answerable, answer.text
    assert answer.figures and abs(answer.figures[0].value - 51.5) < 0.01, answer.figures
