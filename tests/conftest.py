"""Shared fixtures: the seed corpus indexed once per session with the real embedding model."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from reportqa.server.http.app import create_app
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.support.grounding import assert_grounded
from tests.support.servers import ADMIN_TOKEN, SEED_CORPUS, TEST_HOSTS, copy_seed


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory) -> Settings:
    corpus = tmp_path_factory.mktemp("corpus")
    for path in SEED_CORPUS.iterdir():
        shutil.copy(path, corpus / path.name)
    return Settings(
        corpus=corpus, index=tmp_path_factory.mktemp("index"), admin_token=ADMIN_TOKEN, allowed_hosts=TEST_HOSTS
    )


@pytest.fixture(scope="session")
def service(seed_settings) -> QAService:
    qa = QAService(seed_settings)
    qa.library.ensure_index()
    return qa


@pytest.fixture
def seed_copy(tmp_path, service) -> Settings:
    """A private copy of the indexed seed corpus (see :func:`copy_seed`)."""
    return copy_seed(service, tmp_path / "seed")


@pytest.fixture(scope="session")
def upload_service(tmp_path_factory, service) -> QAService:
    """A second service over its own copy of the seed corpus, for tests that add reports.

    Uploads change the corpus and index, so they must not touch the shared ``service``;
    the already loaded model is reused to avoid loading it twice.
    """
    return QAService(copy_seed(service, tmp_path_factory.mktemp("upload")), embeddings=service.embeddings)


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
