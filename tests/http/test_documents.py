"""The documents panel's HTTP side: listing, passage context and report upload."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reportqa.server.http.app import create_app
from reportqa.server.library import documents

ADMIN = {"Authorization": "Bearer test-admin-token"}
NEW_REPORT = (
    "Global Drone Delivery Market Report\n\n"
    "The global drone delivery market was valued at USD 5.47 billion in 2025 and is expected "
    "to reach USD 21.9 billion by 2030, a CAGR of 31.9%.\n"
)


@pytest.fixture(scope="module")
def upload_client(upload_service):
    with TestClient(create_app(upload_service.settings, upload_service)) as test_client:
        yield test_client


def _upload(client, name: str, data: bytes = b"some text", headers: dict | None = ADMIN):
    return client.post("/documents", files={"file": (name, data, "text/plain")}, headers=headers or {})


def test_documents_lists_the_indexed_reports(client):
    r = client.get("/documents")
    assert r.status_code == 200
    docs = {d["file"]: d for d in r.json()}
    assert set(docs) == {"call-centers-market-2026-2032.txt", "us-customer-technical-support-services-market.txt"}
    for doc in docs.values():
        assert doc["title"] and doc["chunks"] > 0 and doc["added"] and doc["lang"]


def test_passage_context_returns_neighbours_of_the_same_report(client):
    cited = client.post("/ask", json={"question": "What is the CAGR of the call centers market?"}).json()["citations"][
        0
    ]
    r = client.get(f"/passages/{cited['id'].replace('#', '%23')}/context", params={"radius": 2})
    assert r.status_code == 200
    body = r.json()
    assert body["passage"]["id"] == cited["id"] and body["passage"]["text"] == cited["text"]
    neighbours = body["before"] + body["after"]
    assert neighbours and len(neighbours) <= 4
    assert {c["doc"] for c in neighbours} == {cited["doc"]}


def test_passage_context_of_unknown_id_is_404(client):
    r = client.get("/passages/nope%231/context")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "passage_not_found"


def test_upload_needs_the_admin_token(client):
    assert _upload(client, "a.txt", headers={}).status_code == 401
    assert _upload(client, "a.txt", headers={"Authorization": "Bearer nope"}).status_code == 403


@pytest.mark.parametrize("name", [".hidden.txt", "", "../"])
def test_upload_rejects_unusable_file_names(client, name):
    r = _upload(client, name)
    assert r.status_code == 422
    assert r.json()["error"]["code"] in {"bad_file_name", "invalid_request"}


@pytest.mark.parametrize(
    "raw, name",
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/abs/path/r.md", "r.md"),
        ("C:\\Users\\me\\..\\r.pdf", "r.pdf"),
        ("..\\..\\win.html", "win.html"),
    ],
)
def test_upload_names_are_reduced_to_their_base_name(raw, name):
    assert documents.safe_upload_name(raw) == name


@pytest.mark.parametrize("name", ["report.exe", "report.xlsx", "README"])
def test_upload_rejects_unsupported_suffixes(client, name):
    r = _upload(client, name)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "unsupported_file_type"


def test_upload_adds_a_report_under_its_base_name_only(upload_client, upload_service):
    r = _upload(upload_client, "../../etc/drones.txt", NEW_REPORT.encode())
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "added" and r.json()["file"] == "drones.txt"
    assert (upload_service.settings.corpus / "drones.txt").is_file()
    assert "drones.txt" in {d["file"] for d in upload_client.get("/documents").json()}
    answer = upload_client.post("/ask", json={"question": "What is the CAGR of the drone delivery market?"}).json()
    assert "31.9%" in answer["answer"]
    assert _upload(upload_client, "drones.txt", NEW_REPORT.encode()).status_code == 409


def test_an_unreadable_upload_is_reported_and_not_kept(upload_client, upload_service):
    r = _upload(upload_client, "empty.txt", b"   \n")
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "unreadable_file"
    assert not (upload_service.settings.corpus / "empty.txt").exists()


def test_an_html_report_opens_as_inert_text_with_its_script_unrun(upload_client):
    page = b"<html><head><title>Kiosk Market</title><script>alert(1)</script></head><body>" + (
        b"<p>The kiosk market was valued at USD 3.1 billion in 2025.</p></body></html>"
    )
    r = upload_client.post("/documents", files={"file": ("kiosk-market.html", page, "text/html")}, headers=ADMIN)
    assert r.status_code == 200, r.text
    served = upload_client.get("/documents/kiosk-market.html/file")
    assert served.status_code == 200
    assert served.headers["content-type"] == "text/plain; charset=utf-8"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert served.headers["content-security-policy"] == "default-src 'none'; sandbox"
    assert served.content == page
