"""Typed records that leave the ingest package."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass(frozen=True)
class Page:
    """One page of extracted text; text files are a single page numbered ``None``."""

    number: int | None
    text: str


@dataclass(frozen=True)
class Document:
    """A report as read from disk: its visible text, page by page."""

    doc_id: str  # path relative to the corpus root, with forward slashes
    title: str
    sha256: str
    pages: tuple[Page, ...]
    # Parts that could not be read while the rest could, e.g. "p. 3: no text layer
    # (scanned image?)"; a person must see these rather than find the pages missing.
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadFailure:
    """A file that could not be turned into a document, and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class Quantity:
    """One figure a passage states; ``value`` keeps the digits exactly as written (sign included)."""

    value: str
    scale: str  # "" or a key of reportqa.ingest.numbers.SCALES
    unit: str  # "USD", "CNY", "EUR", "%", "pp" or "" for a plain count
    year: int | None
    period: str  # "2025-2030" when the clause names a span of years, else ""
    subject: str  # the clause the figure stands in, trimmed
    metric: str  # "cagr" when the clause is about a compound annual growth rate, else ""
    text: str  # the figure as written, e.g. "340.3 亿美元"
    start: int  # offsets of ``text`` in the passage
    end: int


@dataclass
class Chunk:
    """A citable passage.

    ``text`` is an exact slice of the document's extracted text (``start``/``end`` on its
    page), so a citation is verbatim. ``context`` holds the lines outside that slice which
    give it its meaning (a table's caption and header row when the chunk holds later
    rows); it is searched and should be shown above the quote, but is not part of it.
    ``search_text`` is the normalised ``context`` plus ``text``, used for matching only.
    ``kind`` says what the passage is: ``paragraph``, ``list`` or ``table``.
    """

    id: str
    doc_id: str
    title: str
    lang: str
    text: str
    search_text: str
    section: str
    page: int | None
    start: int
    end: int
    quantities: list[Quantity] = field(default_factory=list)
    # Added after the first index format; the defaults let older stored chunks load.
    kind: str = ""
    context: str = ""
    # Names the whole report writes in both scripts, (Latin lower-cased, Chinese): ingest/aliases.py.
    aliases: list[tuple[str, str]] = field(default_factory=list)

    @property
    def location(self) -> str:
        """Where a reader finds the passage, e.g. ``p. 12 · Market size by region · table``."""
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(self.section)
        if self.kind:
            parts.append(self.kind)
        return " · ".join(parts) or f"chars {self.start}-{self.end}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Chunk:
        """Rebuild a stored chunk; fields this version does not know are ignored."""
        known = {f.name for f in fields(cls)}
        quantities = [Quantity(**q) for q in data.get("quantities", ())]
        aliases = [(latin, zh) for latin, zh in data.get("aliases", ())]
        return cls(**{**{k: v for k, v in data.items() if k in known}, "quantities": quantities, "aliases": aliases})
