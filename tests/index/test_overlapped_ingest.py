"""Reports are embedded while later ones are still being parsed, with the same index as one after the other."""

from __future__ import annotations

import time

import numpy as np
import pytest

from reportqa.index.builder import build_index
from reportqa.index.store import current_version, embedding_text, load_index
from reportqa.ingest.sandbox import Limits

WIDGETS = "# Widget market\n\nThe widget market reached USD 4.2 billion in 2025, growing at a CAGR of 11.3%.\n"
GADGETS = "# Gadget market\n\nThe gadget market reached USD 1.7 billion in 2025, up 6.1% on 2024.\n"
SLOW = "Growth in the market. " * 400_000  # seconds to chunk: over the one-second limit below


class TimedEmbeddings:
    """The real model, noting when each batch of passages was handed to it."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.calls: list[float] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        self.calls.append(time.perf_counter())
        return self.inner.encode_documents(texts)


class FailingEmbeddings(TimedEmbeddings):
    def encode_documents(self, texts: list[str]) -> np.ndarray:
        raise RuntimeError("embedding backend gone")


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-widgets.md").write_text(WIDGETS)
    (corpus / "b-slow.txt").write_text(SLOW)
    (corpus / "c-gadgets.md").write_text(GADGETS)
    return corpus


@pytest.mark.timeout(300)
def test_embedding_starts_while_a_slow_file_is_parsed_and_the_index_is_as_if_read_first(tmp_path, service):
    embeddings = TimedEmbeddings(service.embeddings)
    started = time.perf_counter()
    report = build_index(_corpus(tmp_path), tmp_path / "index", embeddings, progress=False, limits=Limits(seconds=1))

    # The file that overran its parser's time was skipped and reported; the files around it are indexed.
    assert report.added == ["a-widgets.md", "c-gadgets.md"]
    assert [f["file"] for f in report.failed] == ["b-slow.txt"] and "time limit" in report.failed[0]["reason"]
    # The first report's chunks were embedded before the slow one had been given up on.
    assert embeddings.calls[0] - started < report.stats["read_s"]
    assert report.stats["chunks"] == 2 and report.stats["embed_s"] > 0

    data = load_index(tmp_path / "index")
    assert [c.doc_id for c in data.chunks] == ["a-widgets.md", "c-gadgets.md"]
    # Each row holds its own chunk's vector (embedded alone here, so within bfloat16 noise).
    alone = service.embeddings.encode_documents([embedding_text(c) for c in data.chunks[:1]])
    alone = np.vstack([alone, service.embeddings.encode_documents([embedding_text(data.chunks[1])])])
    assert np.diag(data.vectors.reconstruct_n(0, 2) @ alone.T).min() >= 0.999


def test_a_failed_embedding_ends_the_build_and_leaves_no_index(tmp_path, service):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(20):
        (corpus / f"report-{n:02}.md").write_text(WIDGETS.replace("4.2", f"{n}.5"))
    with pytest.raises(RuntimeError, match="embedding backend gone"):
        build_index(corpus, tmp_path / "index", FailingEmbeddings(service.embeddings), progress=False)
    assert current_version(tmp_path / "index") is None
