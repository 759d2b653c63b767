"""The rest a report names without a figure: "retail and food deliveries made up the rest",
"the remainder going to fish, birds and small mammals", "其余为胶原蛋白等再生材料".

A report that gives some parts of a whole and names what remains states the remainder's figure only
by implication: 100% less the parts' shares, or the whole less the parts' amounts. A question that
names that remainder is answered by that computation, the parts and the whole cited.
"""

from __future__ import annotations

import re

from reportqa.ingest.normalize import normalize
from reportqa.ingest.numbers import years_in
from reportqa.server.calc import calculator as calc
from reportqa.server.calc.models import Calculation, Intent, Operand
from reportqa.server.calc.operands import Candidate, find_figure
from reportqa.server.calc.subject import subject_of, writes_all

# "retail and food deliveries made up the rest"; "the rest came from Canada and Mexico"; "with the remainder
# going to fish, birds and small mammals"; "the rest was lithium hydroxide"; "其余为西南、西北和东北地区".
_REST = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|while)\s+)(?P<before>[a-z][\w &-]*?)\s+(?:made|make|makes|formed|form|forms|took|take)"
    r"\s+up\s+the\s+(?:rest|remainder)\b|"
    r"\bthe\s+(?:rest|remainder)\s+(?:(?:came|comes|coming|went|goes|going)\s+(?:from|to)|was|were|is|are)\s+"
    r"(?P<after>[^,;.]+)|"
    r"其余(?:部分)?(?:为|是|来自|主要为|主要是)(?P<zh>[^，。；,;]+)",
    re.IGNORECASE,
)
# The whole the parts are of: "注射类中，…", "Within Europe, …", "… of North American revenue".
_WHOLE_FIRST = re.compile(r"^(?P<zh>[^，,。]{1,15}?)中[，,]|^(?:within|of|in) (?P<en>[^,]{2,40}),", re.IGNORECASE)
_WHOLE_OF = re.compile(
    r"\bof (?:the )?(?P<w>(?:[a-z][\w-]* ){0,3}(?:revenue|sales|market|spending|shipments|installations))\b",
    re.IGNORECASE,
)
# "Within it": the whole is what the sentence before is about ("Delivery and logistics was the fastest-growing…").
_PRONOUN = re.compile(r"^(?:it|this|that|them|these)$", re.IGNORECASE)
_SUBJECT_BEFORE_VERB = re.compile(
    r"(?:^|[.。]\s*)(?P<s>[A-Z][\w &-]{2,40}?) (?:was|is|were|are|remained|became|grew|rose|fell)\b"
)
# A share asked: the rest's share, not its amount.
_ASKS_SHARE = re.compile(r"\bshare\b|\bpercent|\bproportion\b|\bportion\b|份额|占比|比重|比例|百分之", re.IGNORECASE)
# A figure its own clause calls a change ("up 3.6%") is no part of the whole.
_CHANGE = re.compile(r"\bup\b|\bdown\b|\bgr[eo]w|\brose\b|\bfell\b|增长|下降|同比", re.IGNORECASE)


def named_rest(question: str, items: list[Candidate], lang: str) -> Calculation | None:
    """The figure of what a passage names as the rest of a whole, when ``question`` names it: the
    whole less the parts the same sentence gives, or 100% less their shares. ``None`` when no
    sentence of ``items`` names the question's thing as its rest, or the parts or whole are not found."""
    asked = normalize(question).lower()
    years = set(years_in(asked))
    if len(years) > 1:
        return None
    year = next(iter(years), None)
    for sentence in _sentences(items):
        rest = _REST.search(sentence[0].label)
        if rest is None:
            continue
        named = (rest["before"] or rest["after"] or rest["zh"]).strip()
        if not writes_all(named, asked):
            continue
        parts = _parts(sentence, year, rest.start())
        # Shares give the rest's share, amounts its amount: neither answers the other.
        if parts is None or (parts[0].operand.measure.unit == "%") != bool(_ASKS_SHARE.search(asked)):
            continue
        return _from_parts(parts, sentence, items, year, lang)
    return None


def _sentences(items: list[Candidate]) -> list[list[Candidate]]:
    """The figures of ``items`` grouped by the sentence that states them, in rank order."""
    grouped: dict[tuple[str, str], list[Candidate]] = {}
    for c in items:
        if not c.in_table:
            grouped.setdefault((c.operand.hit.chunk.id, c.label), []).append(c)
    return list(grouped.values())


def _parts(sentence: list[Candidate], year: int | None, rest_at: int) -> list[Candidate] | None:
    """The parts a sentence gives before naming its rest: its figures of the year asked (or of no year)
    that its clauses do not call a change, all shares or all amounts of one unit; ``None`` otherwise."""
    text = sentence[0].label
    start = sentence[0].operand.hit.chunk.text.find(text)
    if start < 0:
        return None
    parts = []
    for c in sentence:
        at = c.operand.start - start
        if at >= rest_at or _CHANGE.search(_clause_before(text, at)):
            continue
        if year is not None and c.year not in (year, None):
            return None
        parts.append(c)
    units = {c.operand.measure.unit for c in parts}
    return parts if parts and len(units) == 1 else None


def _clause_before(text: str, at: int) -> str:
    return re.split(r"[,;，；。]", text[:at])[-1]


def _from_parts(
    parts: list[Candidate], sentence: list[Candidate], items: list[Candidate], year: int | None, lang: str
) -> Calculation | None:
    """100% less the parts' shares, or the sentence's whole less the parts' amounts."""
    years = (year,) if year else ()
    measures = [c.operand.measure for c in parts]
    operands = tuple(c.operand for c in parts)
    if measures[0].unit == "%":
        return Calculation(Intent("complement", years), calc.complement(measures), operands)
    whole = _whole(sentence, items, year or measures[0].year, lang)
    if whole is None or whole in operands:
        return None
    return Calculation(Intent("remainder", years), calc.remainder(whole.measure, measures), (whole, *operands))


def _shared_head(text: str, rest: re.Match[str] | None) -> str | None:
    """The noun the parts and the rest (``rest``, its match in ``text``) of an English sentence share, which
    names their whole: "skincare" of "Prestige skincare reached $58.7B in 2024; mass skincare made up the rest"."""
    named = rest["before"] or rest["after"] if rest else None
    if not named:
        return None
    head = named.split()[-1].lower()
    before = text[: rest.start()].lower() if rest else ""
    return head if len(named.split()) > 1 and re.search(rf"\b\w+ {re.escape(head)}\b", before) else None


def _whole(sentence: list[Candidate], items: list[Candidate], year: int | None, lang: str) -> Operand | None:
    """The figure of the whole a sentence's parts are of, found by the whole's name in the sentence:
    its opening ("注射类中", "Within Europe", "Within it" for the sentence before) or "of North American
    revenue"; the figure must be of that year and unit, and not stated in the sentence itself."""
    text = sentence[0].label
    first = _WHOLE_FIRST.search(text)
    term = (first["zh"] or first["en"]) if first else None
    if term and _PRONOUN.match(term):
        hit_text = sentence[0].operand.hit.chunk.text
        before = hit_text[: max(0, hit_text.find(text))]
        subjects = list(_SUBJECT_BEFORE_VERB.finditer(before))
        term = subjects[-1]["s"] if subjects else None
    if term is None:
        of = _WHOLE_OF.search(text)
        term = of["w"] if of else _shared_head(text, _REST.search(text))
    if not term:
        return None
    unit = sentence[0].operand.measure.unit
    others = [c for c in items if c not in sentence]
    return find_figure(others, subject_of(term), year, lang, amounts_only=True, unit=unit, term=term)
