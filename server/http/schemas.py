"""Request and response models of the HTTP API (see CONTRACT.md)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reportqa.server.answer import types
from reportqa.server.answer.types import MAX_QUESTION_CHARS
from reportqa.server.library.documents import Neighbourhood
from reportqa.server.library.figures import METRICS, StatedFigure

MAX_HISTORY_TURNS = 50
MAX_TOP_K = 20
MAX_DOCUMENTS = 1000


class Turn(BaseModel):
    model_config = ConfigDict(strict=True)
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20_000)


class AskRequest(BaseModel):
    """Body of ``POST /ask``; unknown fields are ignored, wrong types are rejected."""

    model_config = ConfigDict(strict=True, extra="ignore")
    question: str = Field(max_length=MAX_QUESTION_CHARS, description=f"1..{MAX_QUESTION_CHARS} characters")
    history: list[Turn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    top_k: int = Field(default=5, ge=1, le=MAX_TOP_K)
    documents: list[Annotated[str, Field(min_length=1, max_length=1000)]] | None = Field(
        default=None,
        max_length=MAX_DOCUMENTS,
        description="corpus-relative file names (as GET /documents lists them) to answer from; all when absent",
    )

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("question must not be empty")
        return value.strip()

    def turns(self) -> list[types.Turn]:
        """The history as the answer pipeline takes it."""
        return [types.Turn(t.role, t.content) for t in self.history]


# Citations and figures leave as the answer pipeline's own dataclasses: one definition each.
Citation = types.Citation
Figure = types.Figure


class AskResponse(BaseModel):
    answer: str
    answerable: bool
    citations: list[Citation]
    figures: list[Figure] = Field(default_factory=list)

    @classmethod
    def from_answer(cls, answer: types.Answer) -> AskResponse:
        return cls(answer=answer.text, answerable=answer.answerable, citations=answer.citations, figures=answer.figures)


class PassageContext(BaseModel):
    """A cited passage with its neighbouring passages of the same report, in reading order."""

    before: list[Citation]
    passage: Citation
    after: list[Citation]

    @classmethod
    def from_neighbourhood(cls, near: Neighbourhood) -> PassageContext:
        def cite(chunks: list) -> list[Citation]:
            return [Citation.from_chunk(c) for c in chunks]

        return cls(before=cite(near.before), passage=cite([near.passage])[0], after=cite(near.after))


class FigureCitation(BaseModel):
    """Where a stated figure stands: the passage (as ``/passages/{id}/context`` takes it) and its place."""

    id: str
    location: str
    page: int | None
    section: str
    kind: str


class Normalised(BaseModel):
    """A figure in a common unit: amounts in billions of their currency, rates in % or pp."""

    value: float
    unit: str


class FigureRow(BaseModel):
    """One figure a report states (``GET /figures``)."""

    doc: str
    title: str
    subject: str
    metric: Literal[METRICS]  # type: ignore[valid-type]
    period: str
    value: str = Field(description="the digits as stated, sign included, no thousands separators")
    unit: str
    scale: str
    display: str = Field(description="the figure as written in the report")
    normalised: Normalised | None
    citation: FigureCitation

    @classmethod
    def from_figure(cls, figure: StatedFigure) -> FigureRow:
        normalised = (
            None
            if figure.normalised_value is None
            else Normalised(value=figure.normalised_value, unit=figure.normalised_unit)
        )
        return cls(
            doc=figure.doc,
            title=figure.title,
            subject=figure.subject,
            metric=figure.metric,
            period=figure.period,
            value=figure.value,
            unit=figure.unit,
            scale=figure.scale,
            display=figure.display,
            normalised=normalised,
            citation=FigureCitation(
                id=figure.passage, location=figure.location, page=figure.page, section=figure.section, kind=figure.kind
            ),
        )


class Figures(BaseModel):
    figures: list[FigureRow]


class Health(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    status: Literal["ok"] = "ok"
    documents: int
    chunks: int
    index_version: str
    model: str
    last_rebuild: str | None = None
    last_result: dict | None = None
