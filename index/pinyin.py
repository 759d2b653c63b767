"""Names written in the other script by their pinyin: "Qi An Xin" or "Qianxin" for 奇安信.

A Chinese company's English name is often its pinyin, which no dictionary lists for a
company it has never seen; spelling the report's Chinese in pinyin (``pypinyin``, MIT)
finds it for any report. Tones and spaces are dropped on both sides. Each Chinese run's
spellings are cached, so a passage is spelled once per process, not once per question.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN_WORD = re.compile(r"[a-z]+")
# A name spelled in fewer letters or syllables matches too much by chance ("Xin", "Li").
MIN_LETTERS = 5
MIN_SYLLABLES, MAX_SYLLABLES = 2, 6


@lru_cache(maxsize=65536)
def _syllables(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(run))


@lru_cache(maxsize=65536)
def _spellings(run: str) -> frozenset[str]:
    """Every run of 2–6 consecutive syllables of a Chinese run, spelled without spaces."""
    syllables = _syllables(run)
    return frozenset(
        "".join(syllables[i:j])
        for i in range(len(syllables))
        for j in range(i + MIN_SYLLABLES, min(i + MAX_SYLLABLES, len(syllables)) + 1)
    )


def _latin_key(name: str) -> str:
    return "".join(_LATIN_WORD.findall(name.lower()))


def spelled_in(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` in the other script by its pinyin: a Latin name as the
    pinyin of consecutive Chinese characters ("Qi An Xin" in 奇安信实现营业收入), a Chinese
    name as consecutive Latin words that spell its pinyin (奇安信 in "Qi An Xin reported")."""
    if name.isascii():
        key = _latin_key(name)
        return len(key) >= MIN_LETTERS and any(key in _spellings(run) for run in _CJK_RUN.findall(text))
    if not _CJK_RUN.fullmatch(name) or len(name) < MIN_SYLLABLES:
        return False
    key = "".join(_syllables(name))
    words = _LATIN_WORD.findall(text.lower())
    starts = (i for i, word in enumerate(words) if key.startswith(word))
    return any("".join(words[i:j]) == key for i in starts for j in range(i + 1, min(i + 4, len(words)) + 1))
