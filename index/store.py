"""The on-disk index: FAISS vectors, chunk records and a manifest, in versioned folders.

Layout of an index directory::

    CURRENT                   name of the version being served (replaced atomically)
    versions/<version>/       manifest.json, chunks.jsonl, vectors.faiss
    .lock                     held while a rebuild writes

A version folder is complete before ``CURRENT`` names it, so a reader never sees half an
index and a rebuild that dies leaves the previous version serving. A dense engine other
than FAISS (:mod:`reportqa.index.vectorstores`) gets the version's vectors at the same
point, before the switch, and loses them when the version is pruned. ``vectors.faiss``
is written whatever the engine: incremental rebuilds reuse unchanged files' vectors from
it without a round trip to the engine, and it lets the engine be switched back or
republished without embedding the corpus again.

A version is loaded lean: ``vectors.faiss`` is memory-mapped (the kernel's page cache
holds it once, however many versions a process has open), and the keyword index is
built from ``tokens.jsonl`` without keeping the token lists. A new version is written
from the previous one without re-serialising what it keeps: its chunk and token lines
are copied as stored and its vectors streamed from the mapped file, so a rebuild that
adds one report to 40k chunks neither parses nor holds a second copy of the rest. The
files keep their format, so older code reads versions written this way and the other way round.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING

import faiss
import numpy as np

from reportqa.index.keyword import KeywordIndex, tokenize_chunks
from reportqa.ingest.models import Chunk

if TYPE_CHECKING:
    from reportqa.index.vectorstores import DenseEngine

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
CHUNKS = "chunks.jsonl"
VECTORS = "vectors.faiss"
TOKENS = "tokens.jsonl"
KEEP_VERSIONS = 2
VECTOR_BLOCK = 8192  # most rows written at once when a new version copies the vectors it keeps
# Bump when what is stored per chunk changes for an unchanged file: a rebuild then
# re-reads and re-embeds every file instead of mixing chunks and vectors made the old way.
# 1: before the manifest recorded it; 2: simplified Chinese kept as written (no Taiwan
# phrase mapping); 3: the title's head in the model's title slot (embedding_title);
# 4: each chunk carries its report's bracketed names in both scripts (ingest/aliases.py);
# 5: a PDF heading spanning unruled columns heads each of them (two-row headers).
TEXT_FORMAT = 5


class IndexNotFound(FileNotFoundError):
    """The directory holds no complete index."""


@dataclass
class FileEntry:
    """What the manifest records of one indexed report."""

    sha256: str
    title: str
    lang: str
    chunks: int
    added: str  # ISO time the file (this content) was first indexed


@dataclass
class Manifest:
    version: str
    created: str
    model: str
    dimension: int
    chunk_count: int
    files: dict[str, FileEntry] = field(default_factory=dict)
    last_result: dict = field(default_factory=dict)
    text_format: int = TEXT_FORMAT

    @classmethod
    def from_dict(cls, data: dict) -> Manifest:
        files = {k: FileEntry(**v) for k, v in data.pop("files", {}).items()}
        data.setdefault("text_format", 1)  # written before the field existed
        return cls(files=files, **data)


@dataclass
class IndexData:
    """A loaded index version: everything a searcher needs."""

    manifest: Manifest
    chunks: list[Chunk]
    vectors: faiss.Index  # memory-mapped from the version's file when loaded from disk
    keywords: KeywordIndex
    folder: Path | None = None  # the version's folder; None for an index that lives in memory only

    def stored_vectors(self) -> np.ndarray:
        """The vectors as an ``(n, dimension)`` array over FAISS's own storage (no copy)."""
        n, dimension = self.vectors.ntotal, self.vectors.d
        if not n:
            return np.zeros((0, dimension), dtype=np.float32)
        # Every version's vectors are an IndexFlat, whose rows lie in one block.
        xb = self.vectors.get_xb()  # type: ignore[attr-defined]
        return faiss.rev_swig_ptr(xb, n * dimension).reshape(n, dimension)


@dataclass
class NewVersion:
    """What a rebuild writes: ``previous``'s rows at ``kept`` (ascending), then the ``fresh`` chunks."""

    manifest: Manifest
    previous: IndexData | None
    kept: np.ndarray
    fresh: list[Chunk]
    fresh_vectors: np.ndarray
    fresh_tokens: list[list[str]]


