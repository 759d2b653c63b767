"""What a question, a table row or a sentence names, as words to compare: its subject words
(less the words of an operation or a period), their dictionary and glossary equivalents in the
other language, and its names (companies, places, products).

Both sides of every comparison are read by these functions, so "Europe's market" in a question
and "Europe" in a row, or 价格 and "price", meet as the same words.
"""

from __future__ import annotations

import re

from reportqa.index.asked_names import asked_names
from reportqa.index.dictionary import (
    Term,
    amounts_of,
    characters_meaning,
    glossary_senses,
    glossary_term,
    inner_place,
    joined_words,
    names_a_place,
    terms_in,
    translations,
    verb_phrase,
    verb_sense,
)
from reportqa.index.keyword import STOPWORDS, tokenize
from reportqa.index.names import equivalents, mentions
from reportqa.index.places import is_place
from reportqa.index.query import matched_groups
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import CURRENCIES, FISCAL_YEAR, YEAR, years_in

YEAR_ONLY = re.compile(
    rf"(?:(?:fy|fiscal|year|the)\s*)*(?:{YEAR.pattern}|{FISCAL_YEAR.pattern})(?:年度?|财年)?", re.IGNORECASE
)


# Words that say what to compute or how to ask, not what about: they never name an operand.
NOT_SUBJECT = frozenset(
    "change changes changed difference differ increase increased decrease decreased percentage percent growth grow "
    "grew rate ratio proportion average mean sum combined add up value values amount amounts figure figures "
    "year years fy fiscal between from to compared against versus vs over implied imply implies calculate compute "
    "derive cagr compound annual much many times multiple share respective respectively both each year-on-year "
    "yoy period expressed express convert if it grows stated market markets industry sector size worth valued "
    "reach reaches expected larger bigger smaller higher lower more less than will would be value growing grown "
    "forecast projected time billion million thousand trillion usd eur cny rmb dollar dollars yuan euro euros "
    "given based going measured exceed exceeds exceeded surpass surpasses surpassed outstrip outstrips "
    "outstripped outpace outpaces outpaced outnumber outnumbers outnumbered roughly approximately approx circa "
    "nearly almost around".split()
    + [
        "变化",
        "差额",
        "差值",
        "相差",
        "增加",
        "减少",
        "增长",
        "增长率",
        "增幅",
        "平均",
        "比例",
        "比重",
        "比率",
        "倍",
        "合计",
        "总和",
        "年",
        "年度",
        "计算",
        "隐含",
        "推算",
        "倒推",
        "据此",
        "复合",
        "占",
        "百分比",
        "多少倍",
        "几倍",
        "同比",
        "行业",
        "预计",
        "达到",
        "价值",
        "成长",
        "年增长率",
        "增长率",
        "复合年增长率",
        "年复合增长率",
        "亿美元",
        "美元",
        "亿元",
        "万元",
        "人民币",
        "欧元",
        "万亿元",
        "万亿",
        "我们",
        "之间",
        # Words of a comparison, as "compared", "against" and "versus" are (zhen48): "相对2023年的增速".
        "相对",
        "相比",
        "相较",
        "对比",
        "比较",
        # What one thing comes to beside another ("日本的规模相当于中国的几倍"): the verb of a ratio, as 是 is.
        # and the pieces the segmenter also cuts it into.
        "相当于",
        "相当",
        "当于",
        "等于",
        # The year before, said relatively: a period, as 2023 is.
        "上年",
        "去年",
        "同期",
        "当年",
        "上一年",
        "前一年",
    ]
)
# The words as the tokenizer writes them: it cuts an English word's ending ("versus" is versu, "reaches" reache),
# and a question's tokens are matched against this list, so "in 2024 versus 2023" named a thing "versu".
NOT_SUBJECT = NOT_SUBJECT | frozenset(t for w in NOT_SUBJECT if w.isascii() for t in tokenize(w))
# A scale with a counting unit (亿件 "hundred million parcels", 万台, 万吨): a unit, not a subject.
_COUNT_UNIT = re.compile(r"(?:万亿|亿|万|千|百)[件台辆吨人户家个套只片张元]")


