"""index/store.py and index/keyword.py: a new version built on the previous one equals one built from scratch.

Model-free: the embeddings are seeded random unit vectors, the corpora a few small text files.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import bm25s
import faiss
import numpy as np
import pytest

from reportqa.index import store
from reportqa.index.builder import rebuild_index
from reportqa.index.keyword import KeywordIndex, tokenize
from reportqa.index.store import CHUNKS, TOKENS, VECTORS, current_version, load_index, write_vectors
from tests.support.embeddings import HashVectors

pytestmark = pytest.mark.unit


def _report(name: str, size: float) -> str:
    return (
        f"{name.title()} Market Report\n\nThe {name} market was valued at USD {size} billion in 2024. "
        f"Demand for {name} grows 6.5% a year through 2030.\n\n{name}市场规模为{size}亿美元。"
    )


def _files(index: Path) -> dict[str, bytes]:
    folder = index / "versions" / current_version(index)
    return {name: (folder / name).read_bytes() for name in (CHUNKS, TOKENS, VECTORS)}


def test_keyword_index_scores_as_bm25s_and_extending_it_equals_indexing_from_scratch():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(300)] + ["市场", "规模"]
    docs = [[rng.choice(words[: rng.randint(3, 302)]) for _ in range(rng.randint(0, 60))] for _ in range(400)]
    reference = bm25s.BM25()
    reference.index(docs, show_progress=False)
    ours = KeywordIndex.from_tokens(docs)
    queries = [[rng.choice(words) for _ in range(rng.randint(1, 5))] + ["absent"] for _ in range(40)]
    for query in queries:
        np.testing.assert_allclose(ours.scores(query), reference.get_scores(query), rtol=1e-5, atol=1e-6)

    before = ours.scores(["w1", "市场"])
    kept = np.array(sorted(rng.sample(range(len(docs)), 300)))
    fresh = [[rng.choice(words) for _ in range(20)] + ["new-term"] for _ in range(30)]
    extended = ours.extended(kept, fresh)
    scratch = KeywordIndex.from_tokens([docs[i] for i in kept] + fresh)
    for query in [*queries, ["new-term", "w1"]]:
        np.testing.assert_allclose(extended.scores(query), scratch.scores(query), rtol=1e-6, atol=1e-6)
    np.testing.assert_array_equal(ours.scores(["w1", "市场"]), before)  # the index extended is unchanged
    assert not KeywordIndex.from_tokens([[], []]).scores(["w1"]).any()


def test_a_removed_rows_unique_terms_leave_the_vocabulary_and_scores_stay_those_of_bm25s():
    rng = random.Random(11)
    words = [f"w{i}" for i in range(50)]
    docs = [[rng.choice(words) for _ in range(rng.randint(1, 30))] for _ in range(60)]
    docs[7] += ["only-in-seven", "only-in-seven"]
    docs[8] += ["shared-term"]
    docs[9] += ["shared-term"]
    ours = KeywordIndex.from_tokens(docs)
    kept = np.array([i for i in range(len(docs)) if i not in (7, 8)])
    fresh = [[rng.choice(words) for _ in range(12)] + ["new-term"] for _ in range(5)]
    rebuilt = ours.extended(kept, fresh)
    # Rebuilt again, as a server does over many reindexes: what was pruned stays out, the rest holds.
    again = rebuilt.extended(np.arange(len(kept) + len(fresh)), [])

    corpus = [docs[i] for i in kept] + fresh
    reference = bm25s.BM25()
    reference.index(corpus, show_progress=False)
    for index in (rebuilt, again):
        assert "only-in-seven" not in index.terms() and "shared-term" in index.terms()
        assert set(index.terms()) == set(KeywordIndex.from_tokens(corpus).terms())
        for query in (["only-in-seven", "w3"], ["shared-term"], ["new-term", "w1", "w1"], *[[w] for w in words]):
            np.testing.assert_allclose(index.scores(query), reference.get_scores(query), rtol=1e-5, atol=1e-6)
    assert "only-in-seven" in ours.terms()  # the index extended is unchanged


def test_streamed_vectors_are_the_file_faiss_writes(tmp_path):
    vectors = np.random.default_rng(1).standard_normal((10, 8)).astype(np.float32)
    index = faiss.IndexFlatIP(8)
    index.add(vectors)
    write_vectors(tmp_path / "v.faiss", 8, 10, [vectors[:3], vectors[3:3], vectors[3:]])
    assert (tmp_path / "v.faiss").read_bytes() == bytes(faiss.serialize_index(index))
    with pytest.raises(ValueError, match="9 vectors written where the header says 10"):
        write_vectors(tmp_path / "short.faiss", 8, 10, [vectors[:9]])


def test_rebuilds_on_the_served_version_write_what_a_fresh_process_writes(tmp_path):
    """In a server (the loaded version passed in) and from disk, a rebuild writes the same files and serves the same."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, name in enumerate(["widget", "gizmo", "gadget", "sprocket"]):
        (corpus / f"{name}.txt").write_text(_report(name, 1.5 + i), encoding="utf-8")
    embeddings = HashVectors()
    rebuild_index(corpus, tmp_path / "a", embeddings, progress=False)
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    served = load_index(tmp_path / "a")

    (corpus / "gizmo.txt").write_text(_report("gizmo", 9.9), encoding="utf-8")  # changed
    (corpus / "gadget.txt").unlink()
    (corpus / "doohickey.txt").write_text(_report("doohickey", 4.4), encoding="utf-8")
    in_server, built = rebuild_index(corpus, tmp_path / "a", embeddings, progress=False, served=served)
    from_disk, _ = rebuild_index(corpus, tmp_path / "b", embeddings, progress=False)
    assert (in_server.added, in_server.updated, in_server.removed) == (["doohickey.txt"], ["gizmo.txt"], ["gadget.txt"])
    assert (from_disk.added, from_disk.updated, from_disk.removed) == (
        in_server.added,
        in_server.updated,
        in_server.removed,
    )
    assert _files(tmp_path / "a") == _files(tmp_path / "b")

    loaded = load_index(tmp_path / "a")
    assert [c.id for c in built.chunks] == [c.id for c in loaded.chunks]
    assert all(c.doc_id != "gadget.txt" for c in built.chunks)
    # Kept chunks are the served version's objects, not loaded again.
    served_chunks = {c.id: c for c in served.chunks}
    kept = [c for c in built.chunks if c.doc_id in ("widget.txt", "sprocket.txt")]
    assert kept and all(served_chunks[c.id] is c for c in kept)
    np.testing.assert_array_equal(built.stored_vectors(), loaded.stored_vectors())
    for query in ("gizmo market 9.9", "市场规模", "doohickey", "gadget"):
        np.testing.assert_allclose(built.keywords.scores(tokenize(query)), loaded.keywords.scores(tokenize(query)))
    # The removed report's own words went with it, on the path that reuses the served counts too.
    assert "gadget" not in built.keywords.terms() and set(built.keywords.terms()) == set(loaded.keywords.terms())
    stored = [json.loads(line) for line in (loaded.folder / TOKENS).read_text(encoding="utf-8").splitlines()]
    assert stored == [tokenize(c.search_text) for c in loaded.chunks]
    # The served version is untouched and still readable: a request in flight on it finishes on it.
    assert served.vectors.ntotal == len(served.chunks) and "gadget.txt" in served.manifest.files
    assert served.stored_vectors()[-1] @ served.stored_vectors()[-1] == pytest.approx(1.0)


