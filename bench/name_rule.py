"""The rule measured by ``bench.name_match``: a name's other-script form picked by the
embedding model among the names a passage writes (JinkoSolar ↔ 晶科能源, Fxiaoke ↔ 纷享销客),
for names no dictionary, pinyin or bracket links. Tried and not adopted
(``docs/answerability.md``, rule 2): no floor and margin separate a right link from a
rival's name at the precision a figure needs.

A candidate is accepted only when it clears a floor and beats every other candidate that is
a different name by a margin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reportqa.index.embeddings import ArrayEmbeddings
from reportqa.index.names import chinese_candidates, latin_names


def candidates(name: str, texts: Iterable[str]) -> list[str]:
    """The names of the other script than ``name``'s that ``texts`` write."""
    found: dict[str, None] = {}
    for text in texts:
        found.update(dict.fromkeys(chinese_candidates(text) if name.isascii() else latin_names(text)))
    return list(found)


def overlaps(a: str, b: str) -> bool:
    """Whether two candidates may be pieces of one written name: one holds the other, or
    one's end is the other's start by two characters or more (晶科能源 and 能源出货 in
    晶科能源出货; 纷享销 and 销售易 are two names)."""
    if a in b or b in a:
        return True
    return any(a.endswith(b[:k]) or b.endswith(a[:k]) for k in range(2, min(len(a), len(b))))


def pick(scores: Mapping[str, float], floor: float, margin: float) -> str | None:
    """The candidate of highest score when it reaches ``floor`` and leads every candidate
    that is not a piece of the same written name by ``margin``; else ``None``."""
    if not scores:
        return None
    best = max(scores, key=lambda c: scores[c])
    rivals = [s for c, s in scores.items() if not overlaps(best, c)]
    runner_up = max(rivals, default=-1.0)
    return best if scores[best] >= floor and scores[best] - runner_up >= margin else None


def name_scores(embeddings: ArrayEmbeddings, name: str, found: Iterable[str]) -> dict[str, float]:
    """Cosine of the document embeddings of ``name`` and of each candidate in ``found``."""
    found = [c for c in dict.fromkeys(found) if c != name]
    if not found:
        return {}
    vectors = embeddings.encode_documents([name, *found])
    return dict(zip(found, (vectors[1:] @ vectors[0]).tolist(), strict=True))
