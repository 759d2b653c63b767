"""The market-research development set (tests/data/marketset) is well formed, and reportqa
answers it no worse than measured.

The set checks load no model: every gold string is in the report the question names,
every computed answer follows from its formula, the splits hold half of every kind, and
cross-language questions really cross. The last test asks every question through the real
index and pipeline and holds each half to its measured floors.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.support.questions import arithmetic, language_of, report_text

SET = Path(__file__).resolve().parent / "data" / "marketset"
REPORTS = SET / "reports"
KINDS = {"fact", "cross", "list", "computed", "unanswerable"}


def _questions() -> list[dict]:
    return [
        json.loads(line) for line in (SET / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
    ]


QUESTIONS = _questions()
TEXTS = {p.name: report_text(p) for p in REPORTS.iterdir()}


def test_pdf_reports_are_what_their_generator_prints(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdfs", SET / "make_pdfs.py")
    assert spec and spec.loader
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    for path in make_pdfs.build_all(tmp_path):
        assert path.read_bytes() == (REPORTS / path.name).read_bytes(), f"rerun make_pdfs.py: {path.name} differs"


def test_reports_cover_both_languages_and_formats():
    assert len(TEXTS) >= 10
    assert sum(name.endswith(".html") for name in TEXTS) >= 3
    assert sum(name.endswith(".pdf") for name in TEXTS) >= 2
    langs = Counter(language_of(text) for text in TEXTS.values())
    assert langs["zh"] >= 4 and langs["en"] >= 4, langs


def test_composition():
    kinds = Counter(q["kind"] for q in QUESTIONS)
    assert len(QUESTIONS) >= 80 and set(kinds) <= KINDS
    assert kinds["computed"] >= 25 and kinds["unanswerable"] >= 20 and kinds["cross"] >= 10, kinds
    assert len({q["id"] for q in QUESTIONS}) == len(QUESTIONS)


def test_splits_hold_half_of_every_kind():
    for kind in KINDS:
        splits = Counter(q["split"] for q in QUESTIONS if q["kind"] == kind)
        assert set(splits) <= {"tune", "holdout"}
        assert abs(splits["tune"] - splits["holdout"]) <= 1, (kind, splits)


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q["id"])
def test_question(q):
    assert q["doc"] in TEXTS, q["doc"]
    assert q["lang"] == language_of(q["q"]), "lang must be the question's language"
    text = TEXTS[q["doc"]]
    if q["kind"] == "unanswerable":
        assert not q.get("gold") and not q.get("numbers_any") and q["miss"]
        return
    assert q["gold"] and all(g in text for g in q["gold"]), [g for g in q["gold"] if g not in text]
    assert q.get("numbers_any") or q.get("terms_all")
    if q["kind"] == "cross":
        assert q["lang"] != language_of(text), "a cross question is asked in the other language than its report"
    if q["kind"] == "computed":
        # A change in percentage points is scored within an absolute tolerance (``tol_abs``), as
        # ``reportqa eval`` reads it; every other figure within 0.5%.
        assert q.get("tol_rel") == 0.005 or "tol_abs" in q
        want = arithmetic(q["formula"])
        assert abs(q["numbers_any"][0] - want) <= 1e-4 * max(abs(want), 1), (q["numbers_any"], want)


# --- End to end: the real index and answer pipeline over the thirty-one reports, each question
# scoped to its report (``doc``), both halves scored as ``reportqa eval`` scores them.
# Floors sit a little under what each half measured (docs/answerability.md has the table),
# so a change that answers more near misses, refuses more answerable questions or states
# more wrong figures fails here.
FLOORS = {
    # half: (right, near-miss refused, answerable refused at most, computed right among stated,
    #        cross-language right, span right)
    # Measured on the 446 questions (31 reports) on main after 2026-11-26's seventh-session merges
    # (xlang21, calc21, wrongfig21, newwrong21, facts21); each floor about one question under.
    # (On a39dbc0, before them, with m600-m674 as written: tune 187/224, holdout 152/222.)
    "tune": (0.895, 0.93, 0.04, 0.975, 0.81, 0.93),  # measured 202/224, 44/46, 6/178, 98/99, 62/75, 57/60
    "holdout": (0.69, 0.865, 0.091, 0.92, 0.53, 0.70),  # measured 155/222, 41/46, 15/176, 72/77, 38/69, 42/58
}


@pytest.fixture(scope="module")
def marketset_service(tmp_path_factory):
    from reportqa.server.service import QAService
    from reportqa.settings import Settings

    qa = QAService(Settings(corpus=REPORTS, index=tmp_path_factory.mktemp("marketset-index")))
    qa.library.ensure_index()
    return qa


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_answers_hold_their_floors(marketset_service, half, tmp_path):
    from reportqa.evaluate import evaluate

    questions = tmp_path / f"{half}.jsonl"
    questions.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in QUESTIONS if q["split"] == half))
    result = evaluate(marketset_service, questions).to_dict()
    right, near_miss, refused, stated, cross, span = FLOORS[half]
    failed = [r["id"] for r in result["results"] if not r["right"]]
    assert result["right"] >= right, failed
    assert result["refusal_accuracy"] >= near_miss, failed
    assert result["answerable_refused"] <= refused, failed
    assert result["by_kind"]["computed"]["right_among_stated"] >= stated, failed
    assert result["by_kind"]["cross-language"]["right"] >= cross, failed
    assert result["by_kind"]["span"]["right"] >= span, failed


# --- Paraphrases (calc21): two other wordings of tune-half computed questions, same report, gold
# and numbers. Tuning data like the tune half; the floor sits about two questions under what the
# branch measured (main a39dbc0: 71/136, 70 of 75 stated figures right). Same index as the floors above.
PARAPHRASES = [json.loads(line) for line in (SET / "paraphrases.jsonl").read_text(encoding="utf-8").splitlines()]
# (right, computed right among stated): measured 110/136 and 109/110 on calc21 (d7ef969), 108/136 and
# 107/108 on main after the seventh session's merges.
PARAPHRASE_FLOOR = (0.78, 0.97)


def test_paraphrases_keep_their_sources_answer():
    sources = {q["id"]: q for q in QUESTIONS}
    assert len(PARAPHRASES) >= 80 and len({p["id"] for p in PARAPHRASES}) == len(PARAPHRASES)
    for p in PARAPHRASES:
        source = sources[p["paraphrase_of"]]
        assert (source["split"], source["kind"], p["split"]) == ("tune", "computed", "tune"), p["id"]
        assert {k: p[k] for k in ("doc", "gold", "formula", "op", "tol_rel")} == {
            k: source[k] for k in ("doc", "gold", "formula", "op", "tol_rel")
        }, p["id"]
        assert p["numbers_any"][: len(source["numbers_any"])] == source["numbers_any"], p["id"]
        assert p["lang"] == language_of(p["q"]) and p["q"] != source["q"], p["id"]
        assert bool(p.get("cross_language")) == (p["lang"] != language_of(TEXTS[p["doc"]])), p["id"]


def test_paraphrases_hold_their_floor(marketset_service, tmp_path):
    from reportqa.evaluate import evaluate

    questions = tmp_path / "paraphrases.jsonl"
    questions.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PARAPHRASES))
    result = evaluate(marketset_service, questions).to_dict()
    failed = [r["id"] for r in result["results"] if not r["right"]]
    right, stated = PARAPHRASE_FLOOR
    assert result["right"] >= right, failed
    assert result["by_kind"]["computed"]["right_among_stated"] >= stated, failed


# --- More questions over the same reports (tests/data/marketset/more/*.jsonl), written in the eighth
# and ninth sessions by the lead and each helper on figures, rows and sentences the tune half does not ask, to
# tune on the holdout's distribution without reading it. Tuning data (split "tune"); each file holds
# a floor about two questions under what it measured on main after the merges.
MORE = {
    path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((SET / "more").glob("*.jsonl"))
}
# file: {measure: floor}, measures as `reportqa eval` reports them ("stated": computed figures right
# among those stated; "near_miss": unanswerable questions refused; "refused": answerable ones refused, at most)
MORE_FLOORS = {
    # Each about two questions under what the file measured on main after the ninth session's
    # merges (d7c35bf); first-contact numbers in brackets.
    "lead": {"right": 0.6, "stated": 0.94},  # 47/75, 47 of 48 stated right (00405bb: 34/75)
    "computed": {"right": 0.63, "stated": 0.95},  # 62/94, 62 of 63 (calc22 first contact 55/94)
    "refusals": {"right": 0.85, "near_miss": 0.79, "refused": 0.09},  # 62/70, 29/34 near misses, 1 of 36
    "cross": {"right": 0.69, "near_miss": 0.81, "refused": 0.15},  # 48/66, 11/11, 6 of 55 (xlang22: 41/66)
    "tables": {"right": 0.81, "stated": 0.98},  # 133/160, 123 of 123 (tablegen22 first contact 115/160)
    "tables23": {"right": 0.69, "stated": 0.94},  # 34/46, 34 of 34; its 5 near misses answered (first 28/46)
    "refuse23": {"right": 0.77, "near_miss": 0.72, "refused": 0.16},  # 39/48, 23/29, 1 of 19 (first 30/48)
    "calc23": {"right": 0.52, "stated": 0.89},  # 24/42, 19 of 19 (first contact 9/42, 4 of 8 stated right)
    # 34/40 at the sixteenth session (c42925a: xlang23-005 "how many times", -037 湿粮 by its parts)
    "xlang23": {"right": 0.8, "stated": 0.71, "near_miss": 0.72, "refused": 0.21},  # 30/40, 7/7, 10/11, 4 of 29
    # 31/46 on main after e898227 was reverted, every stated figure right (first contact 29/46)
    "calc24": {"right": 0.65, "stated": 0.95},
    # 45/70 with its list questions held to every term (47 before), 14 of 15, 7/10 near misses, 3 of
    # 60 refused (twins24 first contact 45/70)
    "twins24": {"right": 0.61, "stated": 0.86, "near_miss": 0.5, "refused": 0.09},
    # 16/42, 9 of 11 stated right (026 and 030 take a share's whole from another thing: open), 3/5
    # near misses, 6 of 37 refused; first contact the same (spread24's retry search was not merged)
    "spread24": {"right": 0.33, "stated": 0.8, "near_miss": 0.4, "refused": 0.22},
    # 16/33 on main 71003ea (first contact) and on whole25: odd ids (16 answerable shares and
    # differences, one near miss) 13/17, even ids (15 near misses whose named whole is not stated,
    # one answerable) 3/16; its near misses are answered by the quoting path, not by a calculation
    "whole25": {"right": 0.42},
    # 40/52, 20/26 near misses, 1 of 26 refused (first contact on main 71003ea: 36/52, 16/26, 1 of 26)
    "refuse25": {"right": 0.73, "near_miss": 0.69, "refused": 0.08},
    # 39/48 on xlang25 (first contact on main 38/48), 5 of 5 stated right, 6/9 near misses, 3 of
    # 39 refused
    "xlang25": {"right": 0.77, "stated": 0.8, "near_miss": 0.55, "refused": 0.13},
    # 21/40 on whole26 (first contact on main e0d3089: 20/40, 10 of 11 stated right): 10 of 10 stated
    # right, 7/20 near misses (a region, a sub-segment or a company's whole the report does not state,
    # beside one it does; most are quoted, not computed), 1 of 20 refused; odd ids 12/20, even 9/20
    "whole26": {"right": 0.47, "stated": 0.9},
    # 41/54 on bind26 (first contact on main e0d3089: 39/54), 36 of 36 stated right, 5/10 near misses
    # refused (each answered by quoting, no figure), 0 of 44 refused
    "bind26": {"right": 0.72, "stated": 0.95, "near_miss": 0.3, "refused": 0.05},
    # 29/40 on xlang26 (odd ids 14/20, even 15/20), 11 of 11 stated right, 7/10 near misses, 1 of
    # 30 refused; first contact on main e0d3089: 24/40 (odd 9, even 15), 8 of 9, 5/10, 1 of 30
    "xlang26": {"right": 0.67, "stated": 0.9, "near_miss": 0.5, "refused": 0.1},
    # 36/52 on share27 (odd ids 17/26, even 19/26; first contact on main 1f78c70: 33/52, odd 14, even
    # 19, with four figures not right, now one: 008's per-capita cups over the store count, even)
    "share27": {"right": 0.65},
    # 33/48 on names28 (odd ids 18/24, even 15/24; first contact on main 66e5263: 26/48, odd 14, even
    # 12), 12 of 15 stated right (003 and 004 answer 同比减少了多少 with a negative change, 007 takes
    # GW for 占比), 15/16 near misses (034: 顺丰, a guessed name), 7 of 32 refused (15 first contact)
    "names28": {"right": 0.64, "stated": 0.66, "near_miss": 0.81, "refused": 0.28},
    # 24/46 on xcalc28 (odd ids 13/23, even 11/23), 17 of 18 stated right (040, even: a company's row
    # 艾尔建美学 converted for the market, 美学 being "aesthetics"), 5/6 near misses, 6 of 40 refused; first
    # contact on main 66e5263: 19/46 (odd 9, even 10), 14 of 17 stated right, 4/6, 7 of 40
    "xcalc28": {"right": 0.47, "stated": 0.85, "near_miss": 0.5, "refused": 0.2},
    # 25/40 on xshare29 (odd ids 12/20, even 13/20), 21 of 23 stated right (015 and 016 answer "how much
    # did it fall" with a negative change), 4/6 near misses (038 takes Rest of World for 拉丁美洲), 3 of 34
    # refused; first contact on main 3e7a6df: 22/40 (odd 10, even 12), 18 of 20, 4/6, 4 of 34
    # 30/40 at the sixteenth session (c42925a: 029 B over A, 033 猫粮 by its parts, 038 now refused)
    "xshare29": {"right": 0.7, "stated": 0.85, "near_miss": 0.5, "refused": 0.15},
    # 35/46 on derive29 (odd ids 19/23, even 16/23), 30 of 30 stated right, 4/6 near misses, 4 of 40
    # refused; first contact on main 3e7a6df: 25/46 (odd 11, even 14), 20 of 23 stated right (023
    # projected Viasat's figure for the market, 027 and 030 a year not asked), 4/6, 7 of 40
    "derive29": {"right": 0.71, "stated": 0.95, "near_miss": 0.5, "refused": 0.15},
    # 21/22 on givens37 (figures the question gives; first contact on main 8ddd3bf: 0/22, none computed),
    # 21 of 21 stated right; 022, a fact question quoting the report's figure to name it, is answered
    # with the wrong table (as on main)
    "givens37": {"right": 0.86, "stated": 0.95},
    # 18/23 on relyears37 (questions leaving their years relative: "last year", 今年, 三年后, 过去五年), 5 of 5
    # stated right, 5/6 near misses (023, 2023's market value, is quoted as 2023's shipments, as the named
    # question is), 1 of 17 refused; on main before the rule 9/23, 5 near misses answered
    "relyears37": {"right": 0.69, "stated": 0.8, "near_miss": 0.66, "refused": 0.12},
    # 63/76 on xprobe30 (same-language computed questions of the tuning files asked in the other language,
    # thirtieth session; first contact on main c721d7a: 54/76), 62 of 65 stated right: "quality education"
    # takes 职业教育's row (open), "total new installations" the cumulative 886.7 GW (open), and "by how much did
    # sales grow" is answered as an amount where the source question asked a percentage
    # 73/76, 72 of 72 stated right at the thirty-second session's end (013 and 065 computed, 045 Huatuo New Energy)
    "xprobe30": {"right": 0.92, "stated": 0.95},
    # 43/45 on xprobe31z (Chinese twins of right English computed questions, thirty-first session; first contact
    # on main 495c831: 33/45), 42 of 42 stated right; 038 and 040 name companies the English report writes only
    # as CATL, BYD, "LONGi Hydrogen" and "Peric Hydrogen"
    "xprobe31z": {"right": 0.9, "stated": 0.95},
    # 41/45 on xprobe31e (English twins of right Chinese computed questions, thirty-first session; first contact
    # on main 495c831: 28/45, 28 of 31 stated right; 38/45 at that session's end), 41 of 41 stated right; open:
    # Sangfor and LONGi (names the Chinese report writes only in Chinese), 016, 018 (peptides: 多肽)
    # 42/45 at the thirty-third session's end (016: a share of 全国 is of the whole country)
    "xprobe31e": {"right": 0.88, "stated": 0.95},
    # 41/45 on xprobe32z (Chinese twins of right English computed questions, thirty-second session; first contact
    # on main 4ce583c: 33/45), 41 of 41 stated right; open: 006 (回程传输及其他), 008 (特护 "intensive care"), 033
    # (远景能源, 维斯塔斯: Envision and Vestas, world knowledge), and the list of three countries ended by 三国 (withdrawn)
    "xprobe32z": {"right": 0.88, "stated": 0.95},
    # 41/45 on xprobe32e (English twins of right Chinese computed questions, thirty-second session; first contact
    # on main 4ce583c: 28/45, 24 of 26 stated right), 36 of 36 stated right; open: 003, 010, 012 (Foton), 040
    "xprobe32e": {"right": 0.86, "stated": 0.95},
    # 43/45 on xprobe32f (twins of right same-language lookups in the other language, 23 en->zh and 22 zh->en,
    # thirty-second session; first contact on main 4ce583c: 35/45); open: 007 (ASML as 阿斯麦), 035 (Fanuc, Yaskawa)
    # 44/45 at the thirty-third session's end (007: 阿斯麦 heard in ASML)
    "xprobe32f": {"right": 0.93, "refused": 0.07},
    # 42/45 on xprobe33z (Chinese twins of right English computed questions, thirty-third session; first contact on
    # main 5b76cec: 35/45, 38 of 39 stated right), 39 of 39 stated right; open: 016 (隆基氢能, 派瑞氢能), 024 (格林美
    # glued to 比 by the bracket alias), 044 (风机 "fan", 整机商)
    "xprobe33z": {"right": 0.88, "stated": 0.95},
    # 38/45 on xprobe33e (English twins of right Chinese computed questions, thirty-third session; first contact on
    # main 5b76cec: 32/45; 36 at its end), 36 of 36 stated right; open: 011 (jieba cuts 同城快递 to 同 | 城 | 快递),
    # 030 (农产品 behind the senses of "products"), and company names the Chinese report writes only in Chinese
    # (Sany/XCMG/Sinotruk, Mindray, Porton, Sangfor, Foton)
    "xprobe33e": {"right": 0.8, "stated": 0.95},
    # 44/45 on xprobe33f (twins of right same-language lookups in the other language, thirty-third session; first
    # contact on main 5b76cec: 37/45; 41 at its end); open: 002 (医美 for 医疗美容)
    "xprobe33f": {"right": 0.93, "refused": 0.07},
    # 26/30 on xprobe34z (30 Chinese twins of right English computed questions, thirty-third session's short second
    # round; first contact on merge50: 23/30 with 003's twin corrected, 1 wrong stated figure), 26 of 26 stated right;
    # open: 006 (两者合计), 017 (X光), 020 (宁德时代 for CATL), 025 (an average of a year and two forecasts)
    "xprobe34z": {"right": 0.8, "stated": 0.95},
    # 27/30 on xprobe34e (30 English twins of right Chinese computed questions, same round; 21/30, 21 of 22 stated
    # right, before enzh51's fixes were merged in the thirty-fourth session, its listed-things rule narrowed to
    # English lists over Chinese rows), 26 of 26 stated right
    "xprobe34e": {"right": 0.83, "stated": 0.95},
    # 36/40 on xprobe35z (40 Chinese twins of right English computed questions, thirty-fourth session; first contact
    # on main 5c12dda: 34/40), 36 of 36 stated right; open: 020, 029 (隆基氢能, 雅诗兰黛 written only in Chinese),
    # 021 (直接面向消费者 against the one token "Direct-to-consumer"), 025 (电表's "electricity" over "smart meter")
    "xprobe35z": {"right": 0.85, "stated": 0.95},
    # 37/40 on xprobe35e (40 English twins of right Chinese computed questions, thirty-fourth session; first contact
    # on main 5c12dda: 30/40, 29 of 30 stated right), 36 of 36 stated right; open: 013, 015 (Foton Motor, Fxiaoke and
    # Xiaoshouyi written only in Chinese), 037 (港澳台 inside a listed thing's name)
    "xprobe35e": {"right": 0.85, "stated": 0.95},
    # 31/31 on xprobe35f (cross-language twins of right lookups, thirty-fourth session; 31/31 on first contact too,
    # but -002 stated a wrong average and -001/-004 opened on the wrong sentence, fixed by fact52)
    "xprobe35f": {"right": 0.9, "refused": 0.07},
}


def test_every_more_file_has_a_floor_and_its_own_ids():
    assert set(MORE) == set(MORE_FLOORS)
    ids = [q["id"] for questions in MORE.values() for q in questions]
    assert len(set(ids)) == len(ids) and not set(ids) & {q["id"] for q in QUESTIONS}
    for name, questions in MORE.items():
        assert all(q["split"] == "tune" for q in questions), name


@pytest.mark.parametrize("q", [q for questions in MORE.values() for q in questions], ids=lambda q: q["id"])
def test_more_question(q):
    test_question(q)


@pytest.mark.parametrize("name", sorted(MORE_FLOORS))
def test_more_questions_hold_their_floors(marketset_service, name, tmp_path):
    from reportqa.evaluate import evaluate

    questions = tmp_path / f"{name}.jsonl"
    questions.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in MORE[name]))
    result = evaluate(marketset_service, questions).to_dict()
    failed = [r["id"] for r in result["results"] if not r["right"]]
    measured = {
        "right": result["right"],
        "stated": result["by_kind"].get("computed", {}).get("right_among_stated"),
        "near_miss": result["refusal_accuracy"],
        "refused": result["answerable_refused"],
    }
    for measure, floor in MORE_FLOORS[name].items():
        if measure == "refused":
            assert measured[measure] <= floor, (measure, failed)
        else:
            assert measured[measure] >= floor, (measure, failed)


# --- The blind set (session 23): 230 questions over the same reports by two writers who saw no code,
# no question file and no answer (tests/data/marketset/blind38.jsonl; alternate halves within each kind
# and writer). Its tune half was tuned on in that session; its holdout half is reported, never read.
BLIND = [json.loads(line) for line in (SET / "blind38.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
# half: {measure: floor}, about two questions under what each half measured at the session's end
# (tests/data/marketset/README.md): tune 107/117, 64 of 64 stated figures right at the twenty-seventh and
# twenty-sixth sessions' end (104/117 at the twenty-fifth's; 84/117, 41 of 45 on main dcf863d); holdout 86/113,
# 48 of 52 at the twenty-seventh's (84/113, 46 of 50; 81/113, 44 of 48; 79/113, 42 of 46).
BLIND_FLOORS = {
    "tune": {"right": 0.895, "stated": 0.95},
    "holdout": {"right": 0.74, "stated": 0.89},
}


def test_blind_set_is_apart_from_the_rest():
    ids = [q["id"] for q in BLIND]
    assert len(set(ids)) == len(ids) == 230
    assert not set(ids) & {q["id"] for q in QUESTIONS} and not set(ids) & {q["id"] for m in MORE.values() for q in m}
    assert Counter(q["split"] for q in BLIND) == {"tune": 117, "holdout": 113}


@pytest.mark.parametrize("q", BLIND, ids=lambda q: q["id"])
def test_blind_question(q):
    test_question(q)


def _holds_floors(service, questions: list[dict], floors: dict[str, float], path) -> None:
    """Score ``questions`` end to end and check the share right and the share of stated computed
    figures right against ``floors``, naming the failed ids."""
    from reportqa.evaluate import evaluate

    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions))
    result = evaluate(service, path).to_dict()
    failed = [r["id"] for r in result["results"] if not r["right"]]
    assert result["right"] >= floors["right"], failed
    assert result["by_kind"]["computed"]["right_among_stated"] >= floors["stated"], failed


@pytest.mark.parametrize("half", sorted(BLIND_FLOORS))
def test_blind_halves_hold_their_floors(marketset_service, half, tmp_path):
    half_questions = [q for q in BLIND if q["split"] == half]
    _holds_floors(marketset_service, half_questions, BLIND_FLOORS[half], tmp_path / f"blind-{half}.jsonl")


# --- Trap questions (session 24): questions by writers who saw no code, each asked where a figure
# of the wrong place stands beside the right one (another market of the same year, another unit, a
# forecast for an actual, a share of another whole; field ``trap``), over the same reports
# (tests/data/marketset/traps39.jsonl; alternate halves within each kind). Its tune half was tuned
# on in that session; its holdout half is reported, never read.
TRAPS = [json.loads(line) for line in (SET / "traps39.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
# half: {measure: floor}, about two questions under what each half measured at the session's end
# (tests/data/marketset/README.md): tune 86/102, 58 of 58 stated figures right at the twenty-seventh session's
# end (85/102 at the twenty-sixth's, 80/102 at the twenty-fifth's; 67/102, 39 of 43 on main 821af10); holdout
# 60/100, 38 of 39 (58/100, 36 of 37; 56/100, 34 of 36; 54/100, 32 of 35).
TRAP_FLOORS = {
    "tune": {"right": 0.82, "stated": 0.95},
    "holdout": {"right": 0.58, "stated": 0.88},
}


def test_trap_set_is_apart_from_the_rest():
    ids = [q["id"] for q in TRAPS]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & ({q["id"] for q in QUESTIONS} | {q["id"] for q in BLIND})
    assert all(q["trap"] for q in TRAPS)


@pytest.mark.parametrize("q", TRAPS, ids=lambda q: q["id"])
def test_trap_question(q):
    test_question(q)


@pytest.mark.parametrize("half", sorted(TRAP_FLOORS))
def test_trap_halves_hold_their_floors(marketset_service, half, tmp_path):
    half_questions = [q for q in TRAPS if q["split"] == half]
    _holds_floors(marketset_service, half_questions, TRAP_FLOORS[half], tmp_path / f"traps-{half}.jsonl")
