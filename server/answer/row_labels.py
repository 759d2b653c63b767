"""A question's thing asked as the other language's table row names it, by meaning.

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

The same holds the other way round: an English question over a Chinese report asks "security
hardware" or "distributed solar" where the table's rows are 安全硬件 and 分布式光伏, words no
dictionary sense of the question's phrase spells. An English question's things are its runs of
words that may name one (not a place, a measure, a figure or an asking word), weighed against the
Chinese tables' rows as above, each stretch of a run apart.

Before the model, an English phrase may spell a Chinese row word by word: "grid-side" is 电网侧, as
电网 is "power grid" and 侧 "side", though the model reads the two only 0.635 alike (see
:func:`_spelled_row`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from reportqa.index.dictionary import han_units, translations
from reportqa.index.keyword import english_stem
from reportqa.index.names import mentions, posseg
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import HAN_RUN, detect_language, normalize
from reportqa.server.answer.paraphrase import Embedder, market_of
from reportqa.server.calc.composed import MAX_UNITS
from reportqa.server.calc.composed import content_word as _content
from reportqa.server.calc.models import Operand
from reportqa.server.calc.operands import candidates_of, clause_of
from reportqa.server.calc.subject import is_place_word, measures_of, subject_words, without_measures
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


def with_row_labels(
    question: str,
    hits: list[Hit],
    embedder: Embedder | None,
    labels_of: Callable[[list[Hit]], list[str]] | None = None,
) -> tuple[str, tuple[str, ...]]:
    """``question`` with each word of a thing that the passages of ``hits`` in the other language
    write neither as it is nor by a dictionary sense written as the row label of theirs it means
    (see the module's docstring), with the labels so read; ``question`` itself and none when it
    names none, or when the passages hold no table in the other language. A label is written
    without its aside in brackets, whose 、 and 等 the intent reader takes for the question's words.
    ``labels_of`` gives the labels weighed (:func:`row_labels` unless given: :func:`prose_labels`
    weighs the phrases prose figures are said of)."""
    if embedder is None:
        return question, ()
    lang = detect_language(question)
    labels = (labels_of or row_labels)([h for h in hits if h.chunk.lang != lang])
    if not labels:
        return question, ()
    written = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}").lower() for h in hits)
    things = _thing_words(question) if lang == "zh" else _english_things(question)
    # An English run is weighed by each of its stretches too: no tagger here tells its nouns from
    # a verb or a measure beside them ("sodium-ion batteries account", "user-side additions").
    pieces = {
        thing: [
            p
            for p in (_with_own_words(thing, question) if lang == "zh" else _stretches(thing))
            if not _written(p, written)
        ]
        for thing in things
    }
    texts = list(dict.fromkeys(p for stretches in pieces.values() for p in stretches))
    markets = [m for m in dict.fromkeys(market_of(h.chunk.title) for h in hits) if m]
    if not texts:
        return question, ()
    vectors = embedder.encode_documents([*texts, *(_named(label) for label in labels), *markets])
    likeness = dict(zip(texts, vectors[: len(texts)] @ vectors[len(texts) :].T, strict=True))
    used: tuple[str, ...] = ()
    for thing, stretches in pieces.items():
        spelled = _spelled_row(question, stretches, labels) if lang != "zh" else None
        if spelled:
            (start, end), label = spelled
            question, used = f"{question[:start]} {_named(label)} {question[end:]}", (*used, label)
            continue
        readings = [(reading, p) for p in stretches if (reading := _closest_row(likeness[p], len(labels)))]
        if not readings:
            continue
        (_, row), piece = max(readings)
        replaced = _replaced(question, piece, _named(labels[row]), [t for t in things if t != thing])
        used += (labels[row],) if replaced != question else ()
        question = replaced
    return question, used


def _closest_row(likeness: np.ndarray, rows: int) -> tuple[float, int] | None:
    """The likeness and index of the row a text means, given its ``likeness`` to the ``rows`` row
    labels and then to the reports' markets; ``None`` when no row is close enough and clearly
    closer than the next."""
    of_rows, of_markets = likeness[:rows], likeness[rows:]
    order = np.argsort(-of_rows)
    best = float(of_rows[order[0]])
    second = float(of_rows[order[1]]) if len(order) > 1 else 0.0
    # A word as close to its report's market as to any row (心血管器械市场 of a cardiovascular
    # devices report) names the whole, not one of its rows.
    if best >= ROW_LIKENESS and best - second >= ROW_MARGIN and best > max(of_markets, default=0.0):
        return best, int(order[0])
    return None


_LATIN_WORD = re.compile(r"[A-Za-z]+")
# An ordinal names its numeral's rank: a report's 三线城市 (三 "three", 线 "tier") are "third-tier cities".
_ORDINALS = {"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six"}


def _spelled_row(question: str, stretches: list[str], labels: list[str]) -> tuple[tuple[int, int], str] | None:
    """The span of ``question`` and the one Chinese row label of ``labels`` that the first of an
    English thing's ``stretches`` able to spell one spells word by word (:func:`_spelling`): a
    Chinese compound writes its parts in the order and sense an English compound does (电网 "power
    grid" + 侧 "side" is "grid-side"; 三 "three" + 线 "tier" + 及 "and" + 以下 "lower" + 城市 "city" is
    "third-tier and lower cities"), which the model reads below :data:`ROW_LIKENESS` (0.635, 0.461).
    ``None`` when no stretch spells a label or one spells two."""
    words = [(m.start(), m.end(), _stem(m.group())) for m in _LATIN_WORD.finditer(question)]
    for stretch in stretches:
        found = _as_written(stretch).search(question)
        if not found:
            continue
        inside = [i for i, (start, end, _) in enumerate(words) if found.start() <= start and end <= found.end()]
        spans = {label: span for label in labels if (span := _spelling(question, words, inside, label))}
        if len(spans) == 1:
            label, span = spans.popitem()
            return span, label
    return None


def _spelling(
    question: str, words: list[tuple[int, int, str]], inside: list[int], label: str
) -> tuple[int, int] | None:
    """The span of ``question`` that spells the Chinese ``label`` word by word: each of the words
    ``inside`` the thing (stems, at their positions in ``words``) is a word of a dictionary sense
    of one part of the label (:func:`han_units`), and every part is so spelled, by those words or by
    the words next to them ("and lower cities" after "third-tier": a question's run of words that
    name a thing stops at its "and"). A label of one part is the dictionary's own sense, which the
    passages' words already read; none when some part is spelled by no word there."""
    parts = _part_stems(_named(label))
    if len(parts) < 2 or not inside:
        return None
    spelled: set[int] = set()
    if not all(_spell(words[i][2], parts, spelled) for i in inside):
        return None
    first, last = inside[0], inside[-1]
    while last + 1 < len(words) and _adjoining(question, words[last], words[last + 1]):
        if not _spell(words[last + 1][2], parts, spelled):
            break
        last += 1
    while first > 0 and _adjoining(question, words[first - 1], words[first]):
        if not _spell(words[first - 1][2], parts, spelled):
            break
        first -= 1
    return (words[first][0], words[last][1]) if len(spelled) == len(parts) else None


def _spell(stem: str, parts: tuple[frozenset[str], ...], spelled: set[int]) -> bool:
    """Whether the word ``stem`` spells a part of ``parts`` not yet ``spelled``, which it then adds."""
    part = next((k for k, stems in enumerate(parts) if k not in spelled and stem in stems), None)
    if part is not None:
        spelled.add(part)
    return part is not None


def _adjoining(question: str, before: tuple[int, int, str], after: tuple[int, int, str]) -> bool:
    """Whether two words of ``question`` stand with nothing but a space or a hyphen between them."""
    return not question[before[1] : after[0]].strip(" -")


@lru_cache(maxsize=4096)
def _part_stems(label: str) -> tuple[frozenset[str], ...]:
    """Each part of a Chinese ``label`` the dictionary reads (:func:`han_units`) as the stems of the
    words of its English senses; cached, as every stretch of every question weighs the same labels."""
    return tuple(
        frozenset(_stem(word) for sense in senses for word in _LATIN_WORD.findall(sense))
        for run in han_units(label)
        for _, senses in run
    )


def _stem(word: str) -> str:
    word = word.lower()
    return english_stem(_ORDINALS.get(word, word))


def in_row(figure: Operand, labels: tuple[str, ...]) -> bool:
    """Whether ``figure`` is a cell of a table row labelled one of ``labels``, or a sentence's figure
    whose own clause is said of one (:func:`prose_labels`)."""
    cells = table_cells(figure.hit.chunk)
    if any(cell.start == figure.start for cell in cells):
        return any(cell.start == figure.start and _label(cell) in labels for cell in cells)
    return _clause_phrase(figure) in labels


def prose_labels(hits: list[Hit], measures: frozenset[str]) -> list[str]:
    """What the figures of ``hits``' prose are each said of, as a row's label says what its cells are
    of: the subject phrase of the clause that leads into the figure (学习服务 of "其中学习服务收入为36.4亿元",
    "Learning services" of "Learning services revenue was USD 5.0 billion"). A report's parts are
    often stated in sentences, not a table, and a question in the other language names them in words
    no dictionary sense spells, just as it names a table's rows. Only figures whose clause names one
    of the question's ``measures`` are weighed: a table's column tells the calculation what its cells
    measure, a sentence's phrase does not (新型储能系统 of a market size is not the capacity asked)."""
    said = {
        (_clause_phrase(c.operand), normalize(c.operand.hit.chunk.title))
        for c in candidates_of(hits)
        if not c.in_table and measures_of(_lead_in(c.operand)) & measures
    }
    # A phrase its report's title writes (医疗美容市场 of 中国医疗美容市场研究报告) is the whole the
    # report is about, as a table's total row is: no part a question's thing may be read as.
    phrases = {p for p, title in said if p and p not in title}
    return sorted(p for p in phrases if not is_aggregate_row(p) and not OTHERS_ROW.search(p))


def _lead_in(figure: Operand) -> str:
    """The words of a sentence's ``figure``'s own clause before it (:func:`clause_of`)."""
    text = figure.hit.chunk.text
    lead, _ = clause_of(text, figure.start, figure.end)
    return text[lead : figure.start]


def _clause_phrase(figure: Operand) -> str:
    """The subject phrase of the clause leading into a sentence's ``figure`` (:func:`clause_of`): the
    last run of words that may name a thing before it, without its measure, its verb, its period or a
    place at its ends ("其中学习服务收入为" is 学习服务, "2024年，福田汽车新能源商用车销量为" 福田汽车新能源商用车)."""
    before = without_measures(_lead_in(figure))
    if figure.hit.chunk.lang != "zh":
        things = _english_things(before)
        return things[-1] if things else ""
    runs = _content_runs(before)
    run = next((r for r in reversed(runs) if r), [])
    while run and is_place_word(run[0][0]):
        run = run[1:]  # 全国 of 全国光伏组件产量: the question names its place apart
    while run and run[-1][1] == "v":
        run = run[:-1]  # 达到 of 用户规模达到
    phrase = "".join(word for word, _ in run)
    # One word of two characters alone (服务, 用户, 机构) is a generic noun the clause's context
    # makes a thing, and reads as close to any question's plain word ("services" 0.82).
    return phrase if len(run) <= MAX_UNITS and len(phrase) > 2 else ""


def _content_runs(text: str) -> list[list[tuple[str, str]]]:
    """jieba's runs of neighbouring Chinese content words of ``text``, each word with its tag: not a
    stop word, an asking word, a numeral or a function word (``_NOT_THING_TAGS``) between them."""
    runs: list[list[tuple[str, str]]] = [[]]
    for token in posseg().lcut(normalize(text)):
        if HAN_RUN.fullmatch(token.word) and _content(token.word) and not token.flag.startswith(_NOT_THING_TAGS):
            runs[-1].append((token.word, token.flag))
        elif runs[-1]:
            runs.append([])
    return runs


def _replaced(question: str, word: str, label: str, things: list[str]) -> str:
    """``question`` with ``word`` written as ``label`` where it stands as a thing of its own, not
    inside a longer one (电表 of "电表出货量", not of "智能电表"; "hardware" of "hardware sales", not
    of "security hardware")."""
    spans = [m.span() for t in things if word in t and t != word for m in re.finditer(_as_written(t), question)]
    for m in re.finditer(_as_written(word), question):
        if not any(a <= m.start() < b for a, b in spans):
            return f"{question[: m.start()]} {label} {question[m.end() :]}"
    return question


def _as_written(thing: str) -> re.Pattern[str]:
    """``thing`` where the question writes it: an English thing as whole words ("solar", not the
    "solar" of "solarisation")."""
    if thing.isascii():
        return re.compile(rf"(?<![A-Za-z-]){re.escape(thing)}(?![A-Za-z-])")
    return re.compile(re.escape(thing))


def row_labels(hits: list[Hit]) -> list[str]:
    """The labels of the rows of ``hits``' tables that are one thing each (not a total, the world,
    a subtotal or the others)."""
    labels = {_label(cell) for hit in hits if "|" in hit.chunk.text for cell in table_cells(hit.chunk)}
    return sorted(label for label in labels if label and not is_aggregate_row(label) and not OTHERS_ROW.search(label))


# A label's aside in brackets: 用户侧（工商业储能等） is the user side; "etc." only blurs its meaning.
_ASIDE = re.compile(r"\s*[（(][^（()）]*[)）]")


def _named(label: str) -> str:
    """What a row label names, without its aside in brackets (kept when that is all it writes)."""
    return _ASIDE.sub("", label).strip() or label


def _label(cell: Cell) -> str:
    """A cell's own row label, without the group heading it is read under ("Assets / Cash" is Cash)."""
    return cell.row.rsplit("/ ", 1)[-1].strip()


def _thing_words(question: str) -> list[str]:
    """The runs of Chinese words of ``question`` that may name a thing, each weighed whole: jieba's
    neighbouring content words (智能 and 电表 are 智能电表, smart meters, not the "Electricity" row of
    their meter types; 湿 and 粮 are 湿粮), without a place or a measure at either end (北美, 收入);
    not a stop word, an asking word, a numeral or a function word."""
    runs = _content_runs(question)
    things = []
    for run in runs:
        while run and _edge(*run[0]):
            run = run[1:]
        while run and (_edge(*run[-1]) or _trailing(run)):
            run = run[:-1]
        if run and len(run) <= MAX_UNITS:
            things.append("".join(word for word, _ in run))
    return list(dict.fromkeys(things))


# An English run of more words than this is a phrase about things, not one thing's name.
_MOST_WORDS = 4
# An English word, or the possessive that ends the thing before it ("Haier's smart-appliance revenue").
_ENGLISH_TOKEN = re.compile(r"[A-Za-z][A-Za-z-]*|['’]s\b")


def _english_things(question: str) -> list[str]:
    """The runs of English words of ``question`` that each name a thing ("How much larger was
    security hardware than security services in China's cybersecurity market" names "security
    hardware", "security services" and "cybersecurity"): words that are no place, measure, period
    or asking word, neighbours with nothing between them but spaces or hyphens."""
    runs: list[list[str]] = [[]]
    last_end = 0
    for match in _ENGLISH_TOKEN.finditer(question):
        between = question[last_end : match.start()]
        last_end = match.end()
        if runs[-1] and between.strip():
            runs.append([])  # a comma, a figure or a year between two words parts two things
        if _part_of_thing(match.group()):
            runs[-1].append(match.group())
        elif runs[-1]:
            runs.append([])
    return list(dict.fromkeys(" ".join(run) for run in runs if run and len(run) <= _MOST_WORDS))


def _part_of_thing(word: str) -> bool:
    """Whether an English ``word`` may be part of a thing's name: not an asking or function word, a
    figure, a measure, a place or the possessive ending (a generic noun may: "second-tier cities")."""
    return (
        bool(subject_words(word))
        and not word.endswith(("'s", "’s"))
        and not measures_of(word)
        and not is_place_word(word)
    )


def _stretches(run: str) -> list[str]:
    """Every stretch of neighbouring words of an English ``run``, the whole run first."""
    words = run.split()
    return [" ".join(words[i : i + n]) for n in range(len(words), 0, -1) for i in range(len(words) - n + 1)]


def _with_own_words(thing: str, question: str) -> list[str]:
    """A Chinese ``thing``, and then its own words alone when some of its words are written in
    another run of ``question`` too: a word two things of one question share is the kind both are
    (器械 of 电生理器械 and 全球心血管器械市场, "devices"), which tells the row of neither. The model reads
    电生理 as the row "Electrophysiology" (0.78) and 电生理器械 at 0.699, below :data:`ROW_LIKENESS`; read
    whole as well, 浸没式液冷 stays "Immersion cooling" (0.777), where 浸没式 alone is 0.671."""
    words = [word for word, _ in (pair for run in _content_runs(thing) for pair in run)]
    elsewhere = [
        {word for word, _ in run} for run in _content_runs(question) if thing not in "".join(word for word, _ in run)
    ]
    own = "".join(w for w in words if not any(w in other for other in elsewhere))
    return [thing, own] if own != thing and len(own) > 1 else [thing]


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
