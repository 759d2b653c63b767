"""The FastAPI application: web chat, ``/ask``, ``/ask/stream``, ``/health``, ``/reindex``."""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from reportqa.server import errors
from reportqa.server.errors import APIError, error_response
from reportqa.server.schemas import AskRequest, AskResponse, Health
from reportqa.server.service import QAService
from reportqa.server.watch import watch_corpus
from reportqa.settings import Settings

log = logging.getLogger("reportqa.access")
MAX_BODY_BYTES = 1_000_000


def _static_dir() -> str:
    return str(resources.files("reportqa.server").joinpath("static"))


def create_app(settings: Settings, service: QAService | None = None, watch: bool = False) -> FastAPI:
    """Build the app; the service (model + index) is created at start-up unless given.

    With ``watch``, a background thread rebuilds the index when corpus files change.
    """
    state: dict[str, QAService] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        qa = service or QAService(settings)
        await run_in_threadpool(qa.ensure_index)
        await run_in_threadpool(qa.searcher)
        state["qa"] = qa
        stop = threading.Event()
        if watch:
            threading.Thread(target=watch_corpus, args=(qa, stop), daemon=True, name="corpus-watch").start()
        yield
        stop.set()

    app = FastAPI(title="reportqa", version="0.1.0", lifespan=lifespan)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        started = time.perf_counter()
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            response = error_response(413, "body_too_large", f"request body over {MAX_BODY_BYTES} bytes")
        else:
            response = await call_next(request)
        log.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code,
                 (time.perf_counter() - started) * 1000)
        return response

    def qa() -> QAService:
        return state["qa"]

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page() -> HTMLResponse:
        return HTMLResponse((resources.files("reportqa.server") / "static" / "index.html").read_text(encoding="utf-8"))

    @app.get("/health", response_model=Health)
    def health() -> Health:
        return qa().health()

    @app.post("/ask", response_model=AskResponse, responses={400: {}, 413: {}, 422: {}})
    def ask(body: AskRequest) -> AskResponse:
        return qa().ask(body)

    @app.post("/ask/stream", responses={400: {}, 413: {}, 422: {}})
    def ask_stream(body: AskRequest) -> StreamingResponse:
        result = qa().ask(body)
        return StreamingResponse(_sse(result), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.post("/reindex")
    def reindex(authorization: str | None = Header(default=None)) -> JSONResponse:
        _check_admin(settings.admin_token, authorization)
        return JSONResponse(qa().reindex().to_dict())

    return app


def _check_admin(expected: str | None, authorization: str | None) -> None:
    if not expected:
        raise APIError(403, "reindex_disabled", "reindexing is disabled: REPORTQA_ADMIN_TOKEN is not set on the server")
    if not authorization or not authorization.startswith("Bearer "):
        raise APIError(401, "unauthorized", "missing bearer token")
    if not hmac.compare_digest(authorization[len("Bearer "):].encode(), expected.encode()):
        raise APIError(403, "forbidden", "wrong admin token")


def _sse(result: AskResponse) -> Iterator[str]:
    """Stream the answer in small pieces, then the full ``/ask`` object as the final event."""
    text = result.answer
    for start in range(0, len(text), 12):
        yield f"event: token\ndata: {json.dumps({'text': text[start:start + 12]}, ensure_ascii=False)}\n\n"
    yield f"event: final\ndata: {result.model_dump_json()}\n\n"