# Materials a report names by one character (镍 and 钴 of "镍和钴的回收收入"): words, not function words.
_ONE_CHARACTER_NAMES = frozenset("镍钴锂锰铜铝铁锌铅锡硅钢煤银")


# A year's 年 ends the year, not the name after it: the segmenter reads 2024年华拓新能 as 年华 + 拓新能 and
# 2024年晶科 as 年晶科, which no row 华拓新能 or sentence 晶科能源 writes. 年末, 年底, 年初, 年均 and 年度 stay
# words of the period.
_YEAR_CHARACTER = re.compile(r"(?<=\d年)(?![末底初均度中内])")


# A word a table writes cut short is the word: the row "Asia Pacific (excl. China)" is the question's
# "Asia Pacific excluding China", not a sentence that writes "excluding" beside another place's figure.
_WRITTEN_SHORT = {"excl": "excluding", "incl": "including"}


def subject_words(text: str) -> frozenset[str]:
    text = _YEAR_CHARACTER.sub(" ", text)
    # A word the dictionary lists that jieba cuts into pieces, one an operation word, is one word (云计算:
    # 云 and 计算, "calculate"): read as its pieces, it would be lost. A word whose senses are operations
    # (占比 "share", 年均复合增长率 "CAGR") stays an operation word.
    lost = [
        word
        for word, pieces in joined_words(text)
        if any(p in NOT_SUBJECT for p in pieces)
        and (senses := translations(word))
        and all(subject_words(sense) for sense in senses)
    ]
    return frozenset(_WRITTEN_SHORT.get(t, t) for t in [*tokenize(text), *lost] if _names(t))


def _names(token: str) -> bool:
    # One Chinese character alone (为, 到, 在) is a function word, not a name.
    return (
        token not in NOT_SUBJECT
        and not token[:1].isdigit()
        and not _COUNT_UNIT.fullmatch(token)
        and (len(token) > 1 or token.isascii() or token in _ONE_CHARACTER_NAMES)
    )


# "Europe's market" is about Europe, "the Americas' installations" about the Americas.
_POSSESSIVE = re.compile(r"(?<=\w)['’](?:s\b|(?=\s|$))")


# "2018 year end" is a period, not the "At end of the year" row.
_YEAR_END = re.compile(rf"({YEAR.pattern})\s+year[- ]end\b", re.IGNORECASE)


# An analyst's "ending goodwill" is the row "Goodwill, end of the year"; "opening" is its "beginning".
_BALANCE_ENDS = {"ending": "end", "closing": "end", "opening": "beginning", "starting": "beginning"}


_BALANCE_END = re.compile(r"\b(?:ending|closing|opening|starting)\b", re.IGNORECASE)


# What a figure measures, in either language: "market size" and 市场规模 are one measure, parcel
# volume (包裹量) another, though a country's row holds both. Each is a tag no word spells, so it
# meets only another measure's tag (a table column's), never a row's or a sentence's words.
_MEASURES = {
    "#size": re.compile(r"market (?:size|value)|市场规模|规模|市值", re.IGNORECASE),
    "#volume": re.compile(
        r"\bvolumes?\b|\bparcels\b|\bshipments\b|\bunits\b|\binstallations\b|\btonnage\b|\binstalled base\b|"
        r"出货量|包裹量|业务量|销量|装机量|处理量",
        re.IGNORECASE,
    ),
    "#share": re.compile(r"\bshare\b|份额|占比|比重", re.IGNORECASE),
    "#revenue": re.compile(r"\brevenues?\b|\bsales\b|营收|收入|销售额", re.IGNORECASE),
}


def _balance_words(text: str) -> str:
    """``text`` with an analyst's balance words as a row writes them ("ending" is "end")."""
    return _BALANCE_END.sub(lambda m: _BALANCE_ENDS[m.group().lower()], text)


