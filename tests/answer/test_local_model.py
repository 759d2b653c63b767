"""The packaged local model (Qwen2.5-Coder-1.5B on xllamacpp) answers within the guarantees.

A real model, not a script: it words the answers of a few dev questions in the asker's
language (English over Chinese passages, Chinese over Chinese, Chinese over an English
report), cites every sentence, and each sentence passes the number gate against the
passages it cites. `make test` installs the `local` extra and fetches the weights first;
the full dev set runs in `python -m bench.local_llm`.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.normalize import detect_language
from reportqa.server.answer.gate import AllowedNumbers
from reportqa.server.answer.types import Citation, Figure
from reportqa.server.http.app import create_app
from reportqa.server.llm import LLMConfigError, build_chat_model
from reportqa.server.service import QAService
from reportqa.settings import Settings
from tests.support.grounding import assert_grounded
from tests.support.servers import copy_seed

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("xllamacpp") is None,
    reason="no local model runtime: pip install -e '.[local]' (make test installs it)",
)

ENGLISH_REPORT = Path(__file__).parents[1] / "data" / "marketset" / "reports" / "ev-battery-market-2025.md"
# (question, a number the right answer states, the number as the cited passage writes it)
QUESTIONS = [
    ("What was the size of the US customer technical support services market in 2025?", "10.06", "100.6"),
    ("美国客户技术支持服务市场到2030年的复合年增长率是多少？", "7.69", "7.69"),
    ("2024年全球电动汽车电池市场规模是多少？", "1186", "118.6"),
]
# The extractive answer's framing: an answer that starts so is not the model's.
EXTRACTIVE_LEADS = ("The report states", "The report (Chinese text) states", "报告指出", "报告英文原文写道")
_MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def local_client(tmp_path_factory, service):
    """The real app over the seeds plus one English report, answering with the local model."""
    settings = copy_seed(service, tmp_path_factory.mktemp("local"))
    shutil.copy(ENGLISH_REPORT, settings.corpus / ENGLISH_REPORT.name)
    # Short answers keep the test near a minute on two cores; a long one shows in the bench.
    settings = settings.model_copy(update={"llm_backend": "local", "llm_max_tokens": 120, "llm_timeout": 240})
    qa = QAService(settings, embeddings=service.embeddings)
    qa.library.reindex()  # embeds the added report only
    with TestClient(create_app(settings, qa)) as client:
        yield client


def model_sentences(body: dict) -> list[str]:
    """The sentences of the answer the model wrote (not the conversions line code adds)."""
    lines = [line for line in body["answer"].split("\n") if not line.startswith(("Converted:", "换算："))]
    text = "\n".join(lines)
    return [text[s:e].strip() for s, e in split_sentences(text) if text[s:e].strip()]


def assert_each_sentence_backed(body: dict) -> None:
    """Every sentence's numbers are stated by the passages that sentence cites or by a figure."""
    citations = [
        Citation(**{k: c[k] for k in ("id", "doc", "title", "text", "lang", "location")}) for c in body["citations"]
    ]
    figures = [
        Figure(**{k: f[k] for k in ("label", "value", "unit", "display", "formula")}, inputs=[])
        for f in body["figures"]
    ]
    for line in body["answer"].split("\n"):
        for s, e in split_sentences(line):
            sentence = line[s:e]
            cited = [citations[int(n) - 1] for n in _MARKER.findall(sentence)]
            assert AllowedNumbers(cited, figures).backs(sentence), sentence


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("question", "number", "original"), QUESTIONS)
def test_local_model_answers_in_the_askers_language(local_client, question, number, original, caplog):
    with caplog.at_level(logging.INFO, logger="reportqa.server.answer.worded"):
        response = local_client.post("/ask", json={"question": question})
    assert response.status_code == 200, response.text
    body = response.json()
    assert_grounded(body)
    assert body["answerable"]
    answer = body["answer"]
    if answer.startswith(EXTRACTIVE_LEADS):
        # A 1.5B model now and then misplaces a decimal point (118.6亿美元 for 1186亿美元): the
        # gate must then have dropped its sentence and quoted the passage, with the amount
        # converted by code. Any other reason to drop the model's answer fails here.
        assert "unbacked number" in caplog.text, f"the model's answer was not used: {answer!r}"
        assert number in answer.replace(",", ""), answer
        return
    assert_each_sentence_backed(body)
    sentences = model_sentences(body)
    assert sentences and all(_MARKER.search(s) for s in sentences), f"a sentence cites nothing: {answer!r}"
    words = re.sub(r"USD|CNY|[\d.,%\s]", "", _MARKER.sub("", " ".join(sentences)))
    if words:  # a bare figure ("7.69% [1]") is in no language
        assert detect_language(words) == detect_language(question), answer
    assert number in answer.replace(",", ""), answer
    # The original wording is one click away: the first cited passage quotes it verbatim.
    first = body["citations"][int(_MARKER.search(answer).group(1)) - 1]
    assert original in first["text"].replace(" ", ""), first["text"]


def test_local_backend_names_what_is_wrong(tmp_path):
    with pytest.raises(LLMConfigError, match="not a packaged model; known: qwen2.5-coder-1.5b"):
        build_chat_model(Settings(llm_backend="local", llm_model="gpt-4o-mini"))
    with pytest.raises(LLMConfigError, match="is not a GGUF file"):
        build_chat_model(Settings(llm_backend="local", llm_model_path=tmp_path / "missing.gguf"))
