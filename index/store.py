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
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import faiss
import numpy as np

from reportqa.ingest.models import Chunk

if TYPE_CHECKING:
    from reportqa.index.vectorstores import DenseEngine

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
CHUNKS = "chunks.jsonl"
VECTORS = "vectors.faiss"
TOKENS = "tokens.jsonl"
KEEP_VERSIONS = 2
# Bump when what is stored per chunk changes for an unchanged file: a rebuild then
# re-reads and re-embeds every file instead of mixing chunks and vectors made the old way.
# 1: before the manifest recorded it; 2: simplified Chinese kept as written (no Taiwan
# phrase mapping); 3: the title's head in the model's title slot (embedding_title).
TEXT_FORMAT = 3


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
    """A loaded index version: everything a searcher needs, held in memory."""

    manifest: Manifest
    chunks: list[Chunk]
    vectors: faiss.Index
    # Keyword tokens per chunk, computed once at build time: tokenising 10k chunks with
    # jieba takes seconds, which a server would otherwise spend on every version it loads.
    tokens: list[list[str]] | None = None

    def vectors_of(self, positions: list[int]) -> np.ndarray:
        """The stored vectors of the chunks at ``positions`` (reused by incremental rebuilds)."""
        if not positions:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        return np.vstack([self.vectors.reconstruct(int(i)) for i in positions])


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
    vectors = faiss.read_index(str(folder / VECTORS))
    tokens = None
    if (folder / TOKENS).is_file():  # absent in indexes written before tokens were stored
        with (folder / TOKENS).open(encoding="utf-8") as handle:
            tokens = [json.loads(line) for line in handle]
    return IndexData(manifest, chunks, vectors, tokens if tokens and len(tokens) == len(chunks) else None)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_index(index_dir: Path, data: IndexData, engine: DenseEngine | None = None) -> None:
    """Write ``data`` as a new version folder, then point ``CURRENT`` at it atomically.

    ``engine``, when given, publishes the version's vectors before the switch and drops
    the pruned versions' after it.
    """
    index_dir = Path(index_dir)
    versions = index_dir / "versions"
    staging = versions / f".{data.manifest.version}.partial"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    with (staging / CHUNKS).open("w", encoding="utf-8") as handle:
        for chunk in data.chunks:
            handle.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
    faiss.write_index(data.vectors, str(staging / VECTORS))
    names = [CHUNKS, VECTORS, MANIFEST]
    if data.tokens is not None:
        with (staging / TOKENS).open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(tokens, ensure_ascii=False) + "\n" for tokens in data.tokens)
        names.append(TOKENS)
    (staging / MANIFEST).write_text(json.dumps(asdict(data.manifest), ensure_ascii=False, indent=1))
    for name in names:
        with open(staging / name, "rb") as handle:
            os.fsync(handle.fileno())
    if engine:
        engine.publish(data)
    final = versions / data.manifest.version
    staging.rename(final)
    pointer_tmp = index_dir / "CURRENT.tmp"
    pointer_tmp.write_text(data.manifest.version)
    with open(pointer_tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(pointer_tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    pruned = _prune(versions, keep=data.manifest.version)
    if engine and pruned:
        try:
            engine.drop(pruned)
        except Exception:  # like the folders' removal, pruning is best effort: the new version is served
            log.exception("could not drop pruned index versions %s from the vector store", pruned)


def _prune(versions: Path, keep: str) -> list[str]:
    """Delete old versions and leftovers of crashed rebuilds, keeping the newest few; their names."""
    complete = sorted((p for p in versions.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    stale = [p for p in complete if p.name != keep][: max(0, len(complete) - KEEP_VERSIONS)]
    stale += [p for p in versions.iterdir() if p.name.startswith(".") and p.name.endswith(".partial")]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return [path.name.removeprefix(".").removesuffix(".partial") for path in stale]
