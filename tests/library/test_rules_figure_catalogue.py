"""server/library: a version's figures are read as it is loaded, not by the first ``GET /figures``.

Model-free: a real index of two small reports under hash vectors, served by a real Library.
"""

from __future__ import annotations

import threading

import pytest

from reportqa.server.library import figures
from reportqa.server.library.library import Library
from reportqa.settings import Settings
from tests.support.embeddings import HashVectors

pytestmark = pytest.mark.unit


def _report(name: str, size: float) -> str:
    return f"{name.title()} Market Report\n\nThe {name} market was valued at USD {size} billion in 2024.\n"


@pytest.fixture
def library(tmp_path) -> Library:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, size in (("widget", 1.5), ("gizmo", 2.5)):
        (corpus / f"{name}.txt").write_text(_report(name, size), encoding="utf-8")
    library = Library(Settings(corpus=corpus, index=tmp_path / "index"), embeddings=HashVectors())
    library.ensure_index()
    return library


@pytest.fixture
def readers(monkeypatch) -> list[str]:
    """The names of the threads that read passages' figures, one entry a passage."""
    names: list[str] = []
    read = figures.chunk_figures

    def recorded(chunk):
        names.append(threading.current_thread().name)
        return read(chunk)

    monkeypatch.setattr(figures, "chunk_figures", recorded)
    return names


def _docs(searcher) -> set[str]:
    return {f.doc for f in figures.catalogue(searcher)}


def test_figures_are_read_off_the_request_path_when_a_version_is_loaded_and_swapped_in(library, readers):
    searcher = library.searcher()
    assert _docs(searcher) == {"widget.txt", "gizmo.txt"}
    assert readers and set(readers) == {"figures-catalogue"}  # none read by the request itself
    read_once = len(readers)
    assert figures.catalogue(searcher) is figures.catalogue(searcher) and len(readers) == read_once

    (library.settings.corpus / "gadget.txt").write_text(_report("gadget", 3.5), encoding="utf-8")
    library.reindex()
    swapped = library.searcher()
    assert swapped is not searcher and _docs(swapped) == {"widget.txt", "gizmo.txt", "gadget.txt"}
    assert set(readers) == {"figures-catalogue"} and len(readers) > read_once


def test_a_read_that_fails_fails_its_waiters_and_the_next_request_reads_again(library, monkeypatch):
    read = figures.chunk_figures
    monkeypatch.setattr(figures, "chunk_figures", lambda chunk: 1 / 0)
    searcher = library.searcher()
    with pytest.raises(ZeroDivisionError):
        figures.catalogue(searcher)
    monkeypatch.setattr(figures, "chunk_figures", read)
    assert _docs(searcher) == {"widget.txt", "gizmo.txt"}
