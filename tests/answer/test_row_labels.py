"""server/answer/row_labels.py: a word the dictionary does not carry to the other language's table
row (a Chinese word to an English row, an English phrase to a Chinese one) is asked as the row it means, when the embedding puts it close to that row and clearly closer
than the next; fake embedders for the rule, the real model for what it reads."""

from __future__ import annotations

from functools import partial

import pytest

from reportqa.server.answer.row_labels import ROW_LIKENESS, ROW_MARGIN, in_row, prose_labels, with_row_labels
from reportqa.server.calc.intents import detect
from reportqa.server.calc.subject import measures_of
from tests.support.embeddings import Likeness
from tests.support.passages import hit

TABLE = (
    "| Category | Sales 2024 (USD billion) | Share (%) |\n|---|---|---|\n| Outerwear | 4.1 | 38.0 |\n"
    "| Footwear | 2.6 | 24.1 |\n| Goggles and helmets | 1.9 | 17.6 |\n| Total | 10.8 | 100.0 |"
)


@pytest.mark.unit
def test_a_word_close_to_one_row_is_asked_as_that_row():
    embedder = Likeness({("鞋类", "Footwear"): ROW_LIKENESS + 0.1, ("鞋类", "Outerwear"): 0.5})
    asked = with_row_labels("2024年鞋类的销售额是多少？", [hit(TABLE)], embedder)
    assert asked == ("2024年 Footwear 的销售额是多少？", ("Footwear",))


@pytest.mark.unit
def test_a_word_as_close_to_two_rows_is_left_as_asked():
    """Within the margin, which row it means is a guess: another row's figure is the worst answer."""
    close = ROW_LIKENESS + 0.1
    embedder = Likeness({("鞋类", "Footwear"): close, ("鞋类", "Outerwear"): close - ROW_MARGIN / 2})
    assert with_row_labels("2024年鞋类的销售额是多少？", [hit(TABLE)], embedder) == ("2024年鞋类的销售额是多少？", ())


@pytest.mark.unit
def test_a_word_far_from_every_row_is_left_as_asked():
    embedder = Likeness({("鞋类", "Footwear"): ROW_LIKENESS - 0.05})
    assert with_row_labels("2024年鞋类的销售额是多少？", [hit(TABLE)], embedder) == ("2024年鞋类的销售额是多少？", ())


@pytest.mark.unit
def test_the_total_row_and_chinese_tables_are_not_weighed():
    embedder = Likeness({("合计", "Total"): 0.99})
    assert with_row_labels("2024年合计销售额是多少？", [hit(TABLE)], embedder) == ("2024年合计销售额是多少？", ())
    chinese = hit("| 品类 | 2024年销售额 |\n|---|---|\n| 鞋类 | 4.1 |", lang="zh")
    assert with_row_labels("2024年外套的销售额是多少？", [chinese], Likeness({})) == ("2024年外套的销售额是多少？", ())


CHINESE_TABLE = (
    "| 产品类型 | 2024年规模（亿元） | 同比增速 |\n|---|---|---|\n| 安全硬件 | 352.1 | 3.9% |\n"
    "| 安全服务 | 226.5 | 12.4% |\n| 用户侧（工商业储能等） | 19.2 | 50.0% |\n| 合计 | 597.8 | 7.8% |"
)


@pytest.mark.unit
def test_an_english_phrase_close_to_a_chinese_row_is_asked_as_that_row():
    embedder = Likeness({("security hardware", "安全硬件"): ROW_LIKENESS + 0.1, ("security services", "安全服务"): 0.9})
    asked = with_row_labels(
        "How much larger was security hardware than security services in China's market in 2024?",
        [hit(CHINESE_TABLE, lang="zh")],
        embedder,
    )
    assert asked == (
        "How much larger was  安全硬件  than  安全服务  in China's market in 2024?",
        ("安全硬件", "安全服务"),
    )


@pytest.mark.unit
def test_an_english_run_is_read_by_the_stretch_of_it_that_names_a_row():
    """No tagger tells "additions" (a measure) from the thing before it; the stretch "user-side" is
    close to the row, whose aside in brackets is neither weighed nor written into the question (its
    brackets and 、 read as the question's own words), though the row is bound by its whole label."""
    embedder = Likeness({("user-side", "用户侧"): ROW_LIKENESS + 0.1, ("user-side additions", "用户侧"): 0.5})
    asked = with_row_labels("What were user-side additions in 2024?", [hit(CHINESE_TABLE, lang="zh")], embedder)
    assert asked == ("What were  用户侧  additions in 2024?", ("用户侧（工商业储能等）",))


