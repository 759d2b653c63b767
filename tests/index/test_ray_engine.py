"""``reportqa ingest --engine ray`` writes the index the local engine writes.

One local Ray session for the module (this machine's two cores, a small object store):
the seed corpus plus a broken file goes through the Ray Data stages, and the result is
held against the index the local engine built for the session (the ``service`` fixture).
"""

from __future__ import annotations

import shutil
import socket
import sys

import numpy as np
import pytest

from reportqa.cli import main
from reportqa.index.builder import build_index
from reportqa.index.ray_engine import DriverModel, driver_embeddings, ray_engine
from reportqa.index.store import TOKENS, current_version, load_index

pytestmark = pytest.mark.ray

BROKEN = "broken.pdf"
ADDED = "added-note.md"


@pytest.fixture(scope="module")
def ray_session():
    ray = pytest.importorskip("ray", reason="ray is not installed: pip install -e '.[ray]' (make test does)")
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        object_store_memory=128 * 1024**2,
        log_to_driver=False,
        _node_ip_address="127.0.0.1",  # loopback only, not the machine's network address
    )
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def ray_index(ray_session, service, tmp_path_factory):
    """The seeds and a broken PDF built on Ray, then built again with one report added."""
    root = tmp_path_factory.mktemp("ray")
    corpus, index = root / "corpus", root / "index"
    shutil.copytree(service.settings.corpus, corpus)
    (corpus / BROKEN).write_bytes(b"%PDF-1.4 not really a PDF\x00\x01\x02")
    # The driver holds no model, as `reportqa ingest --engine ray` runs it: all embedding is on the actors.
    driver = driver_embeddings(service.settings.embedding_args())
    with ray_engine(None, service.settings.embedding_args(), progress=False) as engine:
        first = build_index(corpus, index, driver, progress=False, ingest=engine)
        first_data = load_index(index)
        (corpus / ADDED).write_text("# Drone delivery\n\nThe drone delivery market reached USD 1.2 billion in 2025.\n")
        second = build_index(corpus, index, driver, progress=False, ingest=engine)
    return first, first_data, second, load_index(index)


def test_ray_writes_the_chunks_and_vectors_of_the_local_engine(ray_index, service):
    _, on_ray, _, _ = ray_index
    local = load_index(service.settings.index)
    assert [c.to_dict() for c in on_ray.chunks] == [c.to_dict() for c in local.chunks]
    assert (on_ray.folder / TOKENS).read_text(encoding="utf-8") == (local.folder / TOKENS).read_text(encoding="utf-8")
    assert {k: (f.sha256, f.title, f.lang, f.chunks) for k, f in on_ray.manifest.files.items()} == {
        k: (f.sha256, f.title, f.lang, f.chunks) for k, f in local.manifest.files.items()
    }
    assert (on_ray.manifest.model, on_ray.manifest.dimension) == (local.manifest.model, local.manifest.dimension)
    ray_vectors, local_vectors = on_ray.stored_vectors(), local.stored_vectors()
    # Unit vectors: the row-wise dot product is the cosine. bfloat16 batches of other shapes differ slightly.
    assert np.einsum("ij,ij->i", ray_vectors, local_vectors).min() >= 0.999


def test_a_broken_file_is_skipped_and_reported(ray_index, service):
    first, on_ray, _, _ = ray_index
    assert first.added == sorted(p.name for p in service.settings.corpus.iterdir())
    assert [f["file"] for f in first.failed] == [BROKEN]
    assert "PDF" in first.failed[0]["reason"]
    assert BROKEN not in on_ray.manifest.files
    assert on_ray.manifest.last_result["failed"] == first.failed


def test_only_the_added_report_is_parsed_and_embedded_again(ray_index):
    first, on_ray, second, after = ray_index
    assert second.added == [ADDED] and second.unchanged == len(first.added)
    assert second.stats["chunks"] == after.manifest.files[ADDED].chunks > 0
    kept = [p for p, c in enumerate(after.chunks) if c.doc_id != ADDED]
    assert np.array_equal(after.stored_vectors()[kept], on_ray.stored_vectors())
    assert [f["file"] for f in second.failed] == [BROKEN]


def test_the_driver_reads_the_packaged_models_name_and_dimension_without_loading_it(service):
    driver = driver_embeddings(service.settings.embedding_args())
    assert isinstance(driver, DriverModel)
    assert (driver.model_name, driver.dimension) == (service.embeddings.model_name, service.embeddings.dimension)
    with pytest.raises(RuntimeError, match="embeds nothing"):
        driver.encode_documents(["a passage"])


def _ingest(settings, *flags: str) -> int:
    return main(["ingest", "--corpus", str(settings.corpus), "--index", str(settings.index), *flags])


def test_without_the_ray_extra_the_cli_says_how_to_install_it(seed_copy, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` meets without the extra
    served = current_version(seed_copy.index)
    assert _ingest(seed_copy, "--engine", "ray") == 2
    error = capsys.readouterr().err.strip()
    assert error == "error: --engine ray needs the ray extra: pip install 'reportqa[ray]'"
    assert current_version(seed_copy.index) == served


@pytest.mark.parametrize("scheme", ["", "ray://"])
def test_an_unreachable_cluster_is_a_clear_error_and_the_index_stays(seed_copy, capsys, scheme):
    pytest.importorskip("ray", reason="ray is not installed: pip install -e '.[ray]' (make test does)")
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"{scheme}127.0.0.1:{port}"
    (seed_copy.corpus / ADDED).write_text("# Note\n\nA report that must not be indexed now.\n")
    versions = sorted(p.name for p in (seed_copy.index / "versions").iterdir())
    assert _ingest(seed_copy, "--engine", "ray", "--address", address) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith(f"error: no Ray cluster answers at {address}")
    assert sorted(p.name for p in (seed_copy.index / "versions").iterdir()) == versions


def test_an_address_without_the_ray_engine_is_refused(seed_copy, capsys):
    assert _ingest(seed_copy, "--address", "auto") == 2
    assert "--address is for --engine ray" in capsys.readouterr().err
