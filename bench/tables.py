"""The Markdown tables every bench prints and writes beside its JSON."""

from __future__ import annotations

from collections.abc import Iterable


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