def measures_of(text: str) -> frozenset[str]:
    """The measures ``text`` names, as language-free tags ("Market size (USD billion)" and
    印度尼西亚电商物流市场规模 both give ``#size``)."""
    return frozenset(tag for tag, pattern in _MEASURES.items() if pattern.search(text))


def without_measures(text: str) -> str:
    """``text`` without the words that name a measure ("footwear sales" is footwear)."""
    for pattern in _MEASURES.values():
        text = pattern.sub(" ", text)
    return text


def subject_of(text: str) -> frozenset[str]:
    """What ``text`` names, in both languages: its own subject words, the glossary
    equivalents of those (not of the operation words: "growth" adds nothing), and the
    measures it names (:func:`measures_of`)."""
    text = _POSSESSIVE.sub("", _YEAR_END.sub(r"\1", FISCAL_YEAR.sub(" ", text)))
    text = _balance_words(text)
    own = subject_words(text)
    extra: set[str] = set(translated(text)) | {zh for w in own if w.isascii() for zh in amounts_of(w)}
    extra |= lettered(text)
    for group in matched_groups(text):
        if any(subject_words(term) & own for term in group):
            for term in group:
                extra |= subject_words(term)
    return frozenset(own | extra | measures_of(text))


# A Latin letter a Chinese word follows (X射线, A股): the letter and its word, as English joins them ("X-ray").
_LETTERED = re.compile(r"(?<![A-Za-z0-9])(?P<letter>[A-Za-z])\s?(?P<han>[\u3400-\u9fff\uf900-\ufaff]+)")


def lettered(text: str) -> frozenset[str]:
    """The English words of a Chinese word led by a Latin letter, which English writes as the letter, a
    hyphen and a one-word sense of the word: X射线 is "x-ray" (射线 "ray"), A股 "a-share". Read apart, the
    letter and "ray" name no row "X-ray", which the report's tokens keep as one word."""
    words: set[str] = set()
    for found in _LETTERED.finditer(text):
        first = next(iter(terms_in(found["han"])), None)
        if first is None or not found["han"].startswith(first.written) or len(first.parts) != 1:
            continue
        letter = found["letter"].lower()
        words |= {f"{letter}-{sense.lower()}" for sense in first.parts[0] if sense.isalpha()}
    return frozenset(words)


def translated(text: str) -> frozenset[str]:
    """The dictionary's words in the other language for what ``text`` names, so a Chinese
    question's 价格 meets an English report's "price" (and "robots" meets 机器人), each phrase
    the dictionary lists read whole ("cloud computing" is 云计算, not the senses of "cloud")."""
    # "what" (no token) and "growth" (an operation) name no subject in any language.
    terms = [t for t in terms_in(text) if any(w not in NOT_SUBJECT and tokenize(w) for w in t.written.split())]
    senses = [sense for t in terms for sense in _term_senses(t) if not _other_whole(t.written, sense)]
    # A glossary term is one concept, kept whole: in pieces, IVD's 体外诊断 would give 诊断, which
    # names the row of one company (罗氏诊断) as well as the whole market.
    pieces = {w for sense in senses if not glossary_term(sense) for w in subject_words(sense)}
    # A verb a Chinese question says was done (处理了, "handled") a report tells in the past tense ("J&T Express
    # handled 3.05 billion parcels"): its sense meets it as written there. Not a verb read as a noun (新增装机
    # "new installations"), which a table's row names as well as a sentence's verb.
    done = [sense for t in terms if f"{t.written}了" in text for sense in t.translations()]
    pieces |= {w for sense in done if " " not in sense and verb_phrase(sense) for w in subject_words(_past(sense))}
    # A Chinese verb before the thing it describes (跑步鞋, 充电桩) an English report writes as a gerund
    # ("running footwear", "charging piles"), which no sense spells as the bare verb does.
    doing = [s for t in terms if not t.written.isascii() for s in t.translations() if verb_sense(t.written, s)]
    pieces |= {w for sense in doing if " " not in sense for w in subject_words(_gerund(sense))}
    # A Chinese term is also kept whole: jieba cuts 云计算 into 云 and 计算 (an operation word).
    words = pieces | {s.lower() for s in senses if glossary_term(s) or not s.isascii()}
    # "total" is a sense of 全球 and 总: translated, it would name a table's sum row for "global". And 累计
    # ("cumulative") is a sense of "total" that a report writes only of a stock built up over the years
    # ("截至2024年末累计装机规模达到78.3GW"): a question's total is that of its year unless it says cumulative.
    built_up = () if _CUMULATIVE.search(text) else ("累计",)
    # "亚太（不含中国）", "除中国以外的亚太地区": a Chinese exclusion is the "excluding" ("excl.") an English report
    # names such a whole by; no dictionary sense of 不含 or 除…以外 says so.
    excluding = {"excluding"} if _EXCLUDES.search(text) else set()
    return frozenset((words | excluding | ranked(text)) - {"total", *built_up})


