"""Print ingest coverage per format and kind of item: ``python -m tests.ingest.measure``.

It loads and chunks the generated samples and the TAT-QA contexts with whatever
``reportqa.ingest`` is importable, so the same yardstick measures an older version too
(put that version's package first on ``PYTHONPATH``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from tests.ingest import documents, tatqa
from tests.ingest.fidelity import coverage

PDF_CONTEXTS = 40  # PDF extraction is the slow one; 40 contexts run to about 50 pages


def _measure(name: str, path: Path, expected) -> None:
    try:
        chunks = chunk_document(load_document(path, path.name))
    except Exception as exc:  # an older version may not read the format at all
        chunks, note = [], f"  (not read: {exc})"
    else:
        note = ""
    cells = "  ".join(f"{kind} {got}/{total}" for kind, (got, total) in coverage(expected, chunks).items())
    print(f"{name:<22} {cells}{note}")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    for build in (documents.html_report, documents.docx_report, documents.pdf_report):
        sample = build(folder)
        _measure(f"sample {sample.path.suffix}", sample.path, sample.expected)
    items = tatqa.contexts()
    (folder / "tatqa.md").write_text(tatqa.markdown(items), encoding="utf-8")
    (folder / "tatqa.html").write_text(tatqa.html_page(items), encoding="utf-8")
    tatqa.docx_file(items, folder / "tatqa.docx")
    tatqa.pdf_file(items[:PDF_CONTEXTS], folder / "tatqa.pdf")
    for suffix in ("md", "html", "docx"):
        _measure(f"tatqa .{suffix}", folder / f"tatqa.{suffix}", tatqa.expected(items))
    _measure(f"tatqa .pdf ({PDF_CONTEXTS})", folder / "tatqa.pdf", tatqa.expected(items[:PDF_CONTEXTS]))


if __name__ == "__main__":
    main()
