"""The FastAPI application: web chat, ``/ask``, ``/ask/stream``, ``/health``, ``/reindex``, ``/documents``."""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager
from importlib import resources
from itertools import chain

from fastapi import FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, UploadFile  # UploadFile: what request.form() yields
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reportqa.index.builder import NothingToIndex
from reportqa.server import errors
from reportqa.server.errors import APIError, error_response
from reportqa.server import documents
from reportqa.server.schemas import AskRequest, AskResponse, DocumentInfo, Health, PassageContext
from reportqa.server.service import QAService
from reportqa.server.watch import watch_corpus
from reportqa.settings import Settings

log = logging.getLogger("reportqa.access")
MAX_BODY_BYTES = 1_000_000
# An upload's multipart envelope (boundaries, headers) on top of the file itself.
MAX_UPLOAD_BODY_BYTES = documents.MAX_UPLOAD_BYTES + 64_000


def _body_limit(method: str, path: str) -> int:
    if method == "POST" and path == "/documents":
        return MAX_UPLOAD_BODY_BYTES
    return MAX_BODY_BYTES


class BodyLimit:
    """Answer 413 to a request body over the limit, whether declared in Content-Length or streamed.

    A chunked request has no Content-Length, so the bytes are also counted as they
    arrive; checking the header alone let a body of any size into memory.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = _body_limit(scope["method"], scope["path"])
        declared = Headers(scope=scope).get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            await error_response(413, "body_too_large", f"request body over {limit} bytes")(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                # FastAPI re-raises an HTTPException from body reading; the error handler answers 413.
                raise HTTPException(413, f"request body over {limit} bytes")
            return message

        await self.app(scope, counting_receive, send)


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

    app.add_middleware(BodyLimit)

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        started = time.perf_counter()
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
        events = qa().ask_stream(body)
        # Retrieval runs before the first event: its errors still get a status code, not a broken stream.
        first = next(events)
        return StreamingResponse(_sse(chain([first], events)), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.post("/reindex")
    def reindex(authorization: str | None = Header(default=None)) -> JSONResponse:
        _check_admin(settings.admin_token, authorization)
        try:
            return JSONResponse(qa().reindex().to_dict())
        except NothingToIndex as exc:  # the old index keeps serving
            raise APIError(409, "nothing_to_index", str(exc)) from exc

    @app.get("/documents", response_model=list[DocumentInfo])
    def list_documents() -> list[DocumentInfo]:
        return documents.list_documents(qa().searcher())

    @app.post("/documents", responses={401: {}, 403: {}, 409: {}, 413: {}, 422: {}})
    async def upload_document(request: Request, authorization: str | None = Header(default=None)) -> JSONResponse:
        """Add one report (multipart field ``file``) to the corpus and reindex.

        The token is checked before the body is parsed, so an unauthorised client
        cannot make the server spool a large upload.
        """
        _check_admin(settings.admin_token, authorization)
        form = await request.form(max_files=1)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise APIError(422, "invalid_request", "send the report as multipart form field 'file'")
        name = documents.safe_upload_name(upload.filename)
        data = await upload.read(documents.MAX_UPLOAD_BYTES + 1)
        if len(data) > documents.MAX_UPLOAD_BYTES:
            raise APIError(413, "file_too_large", f"file over {documents.MAX_UPLOAD_BYTES} bytes")
        result = await run_in_threadpool(documents.add_report, qa(), name, data)
        return JSONResponse(result)

    @app.get("/passages/{chunk_id:path}/context", response_model=PassageContext)
    def passage_context(chunk_id: str, radius: int = Query(1, ge=1, le=documents.MAX_CONTEXT)) -> PassageContext:
        return documents.passage_context(qa().searcher(), chunk_id, radius)

    return app


def _check_admin(expected: str | None, authorization: str | None) -> None:
    if not expected:
        raise APIError(403, "reindex_disabled", "reindexing and uploads are disabled: REPORTQA_ADMIN_TOKEN is not set on the server")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:  # the scheme is case-insensitive (RFC 7235)
        raise APIError(401, "unauthorized", "missing bearer token")
    # Constant time: how long a wrong token takes to refuse must not tell how much of it was right.
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise APIError(403, "forbidden", "wrong admin token")


def _sse(events: Iterator[str | AskResponse]) -> Iterator[str]:
    """Token events for the checked pieces of a model's answer, then the full ``/ask`` object.

    An answer that arrives whole (extractive, or the fallback when the model failed before
    writing anything usable) is streamed in small pieces first, so every stream starts with
    tokens; the final event's answer is the one to show.
    """
    streamed = False
    for event in events:
        if isinstance(event, AskResponse):
            if not streamed:
                for start in range(0, len(event.answer), 12):
                    yield _event("token", {"text": event.answer[start:start + 12]})
            yield f"event: final\ndata: {event.model_dump_json()}\n\n"
        else:
            streamed = True
            yield _event("token", {"text": event})


def _event(name: str, data: dict) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
