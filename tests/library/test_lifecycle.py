"""The index lifecycle: incremental rebuilds, atomic swaps, crashes, races and the three triggers.

Everything runs on a private copy of the indexed seed corpus, with the real model, real
FAISS files and, where the process boundary matters, real subprocesses and HTTP servers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np
import pytest
from fastapi.testclient import TestClient

from reportqa.index.builder import build_index, rebuild_lock
from reportqa.index.keyword import tokenize
from reportqa.index.store import TOKENS, current_version, load_index
from reportqa.server.http.app import create_app
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.support.crash_ingest import MARKER
from tests.support.embeddings import CountingEmbeddings
from tests.support.servers import ADMIN_TOKEN, SEED_CORPUS, free_port, live_server, wait_for

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
SEED_QUESTION = "What is the CAGR of the call centers market?"
KIOSK_QUESTION = "How large was the self-service kiosk market in 2025?"
KIOSK_REPORT = "Self-Service Kiosk Market Report\nThe self-service kiosk market reached USD 7.77 billion in 2025.\n"
SUBPROCESS_TIMEOUT = 600  # loading the model and embedding on two busy cores can take minutes


def _add_kiosk_report(corpus: Path, text: str = KIOSK_REPORT) -> None:
    (corpus / "kiosk.txt").write_text(text, encoding="utf-8")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "reportqa.cli", *args]


def _index_args(settings: Settings) -> list[str]:
    return ["--corpus", str(settings.corpus), "--index", str(settings.index)]


def _ask(http, question: str) -> dict:
    """POST /ask; assert 200 with citations."""
    r = http.post("/ask", json={"question": question})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["citations"], body
    return body


def _kiosk_answer(http) -> dict:
    body = _ask(http, KIOSK_QUESTION)
    assert body["answerable"] and body["citations"][0]["doc"] == "kiosk.txt", body
    return body


def _partials(index: Path) -> list[Path]:
    return list((index / "versions").glob(".*.partial"))


class GatedEmbeddings(CountingEmbeddings):
    """The real model, but embedding passages waits for ``gate``: a rebuild stays in progress
    for as long as the test needs, while questions (embedded by ``encode_query``) go through."""

    def __init__(self, inner) -> None:
        super().__init__(inner)
        self.embedding = threading.Event()
        self.gate = threading.Event()

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        self.embedding.set()
        assert self.gate.wait(timeout=SUBPROCESS_TIMEOUT), "the test never let the rebuild go on"
        return super().encode_documents(texts, titles)


def test_incremental_rebuild_embeds_only_changed_files_and_drops_removed_ones(tmp_path, service):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The widget market was valued at USD 5.2 billion in 2024.")
    (corpus / "b.txt").write_text("The gizmo market was valued at USD 1.1 billion in 2024.")
    first = build_index(corpus, index, service.embeddings, progress=False)
    before = load_index(index)

    (corpus / "a.txt").write_text("The widget market was valued at USD 6.4 billion in 2024.")  # corrected
    (corpus / "c.txt").write_text("The gadget market was valued at USD 3.3 billion in 2024.")
    counting = CountingEmbeddings(service.embeddings)
    second = build_index(corpus, index, counting, progress=False)
    assert (second.updated, second.added, second.unchanged) == (["a.txt"], ["c.txt"], 1)
    assert second.index_version != first.index_version
    assert counting.embedded and all("widget" in t or "gadget" in t for t in counting.embedded)

    after = load_index(index)
    texts = " ".join(c.text for c in after.chunks)
    assert "6.4 billion" in texts and "5.2 billion" not in texts
    # The unchanged report's chunks keep their vectors, row for row.
    old_rows = {c.id: i for i, c in enumerate(before.chunks) if c.doc_id == "b.txt"}
    new_rows = {c.id: i for i, c in enumerate(after.chunks) if c.doc_id == "b.txt"}
    assert old_rows.keys() == new_rows.keys()
    for chunk_id, row in new_rows.items():
        np.testing.assert_array_equal(after.vectors.reconstruct(row), before.vectors.reconstruct(old_rows[chunk_id]))
    assert after.vectors.ntotal == len(after.chunks) == after.manifest.chunk_count
    # Keyword tokens are stored with the version, row for row, so loading it tokenises nothing.
    tokens = [json.loads(line) for line in (after.folder / TOKENS).read_text(encoding="utf-8").splitlines()]
    assert tokens == [tokenize(c.search_text) for c in after.chunks]
    assert "6.4" in tokens[next(i for i, c in enumerate(after.chunks) if c.doc_id == "a.txt")]

    (corpus / "b.txt").unlink()
    third = build_index(corpus, index, CountingEmbeddings(service.embeddings), progress=False)
    assert third.removed == ["b.txt"] and third.unchanged == 2
    assert "gizmo" not in " ".join(c.text for c in load_index(index).chunks)


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


@pytest.mark.parametrize(
    "break_corpus",
    [
        pytest.param(lambda corpus: [p.unlink() for p in corpus.iterdir()], id="emptied"),
        pytest.param(lambda corpus: shutil.rmtree(corpus), id="removed"),
    ],
)
def test_reindex_with_nothing_to_index_is_409_and_health_reports_the_failure(seed_copy, service, break_corpus):
    qa = QAService(seed_copy, embeddings=service.embeddings)
    with TestClient(create_app(seed_copy, qa)) as client:
        before = client.get("/health").json()
        assert before["last_result"]["ok"] is True
        break_corpus(seed_copy.corpus)
        r = client.post("/reindex", headers=ADMIN)
        assert r.status_code == 409 and r.json()["error"]["code"] == "nothing_to_index", r.text
        health = client.get("/health").json()
        assert (health["index_version"], health["documents"]) == (before["index_version"], 2)
        assert health["last_result"]["ok"] is False and "NothingToIndex" in health["last_result"]["error"]
        assert _ask(client, SEED_QUESTION)["answerable"]

        shutil.copytree(SEED_CORPUS, seed_copy.corpus, dirs_exist_ok=True)
        r = client.post("/reindex", headers=ADMIN)
        assert r.status_code == 200 and r.json()["unchanged"] == 2
        assert client.get("/health").json()["last_result"]["ok"] is True


def test_asks_during_a_reindex_all_answer_and_the_new_report_is_found_after_the_swap(seed_copy, service):
    """≥ 40 questions over real HTTP while a reindex that adds a report is in progress."""
    embeddings = GatedEmbeddings(service.embeddings)
    qa = QAService(seed_copy, embeddings=embeddings)
    questions = [
        "客服中心市场的复合年增长率是多少？",
        "How much did IBM pay to acquire HashiCorp?",
        "What was the call centers market valued at in 2025?",
        "Verizon 计划将光纤扩展到多少个州？",
    ]
    with live_server(create_app(seed_copy, qa)) as url, httpx.Client(base_url=url, timeout=SUBPROCESS_TIMEOUT) as http:
        old_version = http.get("/health").json()["index_version"]
        _add_kiosk_report(seed_copy.corpus)
        with ThreadPoolExecutor(max_workers=5) as pool:
            reindex = pool.submit(http.post, "/reindex", headers=ADMIN)
            assert embeddings.embedding.wait(timeout=120), "the reindex never started embedding"
            # The rebuild now holds at its embedding step: these all run while it is in progress.
            during = list(pool.map(lambda q: http.post("/ask", json={"question": q}), questions * 11))
            assert not reindex.done()
            embeddings.gate.set()
            swap = []  # in flight while the rebuild finishes and the new version is swapped in
            while not reindex.done():
                swap += pool.map(lambda q: http.post("/ask", json={"question": q}), questions)
        assert reindex.result().status_code == 200 and reindex.result().json()["added"] == ["kiosk.txt"]
        answered = [r for r in during + swap if r.status_code == 200 and r.json()["citations"]]
        print(
            f"\nconcurrency: {len(during)} asks during the reindex + {len(swap)} across the swap, "
            f"{len(answered)} answered 200 with citations"
        )
        assert len(during) >= 40 and len(answered) == len(during) + len(swap)
        assert http.get("/health").json()["index_version"] != old_version
        assert "7.77" in _kiosk_answer(http)["answer"]


def test_a_rebuild_killed_mid_write_leaves_the_old_index_serving_and_the_next_ingest_recovers(
    seed_copy, service, tmp_path
):
    """SIGKILL `reportqa ingest` with a half-written version on disk, under a running server."""
    qa = QAService(seed_copy, embeddings=service.embeddings)
    old_version = current_version(seed_copy.index)
    with live_server(create_app(seed_copy, qa)) as url, httpx.Client(base_url=url, timeout=SUBPROCESS_TIMEOUT) as http:
        _add_kiosk_report(seed_copy.corpus)
        log = tmp_path / "crash.log"
        with log.open("w") as out:
            crashing = subprocess.Popen(
                [
                    sys.executable,
                    str(Path(__file__).parents[1] / "support" / "crash_ingest.py"),
                    *_index_args(seed_copy),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=tmp_path,
            )
        try:
            wait_for(lambda: MARKER in log.read_text(), SUBPROCESS_TIMEOUT, "the rebuild to reach the index write")
            assert _partials(seed_copy.index), "no half-written version on disk to crash over"
        finally:
            crashing.kill()
            crashing.wait()

        assert current_version(seed_copy.index) == old_version
        assert "kiosk.txt" not in load_index(seed_copy.index).manifest.files
        health = http.get("/health").json()
        assert (health["index_version"], health["documents"]) == (old_version, 2)
        assert _ask(http, SEED_QUESTION)["answerable"]

        # The server keeps running; a normal ingest from another process recovers and is picked up.
        done = subprocess.run(
            _cli("ingest", *_index_args(seed_copy)),
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=SUBPROCESS_TIMEOUT,
        )
        assert done.returncode == 0, done.stderr
        assert "added: 1" in done.stdout and "+ kiosk.txt" in done.stdout
        assert not _partials(seed_copy.index)
        wait_for(lambda: http.get("/health").json()["index_version"] != old_version, 30, "the server to swap")
        assert http.get("/health").json()["documents"] == 3
        assert "7.77" in _kiosk_answer(http)["answer"]


def _lock_waiters(lock: Path) -> int:
    """How many processes or threads are blocked in ``flock`` on ``lock`` (from /proc/locks)."""
    inode = lock.stat().st_ino
    return sum(
        1 for line in Path("/proc/locks").read_text().splitlines() if "->" in line and re.search(rf":{inode}\s", line)
    )


def test_two_rebuilds_in_two_processes_are_serialised(seed_copy, service, tmp_path):
    """One rebuild in a subprocess, one in this process, both released at once: one adds, the other finds nothing to do."""
    _add_kiosk_report(seed_copy.corpus)
    with ThreadPoolExecutor(max_workers=1) as pool:
        with rebuild_lock(seed_copy.index):  # both rebuilds queue behind this, then race for it
            other = subprocess.Popen(
                _cli("ingest", *_index_args(seed_copy)),
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                cwd=tmp_path,
            )
            here = pool.submit(build_index, seed_copy.corpus, seed_copy.index, service.embeddings, False)

            def queued() -> bool:
                return _lock_waiters(seed_copy.index / ".lock") == 2

            try:  # a rebuild that finishes while the lock is held was not serialised
                wait_for(
                    lambda: queued() or here.done() or other.poll() is not None,
                    SUBPROCESS_TIMEOUT,
                    "both rebuilds to wait for the lock",
                )
                state = (_lock_waiters(seed_copy.index / ".lock"), here.done() and here.exception(), other.poll())
                assert queued() and not here.done() and other.poll() is None, f"waiters, thread, subprocess: {state}"
            except AssertionError:
                other.kill()
                raise
        out, _ = other.communicate(timeout=SUBPROCESS_TIMEOUT)
        report = here.result(timeout=SUBPROCESS_TIMEOUT)
    assert other.returncode == 0, out
    counts = re.search(r"added: (\d+)\s+updated: (\d+)\s+unchanged: (\d+)", out)
    outcomes = sorted([(len(report.added), report.unchanged), (int(counts[1]), int(counts[3]))])
    # Interleaved rebuilds would both have read the old index and both added the report.
    assert outcomes == [(0, 3), (1, 2)], out

    final = load_index(seed_copy.index)
    ids = [c.id for c in final.chunks]
    assert len(ids) == len(set(ids)) == final.manifest.chunk_count == final.vectors.ntotal
    assert ids.count(next(i for i in ids if i.startswith("kiosk.txt"))) == 1
    assert set(final.manifest.files) == {p.name for p in seed_copy.corpus.iterdir()}


def test_serve_watch_picks_up_a_new_report_and_a_corrected_one(seed_copy, tmp_path):
    """`reportqa serve --watch` in a subprocess: files dropped into the corpus are answered from."""
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            _cli("serve", *_index_args(seed_copy), "--port", str(port), "--watch"),
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
            env={**os.environ, "REPORTQA_ADMIN_TOKEN": ADMIN_TOKEN},
        )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=SUBPROCESS_TIMEOUT) as http:

            def health() -> dict:
                try:
                    return http.get("/health").json()
                except httpx.TransportError:
                    assert server.poll() is None, log.read_text()
                    return {}

            wait_for(lambda: health().get("documents") == 2, SUBPROCESS_TIMEOUT, "the server to start")
            _add_kiosk_report(seed_copy.corpus)
            wait_for(lambda: health().get("documents") == 3, SUBPROCESS_TIMEOUT, "the watcher to add the report")
            assert "7.77" in _kiosk_answer(http)["answer"]

            version = health()["index_version"]
            _add_kiosk_report(seed_copy.corpus, KIOSK_REPORT.replace("7.77", "8.12"))
            wait_for(
                lambda: health().get("index_version", version) != version,
                SUBPROCESS_TIMEOUT,
                "the watcher to take the corrected report",
            )
            assert health()["last_result"]["updated"] == ["kiosk.txt"]
            corrected = _kiosk_answer(http)
            assert "8.12" in corrected["answer"]
            assert "7.77" not in corrected["answer"] + "".join(c["text"] for c in corrected["citations"])
    finally:
        server.terminate()
        server.wait(timeout=60)
