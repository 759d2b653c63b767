"""A company named in one script and written in the other (JinkoSolar ↔ 晶科能源, Fxiaoke ↔
纷享销客), asked through the real HTTP service over a small corpus of its own: the brand's
pinyin links the names; companies the reports do not name are still refused."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reportqa.server.http.app import create_app
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.support.grounding import assert_grounded
from tests.support.servers import ADMIN_TOKEN, TEST_HOSTS

SOLAR_ZH = "solar-zh.md"
CRM_ZH = "crm-zh.md"
SOLAR_EN = "solar-en.md"
REPORTS = {
    SOLAR_ZH: "# 2025年中国光伏产业报告\n\n## 企业\n\n2024年组件出货量排名中，晶科能源出货92.9 GW，位居首位；"
    "隆基绿能组件出货67.5 GW。天合光能、晶澳科技与通威股份位列前五。\n",
    CRM_ZH: "# 2025年中国SaaS CRM市场报告\n\n## 竞争格局\n\n2024年市场份额前三的厂商分别为纷享销客（11.8%）、"
    "销售易（10.9%）与Salesforce（在华份额6.2%）。用友、金蝶等ERP厂商依托存量客户推出CRM模块。\n",
    SOLAR_EN: "# Global Solar Module Makers 2025\n\n## Shipments\n\n"
    "In 2024 JinkoSolar shipped 92.9 GW of modules, ranking first, ahead of LONGi with 67.5 GW.\n",
}


@pytest.fixture(scope="module")
def brand_client(tmp_path_factory, service):
    corpus = tmp_path_factory.mktemp("brands")
    for name, text in REPORTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(
        corpus=corpus, index=tmp_path_factory.mktemp("brands-index"), admin_token=ADMIN_TOKEN, allowed_hosts=TEST_HOSTS
    )
    qa = QAService(settings, embeddings=service.embeddings)
    qa.library.ensure_index()
    with TestClient(create_app(settings, qa)) as client:
        yield client


def _ask(client, question: str, document: str) -> dict:
    response = client.post("/ask", json={"question": question, "documents": [document]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert_grounded(body)
    return body


@pytest.mark.parametrize(
    ("question", "document", "figure"),
    [
        ("How many GW of modules did JinkoSolar ship in 2024?", SOLAR_ZH, "92.9"),
        ("What market share did Fxiaoke hold in China's SaaS CRM market in 2024?", CRM_ZH, "11.8"),
        ("2024年晶科能源的组件出货量是多少？", SOLAR_EN, "92.9"),
    ],
)
def test_a_brand_asked_in_one_script_is_answered_from_the_other(brand_client, question, document, figure):
    body = _ask(brand_client, question, document)
    assert body["answerable"], body["answer"]
    assert figure in body["answer"] and {c["doc"] for c in body["citations"]} == {document}


@pytest.mark.parametrize(
    "question",
    [
        "How many GW of modules did Risen Energy ship in 2024?",  # not in the report
        "How many GW of modules did Jinko Power ship in 2024?",  # another company of the same root
        "How many GW of modules did JA Solar ship in 2024?",  # 晶澳科技: named, no figure of its own
    ],
)
def test_a_company_the_report_does_not_state_a_figure_for_is_refused(brand_client, question):
    assert not _ask(brand_client, question, SOLAR_ZH)["answerable"]