# Where a title's short form ends: a subtitle, a bracketed scope, "... by Service Type".
_TITLE_END = re.compile(r"\s[—–-]\s|[:：(（|]|\sby\s")


def title_head(title: str) -> str:
    """The title up to its subtitle or bracketed scope, at most 60 characters."""
    head = _TITLE_END.split(title, maxsplit=1)[0].strip()
    return (head or title.strip())[:60]


def embedding_title(chunk: Chunk) -> str:
    """The title a chunk is embedded under: its document title's head (:func:`title_head`)."""
    return title_head(chunk.title)


def embedding_text(chunk: Chunk) -> str:
    """The text that is embedded for a chunk, under :func:`embedding_title`: its section, then its text.

    The title goes into the model's title slot (``title: … | text: …``,
    :func:`reportqa.index.embeddings.document_inputs`). The full title as a first line cost
    ~36 of ~122 tokens a chunk; its head in the slot, ~6 of ~92, with the same or better
    scores on every set measured (docs/retrieval.md, "What a chunk is embedded with").
    """
    return f"{chunk.section}\n{chunk.search_text}"


def new_faiss_index(vectors: np.ndarray, dimension: int) -> faiss.Index:
    """Inner product over unit vectors, i.e. cosine similarity."""
    index = faiss.IndexFlatIP(dimension)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def current_version(index_dir: Path) -> str | None:
    """The served version's name, or ``None`` if nothing complete has been written."""
    pointer = Path(index_dir) / "CURRENT"
    try:
        version = pointer.read_text().strip()
    except FileNotFoundError:
        return None
    return version if (Path(index_dir) / "versions" / version / MANIFEST).is_file() else None


def load_index(index_dir: Path) -> IndexData:
    """Load the version that ``CURRENT`` names."""
    version = current_version(index_dir)
    if version is None:
        raise IndexNotFound(f"no index in {index_dir}; run `reportqa ingest` first")
    folder = Path(index_dir) / "versions" / version
    manifest = Manifest.from_dict(json.loads((folder / MANIFEST).read_text()))
    with (folder / CHUNKS).open(encoding="utf-8") as handle:
        chunks = [Chunk.from_dict(json.loads(line)) for line in handle]
    tokens = None
    if (folder / TOKENS).is_file():  # absent in indexes written before tokens were stored
        with (folder / TOKENS).open(encoding="utf-8") as handle:
            tokens = [json.loads(line) for line in handle]
    if tokens is None or len(tokens) != len(chunks):
        tokens = tokenize_chunks(chunks)
    return IndexData(manifest, chunks, read_vectors(folder / VECTORS), KeywordIndex.from_tokens(tokens), folder)


def read_vectors(path: Path) -> faiss.Index:
    """A version's FAISS file, memory-mapped: loading costs no copy, and pages are shared and reclaimable."""
    return faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC)


