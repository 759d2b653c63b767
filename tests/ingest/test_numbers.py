"""Quantities parsed from the seed reports' phrasing, in both languages."""

from __future__ import annotations

from reportqa.ingest.numbers import parse_quantities


def _brief(text: str) -> list[tuple]:
    return [(q.value, q.scale, q.unit, q.year, q.metric) for q in parse_quantities(text)]


def test_chinese_summary_sentence_binds_each_figure_to_its_clause_year():
    text = "2025 年客服中心市值为 340.3 亿美元,预计到 2026 年将成长至 367.6 亿美元,复合年增长率为 8.26%,到 2032 年将达到 593.4 亿美元。"
    assert _brief(text) == [
        ("340.3", "亿", "USD", 2025, ""),
        ("367.6", "亿", "USD", 2026, ""),
        ("8.26", "", "%", None, "cagr"),
        ("593.4", "亿", "USD", 2032, ""),
    ]


def test_english_summary_sentence_takes_the_nearest_year():
    text = (
        "The Call Centers Market was valued at USD 34.03 billion in 2025 and is projected to grow to "
        "USD 36.76 billion in 2026, with a CAGR of 8.26%, reaching USD 59.34 billion by 2032."
    )
    assert _brief(text) == [
        ("34.03", "billion", "USD", 2025, ""),
        ("36.76", "billion", "USD", 2026, ""),
        ("8.26", "", "%", None, "cagr"),
        ("59.34", "billion", "USD", 2032, ""),
    ]


def test_table_rows_take_year_and_subject_from_the_row():
    rows = "| 预测年份 2032 | 593.4亿美元 |\n| Forecast Year [2032] | USD 59.34 billion |\n| CAGR (%) | 8.26% |"
    found = parse_quantities(rows)
    assert [(q.value, q.year, q.subject) for q in found] == [
        ("593.4", 2032, "预测年份 2032"),
        ("59.34", 2032, "Forecast Year [2032]"),
        ("8.26", None, "CAGR (%)"),
    ]
    assert found[2].metric == "cagr"


def test_signed_percentages_are_kept_and_durations_and_years_are_not_figures():
    row = "| 高劳动力和合规成本 | -0.9% | 全国范围内 | 中期(2-4 年) | +1.8% |"
    assert _brief(row) == [("-0.9", "", "%", None, ""), ("1.8", "", "%", None, "")]


def test_ranges_do_not_become_negative_numbers():
    assert [q.value for q in parse_quantities("可以处理 30-40% 的罚单")] == ["30", "40"]


def test_offsets_point_at_the_figure_as_written():
    text = "该市场估值为 100.6 亿美元2025 年。"
    (q,) = parse_quantities(text)
    assert text[q.start : q.end] == q.text == "100.6 亿美元"
    assert q.year == 2025


def test_a_part_of_the_whole_just_stated_is_of_the_whole_s_year():
    # "其中" / "Of this": the part is of the period the whole was stated for, unless it writes its own.
    text = (
        "2024年中国医药外包服务市场规模为1,486.2亿元，同比增长9.7%。"
        "其中CDMO市场规模为842.6亿元，同比增长7.3%，2023年为785.3亿元。"
        "In 2024 the market was USD 5 billion. Of this, software accounted for USD 2 billion."
    )
    years = {q.value: q.year for q in parse_quantities(text)}
    assert (years["842.6"], years["785.3"], years["2"]) == (2024, 2023, 2024)
    # Without that lead a yearless figure after two years' figures stays without a year.
    assert parse_quantities("2024年为10亿元，2023年为9亿元。CRO为6亿元。")[-1].year is None


def test_a_part_takes_the_whole_s_stated_year_not_a_forecast_s():
    text = "2024年中国医药外包市场规模为1,486.2亿元，预计2030年将达到3,000亿元。其中CDMO市场规模为842.6亿元。"
    assert [(q.value, q.year) for q in parse_quantities(text)][-1] == ("842.6", 2024)


def test_a_part_is_of_the_whole_not_of_the_base_it_is_compared_with():
    # "of which" follows the base of a comparison: the part is of the figure compared, 2024's.
    text = "New installations rose to 121.3 GW in 2024 from 116.6 GW in 2023, of which 9.4 GW was offshore."
    assert [(q.value, q.year) for q in parse_quantities(text)][-1] == ("9.4", 2024)
    zh = "2024年出货量为46.8万台，较2023年的40.1万台有所增长。其中出口为12.3万台。"
    assert [(q.value, q.year) for q in parse_quantities(zh)][-1] == ("12.3", 2024)


def test_every_part_a_sentence_lists_is_of_the_whole_s_year():
    # A part's sentence writes the year before for one part ("2023年为785.3亿元"): the next part is still 2024's.
    text = (
        "2024年中国医药外包服务市场规模为1,486.2亿元，同比增长9.7%。"
        "其中CDMO市场规模为842.6亿元，同比增长7.3%，2023年为785.3亿元；CRO市场规模为643.6亿元，同比增长13.1%。"
    )
    years = {q.value: q.year for q in parse_quantities(text)}
    assert (years["842.6"], years["785.3"], years["643.6"], years["13.1"]) == (2024, 2023, 2024, 2024)
