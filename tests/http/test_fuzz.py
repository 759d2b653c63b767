"""Fuzzing the real server: any /ask body and any uploaded report gets a 2xx or a 4xx, never a 500,
/health keeps answering, and a failed rebuild leaves the served index as it was.

Hypothesis draws the inputs; the server is the real app under uvicorn on a local port.
Time bounds are pytest timeouts, not latency assertions.
"""

from __future__ import annotations

import itertools
import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportqa.server.http.app import create_app
from reportqa.server.service import QAService
from tests.support.servers import ADMIN_TOKEN, copy_seed, live_server

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
# Text that stresses the question rules: long runs, punctuation, digits, CJK, control characters.
_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="and 那呢?？.。,，0123456789%亿万$ ", max_size=3000),
    st.builds(
        lambda c, n: c * n, st.sampled_from([".", " ", "和", "9", "(", "implied CAGR ", "按"]), st.integers(1, 30_000)
    ),
)
_TURN = st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant", "system"]), "content": _TEXT})
_BODY = st.one_of(
    st.fixed_dictionaries(
        {"question": _TEXT},
        optional={
            "history": st.lists(_TURN, max_size=8),
            "top_k": st.integers(-5, 50),
            "documents": st.lists(st.text(max_size=40), max_size=3),
        },
    ),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=20,
    ),
)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture(scope="module")
def server(seed_settings, service):
    with live_server(create_app(seed_settings, service)) as url, httpx.Client(base_url=url, timeout=120) as http:
        yield http


@pytest.mark.timeout(600)
@FUZZ
@given(body=_BODY, path=st.sampled_from(["/ask", "/ask/stream"]))
def test_any_ask_body_is_answered_or_refused_with_a_4xx(server, body, path):
    r = server.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert set(r.json()["error"]) == {"code", "message"}
    assert server.get("/health", timeout=5).status_code == 200


_REPORT = st.one_of(
    st.binary(max_size=3000).map(lambda b: ("random.txt", b)),
    st.integers(1, 3000).map(lambda n: ("nested.html", (b"<div><b>" * n) + b"x" + (b"</b></div>" * n))),
    st.sampled_from([b".", b"!?", b"\xe3\x80\x82", b" "]).flatmap(
        lambda c: st.integers(1, 200_000).map(lambda n: ("punct.txt", b"Market. " + c * n))
    ),
    st.binary(max_size=2000).map(lambda b: ("broken.pdf", b"%PDF-1.7\n" + b)),
    st.text(max_size=2000).map(lambda t: ("report.md", t.encode("utf-8", "surrogatepass"))),
)


_NAMES = itertools.count()


@pytest.fixture(scope="module")
def upload_server(tmp_path_factory, service):
    settings = copy_seed(service, tmp_path_factory.mktemp("fuzz"))
    qa = QAService(settings, embeddings=service.embeddings)
    with live_server(create_app(settings, qa)) as url, httpx.Client(base_url=url, timeout=300) as http:
        yield http, settings


@pytest.mark.timeout(900)
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(report=_REPORT)
def test_any_uploaded_report_is_indexed_or_reported_and_the_index_survives(upload_server, report):
    http, settings_ = upload_server
    name, data = report
    before = http.get("/health").json()
    stem, _, suffix = name.rpartition(".")
    upload = f"{stem}-{next(_NAMES)}.{suffix}"
    r = http.post("/documents", files={"file": (upload, data)}, headers=ADMIN)
    assert r.status_code in (200, 409, 413, 422), r.text
    health = http.get("/health", timeout=5)
    assert health.status_code == 200
    if r.status_code != 200:  # the served reports are the ones before, and the rejected file is not kept
        assert (health.json()["documents"], health.json()["chunks"]) == (before["documents"], before["chunks"])
        assert not (settings_.corpus / upload).exists()
