"""server/reasons.py worded(): every reason in English (as before the reasons became data) and in Chinese."""

from __future__ import annotations

import re

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from reportqa.server.answer.worded import Writer
from reportqa.server.reasons import _TEMPLATES, Reason, worded

pytestmark = pytest.mark.unit

# Each reason with its English and Chinese wording: one row per key.
WORDINGS = [
    (Reason("no_passages"), "the index holds no passages", "索引中没有任何段落"),
    (Reason("not_close"), "no passage is close to the question", "没有与问题相近的段落"),
    (
        Reason("unmentioned", {"names": ("Kenya", "巴西")}),
        "the reports do not mention Kenya, 巴西",
        "报告没有提到 Kenya、巴西",
    ),
    (Reason("unmentioned_year"), "the reports do not mention that year", "报告没有提到所问的年份"),
    (
        Reason("unwritten", {"words": ("deferred", "revenue")}),
        "the reports do not mention deferred revenue",
        "报告没有提到 deferred revenue",
    ),
    (Reason("no_figure"), "no passage about it states a figure", "提到它的段落都没有给出相关数字"),
    (Reason("other_part"), "the reports state that figure for another part only", "报告只给出了其他部分的这个数字"),
    (Reason("other_unit"), "no passage states it in the unit asked", "没有段落以所问的单位给出这个数字"),
    (Reason("joint_figure"), "no passage states that figure for it", "没有段落单独给出它的这个数字"),
    (Reason("whole_unstated"), "no passage states the total the share is asked of", "没有段落给出所问比重的总量"),
    (Reason("period_unstated"), "no passage states it for each year asked", "没有段落给出所问各年份的这个数字"),
    (
        Reason("different_units", {"first": "USD", "second": "%"}),
        "the figures are in different units (USD and %) and cannot be combined",
        "两个数字的单位不同（USD 与 %），不能合并计算",
    ),
    (
        Reason("no_years"),
        "a growth rate needs the year of each figure, and the report does not give one",
        "计算增长率需要每个数字的年份，而报告没有给出",
    ),
    (
        Reason("years_backwards", {"end": 2022, "start": 2024}),
        "the end year 2022 does not come after the start year 2024",
        "结束年份 2022 不在起始年份 2024 之后",
    ),
    (Reason("not_positive"), "a growth rate needs two positive figures", "计算增长率需要两个正数"),
    (Reason("rate_not_percent"), "a projection needs a growth rate in percent", "推算需要以百分比表示的增长率"),
    (Reason("already_that_year", {"year": 2024}), "the figure is already 2024's", "该数字本身就是 2024 年的"),
    (Reason("total_fall"), "a fall of 100% or more", "降幅达到或超过 100%"),
    (Reason("from_zero"), "a percentage change from zero is not defined", "基数为零，百分比变化没有定义"),
    (
        Reason("share_not_percent"),
        "a part of a total needs its share in percent",
        "计算总额中的一部分需要以百分比表示的份额",
    ),
    (Reason("average_too_few"), "an average needs at least two figures", "求平均值至少需要两个数字"),
    (Reason("sum_too_few"), "a sum needs at least two figures", "求和至少需要两个数字"),
    (
        Reason("points_not_percent"),
        "a difference in percentage points needs two percentages",
        "以百分点计的差值需要两个百分比",
    ),
    (
        Reason("rest_not_percent"),
        "the rest of a total needs the other shares in percent",
        "计算其余部分需要以百分比表示的其他份额",
    ),
    (Reason("shares_over_whole"), "the shares named add up to more than 100%", "所列份额合计超过 100%"),
    (
        Reason("parts_over_whole"),
        "the parts the report gives add up to more than their whole",
        "报告所列各部分之和超过其总额",
    ),
    (
        Reason("no_exchange_rate", {"unit": "CNY", "currency": "USD"}),
        "the report states it in CNY, and converting to USD needs an exchange rate the report does not give",
        "报告以 CNY 给出这个数字，换算成 USD 需要报告没有给出的汇率",
    ),
    (Reason("too_large"), "the figures are too large to compute with", "数字过大，无法计算"),
]


@pytest.mark.parametrize(("reason", "english", "chinese"), WORDINGS, ids=[r.key for r, _, _ in WORDINGS])
def test_each_reason_is_worded_in_both_languages(reason, english, chinese):
    assert worded(reason, "en") == english
    assert worded(reason, "zh") == chinese


def test_every_key_is_worded_in_both_languages_and_tested():
    assert set(_TEMPLATES["en"]) == set(_TEMPLATES["zh"]) == {r.key for r, _, _ in WORDINGS}


@pytest.mark.parametrize(("reason", "english", "chinese"), WORDINGS, ids=[r.key for r, _, _ in WORDINGS])
def test_the_chinese_wording_writes_no_number_the_english_does_not(reason, english, chinese):
    # The number gate holds for the English reasons; the Chinese ones may write no other number.
    assert sorted(re.findall(r"\d+", chinese)) == sorted(re.findall(r"\d+", english))


def test_a_figure_without_a_unit_is_named_in_the_question_language():
    assert worded(Reason("different_units", {"first": "", "second": "CNY"}), "en") == (
        "the figures are in different units (plain number and CNY) and cannot be combined"
    )
    assert worded(Reason("different_units", {"first": "", "second": "CNY"}), "zh") == (
        "两个数字的单位不同（无单位的数字与 CNY），不能合并计算"
    )
    assert worded(Reason("no_exchange_rate", {"unit": "", "currency": "USD"}), "zh") == (
        "报告以其他单位给出这个数字，换算成 USD 需要报告没有给出的汇率"
    )


def test_a_chinese_question_nouns_are_listed_and_its_names_shown_as_written():
    assert worded(Reason("unwritten", {"words": ("中部", "快递")}), "zh") == "报告没有提到中部、快递"
    assert worded(Reason("unmentioned", {"names": ("阳光电源（Sungrow）",)}), "zh") == "报告没有提到阳光电源（Sungrow）"


def test_no_reason_is_worded_as_nothing():
    assert worded(None, "en") == worded(None, "zh") == ""


class _Recording(FakeListChatModel):
    """A fake model that keeps the text of every prompt it is given."""

    prompts: list[str] = []

    def stream(self, input, *args, **kwargs):  # noqa: A002 - langchain's name
        self.prompts.append("\n".join(str(m.content) for m in input))
        return super().stream(input, *args, **kwargs)


@pytest.mark.parametrize(
    ("lang", "question", "told"),
    [
        ("en", "What was Kenya's market size?", "Why the reports do not answer it: the reports do not mention Kenya"),
        ("zh", "肯尼亚的市场规模是多少？", "报告无法回答的原因：报告没有提到 Kenya"),
    ],
)
def test_the_refusal_note_is_told_the_reason_in_the_question_language(lang, question, told):
    model = _Recording(responses=["The closest passages cover Asia."], prompts=[])
    Writer(model, timeout=5).refusal_note(question, Reason("unmentioned", {"names": ("Kenya",)}), lang, [])
    assert told in model.prompts[0]
