"""Score answers against a question file in the format of ``shared/eval/dev.jsonl``."""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportqa.server.http.schemas import AskResponse

_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")


@dataclass
class QuestionResult:
    id: str
    kind: str
    lang: str
    question: str
    cited: bool
    numbers: bool
    terms: bool
    refusal: bool
    latency_ms: float
    answer: str
    cross_language: bool = False  # asked in the other language than the report that answers it
    figure: bool = False  # the answer states a computed figure (see _states_computed_figure)

    @property
    def right(self) -> bool:
        return self.cited and self.numbers and self.terms and self.refusal

    @property
    def groups(self) -> tuple[str, ...]:
        """The breakdowns this question counts in: ``computed``, ``near-miss`` (unanswerable)
        or ``span`` (a stated fact or list), and ``cross-language`` besides when it crosses."""
        own = {"computed": "computed", "unanswerable": "near-miss"}.get(self.kind, "span")
        return (own, "cross-language") if self.cross_language else (own,)


GROUPS = ("computed", "near-miss", "cross-language", "span")


@dataclass
class EvalResult:
    results: list[QuestionResult] = field(default_factory=list)

    def rate(self, attr: str, kinds: tuple[str, ...] | None = None) -> float:
        rows = [r for r in self.results if kinds is None or r.kind in kinds]
        return sum(bool(getattr(r, attr)) for r in rows) / len(rows) if rows else 1.0

    def to_dict(self) -> dict:
        latencies = [r.latency_ms for r in self.results]
        answerable = tuple({r.kind for r in self.results} - {"unanswerable"})
        return {
            "questions": len(self.results),
            "right": self.rate("right"),
            "citation_hit_rate": self.rate("cited", answerable),
            "number_accuracy": self.rate("numbers", answerable),
            "refusal_accuracy": self.rate("refusal", ("unanswerable",)),
            # Answerable questions refused: the cost of refusing near misses.
            "answerable_refused": 1.0 - self.rate("refusal", answerable),
            "by_kind": self.by_kind(),
            "p50_ms": statistics.median(latencies) if latencies else 0.0,
            "p95_ms": percentile(latencies, 95),
            "results": [asdict(r) | {"right": r.right} for r in self.results],
        }

    def by_kind(self) -> dict[str, dict[str, float]]:
        """Per group: questions, right, and for computed ones the share right among answers
        that state a computed figure (a refusal beats a wrong number)."""
        out: dict[str, dict[str, float]] = {}
        for group in GROUPS:
            rows = [r for r in self.results if group in r.groups]
            if not rows:
                continue
            out[group] = {"questions": len(rows), "right": sum(r.right for r in rows) / len(rows)}
            if group == "computed":
                stated = [r for r in rows if r.figure]
                out[group]["stated"] = len(stated)
                out[group]["right_among_stated"] = sum(r.right for r in stated) / len(stated) if stated else 1.0
        return out


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def answer_numbers(response: AskResponse) -> list[float]:
    """Numbers stated in the answer text plus the values of returned figures."""
    found = [float(n.replace(",", "")) for n in _NUMBER.findall(response.answer)]
    return found + [f.value for f in response.figures]


def _close(a: float, b: float, item: dict) -> bool:
    if "tol_abs" in item:
        return abs(a - b) <= item["tol_abs"]
    # tol_rel: right within that fraction of the value (0.005: within 0.5%).
    return abs(a - b) <= item.get("tol_rel", 0.002) * max(abs(b), 1e-9)


def _states_computed_figure(item: dict, response: AskResponse) -> bool:
    """Whether the answer states a figure it computed: a calculation's result, or a conversion
    when converting is what the question asks (other answers add conversions of the amounts
    they quote, which are not an answer's figure)."""
    if item.get("op") == "unit_conversion":
        return bool(response.figures)
    return any(f.label != "conversion" for f in response.figures)