_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ZH_COUNTS = "一二三四五六七八九十"
_RANKED_EN = re.compile(
    rf"\b(?:top|leading|largest|biggest)[- ](?P<a>{'|'.join(_COUNTS)}|10|[1-9])\b"
    rf"|\b(?P<b>{'|'.join(_COUNTS)}|10|[1-9]) (?:largest|biggest|leading)\b",
    re.IGNORECASE,
)
_RANKED_ZH = re.compile(rf"(?:前|排名前)(?P<n>[{_ZH_COUNTS}]|10|[1-9])(?:大|家|名|位|强)?")


def ranked(text: str) -> frozenset[str]:
    """The other language's words for the first N of a ranking ``text`` names: "the top five" (the five
    largest, leading five) a Chinese report writes 前五家 or 前五大, which jieba cuts to 五家 and 五大 (前 alone is
    no word), and 前五家企业 an English one "the top five". No dictionary sense of "top" is 前."""
    words: set[str] = set()
    for found in _RANKED_EN.finditer(text):
        count = (found["a"] or found["b"]).lower()
        n = int(count) if count.isdigit() else _COUNTS.index(count) + 1
        words |= {f"{_ZH_COUNTS[n - 1]}{counter}" for counter in "家大名强"}
    for found in _RANKED_ZH.finditer(text):
        count = found["n"]
        n = int(count) if count.isdigit() else _ZH_COUNTS.index(count) + 1
        words |= {"top", _COUNTS[n - 1]}
    return frozenset(words)


def _term_senses(term: Term) -> tuple[str, ...]:
    """The other language's terms for ``term``; of a Chinese compound the dictionary lacks that writes a
    country before a place within it (中国台湾, 中国香港, 美国加州), the inner place's alone: Chinese
    names such a place with its country before it, English by its own name ("Taiwan"), and read as
    both, the compound named the country's row as fully as the place's."""
    inner = inner_place(term.written)
    return translations(inner) if inner else term.translations()


_EXCLUDES = re.compile(r"不含|不包括|除[^，。？?、]{1,12}?(?:以外|之外|外)")


_CUMULATIVE = re.compile(
    r"\bcumulative(?:ly)?\b|\baccumulated\b|\bto date\b|\binstalled base\b|\b(?:by|at) (?:the )?end of\b|\bas of\b",
    re.IGNORECASE,
)


# "total" in a question asks for a sum of parts (总额, 总计). CC-CEDICT also gives it to the words of other
# wholes, which a question asks for by their own words: a place's (全球 "global"), an entirety's (整个 "entire",
# 全面 "comprehensive"). A time's (累计, "cumulative") is left out of every question not asking it, below.
_OTHER_WHOLES = frozenset({"全球", "整个", "全面"})


def _other_whole(term: str, sense: str) -> bool:
    return term.lower() == "total" and sense in _OTHER_WHOLES


_VOWELS = "aeiou"


