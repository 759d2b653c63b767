"""Helpers for tests that need the seed corpus, a free port or a live uvicorn server.

They live here, not in conftest.py, so that test modules import them from a plain module.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from reportqa.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEED_CORPUS = ROOT / "corpus"
ADMIN_TOKEN = "test-admin-token"
# FastAPI's TestClient sends "Host: testserver"; the real server's default names stay as they are.
TEST_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Poll ``condition`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out after {timeout:.0f}s waiting for {what}"
        time.sleep(0.2)


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a background thread on a free local port; yields the base URL.

    Real sockets and HTTP parsing, but the test process's already loaded model. The
    socket is bound here and handed over, so no other process can take the port between.
    """
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="live-server")
    thread.start()
    try:
        wait_for(lambda: server.started or not thread.is_alive(), 120, "the server to start")
        assert server.started, "the server failed to start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def copy_seed(service, dest: Path) -> Settings:
    """Settings over a private copy of the seed corpus and of its built index under ``dest``.

    A test that adds, changes or breaks reports works on its copy, and starts from the
    seeds already embedded instead of spending a minute embedding them again.
    """
    corpus, index = dest / "corpus", dest / "index"
    shutil.copytree(service.settings.corpus, corpus)
    shutil.copytree(service.settings.index, index, ignore=shutil.ignore_patterns(".lock"))
    return Settings(corpus=corpus, index=index, admin_token=ADMIN_TOKEN, allowed_hosts=TEST_HOSTS)
