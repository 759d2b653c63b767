"""The documents panel's back end: what is indexed, passage context, and report uploads.

Failures raise :class:`DocumentError` with a stable code; the HTTP layer turns the
code into a status.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from reportqa.index.builder import NothingToIndex
from reportqa.index.retriever import HybridSearcher
from reportqa.ingest.corpus import MAX_FILE_BYTES
from reportqa.ingest.models import Chunk
from reportqa.server.library.library import Library

# The suffixes an analyst may upload; ".markdown" is readable by the loaders but not offered.
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_UPLOAD_BYTES = MAX_FILE_BYTES  # the same limit the corpus scan applies, so an accepted upload is indexable
MAX_CONTEXT = 5  # neighbouring chunks on each side a client may ask for
MAX_NAME_BYTES = 255  # the longest file name Linux and macOS file systems store


class DocumentError(Exception):
    """A request about documents that cannot be served; ``code`` says which rule it broke."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Report:
    """One indexed report, as the documents panel lists it."""

    file: str  # path in the corpus, the report's id
    title: str
    lang: str  # "zh", "en" or "en+zh"
    chunks: int
    added: str  # ISO time this content was first indexed


@dataclass(frozen=True)
class SourceFile:
    """An indexed report's original file, and how a browser may be given it."""

    path: Path
    name: str  # its base name, for Content-Disposition
    media_type: str
    inline: bool  # shown in the browser (PDFs in its viewer, text files as plain text) or downloaded


# What a browser is sent for each readable type: PDFs open in its own viewer; markup and text
# go as plain text, so a report's HTML (scripts included) is shown as source, never run.
_SOURCE_TYPES = {
    ".pdf": ("application/pdf", True),
    ".txt": ("text/plain; charset=utf-8", True),
    ".md": ("text/plain; charset=utf-8", True),
    ".markdown": ("text/plain; charset=utf-8", True),
    ".html": ("text/plain; charset=utf-8", True),
    ".htm": ("text/plain; charset=utf-8", True),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", False),
}


@dataclass(frozen=True)
class Neighbourhood:
    """A passage with its neighbouring passages of the same report, in reading order."""

    before: list[Chunk]
    passage: Chunk
    after: list[Chunk]


def list_documents(searcher: HybridSearcher) -> list[Report]:
    """The reports in the served index version, newest first."""
    files = searcher.data.manifest.files
    docs = [Report(file=name, title=e.title, lang=e.lang, chunks=e.chunks, added=e.added) for name, e in files.items()]
    return sorted(docs, key=lambda d: (d.added, d.file), reverse=True)


def passage_context(searcher: HybridSearcher, chunk_id: str, radius: int) -> Neighbourhood:
    """The chunk ``chunk_id`` with up to ``radius`` neighbours of the same document on each side.

    Chunks of one document are stored contiguously and in reading order, so neighbours
    in the list are neighbours in the report.
    """
    chunks = searcher.data.chunks
    pos = next((i for i, c in enumerate(chunks) if c.id == chunk_id), None)
    if pos is None:
        raise DocumentError("passage_not_found", f"no passage {chunk_id!r} in the current index")
    doc = chunks[pos].doc_id
    start, end = pos, pos
    while start > 0 and pos - start < radius and chunks[start - 1].doc_id == doc:
        start -= 1
    while end + 1 < len(chunks) and end - pos < radius and chunks[end + 1].doc_id == doc:
        end += 1
    return Neighbourhood(before=chunks[start:pos], passage=chunks[pos], after=chunks[pos + 1 : end + 1])


def source_file(searcher: HybridSearcher, corpus: Path, name: str) -> SourceFile:
    """The original file of the indexed report ``name`` (as ``GET /documents`` lists it).

    Only names the served index holds are served, so no path a client makes up ("../..",
    an absolute path, a file next to the corpus) is ever opened; the file must still be a
    regular file inside the corpus, not a link that points out of it.
    """
    if name not in searcher.data.manifest.files:
        raise DocumentError("document_not_found", f"no report {name!r} in the current index")
    root = Path(corpus).resolve()
    path = root / name
    if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(root):
        raise DocumentError("document_not_found", f"the file of {name!r} is no longer in the corpus")
    media_type, inline = _SOURCE_TYPES.get(path.suffix.lower(), ("application/octet-stream", False))
    return SourceFile(path=path, name=path.name, media_type=media_type, inline=inline)


def safe_upload_name(raw: str | None) -> str:
    """The base name of an uploaded file; raises :class:`DocumentError` when it is empty, hidden,
    too long for the file system or of a type we do not read.

    Browsers may send a full client path (``C:\\Users\\...``), so both separators are stripped.
    """
    name = PureWindowsPath(PurePosixPath(raw or "").name).name.strip()
    if not name or name.startswith(".") or "\x00" in name:
        raise DocumentError("bad_file_name", f"not a usable file name: {raw!r}")
    if len(os.fsencode(name)) > MAX_NAME_BYTES:
        raise DocumentError(
            "file_name_too_long", f"file name over {MAX_NAME_BYTES} bytes ({len(os.fsencode(name))}); shorten it"
        )
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise DocumentError(
            "unsupported_file_type",
            f"file type {suffix or '(none)'} not accepted; use one of {', '.join(UPLOAD_SUFFIXES)}",
        )
    return name


def store_upload(corpus: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``corpus/name`` atomically; refuse to replace an existing report.

    The bytes go to a short hidden temporary name (a concurrent corpus scan ignores it, and
    a long report title still fits the file system's name limit); a hard link then makes
    the complete file appear at once, and fails if the name exists, so two uploads of one
    name cannot overwrite each other.
    """
    target = Path(corpus) / name
    tmp = Path(corpus) / f".upload-{secrets.token_hex(8)}"
    try:
        with tmp.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, target)
    except FileExistsError as exc:
        raise DocumentError(
            "file_exists", f"a report named {name!r} is already in the corpus; rename the file"
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


def add_report(library: Library, name: str, data: bytes) -> dict:
    """Store an uploaded report and reindex; the file is removed again if it cannot be indexed.

    Success is the served index holding ``name`` with these very bytes, whichever rebuild
    indexed them (this one, or one that ran first). Keeping an unreadable upload would
    make every later rebuild report the same failure. Raises ``RebuildRunning`` before
    storing anything when a rebuild is already running.
    """
    digest = hashlib.sha256(data).hexdigest()
    with library.rebuilding():
        path = store_upload(library.settings.corpus, name, data)
        try:
            report = library.reindex()
        except NothingToIndex as exc:  # the upload was the only candidate, and it is unreadable
            path.unlink(missing_ok=True)
            raise DocumentError("unreadable_file", f"{name}: {exc}") from exc
        except Exception:
            path.unlink(missing_ok=True)
            raise
        entry = library.searcher().data.manifest.files.get(name)
        if entry is not None and entry.sha256 == digest:
            return {
                "file": name,
                "status": "added",
                "title": entry.title,
                "chunks": entry.chunks,
                "index_version": library.searcher().data.manifest.version,
            }
        path.unlink(missing_ok=True)
    failure = next((f for f in report.failed if f["file"] == name), None)
    reason = failure["reason"] if failure else "the file produced no text"
    raise DocumentError("unreadable_file", f"{name}: {reason}")