def _past(verb: str) -> str:
    """The regular past tense of the English ``verb``: "handle" is "handled", "supply" "supplied",
    "ship" (one vowel, then one consonant) "shipped", "process" "processed"."""
    verb = verb.lower()
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ied"
    one_vowel = sum(letter in _VOWELS for letter in verb) == 1
    if one_vowel and verb[-2:-1] in _VOWELS and verb[-1] not in _VOWELS + "wxy":
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _gerund(verb: str) -> str:
    """The English ``verb``'s -ing form: "charge" is "charging", "run" (one vowel, then one consonant)
    "running", "ship" "shipping", "process" "processing", "die" "dying"."""
    verb = verb.lower()
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    one_vowel = sum(letter in _VOWELS for letter in verb) == 1
    if one_vowel and verb[-2:-1] in _VOWELS and verb[-1] not in _VOWELS + "wxy":
        return verb + verb[-1] + "ing"
    return verb + "ing"


# Units and rates a question names in capitals are not what it is about.
_UNIT_OR_RATE = re.compile(r"^(?:[kMGT]Wh?|CAGR|YoY)$", re.IGNORECASE)


_NOT_NAMES = frozenset(
    "total january february march april may june july august september october november december".split()
)


# A count of the things a Chinese list names ("马来西亚、菲律宾和新加坡三国", "欧洲与北美两地"): no name, though the
# dictionary lists 三国 as the Three Kingdoms.
_COUNTED_THINGS = re.compile(r"[两二三四五六七八九十]+(?:个国家|个地区|[国地省市家者])")


# An acronym in brackets after a term ("Platform-as-a-Service (PaaS)", "Point-of-Care Testing (POCT)"): two
# capitals or more among two to six letters.
_BRACKETED_ACRONYM = re.compile(r"[(（]\s*(?=[A-Za-z]*[A-Z][a-z]*[A-Z])([A-Za-z]{2,6})\s*[)）]")
_SPELLING_WORD = re.compile(r"[A-Za-z][\w'’]*")


def _without_spelled_out(text: str) -> str:
    """``text`` without each term it spells out before that term's acronym in brackets: a writer who
    gives both names one thing twice ("public cloud Platform-as-a-Service (PaaS)"), and a report may
    write either alone (a row "PaaS"), so the words spelled out are no names of their own beside it."""
    out, last = [], 0
    for found in _BRACKETED_ACRONYM.finditer(text):
        before = text[last : found.start()]
        letters = found[1].lower()
        words = list(_SPELLING_WORD.finditer(before))
        spelled = words[len(words) - len(letters) :] if len(words) >= len(letters) else []
        gaps = [before[a.end() : b.start()] for a, b in zip(spelled, spelled[1:])]
        if (
            spelled
            and "".join(w.group()[0].lower() for w in spelled) == letters
            and all(re.fullmatch(r"[\s-]+", gap) for gap in gaps)
            and not before[spelled[-1].end() :].strip()
        ):
            before = before[: spelled[0].start()]
        out.append(before + found.group())
        last = found.end()
    return "".join(out) + text[last:]


def names_in(text: str) -> list[str]:
    """The companies, places and products ``text`` names (not its years, months, units,
    currencies, counts of the things listed, or the operation asked: "What is the Total …"); a term
    spelled out before its acronym in brackets is named by the acronym (:func:`_without_spelled_out`)."""
    return [
        t
        for t in map(_without_lead, asked_names(_without_spelled_out(text)))
        if t
        and not t.isdigit()
        and not _COUNTED_THINGS.fullmatch(t)
        and not FISCAL_YEAR.fullmatch(t)
        and t.upper() not in CURRENCIES
        and not _UNIT_OR_RATE.match(t)
        and not all(w in NOT_SUBJECT or w in _NOT_NAMES for w in t.lower().split())
    ]


def _without_lead(term: str) -> str:
    """A capitalised run without the asking words it opens on: "Given Nordlys" of "Given Nordlys's
    2024 revenue …" names Nordlys."""
    words = term.split(" ")
    while len(words) > 1 and words[0].lower() in NOT_SUBJECT:
        words = words[1:]
    return " ".join(words)


