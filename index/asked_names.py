"""The names a question asks about, as the answerability and calculation rules require them.

:func:`reportqa.index.names.specific_terms` reads every run of capitalised words as a name.
A question capitalises two kinds of words that are not: the common word that opens it ("Based
on the 2024 value…", "Given Chinese IVD makers'…") and an acronym of a domain term (IVD, OEM),
which a report may write out or in Chinese. Requiring the opening word, or the acronym glued to
a name ("China's IVD"), refuses the question or filters its figures away; a company's name at
the opening ("Apple's revenue…") stays.
"""

from __future__ import annotations

import re

from reportqa.index.dictionary import common_word, english_word, glossary, name_word, terms_in, translations
from reportqa.index.names import asks_across, posseg, specific_terms
from reportqa.index.places import place_of
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import currency_code

# Where a sentence opens: the text's start, after a sentence's end, or after an opening quote.
_OPENING = re.compile(r"(?:^|[.?!。？！]\s+)[\"“‘(]?$")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_POSSESSIVE = re.compile(r"['’]s?$")
_DOLLARS = re.compile(r"\s+dollars?\b", re.I)


def asked_names(question: str) -> list[str]:
    """:func:`specific_terms` of ``question``, without a common English word capitalised only
    because it opens a sentence (CC-CEDICT uses it in a common word's sense and opens no
    name's sense with it; not a possessive: "Solar's revenue" names a brand), and with an
    acronym the glossary or dictionary translates (IVD, OEM) cut out of the run it stands in
    as a term of its own, which the rules match in any form the glossary gives (体外诊断):
    "China's IVD" is China and IVD, never the three words together."""
    text = normalize(question)
    names = []
    for term in specific_terms(question):
        words = term.split(" ")
        if _opens_sentence(text, words[0]) and _common_opening(words[0]):
            words = words[1:]
        if _currency(text, term):
            continue  # "in US dollars" asks for a unit: a Chinese report writes 美元, never 美国
        if len(words) == 1 and _title(words[0]):
            continue  # "Director-General" of the WHO is 总干事: a post, which the rules do not ask a name of
        if (kind := _kind_of_maker(words)) is not None:
            # "Chinese IVD makers" (国产IVD企业) are a kind of company, not one named "Chinese IVD".
            names += list(kind)
            continue
        acronyms = [_POSSESSIVE.sub("", w) for w in words if _domain_acronym(w)]
        rest = [w for w in words if not _domain_acronym(w)]
        if len(rest) == len(term.split(" ")):
            names.append(term)
        elif rest:
            names.append(_POSSESSIVE.sub("", " ".join(rest)))
        names += acronyms
    names = [n for n in names if not _opens_domain_term(text, n)]
    return _run_together(text, list(dict.fromkeys(names + _listed_names(text))))


def _opens_domain_term(text: str, name: str) -> bool:
    """Whether ``name`` is only the capitalised first word of a longer English domain term of the glossary
    that the question writes ("Cartesian" of "Cartesian robots", 坐标机器人): the term is asked, and the
    rules match it in any form the glossary gives, not a name of its own a report must write."""
    lowered = text.lower()
    start = name.lower() + " "
    return any(
        term.lower().startswith(start) and re.search(rf"(?<![\w-]){re.escape(term.lower())}(?![\w-])", lowered)
        for group in glossary()
        for term in group
        if term.isascii()
    )


def _run_together(text: str, names: list[str]) -> list[str]:
    """``names`` with two that ``text`` writes run together as one name the dictionary lists taken
    as that name: 蒂森克虏伯 is ThyssenKrupp, where its pieces 蒂森 and 克虏伯 (cut apart by a segmenter
    that does not know it) name nothing a report in English writes."""
    out = list(names)
    for a in names:
        for b in names:
            if a in out and b in out and a != b and a + b in text and translations(a + b):
                out[out.index(a)] = a + b
                out.remove(b)
    return out


def _currency(text: str, term: str) -> bool:
    """Whether ``term`` is a currency (RMB, USD) or stands in ``text`` only as the country of one
    ("US dollars", "Hong Kong dollar"): the unit an answer is asked in, not a place it is about."""
    if currency_code(term):
        return True  # "in RMB 100 million": a Chinese report writes 亿元, never RMB
    found = list(re.finditer(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", text))
    return bool(found) and all(_DOLLARS.match(text, m.end()) for m in found)


def _listed_names(text: str) -> list[str]:
    """The Chinese words of ``text`` that CC-CEDICT lists only as a name: every sense of theirs
    holds a word no common entry uses (资生堂 "Shiseidō", 网易 "NetEase", 格力 "Gree"). jieba
    tags them common nouns, so the question named nothing and another subject's figure answered;
    a word with a common sense too (时代 "era", 小米 "millet") or none listed (护肤品) is no name,
    nor one jieba cut across how the question asks (基多 "Quito" of 比隆基多多少, :func:`asks_across`)."""
    words = [
        word
        for piece in re.findall(r"[\u3400-\u9fff]{2,}", text)
        for word, span in _words_at(piece)
        if not asks_across(piece, span)
    ]
    return [w for w in words if len(w) > 1 and not common_word(w) and _only_named(translations(w))]


def _words_at(piece: str) -> list[tuple[str, tuple[int, int]]]:
    """jieba's words of ``piece``, each with where it stands."""
    found, start = [], 0
    for token in posseg().lcut(piece):
        found.append((token.word, (start, start + len(token.word))))
        start += len(token.word)
    return found


def _only_named(senses: tuple[str, ...]) -> bool:
    return bool(senses) and not any(all(english_word(w) for w in sense.split()) for sense in senses)


def _title(word: str) -> bool:
    """Whether ``word`` is a post written with a hyphen ("Director-General", "Vice-President"):
    common English words CC-CEDICT opens no name with as a whole ("Coca-Cola" it does, and
    "Berners-Lee" is no common word)."""
    parts = _POSSESSIVE.sub("", word).split("-")
    return len(parts) > 1 and all(english_word(p) for p in parts) and not name_word(word)


def _kind_of_maker(words: list[str]) -> tuple[str, str] | None:
    """The place, when a capitalised run is a place's adjective and acronyms only ("Chinese
    IVD", "European EV"): a kind of company by where it is and what it makes, each of which a
    report writes apart (中国 in its title, IVD), so the place is asked for as a place.
    "Chinese Academy of Sciences" and "American Express" are names."""
    # The place may be of two words: "North American EV", "Latin American EV".
    for cut in (1, 2):
        tail = words[cut:]
        if tail and all(_ACRONYM.fullmatch(_POSSESSIVE.sub("", w)) for w in tail):
            place = place_of(" ".join(words[:cut]))
            return (place, _POSSESSIVE.sub("", " ".join(tail))) if place else None
    return None


def _opens_sentence(text: str, word: str) -> bool:
    """Whether ``word`` opens a sentence of ``text`` wherever it stands, and never as a
    possessive ("Solar's revenue" names a brand, and so does "Solar" inside a sentence)."""
    places = list(re.finditer(rf"\b{re.escape(word)}\b", text))
    return bool(places) and all(
        _OPENING.search(text[: m.start()]) and not re.match(r"['’]s\b", text[m.end() :]) for m in places
    )


def _common_opening(word: str) -> bool:
    return word.isalpha() and english_word(word) and not name_word(word)


def _domain_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym the glossary or dictionary lists as a term (IVD is
    体外诊断); "CATL", a company's, is listed nowhere."""
    bare = _POSSESSIVE.sub("", word)
    return bool(_ACRONYM.fullmatch(bare)) and any(t.written == bare.lower() for t in terms_in(bare))
