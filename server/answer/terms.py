"""A question's term that the dictionary cannot translate, read as the row label of a retrieved
table in the other language that the embedding model finds it means: 肿瘤 of a Chinese question
over an English table is its "Oncology" row, "live-streaming" of an English question over a
Chinese table its 直播收入 row.

The dictionary has no sense for most trade words (锂辉石 "spodumene", 电竞 "esports"), and a
glossary entry per report does not carry to the next report. The model the index already loaded
knows many of them, but not all, and not well: it also puts "lepidolite" nearest 锂辉石
(spodumene). So a label is taken only when its likeness is high and clearly ahead of every other
label's and of the report's own market (a term as close to the title as to a row names the
whole, "esports" of an esports report, not its 电竞游戏收入 row). Only the words a question names
a thing by, that the passages write in no dictionary sense, are weighed, and only when the
retrieved passages hold a table in the other language: a few short texts embedded.
Thresholds and the data behind them: docs/answerability.md.
"""

from __future__ import annotations

import re

from reportqa.index.query import matched_groups
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.server.answer.paraphrase import Embedder, market_of
from reportqa.server.calc.subject import is_period, names_in, thing_words, written_in

# Cosine (both sides embedded as documents) from which an untranslated term is a row label.
ROW_LIKENESS = 0.69
# How far the label must be ahead of the next label and of the report's market.
ROW_MARGIN = 0.15
_FIRST_CELL = re.compile(r"^\|\s*([^|]*?)\s*\|")
_SEPARATOR = re.compile(r"^\|\s*:?-{3,}")


def with_row_labels(question: str, hits: list[Hit], embedder: Embedder | None) -> str:
    """``question`` with each word it names a thing by, that the passages of ``hits`` write in no
    dictionary sense, replaced by the row label of a retrieved table in the other language that
    means it (:data:`ROW_LIKENESS`, :data:`ROW_MARGIN`); unchanged where none clearly does."""
    if embedder is None or not hits:
        return question
    labels = _other_language_labels(question, hits)
    written = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}").lower() for h in hits)
    terms = _untranslated(question, written)
    if not labels or not terms:
        return question
    markets = [m for m in dict.fromkeys(market_of(h.chunk.title) for h in hits) if m]
    vectors = embedder.encode_documents([*terms, *labels, *markets])
    likeness = vectors[: len(terms)] @ vectors[len(terms) :].T
    for term, row in zip(terms, likeness, strict=True):
        best, second = sorted(row, reverse=True)[:2] if len(row) > 1 else (row[0], -1.0)
        at = int(row.argmax())
        if at < len(labels) and best >= ROW_LIKENESS and best - second >= ROW_MARGIN:
            question = _replaced(question, term, labels[at])
    return question


def _untranslated(question: str, written: str) -> list[str]:
    """The words ``question`` names a thing by (not its names, places or periods) that
    lower-cased ``written`` writes neither itself nor in a dictionary sense, and that no glossary
    term of the question holds (亚太 of 亚太地区 is "Asia Pacific" by the glossary's rules)."""
    known = [name.lower() for name in names_in(question)] + [t.lower() for g in matched_groups(question) for t in g]
    return sorted(
        w
        for w in thing_words(question)
        if not written_in(w, written) and not any(w in term or term in w for term in known)
    )


def _other_language_labels(question: str, hits: list[Hit]) -> list[str]:
    """The row labels (first cells) of the tables among ``hits`` written in the other language
    than ``question``, less the periods."""
    lang = detect_language(question)
    cells = (cell for h in hits if h.chunk.kind == "table" for cell in _first_cells(h.chunk.text))
    return [cell for cell in dict.fromkeys(cells) if cell and not is_period(cell) and detect_language(cell) != lang]


def _first_cells(table: str) -> list[str]:
    """The first cells of the body rows of a Markdown ``table``: its heading row ("Charger type")
    names the column, not a row."""
    rows = [line for line in table.splitlines() if line.startswith("|")]
    body = next((rows[i + 1 :] for i, row in enumerate(rows) if _SEPARATOR.match(row)), rows)
    return [m.group(1) for row in body if (m := _FIRST_CELL.match(row))]


def _replaced(question: str, term: str, label: str) -> str:
    """``question`` with the word that ``term`` is a form of (its stem, lower-cased: "esport" of
    "esports", "live-streaming") replaced by ``label``."""
    if not term.isascii():
        return question.replace(term, label)
    return re.sub(rf"\b{re.escape(term)}[\w-]*", label, question, count=1, flags=re.IGNORECASE)
