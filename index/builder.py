"""Build or update an index from a corpus directory, incrementally and atomically."""

from __future__ import annotations

import fcntl
import logging
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from tqdm import tqdm

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.index.keyword import tokenize_chunks
from reportqa.index.store import (
    TEXT_FORMAT,
    FileEntry,
    IndexData,
    IndexNotFound,
    Manifest,
    NewVersion,
    current_version,
    embedding_text,
    load_index,
    write_index,
)
from reportqa.index.vectorstores import FAISS, VectorStoreConfig, dense_engine
from reportqa.ingest.corpus import CorpusScan, scan_corpus
from reportqa.ingest.loaders import UnreadableFile
from reportqa.ingest.models import Chunk, LoadFailure
from reportqa.ingest.sandbox import IsolatedReader, Limits

log = logging.getLogger(__name__)


class NothingToIndex(RuntimeError):
    """No file of the corpus could be indexed, so no usable index can be written."""


class RebuildRunning(RuntimeError):
    """Another rebuild of the same index is in progress (asked not to wait for it)."""


@dataclass
class BuildReport:
    """What a rebuild did, file by file (the ``/reindex`` response body)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[dict] = field(default_factory=list)
    # Parts of indexed files that could not be read, e.g. a scanned page: {"file", "problem"}.
    warnings: list[dict] = field(default_factory=list)
    index_version: str = ""
    # Where the time went (read_s, embed_s, write_s) and how much was new (chars, chunks).
    stats: dict = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def to_dict(self) -> dict:
        return asdict(self)


def utc_now() -> str:
    """The current UTC time as the ISO string the manifest and ``/health`` record."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _new_version() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)


@contextmanager
def rebuild_lock(index_dir: Path, wait: bool = True) -> Iterator[None]:
    """Serialise rebuilds of one index directory, across threads and processes.

    Without ``wait``, raise :class:`RebuildRunning` at once when another rebuild holds it.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise RebuildRunning("another rebuild of this index is running; try again when it has finished") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _previous(index_dir: Path, model_name: str, served: IndexData | None) -> IndexData | None:
    """The current version: ``served`` when it is that version (a server's, already loaded), else loaded."""
    if served is not None and served.folder is not None and served.manifest.version == current_version(index_dir):
        old = served
    else:
        try:
            old = load_index(index_dir)
        except IndexNotFound:
            return None
    # Vectors of another model live in another space, and chunks of another text format
    # read differently: nothing can be reused.
    same = old.manifest.model == model_name and old.manifest.text_format == TEXT_FORMAT
    return old if same else None


@dataclass
class _Reading:
    """The corpus as the new version will hold it: the old positions of kept chunks, and fresh chunks."""

    files: dict[str, FileEntry] = field(default_factory=dict)
    kept_positions: list[int] = field(default_factory=list)
    fresh: list[Chunk] = field(default_factory=list)


def _read_corpus(
    scan: CorpusScan, old: IndexData | None, report: BuildReport, progress: bool, limits: Limits | None
) -> _Reading:
    """Reuse the chunks of unchanged files and read the added or changed ones, noting each in ``report``.

    Files are parsed in a worker process under ``limits`` (see :mod:`reportqa.ingest.sandbox`).
    """
    old_files = old.manifest.files if old else {}
    old_positions: dict[str, list[int]] = {}
    for pos, chunk in enumerate(old.chunks if old else []):
        old_positions.setdefault(chunk.doc_id, []).append(pos)
    reading = _Reading()
    with IsolatedReader(limits) as reader:
        for source in tqdm(scan.files, desc="reading", unit="file", disable=not progress):
            previous = old_files.get(source.doc_id)
            if old and previous and previous.sha256 == source.sha256:
                reading.kept_positions.extend(old_positions.get(source.doc_id, []))
                reading.files[source.doc_id] = previous
                report.unchanged += 1
                continue
            try:
                doc, doc_chunks = reader.read(source)
            except UnreadableFile as exc:
                report.failed.append(asdict(LoadFailure(source.doc_id, str(exc))))
                continue
            report.warnings.extend({"file": source.doc_id, "problem": problem} for problem in doc.problems)
            report.stats["chars"] = report.stats.get("chars", 0) + sum(len(p.text) for p in doc.pages)
            langs = sorted({c.lang for c in doc_chunks})
            reading.files[source.doc_id] = FileEntry(
                source.sha256, doc.title, "+".join(langs), len(doc_chunks), utc_now()
            )
            reading.fresh.extend(doc_chunks)
            (report.updated if previous else report.added).append(source.doc_id)
    report.removed = sorted(set(old_files) - {s.doc_id for s in scan.files})
    return reading


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embeddings: ArrayEmbeddings,
    progress: bool = True,
    vector_store: VectorStoreConfig = FAISS,
    wait: bool = True,
    limits: Limits | None = None,
) -> BuildReport:
    """Bring the index in ``index_dir`` up to date with ``corpus_dir``; see :func:`rebuild_index`."""
    return rebuild_index(corpus_dir, index_dir, embeddings, progress, vector_store, wait, limits)[0]