# A table row cited as markdown ("| Asia Pacific | 7.5 | 8.6 |") writes the same words a gold string copied
# from the report's table writes without its rules ("Asia Pacific 7.5 8.6").
_CELL_RULE = re.compile(r"\s*\|\s*|\s+")


def _as_read(text: str) -> str:
    """``text`` as a reader sees it: table cell rules and runs of spaces read as one space."""
    return _CELL_RULE.sub(" ", text).strip()


def score(item: dict, response: AskResponse, latency_ms: float) -> QuestionResult:
    """Judge one response by the rules of ``shared/README.md``."""
    unanswerable = item.get("kind") == "unanswerable"
    numbers = answer_numbers(response)
    texts = [_as_read(c.text) for c in response.citations]
    answer = response.answer.lower()
    cited = unanswerable or any(_as_read(g) in t for g in item.get("gold", []) for t in texts)
    nums_ok = True
    if "numbers_any" in item:
        nums_ok = any(_close(n, target, item) for target in item["numbers_any"] for n in numbers)
    if "numbers_all" in item:
        nums_ok = nums_ok and all(any(_close(n, t, item) for n in numbers) for t in item["numbers_all"])
    terms_ok = all(any(t.lower() in answer for t in group) for group in item.get("terms_all", []))
    refusal = (not response.answerable) if unanswerable else response.answerable
    if unanswerable:
        nums_ok = terms_ok = True
    return QuestionResult(
        item["id"],
        item.get("kind", ""),
        item.get("lang", ""),
        item["q"],
        cited,
        nums_ok,
        terms_ok,
        refusal,
        latency_ms,
        response.answer,
        bool(item.get("cross_language")) or item.get("kind") == "cross",
        _states_computed_figure(item, response),
    )


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def scope(item: dict) -> list[str] | None:
    """The reports a question is asked within: its ``documents`` list or its one ``doc``; ``None`` for all."""
    if item.get("documents"):
        return list(item["documents"])
    return [item["doc"]] if item.get("doc") else None


def evaluate(service, path: Path) -> EvalResult:
    """Ask every question of ``path`` through ``service`` (a warm-up question first), each
    within the reports its ``doc``/``documents`` field names."""
    service.ask("warm-up")
    result = EvalResult()
    for item in load_questions(path):
        started = time.perf_counter()
        response = AskResponse.from_answer(service.ask(item["q"], documents=scope(item)))
        result.results.append(score(item, response, (time.perf_counter() - started) * 1000))
    return result


def format_table(result: EvalResult) -> str:
    """A per-question table and the totals, as plain text."""
    lines = [f"{'id':<6} {'kind':<13} {'lang':<4} {'cite':<4} {'num':<4} {'term':<4} {'ref':<4} {'ms':>7}  question"]
    mark = {True: "ok", False: "--"}
    for r in result.results:
        lines.append(
            f"{r.id:<6} {r.kind:<13} {r.lang:<4} {mark[r.cited]:<4} {mark[r.numbers]:<4} {mark[r.terms]:<4} "
            f"{mark[r.refusal]:<4} {r.latency_ms:>7.1f}  {r.question[:70]}"
        )
    d = result.to_dict()
    lines.append("")
    lines.append(
        f"right: {d['right']:.1%} of {d['questions']}   citation hit rate: {d['citation_hit_rate']:.1%}   "
        f"number accuracy: {d['number_accuracy']:.1%}   refusal accuracy: {d['refusal_accuracy']:.1%}   "
        f"answerable refused: {d['answerable_refused']:.1%}   p50: {d['p50_ms']:.1f} ms   p95: {d['p95_ms']:.1f} ms"
    )
    for group, row in d["by_kind"].items():
        stated = (
            f"   right among stated figures: {row['right_among_stated']:.1%} of {row['stated']}"
            if "stated" in row
            else ""
        )
        lines.append(f"  {group:<15} {row['right']:.1%} of {row['questions']}{stated}")
    return "\n".join(lines)
