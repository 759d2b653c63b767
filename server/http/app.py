"""The FastAPI application: its start-up, middleware and error handlers; the routes are in ``routes``."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reportqa.server.http import errors
from reportqa.server.http.errors import error_response
from reportqa.server.http.routes import STATIC, router
from reportqa.server.library import documents
from reportqa.server.library.watch import watch_corpus
from reportqa.server.service import QAService
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


def create_app(settings: Settings, service: QAService | None = None, watch: bool = False) -> FastAPI:
    """Build the app; the service (model + index) is created at start-up unless given.

    With ``watch``, a background thread rebuilds the index when corpus files change.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        qa = service or QAService(settings)
        await run_in_threadpool(qa.library.ensure_index)
        await run_in_threadpool(qa.library.searcher)
        app.state.service = qa
        stop = threading.Event()
        if watch:
            threading.Thread(target=watch_corpus, args=(qa.library, stop), daemon=True, name="corpus-watch").start()
        yield
        stop.set()

    app = FastAPI(title="reportqa", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    errors.install(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(BodyLimit)
    # A web page on another name that resolves to this machine (DNS rebinding) must not
    # read the reports: only the names the server is meant to be reached by are answered.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)

    @app.middleware("http")
    async def access_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        log.info(
            "%s %s %d %.1fms",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response

    app.include_router(router)
    return app
