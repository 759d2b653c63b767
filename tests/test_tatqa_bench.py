"""bench.tatqa's pieces that need no model: TAT-QA contexts as reports, and the judging of answers."""

from __future__ import annotations

from bs4 import BeautifulSoup

from bench.tatqa_reports import report_name, split_of, to_html, to_markdown, write_reports
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


def test_count_is_exact():
    assert judge(_q("count", "4"), _r("There are 4 assumptions."))
    assert not judge(_q("count", "4"), _r("There are 4.1 assumptions."))
    assert not judge(_q("count", "2"), _r('The report states: "none" [1] [2]'))


def test_spans_all_present_ignoring_case_space_and_quotes():
    question = _q("multi-span", ["fixed-price type", "the contract’s fee"])
    assert judge(question, _r("Fixed-price   type contracts … up to the contract's fee arrangement"))
    assert not judge(question, _r("fixed-price type only"))
    assert judge(_q("span", ["$1,496.5"]), _r("Total sales were $1,496.5 in 2019."))