def write_vectors(path: Path, dimension: int, rows: int, blocks: Iterable[np.ndarray]) -> None:
    """Write ``rows`` vectors, given as ``blocks`` of rows, as the ``IndexFlatIP`` file ``faiss.write_index`` writes.

    The header is FAISS's own (taken from an empty index, with the row count patched in),
    so the file reads back with ``faiss.read_index``; the blocks are streamed, so no
    single array of all vectors is ever built.
    """
    empty = bytes(faiss.serialize_index(faiss.IndexFlatIP(dimension)))
    # Layout: fourcc, dimension (int32), row count (int64), …, float count (uint64), floats.
    header = empty[:8] + struct.pack("<q", rows) + empty[16:-8] + struct.pack("<Q", rows * dimension)
    written = 0
    with path.open("wb") as handle:
        handle.write(header)
        for block in blocks:
            if len(block):  # a view of the rows, written without a copy
                handle.write(np.ascontiguousarray(block, dtype=np.float32).data)
            written += len(block)
    if written != rows:
        raise ValueError(f"{path}: {written} vectors written where the header says {rows}")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_index(index_dir: Path, version: NewVersion, engine: DenseEngine | None = None) -> IndexData:
    """Write ``version`` as a new version folder, point ``CURRENT`` at it atomically, and return it loaded.

    ``engine``, when given, publishes the version's vectors before the switch and drops
    the pruned versions' after it.
    """
    index_dir = Path(index_dir)
    versions = index_dir / "versions"
    name = version.manifest.version
    staging = versions / f".{name}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    previous, kept = version.previous, version.kept
    kept_chunks = [previous.chunks[p] for p in kept] if previous is not None else []
    with (staging / CHUNKS).open("wb") as handle:
        _write_kept(previous, CHUNKS, kept, handle, lambda: (c.to_dict() for c in kept_chunks))
        handle.writelines(_json_line(chunk.to_dict()) for chunk in version.fresh)
    with (staging / TOKENS).open("wb") as handle:
        # A version written before tokens were stored has none to copy: tokenise its kept chunks once, here.
        _write_kept(previous, TOKENS, kept, handle, lambda: tokenize_chunks(kept_chunks))
        handle.writelines(_json_line(tokens) for tokens in version.fresh_tokens)
    old_vectors = previous.stored_vectors() if previous is not None else np.zeros((0, version.manifest.dimension))
    write_vectors(
        staging / VECTORS,
        version.manifest.dimension,
        len(kept) + len(version.fresh_vectors),
        chain(_row_blocks(old_vectors, kept), [version.fresh_vectors]),
    )
    (staging / MANIFEST).write_text(json.dumps(asdict(version.manifest), ensure_ascii=False, indent=1))
    for file in (CHUNKS, TOKENS, VECTORS, MANIFEST):
        with open(staging / file, "rb") as handle:
            os.fsync(handle.fileno())
    final = versions / name
    keywords = (
        previous.keywords.extended(kept, version.fresh_tokens)
        if previous is not None
        else KeywordIndex.from_tokens(version.fresh_tokens)
    )
    # The mapping follows the file through the rename below.
    data = IndexData(version.manifest, kept_chunks + version.fresh, read_vectors(staging / VECTORS), keywords, final)
    if engine:
        engine.publish(data)
    staging.rename(final)
    pointer_tmp = index_dir / "CURRENT.tmp"
    pointer_tmp.write_text(name)
    with open(pointer_tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(pointer_tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    pruned = _prune(versions, keep=name)
    if engine and pruned:
        try:
            engine.drop(pruned)
        except Exception:  # like the folders' removal, pruning is best effort: the new version is served
            log.exception("could not drop pruned index versions %s from the vector store", pruned)
    return data


def _json_line(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")


def _write_kept(
    previous: IndexData | None, name: str, kept: np.ndarray, out: IO[bytes], rows: Callable[[], Iterable[object]]
) -> None:
    """Write the rows of ``previous``'s file ``name`` at ``kept`` (ascending): copied as stored, or
    from ``rows()`` when that file is missing or does not hold the version's rows line for line."""
    if previous is None:
        return
    start = out.tell()
    if not _copy_rows(previous, name, kept, out):
        out.seek(start)
        out.truncate()
        out.writelines(_json_line(row) for row in rows())


def _copy_rows(previous: IndexData, name: str, kept: np.ndarray, out: IO[bytes]) -> bool:
    """Copy the lines at ``kept`` of ``previous``'s file ``name`` to ``out``; False (``out`` partly written) if not."""
    source = previous.folder / name if previous.folder else None
    if source is None or not source.is_file():
        return False
    wanted = np.zeros(len(previous.chunks), dtype=bool)
    wanted[kept] = True
    count = copied = 0
    with source.open("rb") as handle:
        for line in handle:
            if count < len(wanted) and wanted[count]:
                out.write(line)
                copied += 1
            count += 1
    return count == len(wanted) and copied == len(kept)


def _row_blocks(vectors: np.ndarray, kept: np.ndarray) -> Iterator[np.ndarray]:
    """The rows of ``vectors`` at ``kept`` (ascending) as views of runs of consecutive rows, none copied."""
    for run in np.split(kept, np.flatnonzero(np.diff(kept) != 1) + 1):
        for i in range(0, len(run), VECTOR_BLOCK):
            yield vectors[run[i] : run[i] + len(run[i : i + VECTOR_BLOCK])]


def _prune(versions: Path, keep: str) -> list[str]:
    """Delete old versions and leftovers of crashed rebuilds, keeping the newest few; their names."""
    complete = sorted((p for p in versions.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    stale = [p for p in complete if p.name != keep][: max(0, len(complete) - KEEP_VERSIONS)]
    stale += [p for p in versions.iterdir() if p.name.startswith(".") and p.name.endswith(".partial")]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return [path.name.removeprefix(".").removesuffix(".partial") for path in stale]