def mentions_name(scope: str, name: str) -> bool:
    """:func:`mentions`, with a short Latin name as a whole word: "US" is not in "USD"."""
    if not (name.isascii() and len(name) <= 3):
        return mentions(scope, name)
    return any(
        re.search(rf"(?<![a-z0-9]){re.escape(form.lower())}(?![a-z0-9])", scope) if form.isascii() else form in scope
        for form in equivalents(name)
    )


# Words of a period ("for the years ended December 31"), which a sentence shares with any question.
PERIOD_WORDS = frozenset(subject_words(" ".join(_NOT_NAMES) + " year years ended ending fiscal period altogether"))


def is_period(text: str) -> bool:
    """Whether ``text`` names only a period ("December 31, 2019", "Year ended 30 June 2019"): a
    heading row saying when the rows under it are, not what they are about."""
    return bool(years_in(text)) and not subject_words(text) - PERIOD_WORDS


def writes_subject(question: str, scopes: list[str]) -> bool:
    """Whether some of ``scopes`` (passages in the question's other language, read with their
    titles) write something the question names besides its names, in any form the dictionary
    gives: "China's public cloud market" over Chinese passages that write only 中国 does not,
    and any figure of China (the digital economy's 53.9万亿元) would do for it."""
    names = " ".join(names_in(question))
    # A word one of whose senses is an asking word (市场 is "market") names nothing to look for, nor does
    # one that names a market's size (规模, whose senses "scale, scope" no English table writes), as "size" does not.
    # Nor does a word that takes the whole as the total (总体, 总量): the table's total row is what it asks.
    own = {
        w
        for w in subject_words(question) - subject_words(names) - TOTAL_ONLY
        if not is_generic(w) and measures_of(w) != {"#size"}
    }
    senses = {sense.lower() for term in [*own, *_phrases(question)] for sense in translations(term)}
    glossary = {w for group in matched_groups(question) for term in group for w in subject_words(term)}
    forms = own | senses | (translated(question) - translated(names)) | (glossary - subject_words(names))
    stems = {_stem(form) for form in forms}
    return not own or any(stem in scope for scope in scopes for stem in stems)


# What a report's scope leaves out ("新型储能项目（抽水蓄能除外）", "不含境外产量", "excluding pumped hydro"):
# a thing written only there is one the report does not cover.
_LEFT_OUT = re.compile(
    r"[（(][^（()）]{1,30}?除外[)）]|(?:不含|不包括|excluding|excl\.)\s*[^，。；,;.)）]{1,30}", re.IGNORECASE
)


def unwritten_phrase(question: str, texts: list[str]) -> str | None:
    """A phrase of an English ``question`` the dictionary translates whole ("botulinum toxin": 肉毒素) and no
    text of ``texts`` (lower-cased passages in the other language) writes, in English or by a sense: the
    question asks about a thing the report does not cover, and a figure of what it does cover (the whole
    market's growth, all new storage capacity for "pumped hydro storage") would answer another question.
    A thing written only where the report's scope leaves it out (:data:`_LEFT_OUT`) is not written.
    Nor any word of it, itself or by a sense: the dictionary gives a phrase few senses ("vocational
    training" is 职业教育, a report writes 职业培训). One word alone is no such thing: its senses are many
    and a report writes few of them."""
    asked = normalize(question).lower()
    texts = [_LEFT_OUT.sub(" ", text) for text in texts]
    for term in terms_in(question):
        words = term.written.split()
        if (
            len(words) < 2
            or len(term.parts) != 1
            or term.written not in asked  # read across a possessive: "China's mobile" is no "China Mobile"
            or any(word in STOPWORDS or not subject_words(word) for word in words)  # "based on", "percentage points"
            # "leaving aside", "make up", "freshly made" say what is done or how, not what a thing is.
            or (any(word.endswith(("ing", "ed", "ly")) for word in words) and not glossary_term(term.written))
            or verb_phrase(term.written)
            or measures_of(term.written)
            or is_generic(term.written)
        ):
            continue
        forms = {term.written, *term.parts[0]}
        forms |= {f for word in words for t in terms_in(word) for part in t.parts for f in (t.written, *part)}
        forms |= {c for word in words for c in characters_meaning(word)}  # "cold" of 冷库
        if not any(form.lower() in text for text in texts for form in forms):
            return term.written
    return None


