"""server/answer/terms.py: a question's word that the dictionary cannot translate into what the
passages write is read as the other language's row label an embedding clearly puts it nearest
(肿瘤 over an English table's "Oncology" row); a label close but not clearly ahead of the next,
or a term as close to the report's market as to any row, is left alone (terms30). A fake
embedder stands in for the model."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from reportqa.index.retriever import Hit
from reportqa.server.answer.terms import ROW_LIKENESS, ROW_MARGIN, with_row_labels
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TITLE = "Global Biosimilars Market Report 2025"
TABLE = (
    "| Therapeutic class | 2023 | 2024 |\n| --- | --- | --- |\n| Oncology | 9,811.0 | 11,043.1 |\n"
    "| Immunology | 8,360.2 | 10,446.2 |\n| Insulins and diabetes | 4,102.5 | 4,651.9 |\n| Total | 24,900.1 | 29,855.6 |"
)
QUESTION = "2024年肿瘤生物类似药收入是多少？"


def table_hit(text: str = TABLE) -> Hit:
    found = hit(text, title=TITLE)
    return dataclasses.replace(found, chunk=dataclasses.replace(found.chunk, kind="table"))


class Embedder:
    """Unit vectors: a term's likeness to a label is set, every other pair is unlike."""

    def __init__(self, likeness: dict[tuple[str, str], float]) -> None:
        self.likeness = likeness
        self.encoded: list[str] = []

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        self.encoded += texts
        vectors = np.zeros((len(texts), len(texts) + 1), dtype=np.float32)
        vectors[:, : len(texts)] = np.eye(len(texts))
        for (term, label), c in self.likeness.items():
            if term in texts and label in texts:
                t, lab = texts.index(term), texts.index(label)
                vectors[t] = 0.0
                vectors[t, lab] = c
                vectors[t, -1] = float(np.sqrt(1 - c * c))
        return vectors


def test_an_untranslated_term_clearly_nearest_a_row_label_is_asked_as_it():
    embedder = Embedder({("肿瘤", "Oncology"): ROW_LIKENESS + 0.05})
    asked = with_row_labels(QUESTION, [table_hit()], embedder)
    assert asked == "2024年Oncology生物类似药收入是多少？"


def test_a_label_below_the_likeness_is_not_taken():
    embedder = Embedder({("肿瘤", "Oncology"): ROW_LIKENESS - 0.05})
    assert with_row_labels(QUESTION, [table_hit()], embedder) == QUESTION


def test_a_label_not_clearly_ahead_of_the_next_is_not_taken():
    """The model puts "lepidolite" nearest 锂辉石 (spodumene) and 锂云母 next: a refusal beats
    the wrong row's figure."""

    class Close(Embedder):
        def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
            vectors = super().encode_documents(texts, titles)
            term, first, second = texts.index("肿瘤"), texts.index("Oncology"), texts.index("Immunology")
            c = ROW_LIKENESS + 0.05
            vectors[term] = 0.0
            vectors[term, first] = c
            vectors[term, second] = c - ROW_MARGIN / 2
            vectors[term] /= np.linalg.norm(vectors[term])
            return vectors

    assert with_row_labels(QUESTION, [table_hit()], Close({})) == QUESTION


def test_the_heading_row_names_a_column_not_a_row():
    embedder = Embedder({("肿瘤", "Therapeutic class"): ROW_LIKENESS + 0.1})
    assert with_row_labels(QUESTION, [table_hit()], embedder) == QUESTION
    assert "Therapeutic class" not in embedder.encoded


def test_without_a_table_in_the_other_language_nothing_is_embedded():
    embedder = Embedder({})
    assert with_row_labels(QUESTION, [hit("Oncology biosimilars grew fastest.", title=TITLE)], embedder) == QUESTION
    assert not embedder.encoded


def test_without_an_embedder_nothing_is_weighed():
    assert with_row_labels(QUESTION, [table_hit()], None) == QUESTION
