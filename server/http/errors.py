"""Every error leaves as ``{"error": {"code", "message"}}`` with a 4xx status."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from reportqa.index.builder import RebuildRunning
from reportqa.index.retriever import UnknownDocuments
from reportqa.server.library.documents import DocumentError

log = logging.getLogger(__name__)


class APIError(Exception):
    """An error with a stable machine-readable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    """The contract's error body with ``status``."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _describe(errors: list[dict]) -> str:
    parts = []
    for err in errors[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    kinds = {e.get("type") for e in errors}
    if "json_invalid" in kinds:
        return error_response(400, "malformed_json", "request body is not valid JSON")
    if any(e.get("type") == "string_too_long" and tuple(e.get("loc", ()))[-1:] == ("question",) for e in errors):
        return error_response(413, "question_too_long", _describe(errors))
    return error_response(422, "invalid_request", _describe(errors))


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = {
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
        413: "body_too_large",
    }.get(exc.status_code, "http_error")
    return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))


async def _api(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, APIError)
    return error_response(exc.status, exc.code, exc.message)


# The status of each documents rule a request can break.
_DOCUMENT_STATUS = {"passage_not_found": 404, "document_not_found": 404, "file_exists": 409, "file_too_large": 413}


async def _document(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DocumentError)
    return error_response(_DOCUMENT_STATUS.get(exc.code, 422), exc.code, exc.message)


async def _rebuild_running(request: Request, exc: Exception) -> JSONResponse:
    return error_response(409, "rebuild_running", str(exc))


async def _unknown_documents(request: Request, exc: Exception) -> JSONResponse:
    return error_response(422, "unknown_documents", str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Last line of defence: log the bug, answer with the contract's error shape.
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "internal_error", "internal error; the request was not processed")


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(APIError, _api)
    app.add_exception_handler(DocumentError, _document)
    app.add_exception_handler(RebuildRunning, _rebuild_running)
    app.add_exception_handler(UnknownDocuments, _unknown_documents)
    app.add_exception_handler(Exception, _unexpected)
