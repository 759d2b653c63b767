"""A Chinese question's thing asked as the English report's table row names it, by meaning.

The dictionary links most words across languages, but not the words a report's categories are
named by: 鞋类 is no CC-CEDICT entry, nor 湿粮, 冷板式; 防晒 is "sunburn protection", not a
skincare report's "Sun care"; 大豆 is "soybean", not a plant-protein table's "Soy". Asked in
Chinese over an English table, such a row is never bound, and the question is refused or
answered with the whole's figure. The embedding model the index already loaded reads the
two as one thing: a Chinese word and the row label meaning it are close (鞋类 and "Footwear"
0.88, 湿粮 and "Wet food" 0.74), its neighbours in the same table further ("Dry food" 0.67),
and an unrelated table's rows far (电源侧 and "Footwear" 0.45). So a Chinese word of the
question that neither the passages nor the dictionary's senses of it write is asked as the
row label it is closest to, when that label is close enough and clearly closer than the next
one (:data:`ROW_LIKENESS`, :data:`ROW_MARGIN`). Only the rows of tables in the other language
are weighed: one short text per word and per row, embedded together.
"""

from __future__ import annotations

import re

import numpy as np

from reportqa.index.dictionary import translations
from reportqa.index.names import mentions, posseg
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import HAN_RUN, detect_language, normalize
from reportqa.server.answer.paraphrase import Embedder, market_of
from reportqa.server.calc.composed import MAX_UNITS
from reportqa.server.calc.composed import content_word as _content
from reportqa.server.calc.models import Operand
from reportqa.server.calc.subject import measures_of
from reportqa.server.calc.tables import OTHERS_ROW, Cell, is_aggregate_row, table_cells

# Cosine (both sides embedded as documents) from which a Chinese word names a row, and by how
# much the closest row must beat the next. Chosen on tuning questions' words and their tables
# (鞋类/Footwear 0.876, 防晒/Sun care 0.869, 大豆/Soy 0.822, 干粮/Dry food 0.813, 封装/"Assembly and
# packaging" 0.751, 湿粮/Wet food 0.737, 冷板式/"Cold plate liquid cooling" 0.707; the closest
# wrong row 0.55, 机载 against drone applications); the smallest margin of a right row over its
# table's next is 湿粮's, 0.072 over "Dry food".
ROW_LIKENESS = 0.70
ROW_MARGIN = 0.06
# jieba's tags of words that name no thing: prepositions, conjunctions, particles, adverbs,
# locatives, numerals, measure words, pronouns, time words, punctuation (not verbs: 防晒 is one).
_NOT_THING_TAGS = ("p", "c", "u", "d", "f", "m", "q", "r", "t", "x")


def with_row_labels(question: str, hits: list[Hit], embedder: Embedder | None) -> tuple[str, tuple[str, ...]]:
    """``question`` (Chinese) with each word of a thing that the passages of ``hits`` (English)
    write neither as it is nor by a dictionary sense written as the English row label it means
    (see the module's docstring), with the labels so written; ``question`` itself and none when it
    names none, or when the passages hold no English table."""
    if embedder is None or detect_language(question) != "zh":
        return question, ()
    labels = row_labels([h for h in hits if h.chunk.lang == "en"])
    if not labels:
        return question, ()
    written = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}").lower() for h in hits)
    things = _thing_words(question)
    words = [w for w in things if not _written(w, written)]
    markets = [m for m in dict.fromkeys(market_of(h.chunk.title) for h in hits) if m]
    if not words:
        return question, ()
    vectors = embedder.encode_documents([*words, *labels, *markets])
    likeness = vectors[: len(words)] @ vectors[len(words) :].T
    used: tuple[str, ...] = ()
    for word, row in zip(words, likeness, strict=True):
        rows, titles = row[: len(labels)], row[len(labels) :]
        order = np.argsort(-rows)
        best = float(rows[order[0]])
        second = float(rows[order[1]]) if len(order) > 1 else 0.0
        # A word as close to its report's market as to any row (心血管器械市场 of a cardiovascular
        # devices report) names the whole, not one of its rows.
        if best >= ROW_LIKENESS and best - second >= ROW_MARGIN and best > max(titles, default=0.0):
            replaced = _replaced(question, word, labels[order[0]], things)
            used += (labels[order[0]],) if replaced != question else ()
            question = replaced
    return question, used


def in_row(figure: Operand, labels: tuple[str, ...]) -> bool:
    """Whether ``figure`` is a cell of a table row labelled one of ``labels``."""
    return any(cell.start == figure.start and _label(cell) in labels for cell in table_cells(figure.hit.chunk))


def _replaced(question: str, word: str, label: str, things: list[str]) -> str:
    """``question`` with ``word`` written as ``label`` where it stands as a thing of its own, not
    inside a longer one (电表 of "电表出货量", not of "智能电表")."""
    spans = [m.span() for t in things if word in t and t != word for m in re.finditer(re.escape(t), question)]
    for m in re.finditer(re.escape(word), question):
        if not any(a <= m.start() < b for a, b in spans):
            return f"{question[: m.start()]} {label} {question[m.end() :]}"
    return question


def row_labels(hits: list[Hit]) -> list[str]:
    """The labels of the rows of ``hits``' tables that are one thing each (not a total, the world,
    a subtotal or the others)."""
    labels = {_label(cell) for hit in hits if "|" in hit.chunk.text for cell in table_cells(hit.chunk)}
    return sorted(label for label in labels if label and not is_aggregate_row(label) and not OTHERS_ROW.search(label))


def _label(cell: Cell) -> str:
    """A cell's own row label, without the group heading it is read under ("Assets / Cash" is Cash)."""
    return cell.row.rsplit("/ ", 1)[-1].strip()


def _thing_words(question: str) -> list[str]:
    """The runs of Chinese words of ``question`` that may name a thing, each weighed whole: jieba's
    neighbouring content words (智能 and 电表 are 智能电表, smart meters, not the "Electricity" row of
    their meter types; 湿 and 粮 are 湿粮), without a place or a measure at either end (北美, 收入);
    not a stop word, an asking word, a numeral or a function word."""
    runs: list[list[tuple[str, str]]] = [[]]
    for token in posseg().lcut(normalize(question)):
        if HAN_RUN.fullmatch(token.word) and _content(token.word) and not token.flag.startswith(_NOT_THING_TAGS):
            runs[-1].append((token.word, token.flag))
        elif runs[-1]:
            runs.append([])
    things = []
    for run in runs:
        while run and _edge(*run[0]):
            run = run[1:]
        while run and (_edge(*run[-1]) or _trailing(run)):
            run = run[:-1]
        if run and len(run) <= MAX_UNITS:
            things.append("".join(word for word, _ in run))
    return list(dict.fromkeys(things))


def _edge(word: str, flag: str) -> bool:
    """Whether a word at the edge of a run is no part of the thing: a place (北美 of 北美智能电表,
    which the dictionary carries) or a measure (收入 of 宠物食品收入)."""
    return flag == "ns" or bool(measures_of(word))


def _trailing(run: list[tuple[str, str]]) -> bool:
    """Whether a run's last word is no part of its thing: a verb after a noun (高出 of 豌豆蛋白高出)
    or one character after a word of two or more (总 of 智能电表总)."""
    if len(run) < 2:
        return False
    (before, _), (word, flag) = run[-2], run[-1]
    return flag.startswith("v") or (len(word) == 1 and len(before) > 1)


def _written(word: str, written: str) -> bool:
    """Whether lower-cased passages ``written`` write ``word`` or a dictionary sense of it."""
    return word in written or any(mentions(written, sense.lower()) for sense in translations(word))
