"""How many TAT-QA table cells PDF ingest keeps under their row label and column header.

Usage::

    python -m bench.pdf_tables [--split tune|holdout|all] [--dataset PATH]

Each context is printed as PDF (:func:`bench.tatqa_reports.to_pdf`, its table ruled as a
grid, under the header and above the total only, or not at all) and read back with
:func:`reportqa.ingest.pdf.read_pdf`. A body cell counts as kept when some pipe-table row
of the extracted text has the cell's row label first and the cell's text in a column whose
header contains the cell's column header (the nearest non-empty header cell above it, as
``tests/ingest/tatqa.py`` defines it). No model is loaded; the whole dev set takes about a
minute on two cores.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench.tables import percent
from bench.tatqa import DATASET
from bench.tatqa_reports import RULES, split_of, table_rules, to_pdf
from reportqa.ingest.pdf import read_pdf


def _squash(text: str) -> str:
    return " ".join(str(text).split())


def pipe_tables(text: str) -> list[list[list[str]]]:
    """The pipe tables of extracted text, each as rows of cells (the header row first)."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            if not line.startswith("|---"):
                current.append([_squash(c) for c in line.strip()[1:-1].split(" | ")])
        elif current:
            tables.append(current)
            current = []
    return tables


def expected_cells(table: list[list[str]]) -> list[tuple[str, str, str]]:
    """``(row label, column header, value)`` of every non-empty body cell of a TAT-QA table."""
    width = max(len(r) for r in table)
    rows = [[_squash(c) for c in r] + [""] * (width - len(r)) for r in table]
    head = 1
    while head < min(len(rows) - 1, 4) and not rows[head][0]:
        head += 1
    cells = []
    for row in rows[head:]:
        for col, value in enumerate(row[1:], start=1):
            if value:
                above = [rows[r][col] for r in range(head) if rows[r][col]]
                cells.append((row[0], above[-1] if above else "", value))
    return cells


def kept(cell: tuple[str, str, str], tables: list[list[list[str]]]) -> bool:
    """Whether a row of ``tables`` holds ``cell`` under its label and its column header."""
    label, header, value = cell
    return any(
        row
        and row[0] == label
        and any(j < len(row) and row[j] == value and header in t[0][j] for j in range(1, len(t[0])))
        for t in tables
        for row in t[1:]
    )


def measure(contexts: list[dict]) -> dict[str, Counter]:
    """Cells kept and cells in all, per ruling."""
    counts: dict[str, Counter] = {rules: Counter() for rules in RULES}
    for context in contexts:
        tables = pipe_tables("\n".join(page.text for page in read_pdf(to_pdf(context)).pages))
        tally = counts[table_rules(context["table"]["uid"])]
        for cell in expected_cells(context["table"]["table"]):
            tally["cells"] += 1
            tally["kept"] += kept(cell, tables)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf_tables", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--dataset", default=str(DATASET), help="TAT-QA dev JSON (default shared/eval/tatqa)")
    args = parser.parse_args(argv)
    data = json.loads(Path(args.dataset).read_text(encoding="utf-8"))
    contexts = [c for c in data if args.split == "all" or split_of(c["table"]["uid"]) == args.split]
    counts = measure(contexts)
    total = sum(counts.values(), Counter())
    for name, tally in [*counts.items(), ("all", total)]:
        rate = tally["kept"] / tally["cells"] if tally["cells"] else None
        print(f"{name}: {tally['kept']}/{tally['cells']} cells kept ({percent(rate)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
