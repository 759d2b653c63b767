"""bench.tatqa's pieces that need no model: TAT-QA contexts as reports, and the judging of answers."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from bench.pdf_tables import expected_cells, kept, pipe_tables
from bench.tatqa import DATASET, select_contexts
from bench.tatqa_reports import RULES, report_name, split_of, table_rules, to_html, to_markdown, to_pdf, write_reports
from bench.tatqa_score import judge, stated_numbers

CONTEXT = {
    "table": {
        "uid": "3ffd9053-a45d",
        "table": [
            ["", "", "Years Ended September 30,", ""],
            ["", "2019", "2018", "2017"],
            ["Fixed Price", "$  1,452.4", "$  1,146.2", "$  1,036.9"],
            ["Other | misc", "44.1", "56.7", "70.8"],
        ],
    },
    "paragraphs": [{"order": 2, "text": "Second paragraph."}, {"order": 1, "text": "Sales by Contract Type: first."}],
    "questions": [],
}


def _q(kind: str, answer, scale: str = "") -> dict:
    return {"answer_type": kind, "answer": answer, "scale": scale}


def _r(answer: str, *figures: tuple[float, str]) -> dict:
    return {"answer": answer, "figures": [{"value": v, "display": d} for v, d in figures]}


def test_markdown_has_paragraphs_in_order_and_one_header_row():
    text = to_markdown(CONTEXT)
    assert text.index("Sales by Contract Type") < text.index("Second paragraph.") < text.index("| Fixed Price")
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert table[0] == "|  | 2019 | Years Ended September 30, 2018 | 2017 |"
    assert table[1] == "|---|---|---|---|"
    assert table[2] == "| Fixed Price | $ 1,452.4 | $ 1,146.2 | $ 1,036.9 |"
    assert "Other \\| misc" in table[3]


def test_html_table_has_a_head_and_the_body_rows():
    soup = BeautifulSoup(to_html(CONTEXT), "html.parser")
    assert [th.get_text() for th in soup.thead.find_all("th")][1:] == ["2019", "Years Ended September 30, 2018", "2017"]
    assert len(soup.tbody.find_all("tr")) == 2 and soup.find_all("p")[0].get_text().startswith("Sales by")


def test_write_reports_cycles_formats(tmp_path):
    other = {**CONTEXT, "table": {**CONTEXT["table"], "uid": "aaaabbbb-cc"}}
    files = write_reports([CONTEXT, other], tmp_path, ["md", "html"])
    assert files == {"3ffd9053-a45d": "tatqa-3ffd9053.md", "aaaabbbb-cc": "tatqa-aaaabbbb.html"}
    assert (tmp_path / report_name(other, "html")).read_text().startswith("<!DOCTYPE html>")


def test_pdf_is_deterministic_and_rules_alternate_by_uid(tmp_path):
    files = write_reports([CONTEXT], tmp_path, ["pdf"])
    data = (tmp_path / files["3ffd9053-a45d"]).read_bytes()
    assert data.startswith(b"%PDF") and data == to_pdf(CONTEXT)
    uids = [f"{n:08x}-uid" for n in range(60)]
    assert {table_rules(uid) for uid in uids} == set(RULES)


def test_pdf_table_cells_count_only_under_their_label_and_header():
    cells = expected_cells(CONTEXT["table"]["table"])
    assert cells[0] == ("Fixed Price", "2019", "$ 1,452.4") and len(cells) == 6
    header = ["", "Years Ended September 30, 2019", "2018", "2017"]
    assert kept(cells[0], [[header, ["Fixed Price", "$ 1,452.4", "", ""]]])
    assert not kept(cells[0], [[header, ["Fixed Price", "", "$ 1,452.4", ""]]])  # the wrong column
    assert not kept(cells[0], [[header, ["", "$ 1,452.4", "", ""]]])  # its label lost
    assert pipe_tables("text\n| a | b |\n|---|---|\n| c | d |\nmore") == [[["a", "b"], ["c", "d"]]]


def test_split_is_stable_and_two_sided():
    splits = {split_of(f"uid-{n}") for n in range(50)}
    assert splits == {"tune", "holdout"} and split_of("uid-7") == split_of("uid-7")


def test_stated_numbers_read_scale_words():
    assert stated_numbers("rose to $1.5 billion, 12 months, 826.5亿元, 3,200k") == [
        (1.5, 1e9),
        (12.0, 1.0),
        (826.5, 1e8),
        (3200.0, 1e3),
    ]


def test_arithmetic_in_scale_written_out_or_by_magnitude():
    question = _q("arithmetic", -12.6, "million")
    assert judge(question, _r("Other fell by 12.6 million (44.1 - 56.7)."))
    assert judge(question, _r("The change was USD 12,600,000."))
    assert judge(_q("arithmetic", 1496.5, "million"), _r("about 1.5 billion"))
    assert not judge(question, _r("Other was 44.1 in 2019."))


def test_arithmetic_percent_and_figures():
    question = _q("arithmetic", -22.22, "percent")
    assert judge(question, _r("It decreased by 22.2%."))
    assert judge(question, _r("See the figure.", (-0.2222, "-0.2222")))
    assert judge(question, _r("Computed:", (-22.22, "-22.22%")))
    assert not judge(question, _r("It decreased by 21%."))


def test_a_value_below_one_is_right_at_the_gold_s_own_decimals():
    """Annotators wrote 0.27 for 0.2749; the answer shows four significant digits."""
    assert judge(_q("arithmetic", "0.27"), _r("The ratio is 0.2749 times."))
    assert judge(_q("arithmetic", "-0.27"), _r("See the figure.", (-0.2749, "-0.2749")))
    assert not judge(_q("arithmetic", "0.27"), _r("The ratio is 0.2649 times."))
    # At one decimal as at two: 0.3 for 0.2973, whose two decimals (0.30) the answer once showed.
    assert judge(_q("arithmetic", "0.3"), _r("The ratio is 0.2973 times."))
    assert not judge(_q("arithmetic", "0.3"), _r("The ratio is 0.2473 times."))
    assert not judge(_q("arithmetic", "0"), _r("The ratio is 0.2973 times."))
    assert not judge(_q("arithmetic", "2.7"), _r("The ratio is 2.749 times."))  # 1.8% off, and not below 1


def test_count_is_exact():
    assert judge(_q("count", "4"), _r("There are 4 assumptions."))
    assert not judge(_q("count", "4"), _r("There are 4.1 assumptions."))
    assert not judge(_q("count", "2"), _r('The report states: "none" [1] [2]'))


def test_spans_all_present_ignoring_case_space_and_quotes():
    question = _q("multi-span", ["fixed-price type", "the contract’s fee"])
    assert judge(question, _r("Fixed-price   type contracts … up to the contract's fee arrangement"))
    assert not judge(question, _r("fixed-price type only"))
    assert judge(_q("span", ["$1,496.5"]), _r("Total sales were $1,496.5 in 2019."))


# --- End to end: the first TAT-QA contexts of the tune half through the real index and
# answer pipeline, each question scoped to its report, as bench.tatqa asks them over HTTP.
# The whole halves take minutes to index (bench/results/tatqa-*.md); these few hold the
# quoting of span and multi-span answers to its measured floor.
SPAN_CONTEXTS = 40
SPAN_FLOOR = 0.88  # measured 121 of 135 (89.6%) on these contexts; before the quoting rules 116 (85.9%)


@pytest.mark.skipif(not DATASET.is_file(), reason=f"TAT-QA dev set not found at {DATASET}")
def test_span_answers_on_the_first_tune_contexts(tmp_path):
    from reportqa.server.http.schemas import AskResponse
    from reportqa.server.service import QAService
    from reportqa.settings import Settings

    contexts = select_contexts(json.loads(DATASET.read_text(encoding="utf-8")), "tune", SPAN_CONTEXTS)
    files = write_reports(contexts, tmp_path / "corpus", ["md", "html"])
    qa = QAService(Settings(corpus=tmp_path / "corpus", index=tmp_path / "index"))
    qa.library.ensure_index()
    right, wrong = 0, []
    for context in contexts:
        for question in context["questions"]:
            if question["answer_type"] not in ("span", "multi-span"):
                continue
            answer = qa.ask(question["question"], documents=[files[context["table"]["uid"]]])
            if judge(question, AskResponse.from_answer(answer).model_dump()):
                right += 1
            else:
                wrong.append(question["question"])
    assert right / (right + len(wrong)) >= SPAN_FLOOR, wrong
