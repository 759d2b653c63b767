"""server/library/figures.py: the rows of the figures table read from hand-built passages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reportqa.server.library.figures import FigureFilter, chunk_figures, market_of, metric_of
from tests.support.passages import chunk

pytestmark = pytest.mark.unit


def _rows(passage) -> list[tuple[str, str, str, str, str]]:
    return [(f.subject, f.metric, f.period, f.value, f.normalised_unit) for f in chunk_figures(passage)]


def test_an_english_sentence_gives_subject_metric_period_and_normalised_amounts():
    passage = chunk(
        "The Call Centers Market was valued at USD 34.03 billion in 2025 and is projected to grow "
        "to USD 36.76 billion in 2026, with a CAGR of 8.26%, reaching USD 59.34 billion by 2032."
    )
    assert _rows(passage) == [
        ("Call Centers Market", "market_size", "2025", "34.03", "USD billion"),
        ("Call Centers Market", "market_size", "2026", "36.76", "USD billion"),
        ("Call Centers Market", "cagr", "", "8.26", "%"),
        ("Call Centers Market", "market_size", "2032", "59.34", "USD billion"),
    ]
    first = chunk_figures(passage)[0]
    assert (first.unit, first.scale, first.display, first.normalised_value) == (
        "USD",
        "billion",
        "USD 34.03 billion",
        34.03,
    )


def test_chinese_amounts_in_yi_normalise_to_the_same_billions():
    passage = chunk("2025 年客服中心市值为 340.3 亿美元,复合年增长率为 8.26%。", lang="zh", title="客服中心市场报告")
    size, cagr = chunk_figures(passage)
    assert (size.subject, size.metric, size.period, size.display) == (
        "客服中心市场",
        "market_size",
        "2025",
        "340.3 亿美元",
    )
    assert (size.normalised_value, size.normalised_unit) == (34.03, "USD billion")
    assert cagr.metric == "cagr"


def test_a_table_row_takes_its_period_from_the_column_header_and_its_unit_from_the_caption():
    passage = chunk(
        "Revenue by region (USD million)\n| Region | 2019 | 2018 |\n|---|---|---|\n| North America | 1,250.5 | 980 |"
    )
    rows = chunk_figures(passage)
    assert [(f.subject, f.period, f.value, f.unit, f.scale) for f in rows] == [
        ("North America", "2019", "1250.5", "USD", "million"),
        ("North America", "2018", "980", "USD", "million"),
    ]
    assert rows[0].metric == "revenue" and rows[0].normalised_value == pytest.approx(1.2505)


def test_a_key_statistics_row_names_the_period_and_leaves_the_subject_to_the_report():
    passage = chunk(
        "| KEY MARKET STATISTICS | |\n|---|---|\n| Base Year [2025] | USD 34.03 billion |\n| CAGR (%) | 8.26% |",
        title="Call Centers Market by Service Type - Global Forecast 2026-2032",
    )
    size, cagr = chunk_figures(passage)
    assert (size.subject, size.metric, size.period) == ("Call Centers Market", "market_size", "2025")
    assert (cagr.subject, cagr.metric) == ("Call Centers Market", "cagr")


def test_a_leading_name_is_the_subject_of_a_share():
    (share,) = chunk_figures(chunk("North America held a 38.5% share of the market in 2024."))
    assert (share.subject, share.metric, share.period) == ("North America", "share", "2024")


@pytest.mark.parametrize(
    ("context", "unit", "metric"),
    [
        ("revenue rose to", "USD", "revenue"),
        ("grew by", "%", "growth"),
        ("CAGR of", "%", "cagr"),
        ("headcount of", "", "count"),
        ("margin of", "%", "percent"),
        ("paid", "USD", "amount"),
    ],
)
def test_metric_of(context, unit, metric):
    assert metric_of(context, unit) == metric


def test_market_of_prefers_the_passage_language_and_trims_chinese_function_words():
    title = "客服中心市场:2026-2032年全球市场预测 Call Centers Market by Service Type"
    assert market_of(title, "en") == "Call Centers Market"
    assert market_of(title, "zh") == "客服中心市场"
    assert market_of("2024年占据客户技术支持服务市场的43.2%") == "客户技术支持服务市场"
    assert market_of("no market named here") == ""


def test_the_filter_matches_doc_metric_year_in_a_span_and_words():
    (cagr,) = chunk_figures(chunk("The Drone Market will grow at a CAGR of 31.9% over 2025-2030 worldwide."))
    assert cagr.period == "2025-2030"
    assert FigureFilter(metric="cagr", year=2027, q="drone").keeps(cagr)
    assert not FigureFilter(year=2031).keeps(cagr)
    assert not FigureFilter(doc="other.md").keeps(cagr)
    assert not FigureFilter(metric="share").keeps(cagr)
    assert not FigureFilter(year=2027).keeps(replace(cagr, period=""))
