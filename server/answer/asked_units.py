"""The physical unit a question asks its figure in, and whether a sentence states one of its kind.

"How many GWh …" asks an energy; a sentence that gives only a share, or a power in GW, states
no figure of it (a storage report's GW of installations are not its GWh of shipments). Units of
one kind convert into each other (MWh for GWh), so any of them answers. Rule 3 of
``answerability`` (docs/answerability.md).
"""

from __future__ import annotations

import re

# Kinds of unit a figure is stated in, each by the symbols reports write; a currency is left to
# the calculations, which convert it.
_KINDS = {
    "energy": ("twh", "gwh", "mwh", "kwh"),
    "power": ("tw", "gw", "mw", "kw"),
    # 多少千吨 asks a mass: a sentence giving a region's revenue does not state its processed tonnes.
    "mass": ("吨", "kt", "tonnes", "tonne", "tons", "kilotonnes", "kilotons"),
}


def _symbols(symbols: tuple[str, ...]) -> re.Pattern[str]:
    # A symbol glued to a number or Chinese ("43.7GW", "多少GWh") counts; inside a word it does not.
    return re.compile(rf"(?<![a-z])(?:{'|'.join(symbols)})(?![a-z])", re.IGNORECASE)


_PATTERNS = {kind: _symbols(symbols) for kind, symbols in _KINDS.items()}


def asked_kinds(question: str) -> list[str]:
    """The kinds of unit ``question`` writes ("How many GWh …", "是多少GW？")."""
    return [kind for kind, pattern in _PATTERNS.items() if pattern.search(question)]


def is_unit(term: str) -> bool:
    """Whether ``term`` is a unit's symbol ("GW", "GWh"), which a question writes as the unit it
    asks in, not as a name of what it is about."""
    return any(pattern.fullmatch(term) for pattern in _PATTERNS.values())


def states_kind(text: str, kind: str) -> bool:
    """Whether ``text`` (a sentence, or a row read with its header) writes a unit of ``kind``."""
    return bool(_PATTERNS[kind].search(text))
