"""A question's Chinese terms the dictionary lacks whole, asked as an English report writes them.

jieba leaves a compound CC-CEDICT does not list in lone characters (猫粮 is 猫 and 粮), and a lone
character has too many senses to stand for a term (``index.dictionary.terms_in`` reads none), so
"2024年猫粮占宠物食品收入的比重" names no row of an English table. Read by its parts, in order, 猫粮
is "cat food": when the passages write one such phrase, the calculation reads the question with it.
"""

from __future__ import annotations

import re

from reportqa.index.dictionary import NUMERALS, han_units
from reportqa.index.keyword import STOPWORDS
from reportqa.index.retriever import Hit
from reportqa.server.calc.operands import passage_written
from reportqa.server.calc.subject import NOT_SUBJECT

_WORDS = re.compile(r"[a-z][a-z -]*[a-z]")  # a sense a report writes as words: not "ultra-", not "how much?"
MAX_UNITS = 3  # a Chinese compound of more parts than this is a phrase, not a term


def composed_question(question: str, hits: list[Hit]) -> str:
    """``question`` with each of its spans of two or three Chinese words that hold a lone
    character (a compound jieba cut) written as the one English phrase the passages of ``hits``
    write for it, a sense of each part in the parts' order ("2024年湿粮和零食 …" over a table of
    "Wet food" and "Dry food" rows is asked as "2024年wet food和零食 …"); the longest span first,
    none overlapping another. Every part is matched, each by a word of its own: 猫粮 is no "dog
    food", 湿粮 no "dry food". A span the passages write in no such phrase, or in two, is left as asked."""
    text = " ".join(passage_written(h) for h in hits)
    asked = question
    for units in han_units(question):
        run = [(word, tuple(filter(_names_a_thing, senses))) for word, senses in units]
        usable = [bool(senses) and content_word(word) for word, senses in run]
        taken: set[int] = set()
        for n in range(MAX_UNITS, 1, -1):
            for i in range(len(run) - n + 1):
                window = set(range(i, i + n))
                if taken & window or not all(usable[j] for j in window) or all(len(run[j][0]) > 1 for j in window):
                    continue
                written = _written(text, [run[j][1] for j in sorted(window)])
                if written:
                    taken |= window
                    asked = asked.replace("".join(run[j][0] for j in sorted(window)), f" {written} ")
    return asked


def _written(text: str, senses: list[tuple[str, ...]]) -> str:
    """The one phrase of :func:`_phrase` that ``text`` writes, in its singular or plural; empty
    when it writes none or two."""
    found = {m.group() for m in _phrase(senses).finditer(text)}
    return min(found) if len({re.sub(r"e?s$", "", " ".join(re.split(r"[\s-]+", f))) for f in found}) == 1 else ""


def _names_a_thing(sense: str) -> bool:
    """Whether ``sense`` is words a report writes for a thing: not "ultra-" nor "how much?", nor a
    stop word (中 is "in": "收入中" is no "revenue in")."""
    return bool(_WORDS.fullmatch(sense)) and sense not in STOPWORDS


def content_word(word: str) -> bool:
    """Whether a Chinese ``word`` may be part of a term: not a stop word, an asking word or a numeral (两类)."""
    return word not in STOPWORDS and word not in NOT_SUBJECT and not set(word) & NUMERALS


def _phrase(senses: list[tuple[str, ...]]) -> re.Pattern[str]:
    """English words in a row, one of each part's senses in order, with spaces or hyphens between
    them and the last in the plural or not ("wet food", "cat foods")."""
    parts = ["(?:" + "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in part) + ")" for part in senses]
    return re.compile(r"(?<![a-z0-9-])" + r"[\s-]+".join(parts) + r"(?:e?s)?(?![a-z0-9-])")
