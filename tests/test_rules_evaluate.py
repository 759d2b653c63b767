"""reportqa/evaluate.py: how an answer is scored, and the per-kind breakdown ``reportqa eval`` prints."""

from __future__ import annotations

import pytest

from reportqa.evaluate import EvalResult, format_table, score
from reportqa.server.answer.types import Citation, Figure
from reportqa.server.http.schemas import AskResponse

pytestmark = pytest.mark.unit


def _response(text: str, answerable: bool = True, figures: list[Figure] | None = None) -> AskResponse:
    passage = Citation("p1", "r.md", "R", "The stated figure.", "en", "S")
    return AskResponse(answer=text, answerable=answerable, citations=[passage], figures=figures or [])


def test_tol_rel_is_a_fraction_of_the_value():
    item = {"id": "c1", "kind": "computed", "q": "?", "gold": ["stated"], "numbers_any": [17.2662], "tol_rel": 0.005}
    assert not score(item, _response("It fell by 17.5%."), 1.0).numbers  # 1.4% off
    assert score(item, _response("It fell by 17.31%."), 1.0).numbers  # 0.25% off
    assert not score({**item, "tol_rel": 0.002}, _response("It fell by 17.31%."), 1.0).numbers


def test_the_breakdown_counts_computed_near_miss_cross_language_and_span_questions():
    figure = Figure("share", 9.83, "%", "9.83%", "2.9 / 29.5 = 9.83%", [])
    rows = [
        score(
            {"id": "a", "kind": "computed", "q": "?", "gold": ["stated"], "numbers_any": [9.83]},
            _response("9.83%", figures=[figure]),
            1,
        ),
        score(
            {"id": "b", "kind": "computed", "q": "?", "gold": ["stated"], "numbers_any": [5.0], "cross_language": True},
            _response("4%", figures=[figure]),
            1,
        ),
        score({"id": "c", "kind": "unanswerable", "q": "?"}, _response("no", answerable=False), 1),
        score(
            {"id": "d", "kind": "cross", "q": "?", "gold": ["stated"], "numbers_any": [1.0]},
            _response("1", answerable=False),
            1,
        ),
        score({"id": "e", "kind": "fact", "q": "?", "gold": ["stated"], "numbers_any": [1.0]}, _response("1"), 1),
    ]
    result = EvalResult(rows)
    kinds = result.to_dict()["by_kind"]
    assert kinds["computed"] == {"questions": 2, "right": 0.5, "stated": 2, "right_among_stated": 0.5}
    assert kinds["near-miss"] == {"questions": 1, "right": 1.0}
    assert kinds["cross-language"] == {"questions": 2, "right": 0.0}
    assert kinds["span"] == {"questions": 2, "right": 0.5}
    assert "right among stated figures: 50.0% of 2" in format_table(result)


def test_a_table_row_cited_as_markdown_holds_the_row_as_the_report_writes_it():
    row = Citation("p1", "r.pdf", "R", "| Asia Pacific | 7.5 | 8.6 |\n| Global | 22.1 | 24.6 |", "en", "S")
    response = AskResponse(answer="34.96%", answerable=True, citations=[row], figures=[])
    item = {"id": "t", "kind": "computed", "q": "?", "numbers_any": [34.96]}
    assert score({**item, "gold": ["Asia Pacific 7.5 8.6"]}, response, 1.0).cited
    assert not score({**item, "gold": ["Asia Pacific 7.5 9.6"]}, response, 1.0).cited
