"""Reports are embedded while later ones are still being parsed, with the same index as one after the other."""

from __future__ import annotations

import dataclasses
import os
import threading

import numpy as np
import pytest

from reportqa.index.builder import build_index
from reportqa.index.store import current_version, embedding_text, embedding_title, load_index
from reportqa.ingest.corpus import SourceFile
from reportqa.ingest.sandbox import IsolatedReader
from tests.support.embeddings import CountingEmbeddings

WIDGETS = "# Widget market\n\nThe widget market reached USD 4.2 billion in 2025, growing at a CAGR of 11.3%.\n"
GADGETS = "# Gadget market\n\nThe gadget market reached USD 1.7 billion in 2025, up 6.1% on 2024.\n"
WAIT_S = 60


class KillsTheParser:
    """Stands in for a file's path: the parser process dies as it takes the file."""

    def __reduce__(self):
        return os._exit, (1,)


class FirstBatchEmbeddings(CountingEmbeddings):
    """The real model; notes whether the last report had been read when the first batch came."""

    def __init__(self, inner, last_read: threading.Event, embedding: threading.Event) -> None:
        super().__init__(inner)
        self.last_read, self.embedding = last_read, embedding
        self.last_read_at_first_batch: bool | None = None

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        if self.last_read_at_first_batch is None:
            self.last_read_at_first_batch = self.last_read.is_set()
            self.embedding.set()
        return super().encode_documents(texts, titles)


class FailingEmbeddings(CountingEmbeddings):
    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        raise RuntimeError("embedding backend gone")


@pytest.mark.timeout(300)
def test_the_first_report_is_embedded_while_the_last_is_read_and_the_index_is_as_if_read_first(
    tmp_path, service, monkeypatch
):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {"a-widgets.md": WIDGETS, "b-crash.md": WIDGETS, "c-gadgets.md": GADGETS}.items():
        (corpus / name).write_text(text)
    last_read, embedding = threading.Event(), threading.Event()
    read = IsolatedReader.read

    def reading(reader: IsolatedReader, source: SourceFile):
        if source.doc_id == "b-crash.md":
            source = dataclasses.replace(source, path=KillsTheParser())
        if source.doc_id == "c-gadgets.md":
            # Read one after the other, this would wait in vain: nothing is embedded before all is read.
            embedding.wait(WAIT_S)
        result = read(reader, source)
        if source.doc_id == "c-gadgets.md":
            last_read.set()
        return result

    monkeypatch.setattr(IsolatedReader, "read", reading)
    embeddings = FirstBatchEmbeddings(service.embeddings, last_read, embedding)
    report = build_index(corpus, tmp_path / "index", embeddings, progress=False)

    assert embeddings.last_read_at_first_batch is False
    # The file that crashed its parser is skipped and reported; the files around it are indexed.
    assert report.added == ["a-widgets.md", "c-gadgets.md"]
    assert [f["file"] for f in report.failed] == ["b-crash.md"] and "crashed" in report.failed[0]["reason"]
    assert report.stats["chunks"] == 2 and report.stats["embed_s"] > 0

    data = load_index(tmp_path / "index")
    assert [c.doc_id for c in data.chunks] == ["a-widgets.md", "c-gadgets.md"]
    # Each row holds its own chunk's vector (embedded alone here, so within bfloat16 noise).
    alone = np.vstack(
        [service.embeddings.encode_documents([embedding_text(c)], [embedding_title(c)]) for c in data.chunks]
    )
    assert np.diag(data.vectors.reconstruct_n(0, 2) @ alone.T).min() >= 0.999


def test_a_failed_embedding_ends_the_build_and_leaves_no_index(tmp_path, service):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(20):
        (corpus / f"report-{n:02}.md").write_text(WIDGETS.replace("4.2", f"{n}.5"))
    with pytest.raises(RuntimeError, match="embedding backend gone"):
        build_index(corpus, tmp_path / "index", FailingEmbeddings(service.embeddings), progress=False)
    assert current_version(tmp_path / "index") is None
