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

from reportqa.index.dictionary import english_word, translations
from reportqa.index.names import chinese_candidates, transliterated, with_aliases
from reportqa.index.places import is_place
from reportqa.index.retriever import Hit
from reportqa.ingest.aliases import bracket_aliases
from reportqa.ingest.normalize import HAN_RUN, normalize
from reportqa.server.answer.answerability import SEARCH_DEPTH, unmentioned
from reportqa.server.answer.paraphrase import Embedder
from reportqa.server.answer.row_labels import row_labels
from reportqa.server.calc.subject import names_in

log = logging.getLogger(__name__)

# Cosine (both sides embedded as documents) from which a Latin name is the Chinese name of the
# passages it is closest to, and by how much that one must beat the closest name neither inside
# it nor holding it. Chosen on tuning questions: see docs/answerability.md.
NAME_LIKENESS = 0.75
NAME_MARGIN = 0.07
# The same, weighed only against the free rows of a table that names another company of the
# question (see :func:`_meant_row`). Chosen on the tuning questions' companies over their tables:
# Mindray/迈瑞医疗 0.554 (next free row 0.419), Porton/博腾股份 0.554 (next 0.416), while Asymchem,
# whose 凯莱英 the model does not know, is closest to the wrong 康龙化成 at 0.487 by 0.043.
ROW_NAME_LIKENESS = 0.50
ROW_NAME_MARGIN = 0.10


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
    names = unmentioned(question, hits)
    for name in names:
        meant = _meant_name(name, written, labels, embedder) or _meant_row(
            name, question, names, hits, written, embedder
        )
        if meant:
            question = re.sub(rf"{re.escape(name)}(?:['’]s)?", f" {meant} ", question)
    return question


# "China Telecom's Tianyi Cloud": the owner, its possessive, and what it owns.
_OWNED = re.compile(r"^(?P<owner>.+?)['’]s (?P<owned>.+)$")


def without_unwritten_owners(question: str, hits: list[Hit]) -> str:
    """``question`` with the owner of a name it asks as "Owner's Brand" left out where the passages
    judged of ``hits`` write the brand but not the owner ("China Telecom's Tianyi Cloud" over a report
    that writes 天翼云 and never 中国电信): the question names the owner to say whose brand it is, and
    the brand is what it asks about. The brand must hold a word that is no common English word:
    "Pet Nutrition" of "Hill's Pet Nutrition" names a market as much as a company, and "IVD" of
    "Sysmex's IVD" is a term (:func:`_may_name_company`)."""
    if not re.search(r"['’]s ", question):
        return question  # most questions: no names weighed
    for name in unmentioned(question, hits):
        owned = _OWNED.match(name)
        if owned is None or not _names_a_brand(owned["owned"]):
            continue
        without = question.replace(name, owned["owned"])
        if owned["owned"] not in unmentioned(without, hits):
            question = without
    return question


def _names_a_brand(owned: str) -> bool:
    return _may_name_company(owned) and not all(english_word(w) for w in re.findall(r"[A-Za-z]+", owned))


def _meant_name(name: str, passages: str, labels: list[str], embedder: Embedder) -> str | None:
    """The Chinese name of ``passages`` or of their Chinese row ``labels`` that the Latin ``name``
    means (see the module's docstring), or None when none is close enough or clearly the closest,
    or ``name`` may name no company (:func:`_may_name_company`)."""
    if not _may_name_company(name):
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


def _meant_row(
    name: str, question: str, unlinked: list[str], hits: list[Hit], written: str, embedder: Embedder
) -> str | None:
    """The row of a Chinese table that the Latin ``name`` means, when the same table names another
    company of ``question`` (a row 雅培（Abbott）, or a row the report brackets or spells as the
    question's name elsewhere): the question compares companies of one table, so ``name`` is one of
    that table's other rows, and only those are weighed (:data:`ROW_NAME_LIKENESS`,
    :data:`ROW_NAME_MARGIN`). Across a report's whole text the model's likeness of a Latin name to
    its Chinese name is too low to tell it from other words (Mindray/迈瑞医疗 0.554, 集中带量 0.484);
    among one table's companies it stands out. The table is the second sign the margin alone was not:
    without a company of the question linked to its rows, none is read. ``written`` is the passages'
    normalized text, which :func:`with_meant_names` reads once for every name."""
    if not _may_name_company(name):
        return None
    aliases = tuple(dict.fromkeys(pair for h in hits[:SEARCH_DEPTH] for pair in h.chunk.aliases))
    aliases += bracket_aliases(question)
    others = [n for n in names_in(question) if n != name and n not in unlinked and _may_name_company(n)]
    forms = {n: [n.lower(), *with_aliases(n, aliases)[1:], *transliterated(n, written)] for n in others}
    for labels in _tables(hits[:SEARCH_DEPTH]):
        taken = {label for label in labels for fs in forms.values() if any(f in label.lower() for f in fs)}
        free = [label for label in labels if label not in taken and HAN_RUN.fullmatch(label)]
        if not taken or len(free) < 2:
            continue
        vectors = embedder.encode_documents([name, *free])
        likeness = vectors[1:] @ vectors[0]
        order = np.argsort(-likeness)
        best, second = float(likeness[order[0]]), float(likeness[order[1]])
        log.info("table name %r -> %s %.3f, next %.3f", name, free[order[0]], best, second)
        if best >= ROW_NAME_LIKENESS and best - second >= ROW_NAME_MARGIN:
            return free[order[0]]
    return None


def _may_name_company(name: str) -> bool:
    """Whether ``name`` may be a company's Latin name: a place or another word the dictionary
    translates is written by its translation or not at all ("China" is not the 华东 of a passage
    that never writes 中国); an initialism ("AI", "CAGR") is a term of the glossary's or the
    dictionary's, never a company's written name."""
    return name.isascii() and bool(re.search(r"[a-z]", name)) and not is_place(name) and not translations(name)


def _tables(hits: list[Hit]) -> list[list[str]]:
    """The row labels of each table of ``hits``, a table's chunks read together (a long table is cut
    into chunks of one section, only the first with its header)."""
    sections: dict[tuple[str, str], list[Hit]] = {}
    for hit in hits:
        if "|" in hit.chunk.text:
            sections.setdefault((hit.chunk.doc_id, hit.chunk.section), []).append(hit)
    return [row_labels(group) for group in sections.values()]
