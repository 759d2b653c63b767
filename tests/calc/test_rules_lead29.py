"""The fifteenth session's lead rules: the words that ask for a calculation name no subject a
passage must write, and a stated CAGR is set beside an implied one only over the same period."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.figures import render
from reportqa.server.calc.intents import detect, operation_phrases
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit

RESALE = (
    "Resale and second-hand sportswear rose from $4.5B in 2022 to $7.8B in 2024. We forecast sales to grow "
    "from USD 412.6 billion in 2024 to USD 562.0 billion by 2030, a CAGR of 5.3% over 2024-2030."
)
COMPOUNDED = "What was the annual growth rate, compounded, of resale sportswear between 2022 and 2024?"


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        (COMPOUNDED, ("annual growth rate", "compounded")),
        ("Nike's revenue was how many times Lululemon's in 2024?", ("how many times",)),
        ("2020年至2024年冷链物流市场规模的年均复合增长率是多少？", ("年均复合增长率",)),
        # A match that spans the subject between its words is not the operation's wording.
        ("How many GWh of EV battery shipments did the world add in 2024?", ()),
    ],
)
def test_operation_phrases_are_the_short_matches_of_the_kind_asked(question, phrases):
    intent = detect(question)
    assert intent is not None
    found = operation_phrases(question, intent)
    assert set(phrases) <= set(found) if phrases else found == ()


def test_words_asking_for_the_calculation_are_not_subject_words_a_passage_must_write():
    hits = [hit(RESALE, dense=0.6)]
    intent = detect(COMPOUNDED)
    assert intent is not None
    assert not judge(COMPOUNDED, hits, computed=True).answerable  # "annual", "compounded": half its words
    assert judge(COMPOUNDED, hits, computed=True, operation=operation_phrases(COMPOUNDED, intent)).answerable


def test_a_stated_cagr_of_another_period_is_not_compared_with_the_implied_one():
    found = calculate(COMPOUNDED, [hit(RESALE)])
    assert found is not None and found.stated is None
    assert [str(o.measure.value) for o in found.operands] == ["4.5", "7.8"]


def test_a_stated_cagr_of_the_same_period_is_compared_and_the_result_cites_its_inputs_first():
    text = (
        "The market grew from USD 34.03 billion in 2025 to USD 59.34 billion in 2032, a CAGR of 8.26% over 2025-2032."
    )
    found = calculate("What CAGR does the growth from 2025 to 2032 imply?", [hit(text)])
    assert found is not None and found.stated is not None
    lines = render(found, "en").draft.text.split("\n")
    assert lines[0].startswith("Computed from the report's figures: The implied CAGR from 2025 to 2032 is 8.27%")
    assert lines[-1].startswith("The report itself states a CAGR of 8.26% [1]")


def test_a_name_cut_in_two_by_the_segmenter_is_asked_whole_where_the_dictionary_lists_it():
    # 蒂森克虏伯 is CC-CEDICT's ThyssenKrupp; jieba cuts it into 蒂森 and 克虏伯, which no English report writes.
    from reportqa.index.asked_names import asked_names

    assert asked_names("2024年蒂森克虏伯的电解槽收入是多少？") == ["2024", "蒂森克虏伯"]


@pytest.mark.parametrize(
    ("question", "kind", "pair"),
    [
        # A over B, as written.
        (
            "What is Asia Pacific's market size divided by North America's for 2023?",
            "ratio",
            ("Asia Pacific's market size", "North America's market size"),
        ),
        (
            "Divide Europe's 2024 revenue by Asia Pacific's.",
            "ratio",
            ("Europe's 2024 revenue", "Asia Pacific's revenue"),
        ),
        # "How many times the size of A was B": B over A.
        (
            "How many times the size of the private cloud market was the public cloud market in 2024?",
            "ratio",
            ("the public cloud market", "the private cloud market"),
        ),
        (
            "How much of the 2024 total subscribers was Europe, in percent?",
            "share",
            ("Europe subscribers", "2024 total subscribers"),
        ),
        (
            "What share of the 2030 global pet food market will Europe account for?",
            "share",
            ("Europe", "the 2030 global pet food market"),
        ),
        # A share's whole is a total by what it is: 合计 in it nests no operation.
        ("压缩空气储能在2023年新增装机合计中的占比是多少？", "share", ("压缩空气储能", "2023年新增装机合计")),
        # The part may be 中国…, though 中 also closes the whole.
        ("2024年全球半导体设备销售额中中国大陆占比多少？", "share", ("中国大陆", "2024年全球半导体设备销售额")),
        # 约 is how roughly the share is asked, no word of the part; 的多少 closing the question asks the share.
        ("2024年中国光伏新增装机约占全球新增装机的多少？", "share", ("2024年中国光伏新增装机", "全球新增装机")),
        # 及以下 is "and smaller": one row, not two things.
        ("2024年三线及以下城市占现制咖啡市场合计的比重是多少？", "share", ("2024年三线及以下城市", "现制咖啡市场")),
        # The year opening the sentence is no part of the first of two shares added.
        (
            "2024年湿粮和零食合计占全球宠物食品收入的比重是多少？",
            "sum",
            ("湿粮全球宠物食品收入份额", "零食全球宠物食品收入份额"),
        ),
        ("How many GWh more did CATL ship than BYD in 2024?", "change", ("CATL", "BYD")),
    ],
)
def test_wordings_of_ratios_shares_sums_and_differences(question, kind, pair):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.pair) == (kind, pair)


@pytest.mark.parametrize(
    "question",
    [
        "Add North America's and Asia Pacific's market size in 2023: what do they come to?",
        "What is the total market size for Western Europe and Latin America for 2023?",
    ],
)
def test_an_imperative_add_and_a_total_for_two_things_are_sums(question):
    intent = detect(question)
    assert intent is not None and intent.kind == "sum"


@pytest.mark.parametrize(
    "question",
    [
        "What was the percentage growth of Asia Pacific smart meter revenue in 2024?",
        "By what percentage did China's molecular diagnostics market shrink in 2024?",
        "By what percentage did the number of coffee shops in China grow during 2024?",
    ],
)
def test_a_percentage_change_in_one_year_is_over_the_year_before(question):
    intent = detect(question)
    assert intent is not None and (intent.kind, intent.years) == ("relative_change", (2023, 2024))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # The percentage of a change is no share: a region named "… excluding China" asks no complement.
        (
            "What was the percentage growth of skincare sales in Asia Pacific excluding China between 2023 and 2024?",
            "relative_change",
        ),
        # An exclusion inside the share's whole names the whole.
        ("What share of Asia Pacific excluding China's 2024 skincare sales came from South Korea?", "share"),
        ("What share of global shipments did vendors other than the top five hold in 2024?", "complement"),
        ("除前五大厂商外其余厂商份额是多少？", "complement"),
    ],
)
def test_a_complement_is_a_share_left_by_an_exclusion_of_the_part(question, kind):
    intent = detect(question)
    assert intent is not None and intent.kind == kind


def test_a_stated_cagr_that_writes_only_its_end_year_is_one_of_the_period_ending_there():
    text = (
        "The market was worth USD 20.0 billion in 2024. It will reach USD 30.0 billion in 2030, "
        "growing at a CAGR of 7.0% through 2030."
    )
    found = calculate("What CAGR is implied between 2024 and 2030?", [hit(text)])
    assert found is not None and found.stated is not None and str(found.stated.measure.value) == "7.0"


@pytest.mark.parametrize(
    ("question", "lang", "first_line"),
    [
        (
            "2024年快递平均单票收入同比减少了多少元？",
            "zh",
            "根据报告中的数字计算：2023 年至 2024 年减少 0.58元 (8.62 - 8.04 = 0.58)。",
        ),
        (
            "How much did the average revenue per parcel fall from 2023 to 2024?",
            "en",
            "Computed from the report's figures: From 2023 to 2024 the figure falls by CNY 0.58 (8.62 - 8.04 = 0.58).",
        ),
    ],
)
def test_a_fall_asked_is_stated_as_the_size_of_the_fall(question, lang, first_line):
    text = "2024年快递平均单票收入为8.04元，同比下降6.7%，2023年为8.62元。"
    found = calculate(question, [hit(text, lang="zh")])
    assert found is not None and found.intent.kind == "decrease" and str(found.result.value) == "0.58"
    assert render(found, lang).draft.text.split("\n")[0] == first_line


def test_a_fall_asked_of_a_figure_that_rose_is_the_signed_change():
    text = "2024年快递平均单票收入为8.62元，2023年为8.04元。"
    found = calculate("2024年快递平均单票收入同比减少了多少元？", [hit(text, lang="zh")])
    assert found is not None and found.intent.kind == "change" and str(found.result.value) == "0.58"


def test_a_complement_takes_the_share_whose_whole_the_question_names():
    # Two shares of one thing in one sentence, of wholes no measure word tells apart.
    text = (
        "China accounted for 44.6% of global charging revenue in 2024 and 64.2% of the public charge points "
        "installed during the year."
    )
    found = calculate("What share of the public charge points installed in 2024 were outside China?", [hit(text)])
    assert found is not None and str(found.result.value) == "35.8"
