"""Hostile requests, broken files and concurrent rebuilds: documented 4xx, nothing lost, no crash."""

from __future__ import annotations

import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reportqa.index.builder import build_index
from reportqa.index.store import current_version, load_index
from reportqa.server.app import create_app
from reportqa.server.service import QAService
from reportqa.settings import Settings

NEXT_QUESTION = {"question": "What is the CAGR of the call centers market?"}


def _still_answers(client) -> None:
    r = client.post("/ask", json=NEXT_QUESTION)
    assert r.status_code == 200 and r.json()["answerable"] is True


@pytest.mark.parametrize(
    "kwargs, statuses",
    [
        ({"json": {"question": ""}}, {422}),
        ({"json": {"question": " \n\t "}}, {422}),
        ({"json": {"question": ["a"]}}, {422}),
        ({"json": {"question": "ok?", "top_k": "5"}}, {422}),
        ({"json": {"question": "ok?", "top_k": 0}}, {422}),
        ({"json": {"question": "ok?", "top_k": -1}}, {422}),
        ({"json": {"question": "ok?", "top_k": 10**9}}, {422}),
        ({"json": {"question": "ok?", "history": [{"role": "user", "content": "x"}] * 1000}}, {422}),
        ({"json": {"question": "ok?", "history": "not a list"}}, {422}),
        ({"json": {"question": "x" * 200_000}}, {413, 422}),
        ({"json": [1, 2, 3]}, {422}),
        ({"content": b"{bad json", "headers": {"Content-Type": "application/json"}}, {400, 422}),
        ({"content": b"", "headers": {"Content-Type": "application/json"}}, {400, 422}),
        ({"content": b'{"question": "\xff\xfe\xfa"}', "headers": {"Content-Type": "application/json"}}, {400, 422}),
        ({"content": b"[" * 100_000 + b"]" * 100_000, "headers": {"Content-Type": "application/json"}}, {400, 413, 422}),
        ({"content": b"x" * 2_000_000, "headers": {"Content-Type": "application/json"}}, {413}),
        ({"content": b"question=hi", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, {400, 415, 422}),
        ({}, {400, 422}),
    ],
)
def test_bad_requests_get_a_4xx_error_body_and_the_server_keeps_answering(client, kwargs, statuses):
    r = client.post("/ask", **kwargs)
    assert r.status_code in statuses, r.text
    error = r.json()["error"]
    assert error["code"] and error["message"]
    _still_answers(client)


def test_unknown_fields_are_ignored(client):
    r = client.post("/ask", json={**NEXT_QUESTION, "temperature": 3, "extra": {"deep": [1]}})
    assert r.status_code == 200


def test_cors_is_off_by_default(client):
    r = client.options("/ask", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers


def _write_broken_files(corpus: Path, outside: Path) -> set[str]:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "junk.pdf").write_bytes(bytes(range(256)) * 40)
    (corpus / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    (corpus / "scripts.html").write_text("<html><script>alert(1)</script><style>p{}</style></html>")
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "gbk.txt").write_bytes("德意志客服市场2025年规模为12.5亿美元。".encode("gbk"))
    return {"empty.txt", "junk.pdf", "truncated.pdf", "scripts.html", "link.txt"}


def test_broken_files_are_reported_and_the_rest_indexed(tmp_path, service):
    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
    outside = tmp_path / "secret.txt"
    outside.write_text("outside secret 99.9")
    broken = _write_broken_files(corpus, outside)
    report = build_index(corpus, tmp_path / "index", service.embeddings, progress=False)
    assert {f["file"] for f in report.failed} == broken
    assert all(f["reason"] for f in report.failed)
    assert sorted(report.added) == ["call-centers-market-2026-2032.txt", "gbk.txt",
                                    "us-customer-technical-support-services-market.txt"]
    texts = " ".join(c.text for c in load_index(tmp_path / "index").chunks)
    assert "secret" not in texts and "alert" not in texts and "12.5亿美元" in texts


def test_incremental_rebuild_replaces_a_corrected_report(tmp_path, service):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The widget market was valued at USD 5.2 billion in 2024.")
    (corpus / "b.txt").write_text("The gizmo market was valued at USD 1.1 billion in 2024.")
    first = build_index(corpus, index, service.embeddings, progress=False)
    (corpus / "a.txt").write_text("The widget market was valued at USD 6.4 billion in 2024.")
    second = build_index(corpus, index, service.embeddings, progress=False)
    assert second.updated == ["a.txt"] and second.unchanged == 1 and second.index_version != first.index_version
    texts = " ".join(c.text for c in load_index(index).chunks)
    assert "6.4 billion" in texts and "5.2 billion" not in texts
    (corpus / "b.txt").unlink()
    third = build_index(corpus, index, service.embeddings, progress=False)
    assert third.removed == ["b.txt"]


def test_failed_rebuild_keeps_the_old_index(tmp_path, service):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The widget market was valued at USD 5.2 billion in 2024.")
    build_index(corpus, index, service.embeddings, progress=False)
    version = current_version(index)
    (corpus / "a.txt").write_bytes(b"")  # now nothing usable is left
    with pytest.raises(RuntimeError):
        build_index(corpus, index, service.embeddings, progress=False)
    assert current_version(index) == version
    assert "5.2 billion" in load_index(index).chunks[0].text


def test_concurrent_asks_during_reindex(tmp_path, service):
    """40+ questions while a reindex adds a report: every one answers; the new report is found after the swap."""
    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
    settings = Settings(corpus=corpus, index=tmp_path / "index", admin_token="tok")
    qa = QAService(settings, embeddings=service.embeddings)
    qa.ensure_index()
    questions = ["客服中心市场的复合年增长率是多少？", "How much did IBM pay to acquire HashiCorp?",
                 "What was the call centers market valued at in 2025?", "Verizon 计划将光纤扩展到多少个州？"]
    with TestClient(create_app(settings, qa)) as client:
        (corpus / "kiosk.txt").write_text(
            "Self-Service Kiosk Market Report\nThe self-service kiosk market reached USD 7.77 billion in 2025.",
            encoding="utf-8",
        )
        statuses: list[tuple[int, int]] = []
        reindexed = threading.Thread(target=lambda: statuses.append(
            (client.post("/reindex", headers={"Authorization": "Bearer tok"}).status_code, -1)))
        reindexed.start()
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda q: client.post("/ask", json={"question": q}), questions * 11))
        reindexed.join(timeout=300)
        assert statuses == [(200, -1)]
        assert len(results) == 44
        assert all(r.status_code == 200 and r.json()["citations"] for r in results)
        after = client.post("/ask", json={"question": "How large was the self-service kiosk market in 2025?"}).json()
        assert after["answerable"] and "7.77" in after["answer"]
        print(f"concurrency: {len(results)} asks during reindex, {sum(r.status_code == 200 for r in results)} x 200")