def test_an_index_written_before_tokens_were_stored_loads_and_rebuilds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "widget.txt").write_text(_report("widget", 5.2), encoding="utf-8")
    rebuild_index(corpus, tmp_path / "index", HashVectors(), progress=False)
    folder = tmp_path / "index" / "versions" / current_version(tmp_path / "index")
    (folder / TOKENS).unlink()
    old = load_index(tmp_path / "index")
    assert old.keywords.scores(tokenize("widget market")).max() > 0

    (corpus / "gizmo.txt").write_text(_report("gizmo", 1.1), encoding="utf-8")
    _, data = rebuild_index(corpus, tmp_path / "index", HashVectors(), progress=False, served=old)
    stored = (data.folder / TOKENS).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in stored] == [tokenize(c.search_text) for c in data.chunks]


def test_a_rebuild_failing_while_it_writes_leaves_the_served_version_current_and_whole(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "widget.txt").write_text(_report("widget", 5.2), encoding="utf-8")
    rebuild_index(corpus, tmp_path / "index", HashVectors(), progress=False)
    version = current_version(tmp_path / "index")
    served = load_index(tmp_path / "index")
    before = _files(tmp_path / "index")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "write_vectors", disk_full)
    (corpus / "gizmo.txt").write_text(_report("gizmo", 1.1), encoding="utf-8")
    with pytest.raises(OSError, match="No space left"):
        rebuild_index(corpus, tmp_path / "index", HashVectors(), progress=False, served=served)
    assert current_version(tmp_path / "index") == version and _files(tmp_path / "index") == before
    assert served.keywords.scores(tokenize("widget")).max() > 0 and served.vectors.ntotal == len(served.chunks)

    monkeypatch.undo()  # the next rebuild clears the half-written folder and succeeds
    report, data = rebuild_index(corpus, tmp_path / "index", HashVectors(), progress=False, served=served)
    assert report.added == ["gizmo.txt"] and current_version(tmp_path / "index") == data.manifest.version
    assert not list((tmp_path / "index" / "versions").glob(".*.partial"))
