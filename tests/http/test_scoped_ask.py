"""Questions asked within chosen reports (`documents` in POST /ask and /ask/stream)."""

from __future__ import annotations

from tests.support.grounding import assert_grounded

US = "us-customer-technical-support-services-market.txt"
CALL_CENTERS = "call-centers-market-2026-2032.txt"


def test_an_answer_within_one_report_cites_only_that_report(client):
    r = client.post("/ask", json={"question": "What is the CAGR?", "documents": [US]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert_grounded(body)
    assert body["citations"] and {c["doc"] for c in body["citations"]} == {US}


def test_the_same_question_within_the_other_report_cites_the_other(client):
    body = client.post("/ask", json={"question": "What is the CAGR?", "documents": [CALL_CENTERS]}).json()
    assert {c["doc"] for c in body["citations"]} == {CALL_CENTERS}


def test_an_unknown_report_is_a_422_that_names_it(client):
    for path in ("/ask", "/ask/stream"):
        r = client.post(path, json={"question": "What is the CAGR?", "documents": [US, "nope.pdf"]})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "unknown_documents" and "nope.pdf" in r.json()["error"]["message"]


def test_documents_of_the_wrong_type_are_422(client):
    for documents in ("one.txt", [1, 2], [""]):
        r = client.post("/ask", json={"question": "What is the CAGR?", "documents": documents})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
