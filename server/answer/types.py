"""What an answer is made of, as plain dataclasses: the HTTP layer maps them to JSON.

A :class:`Figure` is a number code computed (with its formula and cited inputs); a
quantity a report states is an ingest :class:`~reportqa.ingest.models.Quantity`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reportqa.ingest.models import Chunk

MAX_QUESTION_CHARS = 2000  # a question, or a follow-up merged with the turns before it


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True)
class Citation:
    """A passage as an answer cites it; ``score`` is 0 where it was not retrieved (passage context)."""

    id: str
    doc: str
    title: str
    text: str  # the verbatim passage
    lang: Literal["zh", "en"]
    location: str
    score: float = 0.0
    # Where a reader finds it, as parts: a card links to the page of the original file.
    page: int | None = None
    section: str = ""
    kind: str = ""  # "paragraph", "list" or "table"

    @classmethod
    def from_chunk(cls, chunk: Chunk, score: float = 0.0) -> Citation:
        return cls(
            id=chunk.id,
            doc=chunk.doc_id,
            title=chunk.title,
            text=chunk.text,
            lang="zh" if chunk.lang == "zh" else "en",
            location=chunk.location,
            score=score,
            page=chunk.page,
            section=chunk.section,
            kind=chunk.kind,
        )


@dataclass(frozen=True)
class FigureInput:
    """A stated value a figure was computed from, and the citation it was read from."""

    value: float
    unit: str
    citation: str  # id of the citation


@dataclass(frozen=True)
class Figure:
    """A computed figure: its value, how the answer shows it, and the formula over its inputs."""

    label: str
    value: float
    unit: str
    display: str
    formula: str
    inputs: list[FigureInput]


@dataclass
class Answer:
    """The answer to one question: its text, whether the reports hold it, what it cites and computes."""

    text: str
    answerable: bool
    citations: list[Citation]
    figures: list[Figure] = field(default_factory=list)
