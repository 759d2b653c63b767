"""Rank the sentences of retrieved passages by how well they answer a question."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from reportqa.index.dictionary import english_word, terms_in, translations, verb_sense
from reportqa.index.keyword import jieba_words, tokenize
from reportqa.index.names import glossary_group, mentions, posseg, share_term, states_share
from reportqa.index.places import is_place, place_of
from reportqa.index.query import matched_groups, mentions_term
from reportqa.index.retriever import Hit
from reportqa.ingest.claims import is_instruction
from reportqa.ingest.normalize import HAN_RUN, detect_language, normalize
from reportqa.ingest.numbers import YEAR, has_number, years_in
from reportqa.server.answer.asked_units import is_unit
from reportqa.server.answer.units import Unit, introduced, passage_units
from reportqa.server.calc.operands import spells_out, written_out
from reportqa.server.calc.program import by_doc
from reportqa.server.calc.relative_years import reference_year
from reportqa.server.calc.subject import _gerund, _past, measures_of, names_in, subject_words

# What a concept counts for when only what a unit stands under (title, heading, caption) names it.
SCOPE_WEIGHT = 0.5
# What two question words in a row count for, against one word: they confirm the words, not add a thing asked.
PAIR_WEIGHT = 0.5
# A question word that at most this share of the candidate sentences write is what tells its
# subject from the report's others (私有云 among 云 and 市场, which nearly every sentence writes).
DISTINCT_SHARE = 0.5

_NUMERIC_INTENT = re.compile(
    r"how (?:much|many|large|big|fast)|what (?:is|was|are|were) the (?:size|value|share|cagr|rate|growth)|"
    r"\bsize\b|\bcagr\b|\bshare\b|\bworth\b|\brate\b|\bpercent|\bsales\b|\brevenues?\b|\bincome\b|"
    r"\bprofits?\b|\bspen[dt]\b|\bshipments?\b|\bshipped\b|\bsold\b|\bvolume\b|"
    # "What was Vestas' operating margin?", "… average selling price?": a rate or a price is a figure.
    r"\bmargins?\b|\bprices?\b|\barpu\b|\border intake\b|"
    r"多少|几|规模|份额|增长率|占比|多大|多快|比例|金额|营收|收入|销售额|销量|利润|出货|毛利率|价格|均价|单价",
    re.IGNORECASE,
)


# A question for a reason, a method, a definition or what something is made of: its answer
# is a sentence of prose, even when it names a measure ("Why did revenue rise?").
_REASON = (
    # "By what factor did A exceed B" asks a multiple, not the factors behind it.
    r"^\s*why\b|(?<!\bby )\bwhat (?:factors?|reasons?|drove|drives|caused|causes|led to|leads to|"
    r"results? in|resulted in)\b|"
    r"\breasons?\b|\brationale\b|\b(?:driven by|due to|attributable to|attributed to|caused by|the result of)\s*\?|"
    r"为什么|为何|原因|什么因素|驱动因素"
)
_EXPLANATION = re.compile(
    _REASON + r"|\bhow (?:is|are|was|were|does|do|did)\b.*\b(?:calculated|computed|determined|measured|defined|"
    r"derived|recogni[sz]ed|estimated|accounted for|valued)\b|\bdefin(?:e|ition)\b|\bmeaning\b|"
    r"\bwhat (?:does|do|did) .* (?:mean|include|consist of|comprise|represent|relate to)\b|"
    r"\b(?:what is|what are|what was|what were) (?:included|excluded) (?:in|from)\b|"
    r"\b(?:include[sd]?|consists? of|comprises?) (?:in|of)?\s*\?|"
    r"如何计算|怎样计算|怎么计算|定义|是指|包括哪些|由什么构成",
    re.IGNORECASE,
)
_ASKS_REASON = re.compile(_REASON, re.IGNORECASE)
# What a question for what something is made of asks, and what a sentence telling it writes
# ("What is included in service delivery costs?": "(1) Include cost of equipment sold, …").
_CONTENT = re.compile(r"\b(?:includ|exclud|consist|compris)\w*|包括|包含|不包括|构成|组成", re.IGNORECASE)
# What a sentence giving a reason says ("… driven by …", "由于…").
_CAUSE = re.compile(
    r"\b(?:due to|driven by|attributable to|attributed to|because|as a result of|resulting from|result(?:ed)? from|"
    r"owing to|caused by|reflect(?:s|ed|ing)?)\b|由于|因为|受[^，。；]{0,12}影响|得益于|归因于|带动|推动|驱动",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A verbatim sentence (or list or table) of a hit, with how well it matches the question.

    ``intro``: the sentence of another passage that announces this list or table ("… as
    follows:"), quoted before it.
    """

    hit: Hit
    text: str
    score: float
    intro: tuple[Hit, str] | None = None
    about: str = ""  # ``text`` after what names its subject: title, caption, lead-in, the sentence a pronoun is of
    named: int = 0  # distinguishing words of the question it writes (``subject_first``)
    other: bool = False  # its figure is of a company or place the question does not ask about (``subject_first``)
    owned: bool = (
        False  # in the other language, its figure is of a company or place the question names (``subject_first``)
    )
    referent: str = ""  # the sentence before, when this one opens on a pronoun: what it is about


