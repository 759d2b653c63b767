"""Parse reports in a child process that a hostile file cannot take the indexer down with.

A 100 KB PDF can inflate to gigabytes of text and a page of markup can make a parser
allocate without end; Python cannot interrupt a running parser. So each file is parsed
(loaded and chunked) in a worker process with an address-space limit, and the parent
waits for it only so long: a worker that runs out of memory or time is killed and
replaced, and the file is reported as failed with the limit it broke.
"""

from __future__ import annotations

import multiprocessing
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from reportqa.ingest.corpus import SourceFile, read_source
from reportqa.ingest.loaders import UnreadableFile
from reportqa.ingest.models import Chunk, Document


@dataclass(frozen=True)
class Limits:
    """What one file may cost to parse."""

    memory_bytes: int = 3 * 1024**3  # address space of the worker, libraries and model-free parsers included
    seconds: float = 120.0  # wall-clock time for one file
    max_chars: int = 20_000_000  # extracted text: far beyond any report, far below what a bomb inflates to


def _serve(connection: Connection, limits: Limits) -> None:
    """The worker: parse each source it is sent, answer ``("ok", result)`` or ``("failed", reason)``."""
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    while True:
        try:
            source = connection.recv()
        except EOFError:
            return
        try:
            doc, chunks = read_source(source)
            chars = sum(len(page.text) for page in doc.pages)
            if chars > limits.max_chars:
                raise UnreadableFile(
                    f"over {limits.max_chars:,} characters of text extracted ({chars:,}); "
                    "not a report this indexer reads"
                )
            connection.send(("ok", (doc, chunks)))
        except UnreadableFile as exc:
            connection.send(("failed", str(exc)))
        except MemoryError:
            connection.send(("failed", f"parsing needed over {limits.memory_bytes // 1024**2} MB of memory"))
        except Exception as exc:  # a parser bug on one file must not stop the corpus
            connection.send(("failed", f"{exc.__class__.__name__}: {exc}"))


class IsolatedReader:
    """Reads sources one at a time in a worker process that is started on first use and
    replaced whenever a file kills it or runs out of time. Use as a context manager."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._worker: tuple[BaseProcess, Connection] | None = None

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def read(self, source: SourceFile) -> tuple[Document, list[Chunk]]:
        """The document and chunks of ``source``; raises :class:`UnreadableFile` with the reason
        (including a broken limit) when it cannot be indexed."""
        process, connection = self._start()
        try:
            connection.send(source)
            if not connection.poll(self.limits.seconds):
                self.close()
                raise UnreadableFile(f"parsing took over {self.limits.seconds:g} s (the time limit for one file)")
            status, result = connection.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError) as exc:
            self.close()
            raise UnreadableFile(
                f"parsing needed over {self.limits.memory_bytes // 1024**2} MB of memory or crashed the parser"
            ) from exc
        if status == "failed":
            raise UnreadableFile(result)
        return result

    def _start(self) -> tuple[BaseProcess, Connection]:
        if self._worker is None or not self._worker[0].is_alive():
            # forkserver: a fresh, single-threaded parent for the worker, whatever threads
            # the server runs (fork from a threaded process can deadlock the child).
            context = multiprocessing.get_context("forkserver")
            parent, child = context.Pipe()
            process = context.Process(target=_serve, args=(child, self.limits), daemon=True, name="report-parser")
            process.start()
            child.close()
            self._worker = (process, parent)
        return self._worker

    def close(self) -> None:
        """Stop the worker (killed if it is still parsing)."""
        if self._worker is None:
            return
        process, connection = self._worker
        self._worker = None
        connection.close()
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
            process.join()
