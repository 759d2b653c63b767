"""ingest/aliases.py: a report's bracketed names in both scripts travel with every chunk of
that report, so a passage that writes one script only is judged with them. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import chunk_document
from reportqa.ingest.loaders import load_document
from reportqa.ingest.models import Chunk
from reportqa.server.answer.answerability import judge

pytestmark = pytest.mark.unit

REPORT = (
    "# 中国SaaS CRM市场报告\n\n## 厂商概览\n\n"
    "本报告覆盖的厂商包括纷享销客（Fxiaoke）、销售易（NeoCRM）与Salesforce。\n\n"
    + "\n\n".join(f"## 第{n}节\n\n" + "行业整体保持增长，客户续约率稳定，渠道结构持续调整。" * 12 for n in range(1, 4))
    + "\n\n## 竞争格局\n\n2024年市场份额前三的厂商分别为纷享销客（11.8%）、销售易（10.9%）与Salesforce（在华份额6.2%）。\n"
)


@pytest.fixture(scope="module")
def chunks(tmp_path_factory) -> list[Chunk]:
    path = tmp_path_factory.mktemp("aliases") / "crm.md"
    path.write_text(REPORT, encoding="utf-8")
    return chunk_document(load_document(path, "crm.md"))


def test_every_chunk_carries_the_names_its_report_writes_in_both_scripts(chunks):
    assert len(chunks) > 2
    assert all(c.aliases == [("fxiaoke", "纷享销客"), ("neocrm", "销售易")] for c in chunks)
    assert Chunk.from_dict(chunks[-1].to_dict()).aliases == chunks[-1].aliases  # stored and read back


def test_a_passage_without_the_bracket_is_judged_with_the_reports_aliases(chunks):
    share = next(c for c in chunks if "11.8%" in c.text)
    assert "Fxiaoke" not in share.text
    question = "What market share did NeoCRM hold in 2024?"  # a brand no pinyin spells
    verdict = judge(question, [Hit(share, 0.6, 0.6, 0.5, 0)])
    assert verdict.answerable, verdict.reason
    alone = Chunk.from_dict(share.to_dict() | {"aliases": []})
    assert not judge(question, [Hit(alone, 0.6, 0.6, 0.5, 0)]).answerable  # the passage alone does not say
    # A company the report never names in either script is still refused.
    assert not judge("What market share did Zoho hold in 2024?", [Hit(share, 0.6, 0.6, 0.5, 0)]).answerable
