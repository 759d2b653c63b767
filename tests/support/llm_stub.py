"""A tiny local server that speaks the OpenAI chat-completions and Ollama chat APIs with scripted replies.

It lets the tests drive the real LangChain clients over real HTTP without a model.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse


@dataclass
class Script:
    """Replies handed out in order, and the requests that asked for them."""

    replies: list[str] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)

    def next_reply(self, request: dict) -> str:
        self.requests.append(request)
        return self.replies.pop(0) if self.replies else ""


def _words(text: str) -> list[str]:
    """``text`` in small pieces, as a model streams it."""
    return [text[i : i + 7] for i in range(0, len(text), 7)]


def build_app(script: Script) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def openai_chat(request: Request):
        body = await request.json()
        reply = script.next_reply({"api": "openai", "body": body, "headers": dict(request.headers)})
        base = {"id": "chatcmpl-stub", "created": int(time.time()), "model": body["model"]}
        if not body.get("stream"):
            return JSONResponse(
                base
                | {
                    "object": "chat.completion",
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}
                    ],
                }
            )

        def chunks():
            for piece in _words(reply):
                delta = {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                yield f"data: {json.dumps(base | {'object': 'chat.completion.chunk', 'choices': [delta]})}\n\n"
            end = {"index": 0, "delta": {}, "finish_reason": "stop"}
            yield f"data: {json.dumps(base | {'object': 'chat.completion.chunk', 'choices': [end]})}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")

    @app.post("/api/chat")
    async def ollama_chat(request: Request):
        body = await request.json()
        reply = script.next_reply({"api": "ollama", "body": body, "headers": dict(request.headers)})
        stamp = "2025-01-01T00:00:00Z"

        def lines():
            for piece in _words(reply):
                yield (
                    json.dumps(
                        {
                            "model": body["model"],
                            "created_at": stamp,
                            "done": False,
                            "message": {"role": "assistant", "content": piece},
                        }
                    )
                    + "\n"
                )
            yield (
                json.dumps(
                    {
                        "model": body["model"],
                        "created_at": stamp,
                        "done": True,
                        "done_reason": "stop",
                        "message": {"role": "assistant", "content": ""},
                        "total_duration": 1,
                        "prompt_eval_count": 1,
                        "eval_count": 1,
                    }
                )
                + "\n"
            )

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    return app


class StubServer:
    """The stub app served by uvicorn on a free loopback port, in a background thread."""

    def __init__(self) -> None:
        self.script = Script()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(build_app(self.script), host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True, name="llm-stub")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> StubServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("stub server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