def writes_all(term: str, scope: str) -> bool:
    """Whether lower-cased ``scope`` writes every subject word of ``term`` but its measure
    words and the words that name nothing (市场 is "market", an asking word no scope is read for),
    itself or by a dictionary sense (总出货量's 出货 is "ship", in "Shipments"; 全球 in a table of one
    country's shipments is written nowhere)."""
    term = _POSSESSIVE.sub("", term)  # "China's parcel volume" is about China
    by_phrase = _phrase_words_written(term, scope)
    words = [word for word in subject_words(term) if not measures_of(word) and not is_generic(word)]
    # A piece the tokenizer cut out of a longer word is written with it: 胶原蛋白 is "collagen", and its
    # 蛋白 ("protein") is no thing of its own that a scope writing "collagen" leaves out. The longer word's
    # sense must stand as words ("AI" of 人工智能 is not written in "said").
    wholes = [word for word in words if any(_word_written(sense, scope) for sense in translations(word))]
    return all(
        word in by_phrase or written_in(word, scope) or any(word in whole and word != whole for whole in wholes)
        for word in words
    )


def _phrase_words_written(term: str, scope: str) -> frozenset[str]:
    """The words of ``term``'s dictionary phrases that ``scope`` writes by a sense of the whole
    phrase: "express delivery" is 快递, though neither "express" nor "delivery" alone has that sense;
    so is a Chinese glossary term jieba cuts into words (报废电池 "end-of-life batteries": 报废 alone
    is "scrap", zhen45)."""
    english = frozenset(
        word
        for phrase in terms_in(term)
        if " " in phrase.written and any(_stem(sense) in scope for sense in phrase.translations())
        for word in subject_words(phrase.written)
    )
    chinese = frozenset(
        word
        for phrase in terms_in(term)
        if not phrase.written.isascii()
        and glossary_term(phrase.written)
        and any(_word_written(sense, scope) for sense in glossary_senses(phrase.written))
        for word in subject_words(phrase.written)
    )
    return english | chinese


def _word_written(sense: str, scope: str) -> bool:
    """Whether ``scope`` writes the English ``sense`` as words, not inside another ("AI" in "said")."""
    if not sense.isascii():
        return False
    form = _stem(sense)
    return bool(re.search(rf"\b{re.escape(form)}" + (r"\b" if form == sense.lower() else ""), scope))


def written_in(word: str, scope: str) -> bool:
    """Whether lower-cased ``scope`` writes ``word``, itself or by a dictionary sense (also a sense of its
    plural: 大众 is "the masses", never "mass") or a glossary term of its group (网络安全 for "cybersecurity")."""
    plural = translations(_plural(word)) if word.isascii() and word.isalpha() else ()
    senses = [*translations(word), *plural, *glossary_senses(word)]
    return any(_stem(form) in scope for form in {word} | {w for sense in senses for w in subject_words(sense)})


def _plural(word: str) -> str:
    """An English noun's plural, as the dictionary writes a sense given only in the plural ("the masses")."""
    if word.endswith(("s", "x", "ch", "sh")):
        return f"{word}es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return f"{word[:-1]}ies"
    return f"{word}s"


# Words that take a thing whole ("the whole cold chain market", 整体): they name no thing of their own.
_WHOLE_OF = frozenset(
    "whole entire overall total global worldwide all 整体 全部 全球 总体 整个 全国 总额 总计 总量 总数".split()
)
# Of those, the words that name no place either (总体, 总量, "overall"): a whole asked so is whatever a table
# totals, as "the total" is (zhen48); 全球 and 全国 name the world and the country.
TOTAL_ONLY = _WHOLE_OF - {"global", "worldwide", "全球", "全国"}


