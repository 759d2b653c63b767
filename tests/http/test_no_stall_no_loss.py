"""Hardening, round two: no single request or report can stall the server, crash it or lose a file.

Each test reproduces one way around the first round's rules. Time limits are pytest
timeouts (a stalled match holds the GIL, so nothing else would ever notice it), not
latency assertions.
"""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from reportqa.index.builder import rebuild_lock
from reportqa.index.retriever import Hit
from reportqa.ingest.models import Chunk
from reportqa.ingest.numbers import parse_quantities
from reportqa.server.answer.followup import standalone_question
from reportqa.server.answer.pipeline import Answerer
from reportqa.server.answer.types import MAX_QUESTION_CHARS, Turn
from reportqa.server.answer.worded import Writer
from reportqa.server.calc.intents import detect
from reportqa.server.http.app import create_app
from reportqa.server.library import documents
from reportqa.server.library.documents import DocumentError
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.support.servers import ADMIN_TOKEN

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
GAMMA = "# Gamma robotics market\n\nThe gamma robotics market reached USD 4.2 billion in 2025, growing at a CAGR of 11.3%.\n"


# --- stalls: every pattern run on a question or a history turn is linear-time ------------------------------------


@pytest.mark.timeout(10)
def test_a_follow_up_merged_with_huge_turns_is_capped_at_the_question_limit():
    history = [Turn("user", "and " + "x" * 19_996)] * 6
    merged = standalone_question("and 2030?", history)
    assert len(merged) <= MAX_QUESTION_CHARS


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    "text",
    [
        "imply " + "a" * 200_000,
        "CAGR " + " " * 200_000 + "x",
        "按" * 200_000,
        "以" * 100_000 + "增长率" + "x" * 100_000,
    ],
)
def test_intent_detection_is_linear_on_adversarial_questions(text):
    detect(text)  # quadratic "A.*B" patterns took minutes on 200k characters


@pytest.mark.timeout(10)
def test_follow_up_detection_is_linear_on_long_runs_of_spaces():
    standalone_question("and " + " " * 100_000 + "x", [Turn("user", "What was the size in 2025?")])


@pytest.mark.timeout(60)
def test_a_huge_history_over_http_is_answered(client):
    body = {"question": "and 2030?", "history": [{"role": "user", "content": "and " + "x " * 9_990}] * 6}
    assert client.post("/ask", json=body).status_code == 200


# --- numbers no calculation can hold -------------------------------------------------------------------------


class _Searcher:
    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits

    def search(self, query: str, k: int, documents=None, keyword_matches: int = 0) -> list[Hit]:
        return self.hits[:k]


def _hit(text: str) -> Hit:
    chunk = Chunk(
        id="r.md#0",
        doc_id="r.md",
        title="Widget market",
        lang="en",
        text=text,
        search_text=text,
        section="",
        page=None,
        start=0,
        end=len(text),
        quantities=parse_quantities(text),
    )
    return Hit(chunk, 1.0, 0.9, 1.0, 0)


def test_a_27_digit_figure_is_not_a_quantity():
    assert parse_quantities("USD 123456789012345678901234567 billion in 2025") == []


@pytest.mark.parametrize("first", ["123456789012345678901234567", "99999999999999999.99"])
def test_a_calculation_over_absurd_figures_answers_without_a_crash(first):
    text = (
        f"The widget market was valued at USD {first} billion in 2025 "
        "and is expected to reach USD 0.000000000000000001 billion in 2030."
    )
    question = "What growth rate do the 2025 and 2030 figures of the widget market imply?"
    answer = Answerer("embeddinggemma-300m").ask(question, [], _Searcher([_hit(text)]))
    assert answer.answerable and answer.text  # a quote, a refusal of the calculation or a figure: never an exception


# --- uploads lose nothing --------------------------------------------------------------------------------------


@pytest.fixture
def upload_app(seed_copy, service):
    settings = seed_copy
    qa = QAService(settings, embeddings=service.embeddings)
    with TestClient(create_app(settings, qa)) as client:
        yield client, settings


def _upload(client, name: str, data: bytes):
    return client.post("/documents", files={"file": (name, data, "text/markdown")}, headers=ADMIN)


