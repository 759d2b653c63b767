"""Precision and recall of the figures table (``server/library/figures.py``) against the
hand-checked samples of ``figure_truth.py``: a figure is right when its (subject, period, value)
is one the sample holds; subjects compare without case or spacing, values as numbers.

``python -m tests.library.extraction`` prints the table kept in ``docs/figures.md``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from reportqa.server.library.figures import chunk_figures
from tests.ingest import tatqa
from tests.library import figure_truth as truth
from tests.support.servers import SEED_CORPUS

Triple = tuple[str, str, Decimal]


def _key(subject: str, period: str, value: str) -> Triple:
    return " ".join(subject.split()).casefold(), period, Decimal(value).normalize()


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.found + other.found, self.expected + other.expected, self.right + other.right)


def score(found: set[Triple], expected: set[tuple[str, str, str]]) -> Score:
    wanted = {_key(*t) for t in expected}
    return Score(len(found), len(wanted), len(found & wanted))


def extracted(path: Path) -> set[Triple]:
    """The (subject, period, value) of every figure the extractor reads from the file, through real ingest."""
    chunks = chunk_document(load_document(path, path.name))
    return {_key(f.subject, f.period, f.value) for c in chunks for f in chunk_figures(c)}


def seed_scores(folder: Path) -> dict[str, Score]:
    """The two seed samples: the whole call-centers report, the start of the US support report."""
    us_name = "us-customer-technical-support-services-market.txt"
    text = (SEED_CORPUS / us_name).read_text(encoding="utf-8")
    end = text.index(truth.US_SUPPORT_END)
    sample = folder / us_name
    sample.write_text(text[: text.index("\n", end) + 1], encoding="utf-8")
    return {
        "call-centers-market-2026-2032.txt": score(
            extracted(SEED_CORPUS / "call-centers-market-2026-2032.txt"), truth.CALL_CENTERS
        ),
        us_name: score(extracted(sample), truth.US_SUPPORT),
    }


def tatqa_score(folder: Path) -> Score:
    """The sampled TAT-QA tables, each as its own markdown report (tables only: the sample is of tables)."""
    items = tatqa.contexts(max(truth.TATQA) + 1)
    total = Score(0, 0, 0)
    for index, expected in truth.TATQA.items():
        path = folder / f"tatqa-{index}.md"
        path.write_text(tatqa.markdown([{"table": items[index]["table"], "paragraphs": []}]), encoding="utf-8")
        total += score(extracted(path), expected)
    return total


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = [
            *seed_scores(Path(folder)).items(),
            (f"TAT-QA dev tables {sorted(truth.TATQA)}", tatqa_score(Path(folder))),
        ]
    print("| sample | figures found | hand-checked | right | precision | recall |")
    print("|---|---|---|---|---|---|")
    for name, s in rows:
        print(f"| {name} | {s.found} | {s.expected} | {s.right} | {s.precision:.1%} | {s.recall:.1%} |")


if __name__ == "__main__":
    main()
