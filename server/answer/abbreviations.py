"""A Chinese question that writes a term in its short form (缩略语) where the report writes it whole.

Chinese shortens a term of two words by keeping each word's first character: 重卡 is 重型卡车, 医美
is 医疗美容, 电商 is 电子商务. A question writes the short form ("2024年新能源重卡销量", "中国医美市场规模")
where a report's table row or sentence writes the whole ("新能源重型卡车", "中国医疗美容市场规模"): the
words the figure is bound by (重型, 卡车) are then none of the question's, and the figure is never
found, or a sentence that writes the short form of another thing is taken ("换电重卡销量"). No
dictionary links the two forms (CC-CEDICT has 重卡 "heavy truck" and 重型 "heavy", but no rule of
it says the one is the other), and no list of them would reach a report nobody here has read.

Two things that end alike are shortened together by writing their ending once: 中西部地区 is
中部地区 and 西部地区, 进出口 is 进口 and 出口. A question asking "中西部地区快递业务量合计" of a table with
the rows 中部地区 and 西部地区 names neither row; spelled as "中部地区和西部地区" it names both.

The form itself is the rule: two characters of the question stand for two dictionary words of a
passage that each begins with one of them, in order, and the question's words on either side of
the short form stand beside the whole form in that passage, so one text is read at the place both
write the same thing. Two characters of context at least (中国 of 中国医美市场; 新能源 of 新能源重卡):
a short form alone ("重卡") may stand for several wholes. The two things of a shared ending are
each, with the whole ending, the label of a row of the passages' tables (中部地区, 西部地区): a
sentence's words would spell 年中 and 华中 of 2024年华中地区.
"""

from __future__ import annotations

import re

from reportqa.index.dictionary import translations
from reportqa.index.keyword import jieba_words
from reportqa.index.retriever import Hit
from reportqa.ingest.normalize import HAN, HAN_RUN, normalize
from reportqa.server.answer.row_labels import row_labels

# The question's characters that must stand beside the whole form, on its two sides together.
_CONTEXT = 2


def with_abbreviations_spelled(question: str, hits: list[Hit]) -> str:
    """``question`` with each two-character short form spelled as the whole term a Chinese passage
    of ``hits`` writes in its place (see the module's docstring); ``question`` itself when none."""
    texts = [normalize(h.chunk.text) for h in hits if h.chunk.lang == "zh"]
    if not texts or not HAN.search(question):
        return question
    labels = set(row_labels(hits))
    word_at = _words_at(question)
    found: list[tuple[int, int, str]] = []  # (start, end, as spelled) in the question
    for run in HAN_RUN.finditer(question):
        at = run.start()
        while at < run.end() - 1:
            if word_at[at] != word_at[at + 1]:  # 年 | 华中地区: the end of one word and the start of the next
                at += 1
                continue
            spelled = _spelled_at(question, at, run.end(), labels, texts)
            if spelled:
                found.append((at, *spelled))
                at = spelled[0]
            else:
                at += 1
    for start, end, written in reversed(found):  # from the end, so the places found before stay where they were
        question = f"{question[:start]}{written}{question[end:]}"
    return question


def _spelled_at(question: str, at: int, run_end: int, labels: set[str], texts: list[str]) -> tuple[int, str] | None:
    """Where the short form at ``at`` ends in ``question`` and how it is spelled: two rows of a
    shared ending apart, else the whole term a passage writes; ``None`` when it is neither."""
    coordinated = _coordinated(question, at, run_end, labels)
    if coordinated:
        return at + 2 + len(coordinated[1]), coordinated[0]
    whole = _whole_form(question, at, run_end, texts)
    return (at + 2, whole) if whole else None


def _words_at(question: str) -> list[int]:
    """For each character of ``question``, the index of the jieba word it stands in: a short form
    is written within one word (重卡, 中西部, 类医美), never across two."""
    return [n for n, word in enumerate(jieba_words(question)) for _ in word]


def _coordinated(question: str, at: int, run_end: int, labels: set[str]) -> tuple[str, str] | None:
    """Two things sharing their ending written once at ``at`` (中西部地区), spelled apart as the
    rows of the passages' tables are labelled ("中部地区和西部地区"), with the ending; ``None`` when
    no two rows are labelled so with any ending of the question's."""
    first, second = question[at], question[at + 1]
    if first == second:  # 年年底, 在在线: a character written twice is no two things
        return None
    for end in range(run_end, at + 2, -1):
        ending = question[at + 2 : end]
        one, other = f"{first}{ending}", f"{second}{ending}"
        if one in labels and other in labels and one not in question:
            return f"{one}和{other}", ending
    return None


def _whole_form(question: str, at: int, run_end: int, texts: list[str]) -> str | None:
    """The whole term (X?Y?) a passage writes for the question's two characters at ``at`` (XY),
    with at least :data:`_CONTEXT` of the question's characters beside it there; ``None`` when
    no passage does, or the question writes that whole term itself."""
    first, second = question[at], question[at + 1]
    pattern = re.compile(f"{re.escape(first)}[\u4e00-\u9fff]{re.escape(second)}[\u4e00-\u9fff]")
    before, after = question[:at], question[at + 2 : run_end]
    best: tuple[int, str] | None = None
    for text in texts:
        for found in pattern.finditer(text):
            whole = found.group()
            if whole in question or not (translations(whole[:2]) and translations(whole[2:])):
                continue
            context = _common_suffix(before, text[: found.start()]) + _common_prefix(after, text[found.end() :])
            if context >= _CONTEXT and (best is None or context > best[0]):
                best = (context, whole)
    return best[1] if best else None


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` open with alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with alike."""
    return _common_prefix(a[::-1], b[::-1])


# "East, South and North China", "North and South America": compass words listed before the one place word
# the last of them is written with. An English question names the places so where the report's rows write each
# whole (华东地区, 华南地区; "North America", "South America"); read apart, "East" and "South" name nothing.
_COMPASS = r"(?:north|south|east|west|central|(?:north|south)[- ]?(?:east|west))(?:ern)?"
_SHARED_PLACE = re.compile(
    rf"\b(?P<listed>{_COMPASS}(?:,\s*{_COMPASS})*),?\s+(?P<join>and|or)\s+(?P<last>{_COMPASS})\s+"
    r"(?P<place>[A-Z][a-z]+)\b",
    re.IGNORECASE,
)


def with_shared_places_spelled(question: str) -> str:
    """``question`` with each compass word a list shares the last one's place word with written with it
    ("East, South and North China" -> "East China, South China and North China"); ``question`` itself when
    it lists none so. The place word must be a name (capitalised): "east and west coasts" is left."""

    def spelled(found: re.Match[str]) -> str:
        place = found["place"]
        if not place[0].isupper():
            return found.group()
        listed = [w.strip() for w in found["listed"].split(",")]
        return ", ".join(f"{w} {place}" for w in listed) + f" {found['join']} {found['last']} {place}"

    return _SHARED_PLACE.sub(spelled, question)
