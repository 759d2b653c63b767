"""Names a question is about (companies, places, products, years) and whether a text names
them, in either language: directly, through the glossary (domain terms), CC-CEDICT or the
name's pinyin (``pinyin.py``).

Both the refusal rules and the calculations ask this: a passage that never names the
question's company does not answer it, and a figure whose sentence or row does not name it
is another subject's figure.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from reportqa.index.dictionary import translations
from reportqa.index.pinyin import spelled_in
from reportqa.index.query import glossary
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import years_in

# Latin words only: a name in Chinese text ("2024年SK On的") has no word boundary before it.
_CAPITALISED = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&+.]*[A-Za-z0-9](?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z](?![A-Za-z0-9])"
)
_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how is are was were does do did can could should would will "
    "the a an in on at of for by according give list tell show compare and or if convert express calculate "
    "compute between".split()
)
_ZH_NAME_TAGS = ("ns", "nr", "nt", "nz", "eng")


@lru_cache(maxsize=1)
def posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def specific_terms(question: str) -> list[str]:
    """Names and years the question is about: companies, places, products, years."""
    text = normalize(question)
    terms = {str(year) for year in years_in(text)} | set(latin_names(text))
    for piece in re.findall(r"[\u3400-\u9fff]+", text):
        # A two-character name jieba only guesses (not a word of its dictionary) is often a
        # name's tail glued to a function word: 比隆 in 晶科能源比隆基绿能.
        known = {token.word for token in posseg().lcut(piece, HMM=False)}
        for token in posseg().lcut(piece):
            if token.flag in _ZH_NAME_TAGS and (len(token.word) > 2 or (len(token.word) == 2 and token.word in known)):
                terms.add(token.word)
    return sorted(terms)


def latin_names(text: str) -> list[str]:
    """Runs of capitalised words, each one name ("Hill's Pet Nutrition", "North America"),
    without question words ("What", "The")."""
    terms: dict[str, None] = {}
    start = end = -1  # the run of capitalised words being read
    matches = [*_CAPITALISED.finditer(text), None]
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        joined = match is not None and start >= 0 and text[end : match.start()] in (" ", "'s ", "’s ")
        if start >= 0 and not joined:
            terms[text[start:end]] = None
            start = -1
        if match is None:
            break
        if (match.group().lower() in _QUESTION_WORDS and not (joined and _continues(text, match, following))) or (
            match.group().isdigit()
        ):
            if start >= 0:
                terms[text[start:end]] = None
            start = -1
            continue
        start = match.start() if start < 0 else start
        end = match.end()
    return list(terms)


def _continues(text: str, match: re.Match[str], following: re.Match[str] | None) -> bool:
    """Whether a capitalised function word inside a name is part of it ("An" in "Qi An Xin",
    "Of" in "Bank Of America"): the next word follows it at once and is capitalised, not a
    question word itself. "And" and "Or" join two names ("CATL And BYD")."""
    return (
        match.group().lower() not in ("and", "or")
        and following is not None
        and text[match.end() : following.start()] == " "
        and following.group().lower() not in _QUESTION_WORDS
    )


def glossary_group(term: str) -> list[str] | None:
    lowered = term.lower()
    return next((group for group in glossary() if any(lowered == t.lower() for t in group)), None)


def equivalents(term: str) -> list[str]:
    """``term`` as either language writes it: its glossary group, else the dictionary's translations."""
    return glossary_group(term) or [term, *translations(term)]


# Generic heads jieba keeps inside a name ("非洲地区"): the name without them is what a text says.
_ZH_GENERIC_SUFFIXES = ("地区", "市场", "公司", "集团", "行业", "国家")


