"""A GGUF model run in process by xllamacpp (prebuilt wheels, no compiler), as a LangChain chat model.

xllamacpp embeds llama.cpp's server: a request is a dict in the OpenAI chat format, and a
streamed answer arrives through a callback on the calling thread. The model is loaded
once per file and process (1.1 GB for the packaged Qwen2.5-Coder-1.5B), however many
services are built. The embedded server also listens on a loopback port; it is given a
random API key and no slot listing, so nothing else on the machine can read the
passages of a prompt through it.
"""

from __future__ import annotations

import os
import queue
import secrets
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


class LocalModelError(RuntimeError):
    """The local model rejected a request or could not be loaded."""


@lru_cache(maxsize=1)
def load_server(path: str, n_ctx: int, threads: int) -> Any:
    """The xllamacpp server for the GGUF at ``path``, loaded once (later calls share it)."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = path
    params.n_ctx = n_ctx
    params.n_parallel = 1  # one answer at a time: on a few cores a second one only slows the first
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.verbosity = -1  # llama.cpp's per-request timings would flood the server log
    params.endpoint_slots = False
    params.ui = False
    params.api_keys = [secrets.token_hex(16)]
    return xllamacpp.Server(params)


def default_threads() -> int:
    """Threads for llama.cpp: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class ChatXLlamaCpp(BaseChatModel):
    """Chat completions of a GGUF model through xllamacpp, greedy by default."""

    model_path: str
    n_ctx: int = 4096
    max_tokens: int = 512
    temperature: float = 0.0
    threads: int = 0  # 0: default_threads()

    @property
    def _llm_type(self) -> str:
        return "xllamacpp"

    def _request(self, messages: list[BaseMessage], stop: list[str] | None, stream: bool) -> dict:
        body: dict[str, Any] = {
            "messages": [{"role": _ROLES.get(m.type, "user"), "content": m.text} for m in messages],
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "stream": stream,
        }
        if stop:
            body["stop"] = stop
        return body

    def _server(self) -> Any:
        return load_server(self.model_path, self.n_ctx, self.threads or default_threads())

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        reply = self._server().handle_chat_completions(self._request(messages, stop, stream=False))
        if "error" in reply:
            raise LocalModelError(reply["error"].get("message", str(reply["error"])))
        text = reply["choices"][0]["message"].get("content") or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        """The answer piece by piece; closing the iterator early stops the model at its next token."""
        pieces: queue.Queue = queue.Queue()
        closed = threading.Event()
        done = object()

        def on_chunk(chunk: dict) -> bool:
            if "error" in chunk:
                pieces.put(LocalModelError(chunk["error"].get("message", str(chunk["error"]))))
            for choice in chunk.get("choices", []):
                content = choice.get("delta", {}).get("content")
                if content:
                    pieces.put(content)
            return closed.is_set()  # True asks llama.cpp to stop generating

        def run() -> None:
            try:
                reply = self._server().handle_chat_completions(self._request(messages, stop, stream=True), on_chunk)
                if isinstance(reply, dict) and "error" in reply:
                    pieces.put(LocalModelError(reply["error"].get("message", str(reply["error"]))))
            except Exception as error:  # handed to the consumer, like the model's own errors
                pieces.put(error)
            finally:
                pieces.put(done)

        # llama.cpp calls back on the calling thread until the answer ends, so it runs in its own.
        worker = threading.Thread(target=run, daemon=True, name="xllamacpp")
        worker.start()
        try:
            while (piece := pieces.get()) is not done:
                if isinstance(piece, Exception):
                    raise piece
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                if run_manager:
                    run_manager.on_llm_new_token(piece, chunk=chunk)
                yield chunk
        finally:
            closed.set()
            worker.join()  # the model is stopped at its next token; one call at a time holds the model
