"""Read one report file into a :class:`Document` of visible text.

Every loader raises :class:`UnreadableFile` with a reason a person can act on; the corpus
scanner turns that into a ``failed`` entry and carries on with the other files.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import Callable

from reportqa.ingest.models import Document, Page

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
# Tags whose text a reader never sees as report content.
_INVISIBLE_TAGS = ("script", "style", "nav", "noscript", "template", "header", "footer", "svg", "head")
_MARKUP_LINE = re.compile(r"^\W*$")


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


def _load_text(data: bytes, path: Path) -> tuple[str, list[Page]]:
    text = decode_text(data)
    return _title_from(text, path.stem), [Page(None, text)]


def _load_html(data: bytes, path: Path) -> tuple[str, list[Page]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data), "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(_INVISIBLE_TAGS):
        tag.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    text = "\n".join(line for line in lines if line and not _MARKUP_LINE.match(line))
    return title or _title_from(text, path.stem), [Page(None, text)]


def _load_pdf(data: bytes, path: Path) -> tuple[str, list[Page]]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("encrypted PDF (password required)")
        pages = [Page(i, (page.extract_text() or "").strip()) for i, page in enumerate(reader.pages, start=1)]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except UnreadableFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise UnreadableFile(f"broken PDF: {exc.__class__.__name__}: {exc}"[:300]) from exc
    pages = [p for p in pages if p.text]
    if not pages:
        raise UnreadableFile("PDF has no extractable text (scanned images?)")
    return meta_title.strip() or _title_from(pages[0].text, path.stem), pages


_LOADERS: dict[str, Callable[[bytes, Path], tuple[str, list[Page]]]] = {
    ".txt": _load_text,
    ".md": _load_text,
    ".markdown": _load_text,
    ".html": _load_html,
    ".htm": _load_html,
    ".pdf": _load_pdf,
}


def load_document(path: Path, doc_id: str, data: bytes | None = None) -> Document:
    """Load ``path`` (or its already-read ``data``) as a :class:`Document`."""
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise UnreadableFile(f"unsupported file type {path.suffix or '(none)'}")
    if data is None:
        data = path.read_bytes()
    title, pages = loader(data, path)
    if not any(page.text.strip() for page in pages):
        raise UnreadableFile("no visible text")
    return Document(doc_id=doc_id, title=title, sha256=hashlib.sha256(data).hexdigest(), pages=tuple(pages))
