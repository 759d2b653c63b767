"""Shared fixtures: the seed corpus indexed once per session with the real embedding model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reportqa.server.app import create_app
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.grounding import assert_grounded

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory) -> Settings:
    corpus = tmp_path_factory.mktemp("corpus")
    for path in SEED_CORPUS.iterdir():
        shutil.copy(path, corpus / path.name)
    return Settings(corpus=corpus, index=tmp_path_factory.mktemp("index"), admin_token="test-admin-token")


@pytest.fixture(scope="session")
def service(seed_settings) -> QAService:
    qa = QAService(seed_settings)
    qa.ensure_index()
    return qa


@pytest.fixture(scope="session")
def upload_service(tmp_path_factory, service) -> QAService:
    """A second service over its own copy of the seed corpus, for tests that add reports.

    Uploads change the corpus and index, so they must not touch the shared ``service``;
    the already loaded model is reused to avoid loading it twice.
    """
    corpus = tmp_path_factory.mktemp("upload-corpus")
    for path in SEED_CORPUS.iterdir():
        shutil.copy(path, corpus / path.name)
    settings = Settings(corpus=corpus, index=tmp_path_factory.mktemp("upload-index"), admin_token="test-admin-token")
    qa = QAService(settings, embeddings=service.embeddings)
    qa.ensure_index()
    return qa


@pytest.fixture(scope="session")
def client(seed_settings, service):
    with TestClient(create_app(seed_settings, service)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def ask(client):
    """POST /ask, assert 200 and that every number in the answer is grounded."""

    def _ask(question: str, **extra) -> dict:
        response = client.post("/ask", json={"question": question, **extra})
        assert response.status_code == 200, response.text
        body = response.json()
        assert_grounded(body)
        return body

    return _ask
