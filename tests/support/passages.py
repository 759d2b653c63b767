"""Hand-built passages and hits for the model-free unit tests.

No embedding model, no index: a :class:`Chunk` is written by hand, its quantities are
parsed with the same ``parse_quantities`` ingest uses, and it is wrapped in a
:class:`Hit` whose scores the test sets, so each rule is called on exactly the evidence
the test describes.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from reportqa.index.retriever import Hit
from reportqa.ingest.aliases import report_aliases
from reportqa.ingest.models import Chunk
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import parse_quantities
from reportqa.server.calc.program import calculate

_ids = itertools.count()


def chunk(text: str, lang: str = "en", doc: str = "report-en.md", title: str = "", section: str = "") -> Chunk:
    """A passage of ``doc`` whose quantities and bracketed names are read from ``text`` as ingest would."""
    n = next(_ids)
    return Chunk(
        id=f"{doc}#{n}",
        doc_id=doc,
        title=title or doc,
        lang=lang,
        text=text,
        search_text=normalize(text),
        section=section,
        page=None,
        start=0,
        end=len(text),
        quantities=parse_quantities(text),
        aliases=report_aliases([text]),
    )


def hit(
    text: str,
    lang: str = "en",
    doc: str = "report-en.md",
    dense: float = 0.6,
    keyword: float = 0.5,
    score: float | None = None,
    title: str = "",
    section: str = "",
) -> Hit:
    """``text`` as a retrieved hit with the given similarity scores."""
    c = chunk(text, lang=lang, doc=doc, title=title, section=section)
    return Hit(chunk=c, score=dense if score is None else score, dense=dense, keyword=keyword, position=next(_ids))


class FakeSearcher:
    """A searcher that returns the same hand-built hits for any query, and records the calls."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.queries: list[tuple[str, int]] = []

    def search(self, query: str, k: int = 5, documents=None, keyword_matches: int = 0) -> list[Hit]:
        self.queries.append((query, k))
        if documents is not None:
            return [h for h in self.hits if h.chunk.doc_id in set(documents)][:k]
        return self.hits[:k]


# Passages written like the seed reports, small enough to read in a test.
EN_SIZE = (
    "The global call center market was valued at USD 34.03 billion in 2025. "
    "It is expected to reach USD 59.34 billion by 2032, growing at a CAGR of 8.26% from 2025 to 2032."
)
ZH_SIZE = "美国技术支持市场规模在2025年为100.6亿美元，预计2030年达到145.7亿美元，2025-2030年复合年增长率为7.69%。"
RESTRAINTS_TABLE = (
    "| Restraint | Impact on CAGR |\n"
    "| Data privacy rules | -1.2% |\n"
    "| Labour costs | -0.9% |\n"
    "| Legacy systems | -0.7% |"
)


def formula_of(question: str, *hits: Hit) -> str | None:
    """The formula ``question`` computes over ``hits``, or ``None`` when nothing is computed."""
    found = calculate(question, list(hits))
    return None if found is None else found.result.formula


def computed(text: str, question: str) -> Decimal | None:
    """What ``question`` computes over ``text`` as one hit (in the language its text is written), or ``None``."""
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
    found = calculate(question, [hit(text, lang=lang)])
    return found.result.value if found else None
