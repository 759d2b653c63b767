"""Names a report writes in both scripts, the other form in brackets: "纷享销客（Fxiaoke）",
"Fxiaoke (纷享销客)", "Mars Petcare (玛氏宠物护理)".

A report gives the bracketed form once, often at a company's first mention, and the
passages after it write one script only. Harvested from the whole report at ingest, the
pairs travel with every chunk (``Chunk.aliases``), so a question naming the other form is
judged against any passage of that report (``docs/answerability.md``, rule 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reportqa.ingest.normalize import normalize

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


def report_aliases(texts: Iterable[str]) -> list[tuple[str, str]]:
    """The bracketed pairs of all of a report's ``texts``, each once, in the order written."""
    return list(dict.fromkeys(pair for text in texts for pair in bracket_aliases(text)))