def mentions(text: str, term: str) -> bool:
    """Whether lower-cased ``text`` names ``term``: in either language (a company's pinyin
    included: "Qi An Xin" for 奇安信), and a name of several words as a whole or word by word
    (a Chinese text writes "US Tech Support" as 美国技术支持)."""
    if _names_whole(text, term) or any(spelled_in(text, form) for form in _forms(term)):
        return True
    # Word by word without pinyin: a word alone ("Xin") is spelled by too many characters.
    words = [w.removesuffix("'s").removesuffix("’s") for w in term.split()]
    return len(words) > 1 and all(_names_whole(text, word) for word in words)


def _forms(term: str) -> list[str]:
    return [term] + [term[: -len(s)] for s in _ZH_GENERIC_SUFFIXES if term.endswith(s) and len(term) > len(s) + 1]


def _names_whole(text: str, term: str) -> bool:
    return any(_written(text, t.lower()) for form in _forms(term) for t in equivalents(form))


def _written(text: str, form: str) -> bool:
    # A short Latin form is a whole word: "United States" is not named by the "us" of "thus".
    if form.isascii() and len(form) <= 3:
        return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", text) is not None
    return form in text


def mentions_measure(text: str, measure: str) -> bool:
    """Whether lower-cased ``text`` names ``measure`` (sales, 销售额, 出货量 …): as :func:`mentions`
    does, or by the head word of one of its dictionary senses (销售额 is "sales figure", and a
    report writes "sales")."""
    if mentions(text, measure):
        return True
    heads = {sense.split()[0] for sense in translations(measure) if len(sense.split()) == 2}
    return any(re.search(rf"(?<![a-z]){re.escape(head)}(?![a-z])", text) for head in heads if len(head) > 3)


# A Chinese question's possessor: the words before 的 after a leading period
# ("2024年汇川技术的SCARA机器人销量" is about 汇川技术).
_POSSESSOR = re.compile(r"(?:^|[^\u3400-\u9fff])(?:\d{4}(?:财年|年度|年)?)?([\u3400-\u9fff]{2,12}?)的")


def possessors(question: str) -> list[str]:
    """What a Chinese question says its figure belongs to: the run before 的 (汇川技术 in
    "2024年汇川技术的SCARA机器人销量是多少？")."""
    return [m.group(1) for m in _POSSESSOR.finditer(normalize(question))]


# "纷享销客（Fxiaoke）", "纷享销客（Fxiaoke，11.8%）", "Fxiaoke (纷享销客)": a name with its
# other-script form in brackets.
# The Chinese name is the run's tail after its last function word (为, 的, 与, 包括 …).
_ZH_THEN_LATIN = re.compile(r"([\u3400-\u9fff]{2,})\s*\(\s*([A-Za-z][A-Za-z0-9 &.'-]*[A-Za-z0-9])\s*[),;]")
_LATIN_THEN_ZH = re.compile(r"([A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*)*)\s*\(\s*([\u3400-\u9fff]{2,})\s*\)")
ZH_FUNCTION = re.compile(r"包括|例如|其中|以及|[的为是与和及或由被在将对从向如、]")
MAX_ALIAS_CHARS = 8


@lru_cache(maxsize=4096)
def bracket_aliases(text: str) -> tuple[tuple[str, str], ...]:
    """Pairs of one name in both scripts that ``text`` writes with the other form in brackets,
    each pair lower-cased as (Latin, Chinese)."""
    text = normalize(text)
    pairs = [(latin, ZH_FUNCTION.split(zh)[-1]) for zh, latin in _ZH_THEN_LATIN.findall(text)]
    pairs += _LATIN_THEN_ZH.findall(text)
    # Two letters in brackets are a unit or an initialism ("新增装机（GW）"), not a name.
    return tuple((latin.lower(), zh) for latin, zh in pairs if 2 <= len(zh) <= MAX_ALIAS_CHARS and len(latin) > 2)


def with_aliases(name: str, aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """``name`` and its other-script forms among ``aliases``, (Latin lower-cased, Chinese) pairs
    such as :func:`bracket_aliases` gives."""
    lowered = name.lower()
    return [name] + [zh for latin, zh in aliases if latin == lowered] + [latin for latin, zh in aliases if zh == name]