@pytest.mark.unit
def test_a_row_read_with_an_aside_keeps_the_question_s_operation():
    """大分子（抗体、重组蛋白等） written whole made "How many times A was B" an unstated value of
    2024 and 2025: the aside's 等 and brackets were read as the question's words."""
    table = "| 分子类型 | 2024年收入（亿元） |\n|---|---|\n| 小分子 | 528.7 |\n| 大分子（抗体、重组蛋白等） | 196.5 |"
    embedder = Likeness({("large-molecule", "大分子"): ROW_LIKENESS + 0.1, ("small-molecule", "小分子"): 0.9})
    question = "How many times large-molecule revenue was small-molecule revenue in 2024?"
    asked, rows = with_row_labels(question, [hit(table, lang="zh")], embedder)
    assert rows == ("大分子（抗体、重组蛋白等）", "小分子")
    assert detect(asked).kind == "ratio"


SIDES = (
    "| 应用场景 | 2024年新增装机（GW） | 占比 |\n|---|---|---|\n| 电源侧（新能源配储） | 18.6 | 42.6% |\n"
    "| 电网侧（独立储能） | 19.2 | 43.9% |\n| 用户侧（工商业储能等） | 5.9 | 13.5% |\n| 合计 | 43.7 | 100.0% |"
)


@pytest.mark.unit
def test_an_english_compound_that_spells_a_row_word_by_word_is_that_row():
    """电网 is "power grid", 电源 "electric power source", 侧 "side": "grid-side" and "source-side" spell
    their rows, which the model reads below the likeness a row needs (0.635)."""
    asked, rows = with_row_labels(
        "What is the ratio of grid-side to source-side new storage installations in 2024?",
        [hit(SIDES, lang="zh")],
        Likeness({}),
    )
    assert asked == "What is the ratio of  电网侧  to  电源侧  new storage installations in 2024?"
    assert rows == ("电网侧（独立储能）", "电源侧（新能源配储）")


@pytest.mark.unit
def test_a_row_is_spelled_by_the_words_beside_the_thing_too():
    """The run "third-tier" stops at "and"; 及 "and", 以下 "lower" and 城市 "city" are spelled by the
    words after it, and the ordinal "third" spells the numeral 三."""
    table = "| 城市层级 | 2023年 | 2024年 |\n|---|---|---|\n| 二线城市 | 238 | 290 |\n| 三线及以下城市 | 177 | 225 |"
    asked, rows = with_row_labels(
        "How fast did the coffee market grow in third-tier and lower cities in 2024?",
        [hit(table, lang="zh")],
        Likeness({}),
    )
    assert asked == "How fast did the coffee market grow in  三线及以下城市  in 2024?"
    assert rows == ("三线及以下城市",)


@pytest.mark.unit
def test_a_word_that_spells_part_of_a_row_only_is_left_as_asked():
    """ "user" spells 用户 but nothing spells 侧: users are not the user side."""
    question = "How many users did the platforms add in 2024?"
    assert with_row_labels(question, [hit(SIDES, lang="zh")], Likeness({})) == (question, ())


@pytest.mark.unit
def test_english_things_are_runs_of_thing_words():
    from reportqa.server.answer.row_labels import _english_things

    assert _english_things("What was Haier's smart-appliance revenue in China in 2024?") == ["Haier", "smart-appliance"]
    assert _english_things("What share came from second-tier cities in 2024?") == ["came", "second-tier cities"]
    assert _english_things("How much larger was security hardware than security services?") == [
        "security hardware",
        "security services",
    ]


@pytest.mark.unit
def test_a_question_over_its_own_language_or_no_model_is_left_as_asked():
    embedder = Likeness({("footwear", "Footwear"): 0.99})
    assert with_row_labels("What were footwear sales in 2024?", [hit(TABLE)], embedder) == (
        "What were footwear sales in 2024?",
        (),
    )
    assert with_row_labels("2024年鞋类的销售额是多少？", [hit(TABLE)], None) == ("2024年鞋类的销售额是多少？", ())


def test_the_real_model_reads_an_english_phrase_as_a_chinese_row(service):
    """ "molecular diagnostics" is no dictionary sense the question writes whole; the model reads it as 分子诊断."""
    table = hit(
        "| 细分领域 | 2023年 | 2024年 |\n|---|---|---|\n| 生化诊断 | 186.4 | 172.8 |\n| 免疫诊断 | 482.6 | 521.3 |\n"
        "| 分子诊断 | 268.5 | 176.2 |\n| 微生物诊断 | 41.5 | 45.3 |",
        lang="zh",
    )
    question = "By what percentage did China's molecular diagnostics market shrink from 2023 to 2024?"
    asked = with_row_labels(question, [table], service.library.embeddings)
    assert asked == ("By what percentage did China's  分子诊断  market shrink from 2023 to 2024?", ("分子诊断",))


