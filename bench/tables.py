"""The Markdown tables every bench prints and writes beside its JSON."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path


def markdown_table(header: list[str], rows: Iterable[list[str]]) -> str:
    """A Markdown table of ``header`` and ``rows`` of cell texts.

    A pipe inside a cell is escaped, since it would otherwise split the cell.
    """

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join([line(header), "|" + "---|" * len(header), *(line(row) for row in rows)])


def percent(rate: float | None) -> str:
    """``rate`` as a percentage with one decimal, or a dash when there was nothing to rate."""
    return "–" if rate is None else f"{rate:.1%}"


def write_results(stem: Path, run: dict, summary: dict, rows: list[dict], page: Callable[[dict], str]) -> None:
    """A bench's ``run`` (dated now), ``summary`` and ``rows`` as ``stem``.json, and the
    Markdown ``page`` made of them as ``stem``.md, printed too."""
    result = {
        "run": run | {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())},
        "summary": summary,
        "results": rows,
    }
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    stem.with_suffix(".md").write_text(page(result), encoding="utf-8")
    print(page(result))