def test_an_upload_the_served_index_already_holds_is_kept(upload_app):
    client, settings = upload_app
    assert _upload(client, "gamma.md", GAMMA.encode()).status_code == 200
    (settings.corpus / "gamma.md").unlink()  # the served index still lists it
    r = _upload(client, "gamma.md", GAMMA.encode())
    assert r.status_code == 200, r.text
    assert (settings.corpus / "gamma.md").read_text() == GAMMA


def test_concurrent_uploads_of_one_name_never_overwrite(tmp_path):
    for round_ in range(20):
        corpus = tmp_path / f"c{round_}"
        corpus.mkdir()
        barrier, outcomes = threading.Barrier(2), []

        def store(data: bytes, barrier=barrier, corpus=corpus, outcomes=outcomes) -> None:
            barrier.wait()
            try:
                documents.store_upload(corpus, "same.md", data)
                outcomes.append(data)
            except DocumentError as error:
                outcomes.append(error.code)

        threads = [threading.Thread(target=store, args=(d,)) for d in (b"first", b"second")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stored = [o for o in outcomes if isinstance(o, bytes)]
        assert len(stored) == 1 and "file_exists" in outcomes
        assert (corpus / "same.md").read_bytes() == stored[0]
        assert [p.name for p in corpus.iterdir()] == ["same.md"]  # no temporary file left


def test_a_long_chinese_report_title_is_stored(upload_app):
    client, settings = upload_app
    name = "中国智能客服市场规模与竞争格局研究报告" * 4 + ".md"  # 76 characters, 232 bytes
    r = _upload(client, name, GAMMA.encode())
    assert r.status_code == 200, r.text
    assert (settings.corpus / name).is_file()


def test_a_name_over_the_file_system_limit_is_422(upload_app):
    client, _ = upload_app
    r = _upload(client, "报" * 90 + ".md", GAMMA.encode())
    assert r.status_code == 422 and r.json()["error"]["code"] == "file_name_too_long"


# --- rebuilds never queue --------------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_a_rebuild_request_while_another_rebuild_runs_is_409_at_once(upload_app):
    client, settings = upload_app
    with rebuild_lock(settings.index):  # another process (reportqa ingest) is rebuilding
        r = client.post("/reindex", headers=ADMIN)
        assert r.status_code == 409 and r.json()["error"]["code"] == "rebuild_running"
        r = _upload(client, "gamma.md", GAMMA.encode())
        assert r.status_code == 409
    assert not (settings.corpus / "gamma.md").exists()
    assert client.get("/health").status_code == 200


# --- DNS rebinding, secrets, a model that is not thread-safe -----------------------------------------------------


def test_requests_for_another_host_name_are_refused(client):
    r = client.get("/health", headers={"Host": "attacker.example"})
    assert r.status_code == 400
    assert client.get("/health").status_code == 200


def test_the_default_hosts_are_the_local_names_only():
    assert set(Settings().allowed_hosts) == {"localhost", "127.0.0.1", "[::1]"}


def test_the_admin_token_is_never_printed():
    settings = Settings(admin_token="s3cret-token")
    assert "s3cret-token" not in repr(settings) and "s3cret-token" not in str(settings.model_dump())


class _CountingModel:
    """A chat model stand-in that records how many calls run at once."""

    def __init__(self) -> None:
        self.running = 0
        self.most = 0
        self.guard = threading.Lock()

    def stream(self, messages):
        with self.guard:
            self.running += 1
            self.most = max(self.most, self.running)
        threading.Event().wait(0.05)
        with self.guard:
            self.running -= 1
        yield _Piece("ok")


class _Piece:
    def __init__(self, text: str) -> None:
        self.text = text


def test_a_model_that_is_not_thread_safe_runs_one_call_at_a_time():
    model = _CountingModel()
    writer = Writer(model, timeout=5, serialise=True)  # type: ignore[arg-type]
    threads = [threading.Thread(target=writer.rewrite, args=("q", [], "en")) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert model.most == 1


def test_decimal_values_keep_their_digits():
    assert Decimal(parse_quantities("USD 1,250.5 million")[0].value) == Decimal("1250.5")
