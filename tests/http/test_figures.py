"""GET /figures over the indexed seed reports, and GET /documents/{file}/file."""

from __future__ import annotations

from urllib.parse import quote

import pytest

CALL_CENTERS = "call-centers-market-2026-2032.txt"
US_SUPPORT = "us-customer-technical-support-services-market.txt"


def _figures(client, **params) -> list[dict]:
    response = client.get("/figures", params=params)
    assert response.status_code == 200, response.text
    return response.json()["figures"]


def test_every_figure_carries_its_subject_metric_period_and_a_citation_that_states_it(client):
    rows = _figures(client)
    assert {r["doc"] for r in rows} == {CALL_CENTERS, US_SUPPORT}
    for row in rows[:40]:
        passage = client.get(f"/passages/{quote(row['citation']['id'], safe='')}/context").json()["passage"]
        assert row["display"] in passage["text"]
        assert row["citation"]["location"] == passage["location"]
    size = [r for r in rows if r["doc"] == CALL_CENTERS and r["period"] == "2025" and r["metric"] == "market_size"]
    # The same figure in the Chinese and the English half, in the same normalised unit.
    assert {r["display"] for r in size} >= {"340.3 亿美元", "USD 34.03 billion"}
    assert {(r["normalised"]["value"], r["normalised"]["unit"]) for r in size} == {(34.03, "USD billion")}
    assert {"Call Centers Market", "客服中心市场"} <= {r["subject"] for r in size}


def test_filters_narrow_by_report_metric_year_and_words(client):
    cagrs = _figures(client, metric="cagr")
    assert {r["doc"] for r in cagrs} == {CALL_CENTERS, US_SUPPORT}  # every CAGR of the corpus, side by side
    assert {"8.26", "7.69"} <= {r["value"] for r in cagrs}
    one = _figures(client, doc=CALL_CENTERS, metric="cagr")
    assert one and {r["doc"] for r in one} == {CALL_CENTERS}
    in_2032 = _figures(client, year=2032)
    assert in_2032 and all("2032" in r["period"] or "-" in r["period"] for r in in_2032)
    # The words match a subject or a report title: both halves of the bilingual report.
    assert {r["value"] for r in _figures(client, q="call centers market", year=2032)} == {"59.34", "593.4"}


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"metric": "profit"}, 422, "unknown_metric"),
        ({"doc": "../../etc/passwd"}, 422, "unknown_documents"),
        ({"year": "twenty"}, 422, "invalid_request"),
        ({"year": "99999"}, 422, "invalid_request"),
        ({"q": "x" * 201}, 422, "invalid_request"),
    ],
)
def test_bad_filters_are_a_422_that_says_why(client, params, status, code):
    response = client.get("/figures", params=params)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_a_text_report_is_served_as_plain_text_that_runs_nothing(client, seed_settings):
    response = client.get(f"/documents/{CALL_CENTERS}/file")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in response.headers["content-security-policy"]
    assert response.headers["content-disposition"].startswith("inline")
    assert response.content == (seed_settings.corpus / CALL_CENTERS).read_bytes()


@pytest.mark.parametrize(
    "name",
    ["../corpus/" + CALL_CENTERS, "%2e%2e/%2e%2e/etc/passwd", "/etc/passwd", "missing.pdf", "", CALL_CENTERS + "/x"],
)
def test_only_indexed_reports_are_served(client, name):
    response = client.get(f"/documents/{name}/file")
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] in {"document_not_found", "not_found"}