def rebuild_index(
    corpus_dir: Path,
    index_dir: Path,
    embeddings: ArrayEmbeddings,
    progress: bool = True,
    vector_store: VectorStoreConfig = FAISS,
    wait: bool = True,
    limits: Limits | None = None,
    served: IndexData | None = None,
) -> tuple[BuildReport, IndexData]:
    """Bring the index in ``index_dir`` up to date with ``corpus_dir``: what was done, and the version now current.

    Only added or changed files are parsed and embedded; unchanged files keep their
    chunks and vectors; removed files drop out. The new version replaces the old one
    atomically, in the version folders and in the dense engine ``vector_store`` names.
    ``served``, a server's loaded version, is built on when it is still the current one
    (its chunks, keyword counts and mapped vectors are reused, not loaded again).
    Raises :class:`NothingToIndex` when the corpus is missing or no file yields any
    text; the previous version then keeps serving. Without ``wait``, raises
    :class:`RebuildRunning` instead of waiting for another rebuild of the same index.
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    engine = dense_engine(vector_store)
    with rebuild_lock(index_dir, wait):
        try:
            scan = scan_corpus(corpus_dir)
        except FileNotFoundError as exc:  # a corpus that vanished holds nothing to index, like an empty one
            raise NothingToIndex(str(exc)) from exc
        old = _previous(index_dir, embeddings.model_name, served)
        report = BuildReport(failed=[asdict(f) for f in scan.failed])
        started = time.perf_counter()
        reading = _read_corpus(scan, old, report, progress, limits)
        if not reading.files:
            raise NothingToIndex(
                "no file in the corpus could be indexed: "
                + "; ".join(f"{f['file']}: {f['reason']}" for f in report.failed)
            )
        report.stats["read_s"] = time.perf_counter() - started

        if old and not report.changed and not report.failed and old.manifest.files.keys() == reading.files.keys():
            report.index_version = old.manifest.version
            # The engine was switched (say faiss -> qdrant) over an unchanged corpus: give it
            # the served version from vectors.faiss instead of embedding everything again.
            if not engine.holds(old.manifest.version):
                engine.publish(old)
            return report, old

        started = time.perf_counter()
        fresh_vectors = _embed(reading.fresh, embeddings, progress)
        report.stats.update(embed_s=time.perf_counter() - started, chunks=len(reading.fresh))
        report.index_version = _new_version()
        manifest = Manifest(
            version=report.index_version,
            created=utc_now(),
            model=embeddings.model_name,
            dimension=embeddings.dimension,
            chunk_count=len(reading.kept_positions) + len(reading.fresh),
            files=reading.files,
            last_result={k: v for k, v in report.to_dict().items() if k not in ("index_version", "stats")},
        )
        started = time.perf_counter()
        # Kept rows stay in the old version's order, so the new files copy the old ones' lines in one pass.
        kept = np.sort(np.asarray(reading.kept_positions, dtype=np.int64))
        version = NewVersion(manifest, old, kept, reading.fresh, fresh_vectors, tokenize_chunks(reading.fresh))
        data = write_index(index_dir, version, engine)
        report.stats["write_s"] = time.perf_counter() - started
        return report, data


def _embed(chunks: list[Chunk], embeddings: ArrayEmbeddings, progress: bool, batch: int = 256) -> np.ndarray:
    parts = []
    bar = tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress or not chunks)
    for i in range(0, len(chunks), batch):
        parts.append(embeddings.encode_documents([embedding_text(c) for c in chunks[i : i + batch]]))
        bar.update(len(chunks[i : i + batch]))
    bar.close()
    return np.vstack(parts) if parts else np.zeros((0, embeddings.dimension), dtype=np.float32)
