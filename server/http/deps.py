"""Typed dependencies of the routes: the service the app runs, and the admin check."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from reportqa.server.http.errors import APIError
from reportqa.server.service import QAService


def get_service(request: Request) -> QAService:
    """The service created at start-up (see :func:`reportqa.server.http.app.create_app`)."""
    return request.app.state.service


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Let the request through only with ``Authorization: Bearer <admin token>`` of the app's settings."""
    expected = request.app.state.settings.admin_token
    if not expected:
        raise APIError(
            403,
            "reindex_disabled",
            "reindexing and uploads are disabled: REPORTQA_ADMIN_TOKEN is not set on the server",
        )
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:  # the scheme is case-insensitive (RFC 7235)
        raise APIError(401, "unauthorized", "missing bearer token")
    # Constant time: how long a wrong token takes to refuse must not tell how much of it was right.
    if not hmac.compare_digest(token.strip().encode(), expected.get_secret_value().encode()):
        raise APIError(403, "forbidden", "wrong admin token")


ServiceDep = Annotated[QAService, Depends(get_service)]
AdminDep = Depends(require_admin)
