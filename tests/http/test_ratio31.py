"""Ratio wordings through the real service: a report added over HTTP, asked in free phrasing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reportqa.server.http.app import create_app
from reportqa.server.service import QAService
from tests.support.servers import copy_seed

ADMIN = {"Authorization": "Bearer test-admin-token"}
REPORT = (
    "# Global Satellite Broadband Market 2025\n\n"
    "## Revenue by region\n\n"
    "| Region | 2024 (USD million) | 2030 (USD million) |\n|---|---|---|\n"
    "| Europe | 2,588.3 | 4,120.6 |\n| North America | 6,914.7 | 9,870.2 |\n"
)


@pytest.fixture(scope="module")
def ratio_client(tmp_path_factory, service):
    added = QAService(copy_seed(service, tmp_path_factory.mktemp("ratio31")), embeddings=service.embeddings)
    with TestClient(create_app(added.settings, added)) as client:
        files = {"file": ("satellite-broadband.md", REPORT.encode(), "text/plain")}
        assert client.post("/documents", files=files, headers=ADMIN).status_code == 200
        yield client


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        # "How many times A was B" is B over A.
        ("How many times Europe's satellite broadband revenue was North America's in 2024?", "6914.7 / 2588.3"),
        # The end of the forecast period is the last year of the row.
        ("到预测期末，北美卫星宽带收入将是2024年的多少倍？", "9870.2 / 6914.7"),
    ],
)
def test_a_ratio_asked_in_free_phrasing_is_computed_with_its_inputs(ratio_client, question, formula):
    body = ratio_client.post("/ask", json={"question": question, "documents": ["satellite-broadband.md"]}).json()
    assert body["answerable"] is True
    assert body["figures"] and body["figures"][0]["formula"].startswith(formula)
