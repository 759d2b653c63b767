"""A Latin name asked over Chinese passages that write the company by its Chinese name only.

A Chinese report names a company in Chinese (网易有道, 腾讯云, 埃斯顿, 博腾股份); an English
question about it writes its English name (NetEase Youdao, Tencent Cloud, Estun, Porton), which
the dictionary does not list, which is no transliteration of the Chinese (Porton for 博腾), and
which the report gives in no brackets. Read as an unmentioned name, the question was refused.
The embedding model the index already loaded has read both names together: the English name and
the Chinese name of the same company are close (Tencent Cloud / 腾讯云 0.905, Estun / 埃斯顿
0.672), the same report's other companies further (华为云 0.802, 汇川技术 0.439), and a company
the report never names is about as close to every one of them (Kingsoft Cloud: 移动云 0.672,
华为云 0.667). So a Latin name is read as the Chinese name of the passages it is closest to when
that is close enough and clearly closer than any other name there (:data:`NAME_LIKENESS`,
:data:`NAME_MARGIN`); a name inside the closest or holding it is a part or an extension of it
(网易 of 网易有道, 阿里云营收 of 阿里云), not a rival.
"""

from __future__ import annotations

import logging
import re

import numpy as np

from reportqa.index.dictionary import translations
from reportqa.index.names import chinese_candidates
from reportqa.index.places import is_place
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import HAN_RUN, normalize
from reportqa.server.answer.answerability import SEARCH_DEPTH, unmentioned
from reportqa.server.answer.paraphrase import Embedder
from reportqa.server.answer.row_labels import row_labels

log = logging.getLogger(__name__)

# Cosine (both sides embedded as documents) from which a Latin name is the Chinese name of the
# passages it is closest to, and by how much that one must beat the closest name neither inside
# it nor holding it. Chosen on tuning questions: see docs/answerability.md.
NAME_LIKENESS = 0.75
NAME_MARGIN = 0.07


def with_meant_names(question: str, hits: list[Hit], embedder: Embedder | None) -> str:
    """``question`` with each Latin name the passages judged of ``hits`` do not mention written as
    the Chinese name of theirs it means (see the module's docstring), so that the judge finds it
    mentioned and a calculation binds its figures; ``question`` itself when none is."""
    # Only Chinese passages write a company by its Chinese name alone; over English ones the
    # judge's own reading stands, and no name is weighed (most questions: no cost on their path).
    if embedder is None or not any(h.chunk.lang == "zh" for h in hits[:SEARCH_DEPTH]):
        return question
    written = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}") for h in hits[:SEARCH_DEPTH])
    # A table's companies are its row labels, which jieba may cut into dictionary words (华为云).
    labels = [label for label in row_labels(hits[:SEARCH_DEPTH]) if HAN_RUN.fullmatch(label)]
    for name in unmentioned(question, hits):
        meant = _meant_name(name, written, labels, embedder)
        if meant:
            question = re.sub(rf"{re.escape(name)}(?:['’]s)?", f" {meant} ", question)
    return question


def _meant_name(name: str, passages: str, labels: list[str], embedder: Embedder) -> str | None:
    """The Chinese name of ``passages`` or of their Chinese row ``labels`` that the Latin ``name``
    means (see the module's docstring), or None when none is close enough or clearly the closest.
    A place or another word the dictionary translates is written by its translation or not at
    all: "China" is not the 华东 of a passage that never writes 中国; an initialism ("AI", "CAGR")
    is a term of the glossary's or the dictionary's, never a company's written name."""
    if not (name.isascii() and re.search(r"[a-z]", name)) or is_place(name) or translations(name):
        return None
    candidates = list(dict.fromkeys([*chinese_candidates(passages), *labels]))
    if len(candidates) < 2:
        return None
    vectors = embedder.encode_documents([name, *candidates])
    likeness = vectors[1:] @ vectors[0]
    order = np.argsort(-likeness)
    best = candidates[order[0]]
    rival = next((i for i in order[1:] if candidates[i] not in best and best not in candidates[i]), None)
    second = float(likeness[rival]) if rival is not None else 0.0
    rival_name = candidates[rival] if rival is not None else ""
    log.info("name meaning %r -> %s %.3f, rival %s %.3f", name, best, likeness[order[0]], rival_name, second)
    if likeness[order[0]] >= NAME_LIKENESS and likeness[order[0]] - second >= NAME_MARGIN:
        return best
    return None
