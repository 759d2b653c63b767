"""A Chinese question's term the dictionary cannot translate, over an English table, through the
real service (ingest, FAISS, EmbeddingGemma, the answer pipeline; terms30): 肿瘤 and 免疫 are
the "Oncology" and "Immunology" rows the model clearly puts them nearest.
"""

from __future__ import annotations

import pytest

from reportqa.server.service import QAService
from reportqa.settings import Settings

BIOSIMILARS_EN = """# Global Biosimilars Market Report 2025

## Revenue by therapeutic class

Table 2. Biosimilar revenue by therapeutic class, 2024

| Therapeutic class | Revenue 2024 (USD million) | Share (%) |
|---|---|---|
| Oncology | 11,043.1 | 37.0 |
| Immunology | 10,446.2 | 35.0 |
| Insulins and diabetes | 4,651.9 | 15.6 |
| Other | 3,714.4 | 12.4 |
| Total | 29,855.6 | 100.0 |
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory, service) -> QAService:
    corpus = tmp_path_factory.mktemp("terms-asked")
    (corpus / "biosimilars-en.md").write_text(BIOSIMILARS_EN, encoding="utf-8")
    qa = QAService(Settings(corpus=corpus, index=tmp_path_factory.mktemp("index")), embeddings=service.embeddings)
    qa.library.ensure_index()
    return qa


def test_untranslated_terms_are_the_rows_the_model_puts_them_nearest(reports):
    answer = reports.ask("2024年肿瘤和免疫两类生物类似药收入合计是多少？", documents=["biosimilars-en.md"])
    assert answer.answerable, answer.text
    assert answer.figures and abs(answer.figures[0].value - 21489.3) < 0.1, answer.figures
