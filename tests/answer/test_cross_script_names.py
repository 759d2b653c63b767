"""Names a report writes only in its other script, through the real service (ingest, FAISS,
EmbeddingGemma, the answer pipeline): a Chinese question about 发那科 and 库卡 over an English
report of Fanuc and Kuka computes from their rows, and one about a company the report never
names (安川, Yaskawa) gets no figure (docs/answerability.md, names across scripts).
"""

from __future__ import annotations

import pytest

from reportqa.server.service import QAService
from reportqa.settings import Settings

ROBOTS_EN = """# Global Industrial Robot Market Report 2025

## Leading vendors

Fanuc remained the largest vendor of industrial robots in 2024.

| Company | Shipments 2024 (thousand units) | Revenue 2024 (USD billion) |
|---|---|---|
| Fanuc | 62.0 | 5.6 |
| Kuka | 31.0 | 4.1 |
| ABB | 45.5 | 3.9 |
"""

DEVICES_ZH = """# 全球心血管器械市场报告2025

## 竞争格局

| 企业 | 2024年收入（亿美元） | 同比增长 |
|---|---|---|
| 美敦力 | 121.0 | 3.1% |
| 波士顿科学 | 58.4 | 9.8% |
| 爱德华 | 37.2 | 6.5% |
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory, service) -> QAService:
    corpus = tmp_path_factory.mktemp("cross-names")
    (corpus / "robots-en.md").write_text(ROBOTS_EN, encoding="utf-8")
    (corpus / "devices-zh.md").write_text(DEVICES_ZH, encoding="utf-8")
    qa = QAService(Settings(corpus=corpus, index=tmp_path_factory.mktemp("index")), embeddings=service.embeddings)
    qa.library.ensure_index()
    return qa


@pytest.mark.parametrize(
    ("question", "doc", "value"),
    [
        ("2024年发那科的出货量是库卡的多少倍？", "robots-en.md", 2.0),
        ("How much more revenue did Medtronic have than Edwards in 2024?", "devices-zh.md", 83.8),
    ],
)
def test_a_name_written_in_the_other_script_binds_its_row(reports, question, doc, value):
    answer = reports.ask(question, documents=[doc])
    assert answer.answerable, answer.text
    assert answer.figures and abs(answer.figures[0].value - value) < 0.01, answer.figures


@pytest.mark.parametrize(
    ("question", "doc"),
    [
        ("2024年安川的出货量是库卡的多少倍？", "robots-en.md"),
        ("How much more revenue did Stryker have than Edwards in 2024?", "devices-zh.md"),
    ],
)
def test_a_company_the_report_never_names_gets_no_figure(reports, question, doc):
    answer = reports.ask(question, documents=[doc])
    assert not answer.figures, answer.figures


@pytest.mark.parametrize(
    ("question", "doc"),
    [
        pytest.param(
            "2024年安川的出货量是库卡的多少倍？",
            "robots-en.md",
            # Known limit: 安川 is neither tagged by jieba nor listed by CC-CEDICT, so the names rule
            # does not ask for it; it was refused only while 出货量 had no English form (the glossary
            # now gives "shipments"). The calculation still binds no row to it (above).
            marks=pytest.mark.xfail(strict=True, reason="an untagged Chinese company name is not required"),
        ),
        ("How much more revenue did Stryker have than Edwards in 2024?", "devices-zh.md"),
    ],
)
def test_a_company_the_report_never_names_is_refused(reports, question, doc):
    answer = reports.ask(question, documents=[doc])
    assert not answer.answerable, answer.text