# A sentence whose subject is a pronoun, after at most one opening word ("Today it employs …";
# 其中 "of which", 其他 "other" are no pronoun).
_PRONOUN = re.compile(
    r"\s*(?:[A-Za-z]+,?\s+)?(?:it|its|they|their)\b|\s*(?:它|该公司|其(?!中|他|余|它))", re.IGNORECASE
)


def opens_on_pronoun(sentence: str) -> bool:
    """Whether ``sentence``'s subject is a pronoun, so the sentence before names what it is about."""
    return bool(_PRONOUN.match(sentence))


def asks_explanation(question: str) -> bool:
    """Whether the question asks why, how something is worked out, what a term means or
    what something includes: answered by prose, never by a computed figure."""
    return bool(_EXPLANATION.search(normalize(question)))


def wants_number(question: str) -> bool:
    """Whether the question asks for a quantity (so an answer without a number is no answer)."""
    return bool(_NUMERIC_INTENT.search(normalize(question))) and not asks_explanation(question)


def question_years(question: str) -> set[int]:
    """The years ``question`` names."""
    return set(years_in(normalize(question)))


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: a glossary group (any language), a single token
    with its translations in the other language (CC-CEDICT), or two tokens in a row ("test
    equipment"), which a text states as the question does when it names the same thing."""

    terms: tuple[str, ...] = ()
    token: str = ""
    initialism: bool = False  # the question writes ``token`` in capitals ("DTC"): written by its words spelled out
    done: tuple[str, ...] = ()  # a Chinese verb the question says was done (处理了): its past tense ("processed")

    def found_in(self, lowered_text: str, tokens: set[str]) -> bool:
        if self.token and self.token in tokens:
            return True
        if self.initialism and written_out(lowered_text, self.token.upper()):
            return True
        if any(mentions_term(lowered_text, form) for form in self.done):
            return True
        # "sales" in Chinese is what was sold, 销量 or 销售额 (CC-CEDICT gives "sale" only 特卖, 销路 …).
        if self.token in ("sale", "sales") and _SOLD.search(lowered_text):
            return True
        if any(mentions_term(lowered_text, t) for t in self.terms):
            return True
        # A share is stated by its verb as often as by its noun: 线上渠道占…的56.2%, and so is a proportion
        # (a penetration rate, 智能家电渗透率为48.6%, is one: see ``names._SHARE_STATED``).
        shares = (bool(self.terms) and share_term(self.terms[0])) or self.token in _PROPORTION_WORDS
        return shares and states_share(lowered_text)


def question_concepts(question: str) -> list[Concept]:
    """What the question asks about; a glossary group is one concept in both languages, and
    so is a word with its dictionary translations; each pair of neighbouring words is one too."""
    groups = matched_groups(question)
    covered = set(tokenize(" ".join(t for g in groups for t in g)))
    concepts = [Concept(terms=tuple(g)) for g in groups]
    tokens = tokenize(question)
    initialisms = {a.lower() for a in _INITIALISM.findall(normalize(question))}
    words = [
        Concept(terms=_translated(t), token=t, initialism=t in initialisms, done=_done(t, question))
        for t in dict.fromkeys(tokens)
        if t not in covered
    ]
    pairs = [
        Concept(terms=() if _TIME_WORDS & set(pair.split()) else _phrase_translated(pair), token=pair)
        for pair in dict.fromkeys(_pairs(tokens))
    ]
    return concepts + words + pairs


# What a Chinese report writes for sales: 销量, 销售额, 零售额, 售出.
_SOLD = re.compile(r"销量|销售|售额|售量|售出")


# Words a question asks a share with that the glossary's group of "share" does not hold.
_PROPORTION_WORDS = frozenset({"proportion", "percentage", "portion", "fraction", "比例", "比重"})


# An initialism as a question writes it, standing alone ("通过DTC渠道", "OEM sales"), of three letters or more.
_INITIALISM = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")


# A period is matched by its years; translated, "last year" is the 上年 a sentence compares with.
_TIME_WORDS = frozenset("year month quarter half end last next previous fiscal period".split())


def _done(token: str, question: str) -> tuple[str, ...]:
    """The past tense of the one-word verb senses of a Chinese ``token`` the question says was done (处理了:
    "processed", "handled"), as an English report tells it ("Recyclers processed 1.38 million tonnes"): a
    verb done names the thing asked across languages as surely as a noun, where its bare senses are too
    many to (处理 is also "punish" and "deal with")."""
    if token.isascii() or f"{token}了" not in normalize(question):
        return ()
    return tuple(_past(sense) for sense in translations(token) if " " not in sense and verb_sense(token, sense))


def _pairs(tokens: list[str]) -> list[str]:
    """Neighbouring tokens as one string each ("test equipment")."""
    return [f"{a} {b}" for a, b in zip(tokens, tokens[1:]) if a != b]


def _tokens(text: str) -> set[str]:
    """The tokens of ``text`` and its pairs of neighbouring tokens."""
    tokens = tokenize(text)
    return {*tokens, *_pairs(tokens)}


def _translated(token: str) -> tuple[str, ...]:
    """The other language's words for ``token``, too short ones left out (a single
    character, or a two-letter word, matches inside too many unrelated words), and the place
    an adjective of place names: "the European market" is stated as "Europe was worth …"."""
    if token[0].isdigit():
        return ()
    place = place_of(token.title())
    senses = translations(token) or _phrase_translated(token)
    senses = (*senses, *_other_heads(token, senses))
    return tuple(t for t in senses if len(t) >= (2 if not t.isascii() else 3)) + ((place.lower(),) if place else ())


def _other_heads(token: str, senses: tuple[str, ...]) -> tuple[str, ...]:
    """A Chinese compound's senses with their head noun in another sense of the compound's last
    character, which is that head: 跑鞋 is "running shoes", and 鞋 "shoe" or "footwear", so a report's
    "running footwear" writes it. Only where the sense's last word is a sense of that character (not
    销售额 "sales figure": 额 is no "figure")."""
    if token.isascii() or len(token) < 2:
        return ()
    heads = {s.lower() for t in terms_in(token[-1]) if t.written == token[-1] for s in t.translations() if " " not in s}
    found = []
    for sense in senses:
        *modifier, last = sense.lower().split()
        if modifier and (last in heads or last.removesuffix("s") in heads):
            found += [" ".join([*modifier, head]) for head in sorted(heads - {last, last.removesuffix("s")})]
    return tuple(dict.fromkeys(found))


def _phrase_translated(phrase: str) -> tuple[str, ...]:
    """The other language's terms for ``phrase`` as one term: English read as a term the
    dictionary knows in another form ("private cloud" is 私有云, "injectables" 注射: see
    :func:`terms_in`), none when it reads the words apart; two Chinese words as the English
    words of each in the same order ("测试 设备": "test equipment", "test equipments"), as both
    languages put the modifier first."""
    if phrase.isascii():
        terms = terms_in(phrase)
        return terms[0].translations() if len(terms) == 1 and terms[0].written == phrase else ()
    words = phrase.split()
    if len(words) != 2:
        return ()
    first, second = ([sense for sense in translations(word) if sense.isalpha()] for word in words)
    # A verb before the thing it describes is written as its gerund (跑步 鞋: "running footwear"), and a head of
    # one character by its own senses, which CC-CEDICT gives under the character only (鞋: "shoe", "footwear").
    first += [_gerund(sense) for sense in first if verb_sense(words[0], sense)]
    if not second and len(words[1]) == 1:
        second = [s for t in terms_in(words[1]) if t.written == words[1] for s in t.translations() if s.isalpha()]
    plural = {b: b if b.endswith("s") else f"{b}s" for b in second}
    return tuple(dict.fromkeys(f"{a} {form}" for a in first for b in second for form in (b, plural[b])))


def rank_sentences(question: str, hits: list[Hit]) -> list[Sentence]:
    """Every quotable unit of ``hits`` (sentences, list items, tables; see :mod:`units`), best first.

    A unit scores by its passage's similarity to the question plus the weighted share of
    the question's concepts it mentions; a concept only its scope mentions (the title, a
    heading, a table's caption) counts for ``SCOPE_WEIGHT``, and so does the year asked
    when only the scope or the sentence before states it; a sentence nothing dates counts as
    of its report's latest actual year (:func:`~reportqa.server.calc.relative_years.reference_year`). Weights
    are inverse frequencies among the candidates, so "outbound" counts for more than
    "market" when every candidate says "market", and the report's subject, which every
    unit of it stands under, counts for little against the measure asked. A question for
    a quantity prefers units with numbers, a question for a reason sentences that give
    one, a question for what something includes or excludes sentences that tell it (not a
    table naming it), and a question naming a year prefers that year. A footnote stands under
    the rows carrying its marker (:func:`_footnotes_named`).
    """
    concepts = question_concepts(question)
    numeric, years = wants_number(question), question_years(question)
    reason = bool(_ASKS_REASON.search(normalize(question)))
    content = asks_explanation(question) and bool(_CONTENT.search(normalize(question)))
    # An instruction to the assistant planted in a report is never quoted as the report's word.
    candidates = [u for u in introduced([u for h in hits for u in passage_units(h)]) if not is_instruction(u.text)]
    candidates = _footnotes_named(candidates)
    # A sentence giving a reason or telling what something includes ("It excludes …") is about
    # the subject of the sentence before.
    strengths = [
        _strengths(concepts, unit, bool(reason and _CAUSE.search(unit.text) or content and _CONTENT.search(unit.text)))
        for unit in candidates
    ]
    frequency = Counter(i for found in strengths for i, strength in enumerate(found) if strength)
    weight = [
        math.log(1 + len(candidates) / (frequency[i] or 1)) * (PAIR_WEIGHT if " " in c.token else 1.0)
        for i, c in enumerate(concepts)
    ]
    total = sum(weight) or 1.0
    reference = {group[0].chunk.doc_id: reference_year(group) for group in by_doc(hits)} if years else {}
    ranked = []
    for unit, found in zip(candidates, strengths):
        score = unit.hit.dense + sum(w * s for w, s in zip(weight, found)) / total
        if numeric and has_number(unit.text):
            score += 0.3
        if reason and _CAUSE.search(unit.text):
            score += 0.3
        if content and unit.kind != "table" and _CONTENT.search(unit.text):
            score += 0.3
        if years & _own_years(unit):
            score += 0.3
        elif years & set(years_in(f"{unit.scope} {unit.before}")):
            score += 0.3 * SCOPE_WEIGHT
        # A sentence nothing dates states its report's own period, the latest year it gives actuals
        # for: "线上渠道占智能家电零售额的56.2%" under "三、渠道与区域" of a report of 2024's figures.
        elif years & {reference.get(unit.hit.chunk.doc_id)} and _undated(unit):
            score += 0.3
        intro = (unit.lead.hit, unit.lead.text) if unit.lead else None
        # A sentence is about its report's title, a table about what its caption and lead-in
        # say, a pronoun about the sentence before.
        lead = f"{unit.lead.text} " if unit.lead else ""
        before = unit.before if opens_on_pronoun(unit.text) else ""
        about = f"{unit.hit.chunk.title}\n{unit.header} {lead}{before} {unit.text}"
        ranked.append(Sentence(unit.hit, unit.text, score, intro, about, referent=before))
    ranked.sort(key=lambda s: s.score, reverse=True)
    return ranked


def _own_years(unit: Unit) -> set[int]:
    """The years ``unit`` states, or, for a sentence that states none, those of the sentence
    before it in its paragraph, whose period it goes on about: "2024年公有云市场规模为…；私有云市场
    规模为2,643.4亿元" dates both, and so does "… in 2024. Test equipment sales were USD 7.5 billion"."""
    own = set(years_in(f"{unit.header} {unit.text}"))
    # "同期…渗透率为48.6%，较2023年提升…": a sentence opening on "the same period" is of the year before's,
    # whatever earlier year it compares with.
    if unit.kind == "sentence" and _SAME_PERIOD.match(unit.text):
        return own | set(years_in(unit.before))
    return own or (set(years_in(unit.before)) if unit.kind == "sentence" else set())


# "In the same period", "that year": a sentence's period is the one the sentence before states.
_SAME_PERIOD = re.compile(
    r"\s*(?:同期|同年|当年|同一时期|in the same period|in the same year|that year)", re.IGNORECASE
)


# A footnote opens on its marker: "(1) Include cost of equipment sold, …".
_FOOTNOTE = re.compile(r"\(([1-9]\d?|[a-z]|\*{1,3})\)\s")


def _undated(unit: Unit) -> bool:
    """Whether ``unit`` is a sentence that neither it, the sentence before it nor its section
    dates (the report's title dates the report: "2025年中国智能家电市场研究报告")."""
    section = unit.scope.removeprefix(unit.hit.chunk.title)
    return unit.kind == "sentence" and not years_in(f"{unit.header} {unit.text} {section} {unit.before}")


def _footnotes_named(units: list[Unit]) -> list[Unit]:
    """``units`` with each footnote standing under the table rows that carry its marker: "(1)
    Include cost of equipment sold, …" is what "| Service delivery costs(1) | 661,…" includes,
    though it never writes the row's name. The rows are looked for in the tables of its report."""
    named = []
    for unit in units:
        marker = _FOOTNOTE.match(unit.text) if unit.kind != "table" else None
        if marker:
            cell = re.compile(r"\|\s*([^|\n]*?[^\s|])\s*\(" + re.escape(marker.group(1)) + r"\)\s*\|")
            rows = [
                label
                for other in units
                if other.kind == "table" and other.hit.chunk.doc_id == unit.hit.chunk.doc_id
                for label in cell.findall(other.text)
            ]
            if rows:
                unit = replace(unit, header=f"{' '.join(dict.fromkeys(rows))} {unit.header}".strip())
        named.append(unit)
    return named


def _strengths(concepts: list[Concept], unit: Unit, gives_reason: bool = False) -> list[float]:
    """Per concept: 1 when ``unit`` mentions it, ``SCOPE_WEIGHT`` when only its scope does, else 0.

    The sentence before lends its period; to a sentence giving a reason ("The increase was
    due to …") it lends its subject too.
    """
    own_text = f"{unit.header}\n{unit.text}"
    own, own_tokens = normalize(own_text).lower(), _tokens(own_text)
    lent = unit.before if gives_reason else " ".join(str(year) for year in years_in(unit.before))
    around = f"{unit.scope}\n{lent}"
    scope, scope_tokens = normalize(around).lower(), _tokens(around)
    return [
        1.0 if c.found_in(own, own_tokens) else SCOPE_WEIGHT if c.found_in(scope, scope_tokens) else 0.0
        for c in concepts
    ]


def subject_first(question: str, ranked: list[Sentence]) -> list[Sentence]:
    """``ranked`` with the sentences that write the most of what distinguishes the question's
    subject first, each group in its order.

    A distinguishing word is a subject word of the question (not a year, a pair of words or a
    word of asking: 行业, market, size; ``calc.subject``) that some sentence writes and at most
    ``DISTINCT_SHARE`` of them do, each read with what it is about (``Sentence.about``: its
    report's title, so the one report's subject distinguishes nothing among its sentences):
    私有云 in "2024年私有云市场增速是多少？" over a paragraph giving 公有云's growth first, then
    私有云's in the same shape. Only sentences in the question's language are read so: across
    languages a word is found by its dictionary senses, which name too much. Without such
    words the order is ``ranked``'s.

    Before all that, unless the question asks for a leader, a sentence whose figure is of a
    company or place the question does not name (:func:`of_another`) goes after those that are
    not: "How much material did recyclers process worldwide?" is the world's 1.38 million
    tonnes, not the 412 kt of "Brunp, the recycling arm of CATL, processed 412 kt of battery
    material", though that sentence writes more of the question's words. And a sentence in the
    other language whose figure is of the company or place the question names (:func:`of_the_asked`)
    goes first: "The United States accounted for USD 138.5 billion …" answers 2024年美国运动服饰销售额,
    though "Apparel remained the largest category …" writes a sense of 服饰.
    """
    _, written = _distinguishing(question, ranked)
    named = [sum(found) for found in written]
    leader = bool(_ASKS_LEADER.search(question))
    others = [not leader and of_another(s, question) for s in ranked]
    asked = _asked_owners(question, ranked)
    lang = detect_language(question)
    owned = [s.hit.chunk.lang != lang and of_the_asked(s, asked) for s in ranked]
    order = sorted(range(len(ranked)), key=lambda i: (others[i], not owned[i], -named[i]))  # stable: ties keep rank
    return [replace(ranked[i], named=named[i], other=others[i]) for i in order]


def about_subject(question: str, ranked: list[Sentence]) -> list[tuple[Sentence, list[Concept]]]:
    """The sentences of ``ranked`` that write what distinguishes the question's subject (see
    :func:`subject_first`), each with the distinguishing concepts it writes. A measure (市场规模,
    revenue, share: ``calc.subject.measures_of``) is what is asked of the subject, not the
    subject, and a word that is a piece of a longer one of the question is that word's (jieba
    cuts 医疗 and 机构 out of 医疗机构): 基层医疗机构 is not named by a row of 迈瑞医疗's revenue."""
    concepts, written = _distinguishing(question, ranked)
    tokens = [c.token for c in concepts if c.token]
    subject = [
        not any(measures_of(t) for t in (c.token, *c.terms))
        and not any(c.token and c.token in t != c.token for t in tokens)
        for c in concepts
    ]
    found = [(s, [c for c, w, k in zip(concepts, row, subject) if w and k]) for s, row in zip(ranked, written)]
    return [(s, words) for s, words in found if words]


# An acronym as a question writes it: EV, IVD, CDMO (a unit's symbol, GW, is none: "Global Wind …").
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _distinguishing(question: str, ranked: list[Sentence]) -> tuple[list[Concept], list[list[bool]]]:
    """The question's distinguishing concepts among ``ranked`` and, per sentence, which of them
    it writes (read with what it is about, in the question's language only). An acronym the
    report's title spells out is written by every sentence of it: each of "Global Electric
    Vehicle Battery Market Report" writes the EV of "the North American EV battery market", which
    tells none of them from another (the place does)."""
    lang = detect_language(question)
    concepts = [
        c for c in question_concepts(question) if " " not in c.token and (not c.token or subject_words(c.token))
    ]
    acronyms = {a.lower() for a in _ACRONYM.findall(question) if not is_unit(a)}
    written = [
        [
            (writes(s.about, c) if s.hit.chunk.lang == lang else writes_across(s.about, c))
            or (c.token in acronyms and spells_out(normalize(s.hit.chunk.title).lower(), c.token))
            for c in concepts
        ]
        for s in ranked
    ]
    counts = [sum(column) for column in zip(*written)]
    distinct = [i for i, n in enumerate(counts) if 0 < n <= DISTINCT_SHARE * len(ranked)]
    return [concepts[i] for i in distinct], [[row[i] for i in distinct] for row in written]


# Senses of one word that still name one thing across languages (dishwasher: 洗碗机; refrigerator:
# 冰箱, 电冰箱); a word with more (sales: 回佣, 营收, 销售) names too much in the other language.
ONE_THING_SENSES = 2


def writes_across(text: str, concept: Concept) -> bool:
    """Whether ``text``, in the other language than the question's, writes ``concept``: one
    word the dictionary translates by at most ``ONE_THING_SENSES`` senses, one of which ``text``
    writes as a word of its own (jieba's), not inside another: 电器 of the company 格力电器 is
    no "appliance"."""
    lowered = normalize(text).lower()
    if concept.initialism and written_out(lowered, concept.token.upper()):
        return True
    if any(mentions_term(lowered, form) for form in concept.done):
        return True
    if not (concept.token and 0 < len(concept.terms) <= ONE_THING_SENSES):
        return False
    words = set(jieba_words(lowered))
    return any(term in words if not term.isascii() else mentions_term(lowered, term) for term in concept.terms)


def writes(text: str, concept: Concept) -> bool:
    """Whether ``text`` writes ``concept`` in any of its forms."""
    return concept.found_in(normalize(text).lower(), _tokens(text))


# A question for the leader or the largest asks for one company's figure without naming it.
_ASKS_LEADER = re.compile(
    r"\b(?:largest|biggest|leading|leaders?|top|No\.\s?1|number one)\b|"
    r"最大|龙头|领先|第一|头部|前[一二三四五六七八九十\d]",
    re.IGNORECASE,
)


def _owners(text: str) -> list[str]:
    """The names ``text`` gives that may own a figure: places, companies, products (Brunp,
    United States, Luckin Coffee); not a term (CAGR, IVD) nor a common English word that opens a
    sentence ("Global revenue reached …")."""
    return [
        n
        for n in names_in(text)
        if is_place(n)
        or _names_place(glossary_group(n) or [])
        or not (glossary_group(n) or (n.isupper() and _translated(n)) or (" " not in n and english_word(n)))
    ]


def _names_place(group: list[str]) -> bool:
    """Whether a glossary group is a place's: jieba tags one of its Chinese forms a place (美国 for US)."""
    return any(token.flag == "ns" for term in group if not term.isascii() for token in posseg().lcut(term))


def of_another(sentence: Sentence, question: str) -> bool:
    """Whether ``sentence`` states its figure of a company or place the question does not write:
    one named before its first figure (its subject; for a sentence opening on a pronoun, in the
    sentence before), which is neither the subject of its report (in its title) nor a word of
    the question ("Recyclers processed …"), while no name the question writes stands in it. A
    table row, and a sentence in another language than the question's (美敦力 is Medtronic), are
    left to other rules, but for an English sentence under a Chinese question that names no company
    or place at all (:func:`_across_unowned`): 2024年全球回收企业一共处理了多少材料 is the world's
    1.38 million tonnes, not Brunp's 412 kt. So is a passage of a company's report on itself (:func:`in_filer_voice`):
    the names before its figures are the filer's own plans, standards and segments ("ESPP",
    "ASC 606", "PSP options"), not another company than the one asked."""
    if "|" in sentence.text:
        return False
    if sentence.hit.chunk.lang != detect_language(question) and not _across_unowned(sentence, question):
        return False
    if in_filer_voice(sentence.hit.chunk.text):
        return False
    first = _first_figure(sentence.text)
    if first is None:
        return False
    title = normalize(sentence.hit.chunk.title).lower()
    asked = normalize(question).lower()
    # A capitalised word the passage also writes in lower case is a common word ("Recyclers
    # processed …" beside "any recycler").
    common = set(tokenize(" ".join(_LOWER_WORD.findall(sentence.hit.chunk.text))))
    names = [
        n
        for n in _owners(f"{sentence.referent} {sentence.text[:first]}")
        if not mentions_term(title, n.lower()) and not set(tokenize(n)) <= common
    ]
    return bool(names) and not any(
        _asks_of(asked, n, sentence.text) or _glosses_asked(asked, n, sentence.text)
        for n in names_in(f"{sentence.referent} {sentence.text}")
    )


def _across_unowned(sentence: Sentence, question: str) -> bool:
    """Whether ``sentence`` is English, under a Chinese ``question`` that names no company or place
    (:func:`_owners`) and writes only words the dictionary or glossary translates: an English report
    capitalises the names that own its figures ("Brunp, the recycling arm of CATL, processed …"), so
    one before the figure is another's, as in the question's own language. A word the dictionary
    lacks may be a name jieba does not tag (玛氏, Mars; a Latin brand), which the sentence's owner
    would be: then the rule is not applied. Not the other way: jieba tags many a Chinese term a
    name (磷酸铁锂), which would pass for an owner of a Chinese sentence."""
    if sentence.hit.chunk.lang != "en" or detect_language(question) != "zh" or _owners(question):
        return False
    text = normalize(question)
    if any(not english_word(word) for word in _LATIN_WORD.findall(text)):
        return False
    words = [t.word for run in HAN_RUN.findall(text) for t in posseg().lcut(run) if len(t.word) > 1]
    return all(translations(word) or glossary_group(word) for word in words)


_LATIN_WORD = re.compile(r"[A-Za-z]+")


# What a bracketed short form follows: the Chinese characters or English words it stands for.
_GLOSSED = r"([\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z -]*[A-Za-z])\s*[（(]\s*"


def _glosses_asked(asked: str, name: str, sentence: str) -> bool:
    """Whether ``sentence`` writes ``name`` in brackets after words lower-cased question ``asked``
    writes: "行业平均客单价（ARPU）为3.6万元" is of the 平均客单价 asked, and "annual recurring
    revenue (ARR) reached …" of the "annual recurring revenue" asked; the short form is the
    report's gloss of those words, no other company's. A tail of at least three characters or
    two words is read, as the question may leave out what opens the phrase (行业); two characters
    (技术 of 华为技术) are as often a word of another phrase."""
    found = re.search(_GLOSSED + re.escape(name) + r"\s*[)）]", sentence)
    if not found:
        return False
    glossed = found[1].lower()
    if not glossed.isascii():
        return any(glossed[i:] in asked for i in range(len(glossed) - 2))
    words = glossed.split()
    return any(re.search(rf"\b{re.escape(' '.join(words[i:]))}\b", asked) for i in range(len(words) - 1))


def _asked_owners(question: str, ranked: list[Sentence]) -> frozenset[str]:
    """The companies and places ``question`` names, lower-cased, with their dictionary senses in
    the other language (美国: "united states", "us"; 欧洲: "europe"): those that distinguish, written
    by fewer than ``DISTINCT_SHARE`` of ``ranked`` (the 中国 of "in China" over a Chinese report on
    China, which most of its sentences write, tells none of them from another)."""
    abouts = [normalize(s.about).lower() for s in ranked]
    owners = set()
    for name in names_in(question):
        # A name's translations are those of the name whole ("United States": 美国), not of each of its words:
        # "China Telecom's Tianyi Cloud" is not 中国, which every sentence of a report on China writes.
        whole = [t for t in terms_in(name) if t.written.lower() == name.lower()] or terms_in(name)[:1] * (
            " " not in name
        )
        forms = {f.lower() for f in (name, *(s for t in whole for s in t.translations()))}
        if sum(any(mentions_term(a, f) for f in forms) for a in abouts) < DISTINCT_SHARE * len(ranked):
            owners |= forms
    return frozenset(owners)


def of_the_asked(sentence: Sentence, asked: frozenset[str]) -> bool:
    """Whether ``sentence`` (one in the other language than the question's) states its figure of a
    company or place the question names (``asked``, from :func:`_asked_owners`): the owner named
    before its first figure is one of them, word for word, and not the subject of its whole
    report (中国 of 中国云计算市场研究报告, which every sentence opens on). Where the name stands
    after the figure ("… as hospital networks in Europe adopted it") it is no owner of that figure."""
    if "|" in sentence.text or not asked:
        return False
    first = _first_figure(sentence.text)
    if first is None:
        return False
    title = normalize(sentence.hit.chunk.title).lower()
    return any(
        _owner_asked(n.lower(), asked) and not mentions_term(title, n.lower())
        for n in _owners(f"{sentence.referent} {sentence.text[:first]}")
    )


def _owner_asked(owner: str, asked: frozenset[str]) -> bool:
    """Whether ``owner`` (lower-cased) is one of the ``asked`` names, word for word, or a Chinese name one of them
    (or the brand of one: "china telecom's tianyi cloud") spells by pinyin and senses side by side (天翼云)."""
    if owner in asked:
        return True
    brands = {re.split(r"['’]s ", f)[-1] for f in asked if f.isascii()}
    return not owner.isascii() and any(mentions(owner, brand) for brand in brands)


def _asks_of(asked: str, name: str, sentence: str) -> bool:
    """Whether lower-cased question ``asked`` writes ``name``, or all of it but a common English
    word that opens ``sentence`` capitalised: "Global EV battery shipments rose to 1,052 GWh" is
    of the EV batteries asked, though "Global EV" is one capitalised run to :func:`names_in`
    (and "Global" opens a name's sense in CC-CEDICT, so it is not cut there)."""
    if mentions(asked, name):
        return True
    first, _, rest = name.partition(" ")
    return bool(rest) and sentence.lstrip().startswith(name) and english_word(first) and mentions(asked, rest)


def in_filer_voice(text: str) -> bool:
    """Whether ``text`` is written by a company about itself, as annual reports are: it calls
    itself "the Company"/"the Group" or speaks in the first person of what it did ("we recorded",
    "our revenue"). A market report's analyst speaks in the first person only to forecast or
    value ("We expect …", "our base case", "which we value at"), which is not a filer's voice."""
    return bool(_FILER_VOICE.search(text))


# "the Company" capitalised is a filer's defined name for itself; "we"/"our"/"us" are the
# filer's voice unless they forecast, which is the analyst's.
_FILER_VOICE = re.compile(
    r"\b[Tt]he (?:Company|Group|Corporation|Partnership)\b|"
    r"\b(?:[Ww]e|[Oo]ur|us)\b(?!\s+(?:expect|forecast|estimate|project|believe|anticipate|base|value|see|assume|view)\w*)"
)
_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")  # not the comma after "in 2024,"


def _first_figure(text: str) -> int | None:
    """Where ``text``'s first figure that is no year starts, or ``None`` when it states none."""
    return next((m.start() for m in _FIGURE.finditer(text) if not YEAR.fullmatch(m.group())), None)


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z'-]*")
