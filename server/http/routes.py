"""The HTTP routes: web chat, ``/ask``, ``/ask/stream``, ``/health``, ``/reindex``, ``/documents``, ``/passages``,
``/figures``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from itertools import chain

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile  # what request.form() yields

from reportqa.index.builder import NothingToIndex
from reportqa.index.retriever import UnknownDocuments
from reportqa.server.answer.types import Answer
from reportqa.server.http.deps import AdminDep, ServiceDep
from reportqa.server.http.errors import APIError
from reportqa.server.http.schemas import (
    AskRequest,
    AskResponse,
    FigureRow,
    Figures,
    Health,
    PassageContext,
)
from reportqa.server.library import documents, figures

router = APIRouter()
STATIC = resources.files("reportqa.server.http").joinpath("static")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index_page() -> HTMLResponse:
    return HTMLResponse(STATIC.joinpath("index.html").read_text(encoding="utf-8"))


@router.get("/health", response_model=Health)
def health(service: ServiceDep) -> Health:
    return Health.model_validate(service.library.status())


@router.post("/ask", response_model=AskResponse, responses={400: {}, 413: {}, 422: {}})
def ask(body: AskRequest, service: ServiceDep) -> AskResponse:
    return AskResponse.from_answer(service.ask(body.question, body.turns(), body.top_k, body.documents))


@router.post("/ask/stream", responses={400: {}, 413: {}, 422: {}})
def ask_stream(body: AskRequest, service: ServiceDep) -> StreamingResponse:
    events = service.ask_stream(body.question, body.turns(), body.top_k, body.documents)
    # Retrieval runs before the first event: its errors still get a status code, not a broken stream.
    first = next(events)
    return StreamingResponse(
        _sse(chain([first], events)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.post("/reindex", dependencies=[AdminDep])
def reindex(service: ServiceDep) -> JSONResponse:
    try:
        return JSONResponse(service.library.reindex().to_dict())
    except NothingToIndex as exc:  # the old index keeps serving
        raise APIError(409, "nothing_to_index", str(exc)) from exc


@router.get("/documents", response_model=list[documents.Report])
def list_documents(service: ServiceDep) -> list[documents.Report]:
    return documents.list_documents(service.library.searcher())


@router.post("/documents", dependencies=[AdminDep], responses={401: {}, 403: {}, 409: {}, 413: {}, 422: {}})
async def upload_document(request: Request, service: ServiceDep) -> JSONResponse:
    """Add one report (multipart field ``file``) to the corpus and reindex.

    The token is checked (a dependency) before the body is parsed, so an unauthorised
    client cannot make the server spool a large upload.
    """
    form = await request.form(max_files=1)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise APIError(422, "invalid_request", "send the report as multipart form field 'file'")
    name = documents.safe_upload_name(upload.filename)
    data = await upload.read(documents.MAX_UPLOAD_BYTES + 1)
    if len(data) > documents.MAX_UPLOAD_BYTES:
        raise APIError(413, "file_too_large", f"file over {documents.MAX_UPLOAD_BYTES} bytes")
    result = await run_in_threadpool(documents.add_report, service.library, name, data)
    return JSONResponse(result)


@router.get("/documents/{name:path}/file", response_class=FileResponse, responses={404: {}})
def document_file(name: str, service: ServiceDep) -> FileResponse:
    """The report's original file: a PDF for the browser's viewer (``#page=N``), text and markup as plain text."""
    source = documents.source_file(service.library.searcher(), service.library.settings.corpus, name)
    headers = {"X-Content-Type-Options": "nosniff"}
    if source.media_type != "application/pdf":
        # Shown as text, and even a browser that sniffed it anyway would run nothing in it.
        headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return FileResponse(
        source.path,
        media_type=source.media_type,
        filename=source.name,
        content_disposition_type="inline" if source.inline else "attachment",
        headers=headers,
    )


@router.get("/figures", response_model=Figures, responses={422: {}})
def list_figures(
    service: ServiceDep,
    doc: str = Query("", max_length=1000, description="one report, as GET /documents names it"),
    metric: str = Query("", max_length=40, description="one of " + ", ".join(figures.METRICS)),
    year: int | None = Query(None, ge=1900, le=2100, description="figures of this year or of a span holding it"),
    q: str = Query("", max_length=200, description="words of the subject, report title or figure"),
) -> Figures:
    """The figures the reports state, as extracted at ingest, with their citations."""
    if metric and metric not in figures.METRICS:
        raise APIError(422, "unknown_metric", f"unknown metric {metric!r}; use one of {', '.join(figures.METRICS)}")
    searcher = service.library.searcher()
    if doc and doc not in searcher.data.manifest.files:
        raise UnknownDocuments([doc])
    wanted = figures.FigureFilter(doc=doc, metric=metric, year=year, q=q.strip())
    return Figures(figures=[FigureRow.from_figure(f) for f in figures.list_figures(searcher, wanted)])


@router.get("/passages/{chunk_id:path}/context", response_model=PassageContext)
def passage_context(
    chunk_id: str, service: ServiceDep, radius: int = Query(1, ge=1, le=documents.MAX_CONTEXT)
) -> PassageContext:
    near = documents.passage_context(service.library.searcher(), chunk_id, radius)
    return PassageContext.from_neighbourhood(near)


def _sse(events: Iterator[str | Answer]) -> Iterator[str]:
    """Token events for the checked pieces of a model's answer, then the full ``/ask`` object.

    An answer that arrives whole (extractive, or the fallback when the model failed before
    writing anything usable) is streamed in small pieces first, so every stream starts with
    tokens; the final event's answer is the one to show.
    """
    streamed = False
    for event in events:
        if isinstance(event, Answer):
            if not streamed:
                for start in range(0, len(event.text), 12):
                    yield _event("token", {"text": event.text[start : start + 12]})
            yield f"event: final\ndata: {AskResponse.from_answer(event).model_dump_json()}\n\n"
        else:
            streamed = True
            yield _event("token", {"text": event})


def _event(name: str, data: dict) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
