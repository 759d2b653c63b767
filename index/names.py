"""Names a question is about (companies, places, products, years) and whether a text names
them, in either language: directly, through the glossary (domain terms), CC-CEDICT or the
name's pinyin (``pinyin.py``).

Both the refusal rules and the calculations ask this: a passage that never names the
question's company does not answer it, and a figure whose sentence or row does not name it
is another subject's figure.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from itertools import permutations, product

import snowballstemmer

from reportqa.index.dictionary import (
    character_senses,
    common_english,
    common_word,
    coordinated_in,
    english_word,
    expanded,
    glossary_senses,
    glossary_term,
    inner_place,
    listed_name,
    listing_words,
    names_a_place,
    persons,
    persons_named,
    terms_in,
    translations,
    words_measuring,
)
from reportqa.index.pinyin import romanises, sounds_like, spelled_at, spelled_in, transliterations
from reportqa.index.places import is_country_or_place, is_place, place_of
from reportqa.index.query import glossary
from reportqa.ingest.aliases import ZH_FUNCTION, bracket_aliases
from reportqa.ingest.normalize import HAN_RUN, normalize
from reportqa.ingest.numbers import years_in

_STEMMER = snowballstemmer.stemmer("english")

# Latin words only: a name in Chinese text ("2024年SK On的") has no word boundary before it.
_CAPITALISED = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&+.]*[A-Za-z0-9](?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z](?![A-Za-z0-9])"
)
_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how is are was were does do did can could should would will "
    "the a an in on at of for by according give list tell show compare and or if convert express calculate "
    "compute between".split()
)
# A question may open with a preposition ("During which play…", "Near which city…"): no name.
_OPENING_WORDS = frozenset("during with near from into after before since until under among about as to".split())
# jieba's tags of names; nrt and nrfg are transliterated and foreign persons' names (哈萨克斯坦, 莱纳).
ZH_NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "eng")
# A foreign name in Chinese joins its parts with a middle dot: 莱纳斯·鲍林, 小约翰·D·洛克菲勒;
# a part after a dot ends at a function character ("沃森和弗朗西斯·克里克" is two names).
_DOTTED_NAME = re.compile(r"[\u3400-\u9fff]+(?:[·・•‧](?:(?![的为是与和及或由被在将对从向如、])[\u3400-\u9fffA-Z.])+)+")
_DOT = re.compile(r"[·・•‧]")


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
    terms |= set(dotted_names(text))
    for piece in re.findall(r"[\u3400-\u9fff]+", _DOTTED_NAME.sub(" ", text)):
        terms |= set(_zh_names_asked(piece))
    return sorted(terms)


def _zh_names_asked(piece: str) -> list[str]:
    """The names jieba tags in a run of Chinese characters of a question, less its artefacts."""
    # A two-character name jieba only guesses (not a word of its dictionary) is often a
    # name's tail glued to a function word: 比隆 in 晶科能源比隆基绿能.
    known = {token.word for token in posseg().lcut(piece, HMM=False)}
    tokens = posseg().lcut(piece)
    names, start, previous = [], 0, ""
    for i, token in enumerate(tokens):
        span = (start, start + len(token.word))
        start = span[1]
        word = _unglued(_without_classifier(token.word, previous), known)
        previous = token.word
        # A name glued to a function word (和药明, 比迈瑞) is a name whatever its length.
        long_enough = len(word) > 2 or (len(word) == 2 and (word in known or word != token.word))
        # A word the dictionary knows only as a common noun is no name (哪座城市).
        if (
            token.flag in ZH_NAME_TAGS
            and long_enough
            and not common_word(word)
            and not _glued_term(word, known)
            and not asks_across(piece, span)
            and not _phrase_as_person(word, token.flag)
            and not _ordinal(word)
            and not _county_homograph(word)
        ):
            names.append(_with_glued_characters(word, tokens, i))
    return names


# A sense naming a county, a district or a town: a place below any a market report covers ("Xinjian county
# in Nanchang" of 新建).
_MINOR_PLACE = re.compile(r"\b(?:county|district|township|town|village)\b", re.IGNORECASE)


def _county_homograph(word: str) -> bool:
    """Whether ``word`` is a common word that CC-CEDICT also lists as a county's or a district's name (新建 "newly
    built" and "Xinjian county in Nanchang"): jieba tags it a place, but a question asks the common word (zhen48)."""
    senses = translations(word)
    minor = [sense for sense in senses if _MINOR_PLACE.search(sense)]
    common = [sense for sense in senses if sense not in minor and all(english_word(w) for w in sense.split())]
    # A sense that is the name alone (朝阳 "Chaoyang", a district of Beijing too) keeps it a name.
    return bool(minor) and bool(common) and len(minor) + len(common) == len(senses)


# A comparative's adjective before the amount asked (多 of 比隆基多多少, 高 of 比腾讯云高多少): jieba
# glues it to the name before it (基多, which CC-CEDICT lists as Quito; 云高).
_COMPARATIVE = re.compile(r"[多高低少大小快慢](?=多少|几)")
# The glossary's longest Chinese term is shorter (复合年增长率, 客户技术支持服务).
_MAX_GLOSSARY_CHARS = 8


def asks_across(piece: str, span: tuple[int, int]) -> bool:
    """Whether jieba's word at ``span`` of a run of Chinese characters of a question is cut
    across how the question asks: it shares characters with a glossary term without holding it
    or lying inside it (比比 of 占比比 crosses 占比), or holds a comparative's adjective (基多 of
    比隆基多多少)."""
    start, end = span
    if any(start < m.end() and m.start() < end for m in _COMPARATIVE.finditer(piece)):
        return True
    # A term that starts before the word and ends inside it, or starts inside it and ends after.
    longest = _MAX_GLOSSARY_CHARS
    before = ((i, j) for i in range(max(0, start - longest), start) for j in range(start + 1, end))
    after = ((i, j) for i in range(start + 1, end) for j in range(end + 1, min(i + longest, len(piece)) + 1))
    return any(glossary_term(piece[i:j]) for i, j in (*before, *after))


_PERSON_TAGS = ("nr", "nrt", "nrfg")


def _phrase_as_person(word: str, flag: str) -> bool:
    """Whether jieba tags as a person's name a phrase made of common words only: 同比增加
    ("year on year" + "increase") is an entry of its dictionary tagged nr."""
    if flag not in _PERSON_TAGS or listed_name(word):
        return False
    words = _zh_words(word)
    return bool(words) and all(common_word(w) for w in words)


# jieba's tags of a single character that may be part of a name jieba cut off it: a noun (云 of
# 阿里云), a place's or a name's character (阿 of 阿特斯).
_GLUED_TAGS = ("n", "ns", "nr", "nrt", "nz", "j")


def _with_glued_characters(word: str, tokens: list, i: int) -> str:
    """``word``, the name jieba tagged at ``tokens[i]``, with a character jieba cut off either
    end as a word of its own, when the longer name stands alone between function words or the
    run's ends: 金山云 (金山 | 云 | 的), 阿特斯 (阿 | 特斯 | 的). The question writes the longer
    name, which a report writes or not; the piece alone is another name (金山) or none. A
    character that opens the next word is not glued (中国 | 云 | 计算)."""
    if tokens[i].word != word or tokens[i].flag == "ns":
        # jieba's word was cut already (a classifier or function word off its head), or it is a
        # place, whose generic head a report leaves out (欧洲区 is 欧洲, 华东区 华东)
        return word
    person = tokens[i].flag in _PERSON_TAGS
    head = tokens[i - 1].word if i > 0 and _glued(tokens[i - 1], tokens[i - 2] if i > 1 else None, person) else ""
    tail = tokens[i + 1].word if i + 1 < len(tokens) and _glued(tokens[i + 1], _at(tokens, i + 2), person) else ""
    return head + word + tail


def _at(tokens: list, i: int):
    return tokens[i] if i < len(tokens) else None


def _glued(token, beyond, person: bool = False) -> bool:
    """Whether a single character ``token`` belongs to the name beside it: a noun's or a name's
    character, with nothing beyond it but a function word or the run's end; or, beside a name
    jieba reads as a person's or a transliteration (``person``), a character it tags as one too,
    whatever follows: 阿斯 | 麦 | 出货 is 阿斯麦 (ASML) shipping, two pieces of one name jieba
    does not know."""
    if person and len(token.word) == 1 and token.flag in _PERSON_TAGS and not ZH_FUNCTION.fullmatch(token.word):
        return True
    alone = beyond is None or beyond.flag.startswith(_FUNCTION_TAGS) or ZH_FUNCTION.fullmatch(beyond.word)
    return len(token.word) == 1 and token.flag in _GLUED_TAGS and not ZH_FUNCTION.fullmatch(token.word) and bool(alone)


# A demonstrative or interrogative is followed by a classifier, then its noun: 这堵墙, 哪种元素,
# 多少种元素.
_DEMONSTRATIVE = re.compile(r"(?:[这那哪每各该此几]|多少)$")


def _without_classifier(word: str, previous: str) -> str:
    """``word`` without the classifier jieba glued to its head after a demonstrative: 墙 of
    这|堵墙, 元素 of 哪|种元素 (which jieba guesses as names); a name keeps the rest (这位|牛顿)."""
    return word[1:] if len(word) > 1 and _DEMONSTRATIVE.search(previous) else word


_ORDINAL = re.compile(r"第[一二三四五六七八九十百千两0-9]")


def _ordinal(word: str) -> bool:
    """Whether ``word`` is an ordinal and what it counts (第一版 "first edition", which jieba tags
    a name), not a name the dictionary lists (第二次世界大战 "World War II")."""
    return _ORDINAL.match(word) is not None and not listed_name(word)


def _glued_term(word: str, known: set[str]) -> bool:
    """Whether ``word`` is a guess of jieba's that glues one character to a glossary term: 中占比
    of "在中国云计算市场中占比多少" (中 "in" + 占比 "share") is a measure asked, not a name the
    reports must write."""
    return word not in known and len(word) > 2 and glossary_term(word[1:])


_GLUED_HEAD = re.compile(rf"(?:{ZH_FUNCTION.pattern}|比)")


def _unglued(word: str, known: set[str]) -> str:
    """A name jieba guesses without the conjunction or preposition it glued to its head: 和药明
    in 药明康德和药明生物, 和雅培 in 罗氏诊断和雅培. The report writes 药明, never 和药明, so
    the glued form refused a question about two companies it states. A word of jieba's
    dictionary keeps its head (和黄, 同仁堂), and so does one whose rest is a single character.
    The comparative 比 "than" too: 比迈瑞 in 罗氏诊断的收入比迈瑞医疗多多少 (比亚迪 is jieba's word)."""
    head = _GLUED_HEAD.match(word)
    if word in known or head is None or len(word) - head.end() < 2:
        return word
    return word[head.end() :]


def latin_names(text: str) -> list[str]:
    """Runs of capitalised words, each one name ("Hill's Pet Nutrition", "North America"),
    without question words ("What", "The")."""
    terms: dict[str, None] = {}
    start = end = -1  # the run of capitalised words being read
    matches = [*_CAPITALISED.finditer(text), None]
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        # "Secretary-General", "Berners-Lee": a hyphen joins the parts of one name.
        joined = match is not None and start >= 0 and text[end : match.start()] in (" ", "'s ", "’s ", "-")
        if start >= 0 and not joined:
            terms[text[start:end]] = None
            start = -1
        if match is None:
            break
        opening = match.start() == 0 and match.group().lower() in _OPENING_WORDS
        if (match.group().lower() in _QUESTION_WORDS and not (joined and _continues(text, match, following))) or (
            match.group().isdigit() or opening
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
    """The first glossary group with ``term`` in it (case-insensitive), else None."""
    return _glossary_groups().get(term.lower())


@lru_cache(maxsize=1)
def _glossary_groups() -> dict[str, list[str]]:
    """Each glossary term, lower-cased → the first group holding it: one look-up instead of a
    scan of every group (the scan was 13% of the answer path's time; the glossary is shipped data)."""
    groups: dict[str, list[str]] = {}
    for group in glossary():
        for term in group:
            groups.setdefault(term.lower(), group)
    return groups


_INITIALISM_PLURAL = re.compile(r"([A-Z]{2,})s")


def equivalents(term: str) -> list[str]:
    """``term`` as either language writes it: its glossary group, else the dictionary's
    translations, and an abbreviation's those of what it abbreviates (清华: "Tsinghua University")."""
    group = glossary_group(term) or [term, *translations(term), *translations(expanded(term))]
    # An initialism's plural ("TVs", "EVs") is the initialism's forms, as a word's plural is its word's.
    plural = _INITIALISM_PLURAL.fullmatch(term)
    return group + [f for f in equivalents(plural.group(1)) if f not in group] if plural else group


# Generic heads jieba keeps inside a name ("非洲地区"): the name without them is what a text says.
_ZH_GENERIC_SUFFIXES = ("地区", "市场", "公司", "集团", "行业", "国家")


def mentions(text: str, term: str) -> bool:
    """Whether lower-cased ``text`` names ``term``: in either language (a company's pinyin
    included: "Qi An Xin" for 奇安信), and a name of several words as a whole or word by word
    (a Chinese text writes "US Tech Support" as 美国技术支持); a place its country qualifies (中国台湾) by the
    place alone (:func:`~reportqa.index.dictionary.inner_place`)."""
    if inner := inner_place(term):
        return mentions(text, inner)
    if _names_whole(text, term) or any(spelled_in(text, form) for form in _forms(term)):
        return True
    if _person_written(text, term) or _written_side_by_side(text, term) or composed_in(text, term):
        return True
    # Word by word without pinyin: a word alone ("Xin") is spelled by too many characters.
    words = [w.removesuffix("'s").removesuffix("’s") for w in term.split()] if term.isascii() else _zh_words(term)
    if len(words) > 1 and all(_names_whole(text, word) or _head_written(text, word) for word in words):
        return True
    owned = _OWNED_INITIALISM.fullmatch(term)
    return owned is not None and mentions(text, owned["owner"]) and mentions(text, owned["owned"])


# "Alibaba Cloud's PaaS": a company's segment by its initialism, read as one run of capitalised words; a
# text names the company (阿里云, by a shortened name) and the segment (PaaS) apart.
_OWNED_INITIALISM = re.compile(r"(?P<owner>[A-Z].*?)['’]s (?P<owned>[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*)")


# A compound of this many dictionary parts or fewer is named by their senses side by side.
MAX_COMPOSED_PARTS = 3


def composed_in(text: str, term: str) -> bool:
    """Whether lower-cased ``text`` writes the Chinese ``term``, which the dictionary lacks but
    composes of its words (:func:`dictionary.terms_in`: 碳酸锂 is 碳酸 "carbonate" + 锂 "lithium"),
    as a phrase of one sense of each part side by side (with a space or a hyphen: "sodium-ion" for
    钠离子), in either order: English turns a compound
    round ("lithium carbonate"), and parts written apart in a text are other things' words. Jieba
    tags such a compound, a chemical or a material, as a name."""
    found = terms_in(term) if HAN_RUN.fullmatch(term) else []
    if len(found) != 1 or found[0].written != term or not 1 < len(found[0].parts) <= MAX_COMPOSED_PARTS:
        return False
    phrases = ("[ -]".join(map(re.escape, s)) for order in permutations(found[0].parts) for s in product(*order))
    return any(re.search(rf"(?<![a-z]){phrase}(?![a-z])", text) for phrase in phrases)


def _written_side_by_side(text: str, term: str) -> bool:
    """Whether ``text`` writes the Latin ``term`` of several words as one Chinese name, each word
    in turn by a dictionary form or by its pinyin, at least one by the dictionary: a Chinese
    company's English name translates one part of its name and spells another (NetEase Youdao
    for 网易有道: 网易 NetEase, 有道 youdao). Side by side only: a word alone spelled anywhere
    ("Youdao") is a word by chance, as :func:`mentions` reads names word by word without pinyin."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in term.split()] if term.isascii() else []
    if len(words) < 2:
        return False
    forms = [[f for f in [*equivalents(w), *coordinated_in(w)] if not f.isascii()] for w in words]
    if not any(forms):
        return False
    return any(_side_by_side(run, start, words, forms) for run in HAN_RUN.findall(text) for start in range(len(run)))


def _side_by_side(
    run: str, start: int, words: list[str], forms: list[list[str]], whole: bool = False, opening: bool = True
) -> bool:
    """Whether ``run`` from ``start`` writes ``words`` in turn, each by one of its ``forms`` or by
    its pinyin, or shortened as a Chinese company name shortens its words (:func:`_shortened`: 海尔智家
    for "Haier Smart Home", 智能 + 家居; 阿里云 for "Alibaba Cloud"), so long as one word is written
    whole (``whole``: one was already); ``opening``: ``words[0]`` is the name's first word."""
    if not words:
        return whole
    ends = [start + len(f) for f in forms[0] if run.startswith(f, start)] + spelled_at(run, start, words[0])
    short = [start + len(f) for f in _shortened(forms[0], opening) if run.startswith(f, start)]
    return any(_side_by_side(run, end, words[1:], forms[1:], True, False) for end in ends) or any(
        _side_by_side(run, end, words[1:], forms[1:], whole, False) for end in short if end not in ends
    )


def _shortened(forms: list[str], opening: bool) -> set[str]:
    """How a Chinese company name shortens the Chinese ``forms`` of one word of its English name: a
    descriptor after the name's head by its first character (新能 of 华拓新能 is 新能源, "New Energy";
    智家 of 海尔智家 is 智能家居, "Smart Home"), a head of four characters by its first two (阿里 of 阿里云,
    阿里巴巴 "Alibaba"). A function character (的, 与) shortens nothing."""
    if opening:
        return {f[:2] for f in forms if len(f) == 4}
    return {f[0] for f in forms if len(f) >= 2 and not ZH_FUNCTION.fullmatch(f[0])}


def _person_written(text: str, term: str) -> bool:
    """Whether lower-cased ``text`` writes the person the dictionary gives ``term`` as, in the
    other script: a Chinese name (门捷列夫, 罗纳德·里根 by its surname 里根) by the person's
    surname as a word ("Mendeleev"), an English one ("Dmitri Mendeleev") by the Chinese name of
    a person whose name holds its words, written with or without its middle dot."""
    if term.isascii():
        undotted = _DOT.sub("", text)
        return any(zh in undotted for zh in persons_named(term))
    parts = _DOT.split(term)
    surnames = {name.split()[-1] for form in dict.fromkeys([term, parts[-1]]) for name in persons(form)}
    return any(re.search(rf"(?<![a-z]){re.escape(surname)}(?![a-z])", text) for surname in surnames)


# A dictionary sense's head noun this long or longer stands for the sense ("headquarters").
MIN_HEAD_LETTERS = 6


def _head_written(text: str, word: str) -> bool:
    """Whether lower-cased ``text`` writes the head noun (the last word) of a two-word sense of
    the Chinese ``word``, one part of a name read word by word: 总部 is "general headquarters"
    in CC-CEDICT, and a text writes "the headquarters of the United Nations" (联合国总部)."""
    heads = {sense.split()[-1] for sense in translations(word) if len(sense.split()) == 2}
    return any(
        re.search(rf"(?<![a-z]){re.escape(head)}(?![a-z])", text) for head in heads if len(head) >= MIN_HEAD_LETTERS
    )


def _zh_words(term: str) -> list[str]:
    """A Chinese name of four characters or more as the longest dictionary words (jieba's,
    two characters or more, the name itself aside) that cover it left to right: 红十字国际委员会
    is 红十字, 国际, 委员会, which a text writes "International Committee of the Red Cross"."""
    if not re.fullmatch(r"[\u3400-\u9fff]{4,}", term):
        return []
    known = _jieba_words()
    words, start = [], 0
    while start < len(term):
        ends = range(len(term) - (start == 0), start + 1, -1)  # never the whole name
        end = next((e for e in ends if known.get(term[start:e])), 0)
        if not end:
            return []
        words.append(term[start:end])
        start = end
    return words


def _jieba_words():
    """jieba's dictionary, word → frequency (the prefixes of its words are there with 0)."""
    import jieba

    posseg()  # loads and silences jieba
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


# 区 closes a region's name as 地区 does ("亚太区", "大中华区"), where what it closes is a name the glossary or
# the dictionary gives (CC-CEDICT's own senses of 亚太区 are "the Far East", "Asian area").
_ZH_REGION = "区"


def _forms(term: str) -> list[str]:
    forms = [term] + [term[: -len(s)] for s in _ZH_GENERIC_SUFFIXES if term.endswith(s) and len(term) > len(s) + 1]
    region = term.removesuffix(_ZH_REGION)
    named = region != term and len(region) > 1 and not region.endswith("地")
    if named and (glossary_group(region) or names_a_place(region)):
        forms.append(region)
    return forms


def _names_whole(text: str, term: str) -> bool:
    listing = listing_words(term) if term.isascii() else ()
    return any(_written(text, t.lower()) for form in _forms(term) for t in [*equivalents(form), *listing])


def _written(text: str, form: str) -> bool:
    # A short Latin form is a whole word: "United States" is not named by the "us" of "thus".
    if form.isascii() and len(form) <= 3:
        return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", text) is not None
    return form in text


# A share stated by its verb, not its noun: "华东地区占全国医美消费的34.2%", "China accounted for
# 35.6% of global revenue", "services made up 38.5% of revenue" — a percentage of a whole.
_SHARE_STATED = re.compile(
    r"占[^，。；,;：:]{0,40}?\d+(?:\.\d+)?\s*%"
    r"|(?<![a-z])(?:accounts?|accounted|accounting) for\s+(?:[a-z]+\s+){0,2}\d+(?:\.\d+)?\s*%"
    r"|(?<![a-z])(?:makes?|made|making) up\s+(?:[a-z]+\s+){0,2}\d+(?:\.\d+)?\s*%"
    # A penetration rate is the share of a whole (sales, households) a kind takes: 新能源渗透率达到13.7% is new
    # energy vehicles' share of commercial vehicle sales, 智能家电渗透率（按零售额计）为48.6% smart appliances'.
    r"|渗透率[^，。；,;：:]{0,20}?\d+(?:\.\d+)?\s*%"
)


def share_term(term: str) -> bool:
    """Whether ``term`` names a share: a term of the glossary's group of "share" (份额, 占比, …)."""
    group = glossary_group(term)
    return group is not None and group == glossary_group("share")


def states_share(text: str) -> bool:
    """Whether lower-cased ``text`` states a share by its verb (``_SHARE_STATED``)."""
    return _SHARE_STATED.search(text) is not None


# A Chinese word for the quantity of a thing: a word closed by 量 (业务量, 出货量), not 量 opening another
# word (量产 mass production, 量化 quantify, 量子 quantum, 量级 magnitude).
_QUANTITY_WORD = re.compile(r"[\u4e00-\u9fff]量(?![产化子级身力])")


# A Chinese word for what was sold: 零售额, 销售额, 售出 (售 closing a word before 额, 量 or 出).
_SOLD_WORD = re.compile(r"售(?:额|量|出)")


def mentions_measure(text: str, measure: str, by_verb: bool = True) -> bool:
    """Whether lower-cased ``text`` names ``measure`` (sales, 销售额, 出货量 …): as :func:`mentions`
    does, by the head word of one of its dictionary senses (销售额 is "sales figure", and a
    report writes "sales"), or, for an English measure, by a Chinese word it is a short sense of
    (:func:`~reportqa.index.dictionary.words_measuring`); a share (the glossary's group of
    "share") also by the verb a report states one with in either language (占, "accounted for"),
    unless ``by_verb`` is false."""
    if mentions(text, measure):
        return True
    if by_verb and share_term(measure) and states_share(text):
        return True
    # An English measure over Chinese text by a Chinese word one of whose short senses it is
    # ("sales" and 销量 "sales volume").
    if measure.isascii() and any(word in text for word in words_measuring(measure)):
        return True
    # "volume" by a Chinese word for the quantity of something: 业务量, 出货量, 交易量 (量 closing a word).
    if measure.lower() in ("volume", "volumes") and _QUANTITY_WORD.search(text):
        return True
    # "sales" by a Chinese word for an amount or a quantity sold: 售 before 额 or 量 (零售额 "retail sales",
    # which CC-CEDICT lacks, as 销售额 and 销量 are "sales"), or 售出 ("sold").
    if measure.lower() in ("sale", "sales") and _SOLD_WORD.search(text):
        return True
    heads = {sense.split()[0] for sense in translations(measure) if len(sense.split()) == 2}
    return any(re.search(rf"(?<![a-z]){re.escape(head)}(?![a-z])", text) for head in heads if len(head) > 3)


# A Chinese question's possessor: the words before 的 after a leading period
# ("2024年汇川技术的SCARA机器人销量" is about 汇川技术).
_POSSESSOR = re.compile(r"(?:^|[^\u3400-\u9fff])(?:\d{4}(?:财年|年度|年)?)?([\u3400-\u9fff]{2,12}?)的")


def possessors(question: str) -> list[str]:
    """What a Chinese question says its figure belongs to: the run before 的 (汇川技术 in
    "2024年汇川技术的SCARA机器人销量是多少？"), up to 在 (发那科 in "发那科在中国的份额")."""
    return [_owner(m.group(1)) for m in _POSSESSOR.finditer(normalize(question))]


def _owner(run: str) -> str:
    """The owner in a possessor run: 发那科 of "发那科在中国", the figure being its own in a place."""
    head = run.split("在")[0]
    return head if len(head) >= 2 else run


def with_aliases(name: str, aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """``name`` and its other-script forms among ``aliases``, (Latin lower-cased, Chinese) pairs
    such as ``ingest.aliases.bracket_aliases`` gives."""
    lowered = name.lower()
    return [name] + [zh for latin, zh in aliases if latin == lowered] + [latin for latin, zh in aliases if zh == name]


@lru_cache(maxsize=4096)
def dotted_names(text: str) -> tuple[str, ...]:
    """The dotted foreign names of ``text`` (莱纳斯·鲍林, 小约翰·D·洛克菲勒), each part reaching
    from the dot over the words jieba reads as a name ("瑞士商人亨利·杜南在…" gives 亨利·杜南)."""
    names = []
    for match in _DOTTED_NAME.finditer(text):
        parts = _DOT.split(match.group())
        parts[0] = "".join(_name_words(parts[0], reverse=True))
        parts[-1] = "".join(_name_words(parts[-1], reverse=False))
        names.append("·".join(parts))
    return tuple(names)


def _name_words(run: str, reverse: bool) -> list[str]:
    """The words of ``run`` next to a name's dot: the nearest word always, then more while
    jieba tags them as names (or they are single characters not function words)."""
    tokens = posseg().lcut(run)
    if reverse:
        tokens = tokens[::-1]
    words = [tokens[0].word] if tokens else []
    for token in tokens[1:]:
        # A single character glued to a name is part of it (小约翰), unless jieba reads it as a
        # function word or a verb: 谁把|马可, 波罗|约在, 波罗|称.
        single = len(token.word) == 1 and not ZH_FUNCTION.fullmatch(token.word)
        if not (token.flag in ZH_NAME_TAGS or (single and not token.flag.startswith((*_FUNCTION_TAGS, "v")))):
            break
        words.append(token.word)
    return words[::-1] if reverse else words


@lru_cache(maxsize=4096)
def _zh_names_in(text: str) -> tuple[str, ...]:
    """The Chinese names ``text`` writes: the parts of dotted foreign names (詹姆斯·沃森) and
    the words jieba tags as names, two characters or more."""
    dotted = [part for name in dotted_names(text) for part in _DOT.split(name)]
    tagged = [
        token.word
        for run in re.findall(r"[\u3400-\u9fff]+", text)
        for token in posseg().lcut(run)
        if token.flag in ZH_NAME_TAGS
    ]
    return tuple(dict.fromkeys(w for w in dotted + tagged if len(w) > 1 and re.fullmatch(r"[\u3400-\u9fff]+", w)))


def _names_cut_short(text: str) -> tuple[str, ...]:
    """The names jieba tags in ``text`` with the one-character word it cut off their end: a
    transliteration jieba does not know is read as a shorter name and a word (埃斯 | 顿, "suddenly",
    of 埃斯顿2024年…), so the whole name, which :func:`transliterated` hears as Estun, was never
    weighed. The longer form is only a candidate: it must still sound like the Latin name."""
    longer = []
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        tokens = posseg().lcut(run)
        for token, following in zip(tokens, tokens[1:], strict=False):
            if token.flag in ZH_NAME_TAGS and len(following.word) == 1 and not ZH_FUNCTION.fullmatch(following.word):
                longer.append(token.word + following.word)
    return tuple(dict.fromkeys(longer))


# An item a Chinese list sets between its separators (、, a clause's punctuation, a closing 与/和/及) is
# one thing whole, however jieba cuts it: 发那科 of "；发那科、ABB、安川与库卡" is 发 "send" | 那科 to jieba.
_LIST_ITEM = re.compile(
    r"(?:(?<=[、，；：。（(])|^)([\u3400-\u9fff]{2,6})(?=、)"
    r"|(?<=、)([\u3400-\u9fff]{2,6}?)(?=[、，；。：）)]|[与和及][\u3400-\u9fff]|$)"
)


def _listed_items(text: str) -> tuple[str, ...]:
    """The items of ``text``'s Chinese lists, each whole between its separators: a transliteration
    jieba does not know (发那科) is cut into words no name tag marks, so the name was never weighed.
    Only a candidate: it must still sound like the Latin name."""
    return tuple(dict.fromkeys(a or b for a, b in _LIST_ITEM.findall(text)))


# A capitalised function word opens a sentence ("Under the system"); it names nothing.
_NOT_NAMES = _QUESTION_WORDS | _OPENING_WORDS
# A place's generic head written in Chinese after its transliteration: 卢浮宫 (Louvre + palace),
# 安加拉河 (Angara + river).
_ZH_GENERIC_HEADS = frozenset("宫河湖山岛港湾海城州省市馆院寺堡峰")


def _latin_heard(name: str, text: str, whole: bool = True) -> list[str]:
    """The capitalised Latin words of ``text`` that the Chinese ``name``, or the name less its
    generic head (卢浮宫 → 卢浮), transliterates."""
    stems = [name] + ([name[:-1]] if name[-1] in _ZH_GENERIC_HEADS and len(name) > 2 else [])
    heard = (word for stem in stems for word in transliterations(stem, text))
    found = list(dict.fromkeys(word for word in heard if word.lower() not in _NOT_NAMES))
    # A transliteration spells a foreign name, not a common English word a report capitalises in a
    # title or at a sentence's start: of 普瑞纳's "Purina" and "Brands", of 星链's "Starlink" and
    # "Satellite", "Share", "Sails", the one word no common CC-CEDICT sense uses is the name. Not for
    # two characters jieba reads as two words (量占 of "包裹量占…", which hears "Lazada"): no name, and
    # two syllables are heard in many words by chance.
    names = [word for word in found if _may_be_a_name(word)]
    one_word = len(name) > 2 or [t.word for t in posseg().lcut(name)] == [name]
    if whole and len(name) == 2 and one_word:
        # Two characters are heard in many words by chance: a common English word a report capitalises
        # ("Southeast" for 转售, a word CC-CEDICT lacks, "resale") is no whole name's transliteration;
        # a dotted name's part may be (亨利 of 亨利·杜南, "Henry") (zhen45).
        return names
    return names if len(found) > 1 and len(names) == 1 and one_word else found


def _may_be_a_name(word: str) -> bool:
    """Whether a capitalised word of a report may be a foreign name a transliteration spells: one no
    common CC-CEDICT sense uses ("Purina"), or one a sense writes only capitalised that is no place
    ("Mars", 火星's planet, is also a brand, 玛氏); a place keeps the Chinese name the dictionary gives it
    (Canada is 加拿大: 财年 cai-nian heard as it is no link)."""
    if not english_word(word):
        return True
    return not common_english(word) and not is_country_or_place(word) and place_of(word) is None


def transliterated(name: str, text: str) -> list[str]:
    """The forms in ``text``'s other script that ``name`` is a transliteration of, or that
    transliterate it: Chinese → the capitalised Latin words (美敦力 → Medtronic; of a dotted
    name, 莱纳斯·鲍林, every part must be heard and the surname is given); Latin → the Chinese
    names (Watson → 沃森, Crick → 克里克; of several words, every word of three letters or more
    must be heard, and the last word's is given). Failing that, the names in the other script
    that the name's pinyin spells as a brand spells it (:func:`romanised`: Fxiaoke → 纷享销客,
    JinkoSolar → 晶科能源, and back), that translate it character by character
    (:func:`translated`: Goldwind → 金风科技), that name a sister of a company the text gives in
    both scripts (:func:`sister`: WuXi Biologics → 药明生物 beside "药明康德（WuXi AppTec）") or
    that the name's initials give (:func:`abbreviates`: ICRC → 红十字国际委员会), unless two
    different names do."""
    if not name.isascii():
        # A place the dictionary translates (印度 India, 巴西 Brazil) is written by that name in
        # the other script, not by a word that sounds like it ("Edition", "Based").
        if any(is_place(sense.title()) for sense in translations(name)):
            return []
        parts = [p for p in _DOT.split(name) if len(p) > 1] or [name]
        heard = [_latin_heard(part, text, whole=len(parts) == 1) for part in parts]
        if all(heard):
            return heard[-1]
        pairs = bracket_aliases(text)
        spelled = [
            latin
            for latin in latin_names(text)
            if _spells(latin, name) or abbreviates(latin, name) or sister(latin, name, pairs)
        ]
        return _one_name(spelled)
    words = [w for w in re.findall(r"[A-Za-z]+", name) if len(w) > 2]
    candidates = tuple(dict.fromkeys(_zh_names_in(text) + _names_cut_short(text) + _listed_items(text)))
    heard = [[zh for zh in candidates if sounds_like(zh, word)] for word in words]
    if heard and all(heard):
        return heard[-1]
    pairs = bracket_aliases(text)
    candidates = tuple(dict.fromkeys(chinese_candidates(text) + tuple(_ROW_LABEL.findall(text))))
    spelled = [zh for zh in candidates if _spells(name, zh) or sister(name, zh, pairs)]
    # A name of dictionary words only (红十字国际委员会) is no candidate for a spelling, but is for initials.
    return _one_name(spelled or [zh for zh in _zh_names_in(text) if abbreviates(name, zh)])


# A table cell's Chinese words ("| 远途速递 | 264.3 |"; newlines may be gone): a candidate for a brand's
# spelling though made of dictionary words alone (远途 "long-distance", 速递 "express delivery"), which no span
# of chinese_candidates keeps. A company table's rows are its names; each must still spell the Latin name.
_ROW_LABEL = re.compile(r"\|\s*([\u3400-\u9fff]{2,6})\s*(?=\|)")
# A Chinese name is one to three words, two to six characters (纷享销客, 多关节机器人).
_SPAN_WORDS, _SPAN_MIN_CHARS, _SPAN_MAX_CHARS = 3, 2, 6
# jieba's tags of words that are never part of a name.
_FUNCTION_TAGS = ("p", "c", "u", "d", "f", "r", "m", "q", "x", "y", "e", "o", "t")


@lru_cache(maxsize=4096)
def chinese_candidates(text: str) -> tuple[str, ...]:
    """Chinese names ``text`` may write: runs of one to three consecutive jieba words of two
    to six characters, never across punctuation, digits, Latin letters or a function word
    (preposition, conjunction, particle, adverb, locative: 中 in 光伏中), and not made of
    dictionary words alone (光伏组件 is a term, which the dictionary already links)."""
    found: dict[str, None] = {}
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        for piece in ZH_FUNCTION.split(run):
            words: list[str] = []
            for token in [*posseg().lcut(piece), None]:
                if token is not None and not token.flag.startswith(_FUNCTION_TAGS):
                    words.append(token.word)
                    continue
                for i in range(len(words)):
                    for j in range(i + 1, min(i + _SPAN_WORDS, len(words)) + 1):
                        span = "".join(words[i:j])
                        if _SPAN_MIN_CHARS <= len(span) <= _SPAN_MAX_CHARS and not all(_is_term(w) for w in words[i:j]):
                            found[span] = None
                words = []
    return tuple(found)


def _is_term(word: str) -> bool:
    return len(word) > 1 and bool(glossary_group(word) or translations(word))


# A brand's Latin name may end in a generic English word its Chinese name does not translate
# (JinkoSolar for 晶科能源), and its Chinese name in a generic word (能源 energy, 科技, 集团):
# either is set aside before the pinyin is compared. "Camel" case splits a joined name.
_LATIN_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def romanised(latin: str, name: str) -> bool:
    """Whether the Latin ``latin`` is the Chinese ``name`` spelled as a brand spells its pinyin
    (:func:`pinyin.romanises`: Fxiaoke for 纷享销客), a generic word at the end of either aside
    (JinkoSolar for 晶科能源), as :func:`_same_kind` allows (Jinko Power is not 晶科能源, nor
    the Andaman Sea 安达曼群岛). A name made of English words only ("Great
    Wall", "Sunshine") is a translation (:func:`translated`), not a spelling."""
    cores = _cores(latin, name)
    return any(not all(english_word(word) for word in core) and romanises(" ".join(core), zh) for core, zh in cores)


# A brand translated character by character: each character by a sense of this many letters or more.
MIN_SENSE_LETTERS = 3
MIN_TRANSLATED, MAX_TRANSLATED = 2, 4  # characters


def translated(latin: str, name: str) -> bool:
    """Whether the Latin ``latin`` is the Chinese ``name`` translated character by character,
    the words joined as a brand joins them (Goldwind for 金风科技: 金 gold, 风 wind), a generic
    word at the end of either aside as :func:`romanised` allows: two to four characters, each
    by one of its one-word CC-CEDICT senses (:func:`dictionary.character_senses`), in order,
    and nothing else."""
    return any(
        MIN_TRANSLATED <= len(zh) <= MAX_TRANSLATED and _translates(zh, "".join(core).lower())
        for core, zh in _cores(latin, name)
    )


def _translates(characters: str, key: str) -> bool:
    if not characters:
        return not key
    senses = (s for s in character_senses(characters[0]) if len(s) >= MIN_SENSE_LETTERS)
    return any(key.startswith(sense) and _translates(characters[1:], key[len(sense) :]) for sense in senses)


def _cores(latin: str, name: str) -> list[tuple[list[str], str]]:
    """The (Latin words, Chinese name) pairs to compare: each name whole or less a generic word
    at its end, as :func:`_same_kind` allows (JinkoSolar as Jinko for 晶科能源 less 能源)."""
    words = _LATIN_PART.findall(latin)
    latin_tail = words[-1] if len(words) > 1 and english_word(words[-1]) else ""
    zh_tail = _zh_generic_tail(name)
    cores = [(words, "")] + ([(words[:-1], latin_tail)] if latin_tail else [])
    zh_cores = [(name, "")] + ([(name[: -len(zh_tail)], zh_tail)] if zh_tail else [])
    found = [(core, zh) for core, tail in cores for zh, dropped in zh_cores if _same_kind(tail, dropped)]
    return found + _abbreviated_tail(words, name)


def _abbreviated_tail(words: list[str], name: str) -> list[tuple[list[str], str]]:
    """The (Latin words, Chinese name) pair less a generic tail the Chinese name abbreviates: its last
    two characters open, and do not make, a dictionary word that translates the Latin name's last one
    or two words (开源生物 "Kaiyuan Biotechnology": 生物 of 生物技术; 恒储科技 needs no such rule).
    A company's Chinese name clips its trade word as its English name does not."""
    tail = name[-2:]
    if len(name) - len(tail) < _SPAN_MIN_CHARS or len(words) < 2:
        return []
    for n in (2, 1):
        latin_tail = " ".join(words[-n:])
        if len(words) > n and any(
            len(sense) > len(tail) and sense.startswith(tail)
            for sense in translations(latin_tail) + glossary_senses(latin_tail)
        ):
            return [(words[:-n], name[: -len(tail)])]
    return []


def _spells(latin: str, name: str) -> bool:
    """Whether ``latin`` is the Chinese ``name``'s brand spelling or its translation."""
    return romanised(latin, name) or translated(latin, name)


def sisters_in(text: str, name: str, aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """The Chinese names of ``text`` that the Latin ``name`` names as a sister of a company
    ``aliases`` give in both scripts (:func:`sister`), when they are pieces of one name."""
    first = name.lower().split()[:1]
    if not name.isascii() or not any(latin.split()[:1] == first for latin, _ in aliases):
        return []
    return _one_name([zh for zh in chinese_candidates(text) if sister(name, zh, aliases)])


# A sister company's Chinese name shares at least this many leading characters with the one
# the report gives in both scripts (药明 of 药明康德 and 药明生物).
MIN_SHARED_CHARACTERS = 2


def sister(latin: str, name: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether the Latin ``latin`` of two words ("WuXi Biologics") names the Chinese ``name``
    (药明生物) as a sister of a company that ``pairs`` (lower-cased Latin, Chinese: what a
    report writes in brackets, ``ingest.aliases``) give in both scripts (wuxi apptec, 药明康德):
    the Latin names share their first word, the Chinese names their first two characters or
    more, and the rest of ``name`` is a dictionary word translated by one word of the stem of
    ``latin``'s second word (生物 "biological" for Biologics)."""
    words = latin.lower().split()
    if len(words) != 2 or not re.fullmatch(r"[\u3400-\u9fff]+", name):
        return False
    for known_latin, known_name in pairs:
        shared = len(os.path.commonprefix([known_name, name]))
        if known_latin.split()[0] != words[0] or known_latin == latin.lower() or shared < MIN_SHARED_CHARACTERS:
            continue
        if shared < len(known_name) and _translates_word(name[shared:], words[1]):
            return True
    return False


def _translates_word(term: str, word: str) -> bool:
    """Whether a CC-CEDICT sense of the Chinese ``term`` is one word of ``word``'s stem (生物
    "biological" for Biologics; not 师范大学 "normal university" for University)."""
    stem = _STEMMER.stemWord(word)
    senses = (sense for sense in translations(term) if sense.isalpha())
    return len(stem) >= MIN_SENSE_LETTERS and any(_STEMMER.stemWord(sense) == stem for sense in senses)


def _one_name(forms: list[str]) -> list[str]:
    """``forms`` when they are pieces of one written name (晶科 and 晶科能源), none when two
    are different names (晶科能源 and 晶科电力 both spell Jinko): a guess between two
    companies would give one the other's figure."""
    pieces = all(a in b or b in a for a in forms for b in forms)
    return forms if pieces else []


def _same_kind(latin_tail: str, zh_tail: str) -> bool:
    """Whether the generic words set aside may name one thing: none, the Chinese one alone
    (Jinko for 晶科能源), or both, when the Latin one has no translation (Solar) or the
    Chinese one is among them (Energy, 能源), or the Latin one heads one of the Chinese one's
    senses (Technology of 科技, "science and technology": CC-CEDICT lists 技术 alone for
    "technology"). A Latin one alone is another thing's (the Jianghuai Mandarin is no 江淮, the
    carmaker), as is a sense's modifier (Power of 能源's "power source")."""
    if not latin_tail:
        return True
    if not zh_tail:
        return False
    found = translations(latin_tail)
    return not found or zh_tail in found or _heads_a_sense(latin_tail, zh_tail)


def _heads_a_sense(latin_word: str, zh_word: str) -> bool:
    """Whether the Latin word is the last word, the head, of one of the Chinese word's senses."""
    return any(sense.split()[-1] == latin_word.lower() for sense in translations(zh_word) if sense)


def _zh_generic_tail(name: str) -> str:
    """The longest ending of ``name``, two or three characters, that the dictionary knows
    only as a common word, with at least two characters before it (能源 of 晶科能源, 集团 of
    海尔集团, which jieba keeps as one word); else empty."""
    endings = (name[-n:] for n in (3, 2) if len(name) - n >= _SPAN_MIN_CHARS)
    return next((ending for ending in endings if common_word(ending)), "")


# An initialism of four to six capitals: one of three links a wrong name about once in 30
# links (bench.romanise; docs/answerability.md, names across scripts).
MIN_INITIALS, MAX_INITIALS = 4, 6
# English function words an initialism leaves out ("International Committee of the Red Cross").
_UNINITIALLED = frozenset("of the and for in on a an to".split())


def abbreviates(initialism: str, name: str, min_initials: int = MIN_INITIALS) -> bool:
    """Whether ``initialism`` (ICRC, NATO) gives the initials of the Chinese ``name`` in
    English: each of the dictionary words that cover it (红十字, 国际, 委员会) by the initials
    of one of its CC-CEDICT senses, function words aside (Red Cross, International,
    Committee), in the Chinese order or turned round from one of its words (ICRC is
    International Committee, then Red Cross)."""
    if not (initialism.isascii() and initialism.isalpha() and initialism.isupper()):
        return False
    if not min_initials <= len(initialism) <= MAX_INITIALS:
        return False
    words = _zh_words(name) or ([name] if translations(name) else [])
    initials = [_sense_initials(word) for word in words]
    if not words or not all(initials):
        return False
    key = initialism.lower()
    return any(_initialled(initials[i:] + initials[:i], key) for i in range(len(initials)))


@lru_cache(maxsize=4096)
def _sense_initials(word: str) -> frozenset[str]:
    """The initials of each CC-CEDICT sense of ``word``, function words aside (委员会: c)."""
    senses = (re.findall(r"[a-z]+", sense) for sense in translations(word))
    return frozenset("".join(w[0] for w in sense if w not in _UNINITIALLED) for sense in senses) - {""}


def _initialled(initials: list[frozenset[str]], key: str) -> bool:
    """Whether ``key`` is one initial string of each word, in order, and nothing else."""
    if not initials:
        return not key
    return any(key.startswith(i) and _initialled(initials[1:], key[len(i) :]) for i in initials[0])
