"""A question's names as the report writes them in its other script, for the calculations.

The answerability rules accept a name the passages write only in the other script when
``index.names`` links the two forms (a bracketed pair the report gives, a transliteration,
a brand's romanisation or translation: 维斯塔斯 ↔ Vestas, 金风科技 ↔ Goldwind). The operands of
a calculation are bound by the names their rows write, so the calculation reads the question
with each such name replaced by the report's form, linked by the same functions.
"""

from __future__ import annotations

import re

from reportqa.index.dictionary import terms_in, translations
from reportqa.index.names import (
    chinese_candidates,
    composed_in,
    equivalents,
    possessors,
    transliterated,
    with_aliases,
)
from reportqa.index.retriever import Hit
from reportqa.ingest.aliases import bracket_aliases
from reportqa.ingest.normalize import HAN_RUN, normalize
from reportqa.server.calc.subject import names_in
from reportqa.server.calc.tables import table_cells


def linked_question(question: str, hits: list[Hit], pair: tuple[str, str] | None = None) -> str:
    """``question`` with each of its names that the passages of ``hits`` (one report) do not
    write, but write in the other script by one linked form, written in that form: "2024年金风科技的
    新增装机量是维斯塔斯的多少倍？" over an English OEM table is asked as "2024年Goldwind的新增装机量是
    Vestas的多少倍？". Its names are ``names_in``'s, a Chinese possessor, a side of the ``pair`` it
    compares that is one Chinese word the dictionary does not list (库卡 of "…是库卡的多少倍") and
    a Chinese word no dictionary term is part of. A Chinese name is tried whole first (jieba
    reads 维斯塔斯 as 维斯塔 and 斯). Two different forms link none, as a guess would bind another
    company's row, and one name left unlinked leaves the question as asked."""
    text = " ".join(normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}") for h in hits)
    lowered = text.lower()
    aliases = tuple(dict.fromkeys(alias for h in hits for alias in h.chunk.aliases))
    # The question's own other form of a name: "Snibe (新产业)" is asked of the 新产业 row.
    aliases += tuple(pair for pair in bracket_aliases(question) if pair not in aliases)
    rows = {cell.row for h in hits for cell in table_cells(h.chunk)}
    asked = normalize(question)
    linked = False
    # A side the dictionary reads as several of its words (全球茶叶市场: 全球, 茶叶, 市场) names no company.
    sides = [
        side
        for side in pair or ()
        if HAN_RUN.fullmatch(side) and 2 <= len(side) <= 6 and not translations(side) and not _of_words(side)
    ]
    # Chinese words no dictionary term is part of (安川, 库卡): names jieba may not tag.
    pieces = [c for c in chinese_candidates(asked) if not terms_in(c)]
    for name in dict.fromkeys([*names_in(asked), *possessors(asked), *sides, *pieces]):
        # Written as it is or as the dictionary translates it; a pinyin spelling ("Kuka" for 库卡)
        # counts for the rules, but the calculation's words do not read it.
        if name not in asked or _owner_and_term_written(name, lowered):
            continue
        # A compound the dictionary composes of its words and the passages write by their senses side by
        # side (全球卫星 in "Global Satellite Broadband Market") is written, as a name the dictionary lists is.
        if any(form.lower() in lowered for form in equivalents(name)) or composed_in(lowered, name):
            row_form = _row_form(name, rows, aliases)
            asked, linked = (_written_in(asked, *row_form), True) if row_form else (asked, linked)
            continue
        spans = [] if name.isascii() else [c for c in chinese_candidates(asked) if name in c and c != name]
        form = next(
            (f for span in sorted(spans, key=len, reverse=True) + [name] if (f := _one_form(span, text, aliases))), None
        )
        if form is None:
            # A name left unlinked (安川 beside 库卡 over a table of Fanuc and Kuka) would leave its
            # side to be bound by its measure alone: the question is asked as written, and refused.
            return question
        asked, linked = _written_in(asked, *form), True
    return asked if linked else question


def _of_words(side: str) -> bool:
    """Whether the Chinese ``side`` is two or more dictionary terms written one after another, nothing else."""
    terms = [t.written for t in terms_in(side)]
    return len(terms) > 1 and "".join(terms) == side


def _owner_and_term_written(name: str, lowered: str) -> bool:
    """Whether a possessive run of names ("China's IVD", "China's CDMO") is a place's market each of
    whose words lower-cased passages ``lowered`` write in one of its forms (中国, IVD): the run
    names no company to link, and leaving it unlinked would leave the whole question as asked."""
    owner, possessive, term = re.split(r"(['’]s )", name, maxsplit=1) if re.search(r"['’]s ", name) else (name, "", "")
    return bool(possessive) and all(
        any(form.lower() in lowered for form in equivalents(word)) for word in [owner, *term.split()]
    )


def _row_form(name: str, rows: set[str], aliases: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """(``name``, the one other-script form by which a table row of ``rows`` names it), when no row
    writes ``name`` itself: a report writes 艾尔建美学（Allergan Aesthetics） once in its prose and
    then 艾尔建美学 alone as its table's row, so the passages write the question's name, but the row
    whose figure it asks for is bound only by the other form."""
    if any(name.lower() in row.lower() for row in rows):
        return None
    forms = {f for f in with_aliases(name, aliases)[1:] if not f.islower() and any(f in row for row in rows)}
    return (name, forms.pop()) if len(forms) == 1 else None


def _written_in(asked: str, name: str, form: str) -> str:
    """``asked`` with ``name`` written as ``form``, a Latin form set apart from the digits and letters
    beside it ("维斯塔斯2024年" is "Vestas 2024年", not the one word "Vestas2024")."""
    if not form.isascii():
        return asked.replace(name, form)
    return re.sub(re.escape(name), lambda m: _apart(asked, m, form), asked)


def _apart(asked: str, found: re.Match, form: str) -> str:
    before = " " if _latin_word(asked[found.start() - 1 : found.start()]) else ""
    after = " " if _latin_word(asked[found.end() : found.end() + 1]) else ""
    return f"{before}{form}{after}"


def _latin_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _one_form(span: str, text: str, aliases: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """(``span``, the one form ``text`` gives it in the other script), or ``None``."""
    forms = [f for f in with_aliases(span, aliases)[1:] if not f.islower()] or transliterated(span, text)
    return (span, forms[0]) if len(set(forms)) == 1 else None