def writes_whole(term: str, scope: str) -> bool:
    """Whether lower-cased ``scope`` writes every subject word of ``term``, a share's whole, but its
    measure words (:func:`writes_all`), its possessives dropped ("North America's pet food sales"
    is north, america, pet, food); a word that takes a thing whole is also written by another
    word of one of its senses: "the world's installations" are the "global installations" a report
    writes (world and global are both senses of 全球)."""
    words = subject_words(_POSSESSIVE.sub("", term))
    return all(written_in(word, scope) or _whole_written(word, scope) for word in words if not measures_of(word))


# The words a Chinese question names its own country by, as a whole ("国内网络安全市场", "我国…市场", "境内"): a
# Chinese report writes that whole 全国 ("占2024年全国市场的31.2%") or by the country its title names
# (``answerability``). Not matched by 中国 here, which nearly every title of a Chinese report writes (a fleet's
# sentence under it is no whole of a sales share), and 全国 itself stays as written.
OWN_COUNTRY = frozenset({"国内", "境内", "我国"})
_NATIONAL = OWN_COUNTRY | {"全国"}


def _whole_written(word: str, scope: str) -> bool:
    """Whether ``scope`` writes a sense of a word of ``_WHOLE_OF`` that ``word`` is a sense of, or, for a
    word of ``OWN_COUNTRY``, a word of ``_NATIONAL``."""
    if word in OWN_COUNTRY and any(other in scope for other in _NATIONAL):
        return True
    wholes = [sense for sense in translations(word) if sense in _WHOLE_OF]
    return any(written_in(other, scope) for whole in wholes for other in translations(whole) if other != word)


def thing_words(term: str) -> frozenset[str]:
    """The words of ``term`` that name a thing, not a place, a period, a measure or an asking word
    ("North America's footwear sales": footwear and north; 中国软件市场: 软件)."""
    text = without_measures(_POSSESSIVE.sub("", term))
    for name in names_in(text):  # a place of several words ("Southeast Asia") is no thing, nor its pieces
        if is_place(name) or names_a_place(name):
            text = text.replace(name, " ")
    # A Chinese term the dictionary lists is read whole: jieba cuts 云计算 into 云 and 计算 (an operation word).
    whole = {t.written for t in terms_in(text) if len(t.written) > 1 and not t.written.isascii()}
    return frozenset(
        w
        for w in (subject_words(text) | whole) - PERIOD_WORDS - _WHOLE_OF
        if not is_generic(w) and not is_place_word(w)
    )


def is_place_word(word: str) -> bool:
    """Whether ``word`` names a country or region, in either language (中国 is "China")."""
    return is_place(word.title()) or names_a_place(word)


def writes_any(term: str, scope: str) -> bool:
    """Whether lower-cased ``scope`` writes some word ``term`` names a thing by, itself or by a
    dictionary sense (安装价格's 价格 is "price"); true when ``term`` has no such word ("amount",
    "ending balance")."""
    words = {w for w in subject_words(_balance_words(term)) if not is_generic(w)}
    return not words or any(written_in(w, scope) for w in words)


def _stem(form: str) -> str:
    """An English form without its last letter ("image" is written in "imaging"), lower-cased; a noun in
    -nce without its "ce", as its adjective writes it ("residence" in "residential", "province" in "provincial")."""
    form = form.lower()
    if form.isascii() and len(form) > 6 and form.endswith("nce"):
        return form[:-2]
    return form[:-1] if form.isascii() and len(form) > 4 else form


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)+")


def _phrases(text: str) -> list[str]:
    """Runs of two or three English words, which the dictionary may list as one term
    ("cloud computing" is 云计算, where "cloud" alone is 云彩)."""
    runs = [run.lower().split() for run in _LATIN_RUN.findall(text)]
    return [" ".join(words[i : i + n]) for words in runs for n in (2, 3) for i in range(len(words) - n + 1)]


def is_generic(word: str) -> bool:
    """Whether a sense of ``word`` is an asking word only (市场 is "market"): it names nothing."""
    return any(not subject_words(sense) for sense in translations(word))
