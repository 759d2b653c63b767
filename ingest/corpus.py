"""Find the report files under a corpus directory, safely, and fingerprint them."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import SUPPORTED_SUFFIXES, UnreadableFile, load_document
from reportqa.ingest.models import Chunk, Document, LoadFailure

MAX_FILE_BYTES = 20 * 1024 * 1024
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceFile:
    """A report file found in the corpus, identified by its relative path and content hash."""

    doc_id: str
    path: Path
    sha256: str


@dataclass
class CorpusScan:
    """What a corpus directory holds right now."""

    files: list[SourceFile] = field(default_factory=list)
    failed: list[LoadFailure] = field(default_factory=list)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_corpus(root: Path, max_bytes: int = MAX_FILE_BYTES) -> CorpusScan:
    """List supported files under ``root`` with their hashes.

    Links that lead outside the corpus, oversized files and unsupported types are
    reported under ``failed`` instead of read; hidden files and folders are ignored.
    """
    root = Path(root)
    scan = CorpusScan()
    if not root.is_dir():
        raise FileNotFoundError(f"corpus directory not found: {root}")
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            # Linked folders are not followed; say so instead of skipping them silently.
            dirnames.remove(name)
            link = Path(dirpath) / name
            reason = (
                _outside_problem(link, real_root) or "linked folder not followed (its reports would be indexed twice)"
            )
            scan.failed.append(LoadFailure(_printable(link, root) + "/", reason))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            doc_id = path.relative_to(root).as_posix()
            problem = _name_problem(doc_id) or _reject_reason(path, real_root, max_bytes)
            if problem:
                scan.failed.append(LoadFailure(_printable(path, root), problem))
                continue
            try:
                scan.files.append(SourceFile(doc_id, path, _sha256(path)))
            except OSError as exc:
                scan.failed.append(LoadFailure(doc_id, f"unreadable: {exc.strerror or exc}"))
    return scan


def _printable(path: Path, root: Path) -> str:
    """The corpus-relative name of ``path``, with bytes that are not UTF-8 shown as ``\\xNN`` escapes."""
    raw = os.fsencode(path.relative_to(root).as_posix())
    return raw.decode("utf-8", errors="backslashreplace")


def _name_problem(doc_id: str) -> str | None:
    # A name that is not UTF-8 (e.g. GBK from a Windows zip) cannot be written to the
    # UTF-8 manifest or a JSON response, and would fail the whole rebuild.
    try:
        doc_id.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8; rename the file"
    return None


def _outside_problem(path: Path, real_root: Path) -> str | None:
    """Why ``path`` must not be read because it leads nowhere or out of the corpus, if it does."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "broken link"
    return None if real.is_relative_to(real_root) else "link points outside the corpus"


def _reject_reason(path: Path, real_root: Path, max_bytes: int) -> str | None:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return f"unsupported file type {path.suffix or '(none)'}"
    problem = _outside_problem(path, real_root)
    if problem:
        return problem
    real = path.resolve()
    if not real.is_file():
        return "not a regular file"
    size = real.stat().st_size
    if size > max_bytes:
        return f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)"
    return None


def read_verified(source: SourceFile, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``source`` as the scan saw them; raises :class:`UnreadableFile` otherwise.

    The scan checked the path, but a link swapped in after it would be followed by a
    plain open (and could make the indexer read ``.env``): the file is opened without
    following links, must be a regular file within the size limit, and must still hash
    to what the scan recorded.
    """
    try:
        fd = os.open(source.path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise UnreadableFile(f"cannot open without following links: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not a regular file")
        if info.st_size > max_bytes:
            raise UnreadableFile(f"file too large ({info.st_size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
        data = handle.read(max_bytes + 1)
    if hashlib.sha256(data).hexdigest() != source.sha256:
        raise UnreadableFile("the file changed while the corpus was being indexed; it is read on the next rebuild")
    return data


def read_source(source: SourceFile) -> tuple[Document, list[Chunk]]:
    """Load and chunk one file; raises :class:`UnreadableFile` with the reason."""
    doc = load_document(source.path, source.doc_id, read_verified(source))
    for problem in doc.problems:  # e.g. a scanned page: the rest of the file is indexed
        log.warning("%s: %s", source.doc_id, problem)
    chunks = chunk_document(doc)
    if not chunks:
        raise UnreadableFile("no text to index")
    return doc, chunks
