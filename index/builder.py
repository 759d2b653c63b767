"""Build or update an index from a corpus directory, incrementally and atomically."""

from __future__ import annotations

import fcntl
import logging
import queue
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

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
    embedding_title,
    load_index,
    write_index,
)
from reportqa.index.vectorstores import FAISS, VectorStoreConfig, dense_engine
from reportqa.ingest.corpus import CorpusScan, SourceFile, scan_corpus
from reportqa.ingest.loaders import UnreadableFile
from reportqa.ingest.models import Chunk, Document, LoadFailure
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


# What reading one file gave: its document and chunks, or why it cannot be indexed.
ReadOutcome = tuple[Document, list[Chunk]] | str


class IngestEngine(Protocol):
    """Where the added and changed files are parsed and their chunks embedded.

    The build around it (what to read, what to keep, the version written) is the same
    for every engine, so every engine writes the same index.
    """

    def read(
        self, sources: list[SourceFile], progress: bool, limits: Limits | None
    ) -> Iterator[tuple[SourceFile, ReadOutcome]]:
        """Each source with its outcome, in the order given, parsed under ``limits``."""
        ...

    def embed(
        self, batches: Iterator[list[Chunk]], embeddings: ArrayEmbeddings, progress: bool, stats: dict
    ) -> np.ndarray:
        """The vectors of the chunks of ``batches``, one row each, in their order; ``stats``
        gets the chunk count and embedding seconds. Batches arrive while files are still
        being read: an engine may embed each as it comes."""
        ...


class LocalEngine:
    """This process: files parsed one by one in a sandboxed worker, chunks embedded in batches."""

    def read(
        self, sources: list[SourceFile], progress: bool, limits: Limits | None
    ) -> Iterator[tuple[SourceFile, ReadOutcome]]:
        with IsolatedReader(limits) as reader:
            for source in tqdm(sources, desc="reading", unit="file", disable=not progress):
                try:
                    yield source, reader.read(source)
                except UnreadableFile as exc:
                    yield source, str(exc)

    def embed(
        self, batches: Iterator[list[Chunk]], embeddings: ArrayEmbeddings, progress: bool, stats: dict
    ) -> np.ndarray:
        return _embed(batches, embeddings, progress, stats)


LOCAL = LocalEngine()


def _read_corpus(
    scan: CorpusScan,
    old: IndexData | None,
    report: BuildReport,
    progress: bool,
    limits: Limits | None,
    ingest: IngestEngine,
    emit: Callable[[list[Chunk]], None],
    stop: threading.Event,
) -> _Reading:
    """Reuse the chunks of unchanged files and read the added or changed ones, noting each in ``report``.

    ``ingest`` parses the files under ``limits`` (see :mod:`reportqa.ingest.sandbox`);
    each file's fresh chunks are passed to ``emit`` as soon as they are read. Reading ends
    early, with what it has, once ``stop`` is set.
    """
    old_files = old.manifest.files if old else {}
    old_positions: dict[str, list[int]] = {}
    for pos, chunk in enumerate(old.chunks if old else []):
        old_positions.setdefault(chunk.doc_id, []).append(pos)
    reading = _Reading()
    to_read = []
    for source in scan.files:
        previous = old_files.get(source.doc_id)
        if old and previous and previous.sha256 == source.sha256:
            positions = old_positions.get(source.doc_id, [])
            reading.kept_positions.extend(positions)
            reading.files[source.doc_id] = previous
            report.unchanged += 1
        else:
            to_read.append(source)
    for source, outcome in ingest.read(to_read, progress, limits):
        if stop.is_set():
            break
        if isinstance(outcome, str):
            report.failed.append(asdict(LoadFailure(source.doc_id, outcome)))
            continue
        doc, doc_chunks = outcome
        report.warnings.extend({"file": source.doc_id, "problem": problem} for problem in doc.problems)
        report.stats["chars"] = report.stats.get("chars", 0) + sum(len(p.text) for p in doc.pages)
        langs = sorted({c.lang for c in doc_chunks})
        reading.files[source.doc_id] = FileEntry(source.sha256, doc.title, "+".join(langs), len(doc_chunks), utc_now())
        reading.fresh.extend(doc_chunks)
        emit(doc_chunks)
        (report.updated if source.doc_id in old_files else report.added).append(source.doc_id)
    report.removed = sorted(set(old_files) - {s.doc_id for s in scan.files})
    # The manifest lists files in corpus order, whichever were read and whichever kept.
    reading.files = {s.doc_id: reading.files[s.doc_id] for s in scan.files if s.doc_id in reading.files}
    return reading


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embeddings: ArrayEmbeddings,
    progress: bool = True,
    vector_store: VectorStoreConfig = FAISS,
    wait: bool = True,
    limits: Limits | None = None,
    ingest: IngestEngine = LOCAL,
) -> BuildReport:
    """Bring the index in ``index_dir`` up to date with ``corpus_dir``; see :func:`rebuild_index`."""
    return rebuild_index(corpus_dir, index_dir, embeddings, progress, vector_store, wait, limits, ingest=ingest)[0]


