"""Qualifiers that split a market into parts a report gives figures for apart.

"Onshore" and "offshore", "residential" and "commercial", 线上 and 线下 name parts of one whole:
a figure of one part, or of the whole a report also splits, is no figure of the other. Rule 3
of ``answerability`` (docs/answerability.md) asks the sentence that supports a figure to write
the qualifier the question asks when a sentence about the subject writes a sibling of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportqa.index.query import mentions_term
from reportqa.ingest.normalize import normalize

# Each family: parts a report states figures for apart, each part in its English and Chinese
# forms. A word in two families ("commercial": of buildings, of vehicles) is asked in both.
_FAMILIES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("onshore", "陆上", "陆风"), ("offshore", "海上", "海风")),
    (
        ("residential", "户用", "居民"),
        ("commercial", "commercial and industrial", "c&i", "enterprise", "enterprises", "工商业", "商用"),
    ),
    (("online", "线上"), ("offline", "线下")),
    (("public cloud", "公有云"), ("private cloud", "私有云")),
    (("centralised", "centralized", "utility-scale", "集中式"), ("distributed", "分布式")),
    (("passenger", "乘用"), ("commercial vehicle", "commercial vehicles", "商用车")),
)


@dataclass(frozen=True)
class Qualifier:
    """A part the question asks for (``asked``, its forms) and the other parts of its family."""

    asked: tuple[str, ...]
    siblings: tuple[str, ...]

    def written(self, text: str) -> bool:
        return _writes(text, self.asked)

    def sibling_written(self, text: str) -> bool:
        return _writes(text, self.siblings)


def asked_qualifiers(question: str) -> list[Qualifier]:
    """The parts of a family the question asks for, each with its siblings."""
    text = normalize(question).lower()
    found = []
    for family in _FAMILIES:
        for part in family:
            if _writes(text, part):
                others = tuple(form for other in family if other is not part for form in other)
                found.append(Qualifier(part, others))
    return found


def _writes(lowered: str, forms: tuple[str, ...]) -> bool:
    """Whether lower-cased ``lowered`` writes one of ``forms`` (Latin ones as whole words)."""
    return any(mentions_term(lowered, form) for form in forms)