def test_the_real_model_reads_a_category_the_dictionary_lacks(service):
    """防晒 is "sunburn protection" to the dictionary; the model reads it as a skincare table's "Sun care"."""
    table = hit(
        "| Category | Sales 2024 | Share (%) |\n|---|---|---|\n| Facial moisturisers | 52.1 | 32.9 |\n"
        "| Body care | 31.0 | 19.6 |\n| Sun care | 17.3 | 10.9 |\n| Cleansers and toners | 24.8 | 15.7 |"
    )
    asked = with_row_labels("2024年防晒的销售额是多少？", [table], service.library.embeddings)
    assert asked == ("2024年 Sun care 的销售额是多少？", ("Sun care",))


@pytest.mark.unit
def test_a_figure_is_in_the_row_its_line_opens_on():
    from reportqa.server.calc.models import operand_of

    table = hit(TABLE)
    cells = {q.value: operand_of(table, q) for q in table.chunk.quantities}
    footwear = next(o for v, o in cells.items() if str(v) == "2.6")
    assert in_row(footwear, ("Footwear",))
    assert not in_row(footwear, ("Outerwear",))


REVENUE = measures_of("revenue")
PROSE = "网易有道2024年营收为56.1亿元，同比增长4.3%，其中学习服务收入为36.4亿元。"


@pytest.mark.unit
def test_a_prose_figure_is_said_of_its_clause_s_subject_phrase():
    assert "学习服务" in prose_labels([hit(PROSE, lang="zh")], REVENUE)
    assert "服务" not in prose_labels([hit(PROSE, lang="zh")], REVENUE)  # a generic word alone names no part


@pytest.mark.unit
def test_an_english_phrase_close_to_a_prose_part_is_asked_as_that_phrase():
    embedder = Likeness({("learning services", "学习服务"): ROW_LIKENESS + 0.1})
    asked = with_row_labels(
        "What share of 2024 revenue came from learning services?",
        [hit(PROSE, lang="zh")],
        embedder,
        partial(prose_labels, measures=REVENUE),
    )
    assert asked == ("What share of 2024 revenue came from  学习服务 ?", ("学习服务",))


@pytest.mark.unit
def test_a_prose_figure_is_in_the_part_its_clause_is_said_of():
    from reportqa.server.calc.models import operand_of

    prose = hit(PROSE, lang="zh")
    figures = {str(q.value): operand_of(prose, q) for q in prose.chunk.quantities}
    assert in_row(figures["36.4"], ("学习服务",))
    assert not in_row(figures["56.1"], ("学习服务",))


@pytest.mark.unit
def test_a_prose_figure_of_another_measure_than_asked_is_not_weighed():
    assert prose_labels([hit(PROSE, lang="zh")], measures_of("market size")) == []


@pytest.mark.unit
def test_a_prose_phrase_its_report_s_title_writes_is_the_whole_not_a_part():
    whole = hit(
        "2024年中国医疗美容市场规模为2,856.4亿元，其中肉毒素市场规模为88.0亿元。",
        lang="zh",
        title="中国医疗美容市场研究报告",
    )
    assert prose_labels([whole], measures_of("market size")) == ["肉毒素"]


DEVICES = (
    "| Segment | Revenue 2024 (USD million) |\n|---|---|\n| Cardiac rhythm management | 22,480.5 |\n"
    "| Electrophysiology | 9,870.4 |\n| Total | 68,900.0 |"
)


@pytest.mark.unit
def test_a_word_two_things_of_the_question_share_is_weighed_without_it():
    """器械 ("devices") is the part's word and its whole's: 电生理 alone is the row (xzh38)."""
    embedder = Likeness(
        {("电生理", "Electrophysiology"): ROW_LIKENESS + 0.08, ("电生理器械", "Electrophysiology"): ROW_LIKENESS - 0.01}
    )
    asked = with_row_labels("2024年电生理器械收入占全球心血管器械市场的比重是多少？", [hit(DEVICES)], embedder)
    assert asked == ("2024年 Electrophysiology 器械收入占全球心血管器械市场的比重是多少？", ("Electrophysiology",))


@pytest.mark.unit
def test_a_thing_whose_whole_run_names_the_row_is_still_read_whole():
    """浸没式液冷 and 冷板式液冷 share 液冷: the whole run is weighed too, and is the closer."""
    table = "| Technology | Share of 2024 market |\n|---|---|\n| Immersion cooling | 3.4% |\n| Air cooling | 48.5% |"
    embedder = Likeness(
        {("浸没式液冷", "Immersion cooling"): ROW_LIKENESS + 0.07, ("浸没式", "Immersion cooling"): 0.6}
    )
    asked = with_row_labels("2024年冷板式液冷和浸没式液冷合计占比是多少？", [hit(table)], embedder)
    assert asked == ("2024年冷板式液冷和 Immersion cooling 合计占比是多少？", ("Immersion cooling",))
