"""Read one report file into a :class:`Document` of visible text.

Every loader raises :class:`UnreadableFile` with a reason a person can act on; the corpus
scanner turns that into a ``failed`` entry and carries on with the other files.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportqa.ingest.docx import read_docx
from reportqa.ingest.html import html_to_text
from reportqa.ingest.models import Document, Page
from reportqa.ingest.pdf import PdfProblem, read_pdf

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
# Titles that PDF writers fill in when the author gave none (reportlab says "untitled").
_PLACEHOLDER_TITLES = ("untitled", "anonymous", "")


class UnreadableFile(ValueError):
    """The file exists but holds no usable report text."""


def decode_text(data: bytes) -> str:
    """Decode report bytes: UTF-8 (with or without BOM), else the best CJK/legacy guess.

    Chinese reports still arrive as GBK or Big5; charset-normalizer picks among them.
    Binary data is refused rather than decoded into mojibake.
    """
    if not data.strip():
        raise UnreadableFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise UnreadableFile("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000], cp_isolation=["gb18030", "big5", "utf_8", "cp1252", "latin_1"]).best()
    if best is None or best.chaos > 0.3:
        raise UnreadableFile("not decodable as text (unknown or binary encoding)")
    return data.decode(best.encoding, errors="replace")


def _title_from(text: str, fallback: str) -> str:
    # The first substantial line that is not a sentence: short banner lines such as
    # "市场调查报告书" or a product code come before the real title in exported reports.
    for line in text.splitlines()[:40]:
        line = line.strip().strip("#|*=_ ").strip()
        if len(line) >= 10 and not line.startswith("![") and not line.endswith(("。", ".")):
            return line[:200]
    return fallback


@dataclass(frozen=True)
class _Loaded:
    """What a format loader returns: title, pages of markdown-structured text, problems."""

    title: str
    pages: list[Page]
    problems: tuple[str, ...] = ()


def _load_text(data: bytes, path: Path) -> _Loaded:
    text = decode_text(data)
    return _Loaded(_title_from(text, path.stem), [Page(None, text)])


def _load_html(data: bytes, path: Path) -> _Loaded:
    title, text = html_to_text(decode_text(data))
    return _Loaded(title or _title_from(text, path.stem), [Page(None, text)])


def _load_pdf(data: bytes, path: Path) -> _Loaded:
    try:
        pdf = read_pdf(data)
    except PdfProblem as exc:
        raise UnreadableFile(str(exc)) from exc
    title = pdf.title if pdf.title.lower() not in _PLACEHOLDER_TITLES else ""
    return _Loaded(title or _title_from(pdf.pages[0].text, path.stem), pdf.pages, tuple(pdf.problems))


def _load_docx(data: bytes, path: Path) -> _Loaded:
    try:
        title, text = read_docx(data)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFile(f"broken Word file: {exc.__class__.__name__}: {exc}"[:300]) from exc
    return _Loaded(title or _title_from(text, path.stem), [Page(None, text)])


_LOADERS: dict[str, Callable[[bytes, Path], _Loaded]] = {
    ".txt": _load_text,
    ".md": _load_text,
    ".markdown": _load_text,
    ".html": _load_html,
    ".htm": _load_html,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
}


def load_document(path: Path, doc_id: str, data: bytes | None = None) -> Document:
    """Load ``path`` (or its already-read ``data``) as a :class:`Document`."""
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise UnreadableFile(f"unsupported file type {path.suffix or '(none)'}")
    if data is None:
        data = path.read_bytes()
    loaded = loader(data, path)
    if not any(page.text.strip() for page in loaded.pages):
        raise UnreadableFile("no visible text")
    return Document(
        doc_id=doc_id,
        title=loaded.title,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=tuple(loaded.pages),
        problems=loaded.problems,
    )
