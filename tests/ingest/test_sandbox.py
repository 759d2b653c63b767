"""A report that would exhaust memory or time is reported as failed, and the next report is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.ingest.corpus import scan_corpus
from reportqa.ingest.loaders import UnreadableFile
from reportqa.ingest.sandbox import IsolatedReader, Limits

GOOD = "# Widget market\n\nThe widget market reached USD 4.2 billion in 2025, growing at a CAGR of 11.3%.\n"


def _sources(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {s.doc_id: s for s in scan_corpus(tmp_path).files}


def test_a_file_over_the_character_cap_fails_with_the_cap_and_the_next_is_read(tmp_path):
    sources = _sources(tmp_path, {"huge.txt": "The market grew. " * 20_000, "good.md": GOOD})
    with IsolatedReader(Limits(max_chars=100_000)) as reader:
        with pytest.raises(UnreadableFile, match="over 100,000 characters"):
            reader.read(sources["huge.txt"])
        doc, chunks = reader.read(sources["good.md"])
    assert chunks and "4.2 billion" in chunks[0].text


@pytest.mark.timeout(60)
def test_a_file_over_the_time_limit_is_killed_and_the_worker_replaced(tmp_path):
    sources = _sources(tmp_path, {"slow.txt": "Growth in the market. " * 400_000, "good.md": GOOD})
    with IsolatedReader(Limits(seconds=0.5)) as reader, pytest.raises(UnreadableFile, match="time limit"):
        reader.read(sources["slow.txt"])
    with IsolatedReader() as reader:  # a fresh worker reads the good file
        assert reader.read(sources["good.md"])[1]


def test_a_file_over_the_memory_limit_fails_with_the_limit(tmp_path):
    sources = _sources(tmp_path, {"big.txt": "Growth in the market. " * 200_000})
    with IsolatedReader(Limits(memory_bytes=64 * 1024**2)) as reader, pytest.raises(UnreadableFile, match="64 MB"):
        reader.read(sources["big.txt"])


def test_a_link_swapped_in_after_the_scan_is_not_followed(tmp_path):
    secret = tmp_path / "outside.env"
    secret.write_text("REPORTQA_ADMIN_TOKEN=hunter2\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.md").write_text(GOOD)
    source = scan_corpus(corpus).files[0]
    (corpus / "report.md").unlink()
    (corpus / "report.md").symlink_to(secret)  # swapped between the scan and the read
    with IsolatedReader() as reader, pytest.raises(UnreadableFile, match="following links"):
        reader.read(source)


def test_a_file_changed_after_the_scan_is_read_on_the_next_rebuild(tmp_path):
    (tmp_path / "report.md").write_text(GOOD)
    source = scan_corpus(tmp_path).files[0]
    (tmp_path / "report.md").write_text(GOOD.replace("4.2", "9.9"))
    with IsolatedReader() as reader, pytest.raises(UnreadableFile, match="changed while"):
        reader.read(source)