def rebuild_index(
    corpus_dir: Path,
    index_dir: Path,
    embeddings: ArrayEmbeddings,
    progress: bool = True,
    vector_store: VectorStoreConfig = FAISS,
    wait: bool = True,
    limits: Limits | None = None,
    served: IndexData | None = None,
    ingest: IngestEngine = LOCAL,
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
    ``ingest`` parses and embeds the new files: :data:`LOCAL` here, or a cluster
    (:mod:`reportqa.index.ray_engine`); the version written is the same.
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
        reading, new_vectors = _read_and_embed(scan, old, report, embeddings, progress, limits, ingest)
        if not reading.files:
            raise NothingToIndex(
                "no file in the corpus could be indexed: "
                + "; ".join(f"{f['file']}: {f['reason']}" for f in report.failed)
            )

        if old and not report.changed and not report.failed and old.manifest.files.keys() == reading.files.keys():
            report.index_version = old.manifest.version
            # The engine was switched (say faiss -> qdrant) over an unchanged corpus: give it
            # the served version from vectors.faiss instead of embedding everything again.
            if not engine.holds(old.manifest.version):
                engine.publish(old)
            return report, old

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
        version = NewVersion(manifest, old, kept, reading.fresh, new_vectors, tokenize_chunks(reading.fresh))
        data = write_index(index_dir, version, engine)
        report.stats["write_s"] = time.perf_counter() - started
        return report, data


def _read_and_embed(
    scan: CorpusScan,
    old: IndexData | None,
    report: BuildReport,
    embeddings: ArrayEmbeddings,
    progress: bool,
    limits: Limits | None,
    ingest: IngestEngine,
) -> tuple[_Reading, np.ndarray]:
    """Read the corpus (:func:`_read_corpus`) and embed its fresh chunks, both at once.

    A reader thread drives the parser process while this thread embeds the chunks read so
    far, so parsing costs no wall time beyond the embedding's. The vectors come out in the
    order of ``reading.fresh``, as if everything had been read first.
    """
    parsed: queue.SimpleQueue[list[Chunk] | None] = queue.SimpleQueue()
    stop = threading.Event()
    started = time.perf_counter()

    def read() -> _Reading:
        try:
            return _read_corpus(scan, old, report, progress, limits, ingest, parsed.put, stop)
        finally:
            report.stats["read_s"] = time.perf_counter() - started
            parsed.put(None)  # the end, also when reading failed: the embedder stops waiting

    with ThreadPoolExecutor(1, thread_name_prefix="corpus-reader") as pool:
        reading = pool.submit(read)
        try:
            vectors = ingest.embed(_batches(parsed), embeddings, progress, report.stats)
        except BaseException:
            stop.set()  # a failed embedding ends the reading too, instead of waiting for it
            raise
        return reading.result(), vectors


def _batches(parsed: queue.SimpleQueue[list[Chunk] | None], size: int = 256) -> Iterator[list[Chunk]]:
    """The chunks put on ``parsed`` (``None`` ends them), in batches of at most ``size``.

    A batch is whatever has arrived, not necessarily ``size``: the embedder does not wait
    for a slow file while it has chunks to embed.
    """
    pending: list[Chunk] = []
    while True:
        try:
            item = parsed.get(block=not pending)
        except queue.Empty:  # nothing new for now: embed what is here
            yield pending[:size]
            del pending[:size]
            continue
        if item is None:
            break
        pending.extend(item)
        if len(pending) >= size:
            yield pending[:size]
            del pending[:size]
    while pending:
        yield pending[:size]
        del pending[:size]


def _embed(batches: Iterator[list[Chunk]], embeddings: ArrayEmbeddings, progress: bool, stats: dict) -> np.ndarray:
    """The vectors of every chunk of ``batches``, in order; ``stats`` gets the chunk count and embedding seconds."""
    parts = [np.zeros((0, embeddings.dimension), dtype=np.float32)]
    bar: tqdm | None = None  # shown from the first batch on: an unchanged corpus embeds nothing
    seconds = 0.0
    for batch in batches:
        if bar is None:  # the total is unknown while files are still being read: the bar counts up
            bar = tqdm(desc="embedding", unit="chunk", disable=not progress, position=1)
        started = time.perf_counter()
        parts.append(
            embeddings.encode_documents([embedding_text(c) for c in batch], titles=[embedding_title(c) for c in batch])
        )
        seconds += time.perf_counter() - started
        bar.update(len(batch))
    if bar is not None:
        bar.close()
    stats.update(embed_s=seconds, chunks=sum(len(p) for p in parts))
    return np.vstack(parts)
