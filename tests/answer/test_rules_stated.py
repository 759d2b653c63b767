"""The sentence that answers is the one about the asked subject, a figure the report states is
quoted rather than computed, and a row that leaves the asked cell blank supports nothing.
Own passages in both languages, each with the near miss it must not give. Model-free."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.compose import compose
from reportqa.server.calc.program import calculate
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

# Two segments' growth in one sentence of one shape; the first segment's half comes first.
CLOUD = hit(
    "2024年公有云市场规模为5,620.8亿元，同比增长22.1%；私有云市场规模为2,643.4亿元，同比增长11.4%。",
    lang="zh",
    title="中国云计算市场研究报告",
)
CLOUD_TABLE = hit(
    "| 服务类型 | 2023年（亿元） | 2024年（亿元） | 同比增长 |\n|---|---|---|---|\n"
    "| IaaS | 3,015.4 | 3,682.5 | 22.1% |\n| 合计 | 4,603.2 | 5,620.8 | 22.1% |",
    lang="zh",
    title="中国云计算市场研究报告",
)
EDUCATION = hit(
    "2024年在线教育用户规模达到3.42亿人，占网民总数的31.0%。付费用户为1.26亿人，付费率为36.8%，较2023年提高1.9个百分点；"
    "2024年在线教育市场规模为3,486.7亿元。",
    lang="zh",
    title="中国在线教育市场报告",
)
SCANNERS = hit(
    "In 2024 CT scanner revenue reached USD 9.8 billion, up 6.2%; MRI system revenue reached USD 7.1 billion, "
    "up 4.4%. Ultrasound revenue grew 3.0% in 2024.",
    title="Medical Imaging Equipment Market 2025",
)


@pytest.mark.parametrize(
    ("question", "hits", "said", "not_said"),
    [
        ("2024年私有云市场增速是多少？", [CLOUD_TABLE, CLOUD], "11.4%", "22.1%"),
        ("2024年公有云市场增速是多少？", [CLOUD_TABLE, CLOUD], "22.1%", "11.4%"),
        ("2024年在线教育付费率是多少？", [EDUCATION], "36.8%", "31.0%"),
        ("How fast did ultrasound revenue grow in 2024?", [SCANNERS], "3.0%", "6.2%"),
    ],
)
def test_the_sentence_about_the_asked_subject_is_quoted_not_its_neighbours(question, hits, said, not_said):
    text = compose(question, hits).text
    assert said in text
    assert not_said not in text


def test_without_a_word_of_its_own_the_question_keeps_the_ranking():
    # Nothing but the report's own subject and the year: the best-ranked figure is quoted.
    assert "3,486.7" in compose("2024年在线教育市场规模是多少？", [EDUCATION]).text


MARGIN = hit(
    "长三角地区集中了全国约58.6%的CDMO产能。2024年CDMO行业平均毛利率为35.8%，较2023年下降2.4个百分点。",
    lang="zh",
    title="中国医药合同研发生产（CDMO）市场",
)
PRICES = hit(
    "The average selling price of lithium-ion battery packs fell to USD 115 per kWh in 2024, from USD 139 in 2023.",
    title="EV Battery Market 2025",
)
CELLS = hit(
    "| Cell maker | Selling price 2023 (USD/kWh) | Selling price 2024 (USD/kWh) |\n|---|---|---|\n"
    "| CATL | 98 | 84 |\n| BYD | 95 | 80 |",
    title="EV Battery Market 2025",
)


@pytest.mark.parametrize(
    ("question", "hits"),
    [
        ("2024年CDMO行业平均毛利率是多少？", [MARGIN]),
        ("What was the average selling price of battery packs in 2024?", [PRICES, CELLS]),
        ("2024年电池组的平均售价是多少？", [hit("2024年锂电池组平均售价降至115美元/千瓦时。", lang="zh"), CELLS]),
    ],
)
def test_a_stated_average_is_quoted_not_computed(question, hits):
    assert calculate(question, hits) is None


def test_an_average_the_report_does_not_state_is_still_computed():
    found = calculate("What was the average selling price of CATL over 2023 and 2024?", [CELLS])
    assert found is not None
    assert float(found.result.value) == 91


OEMS = hit(
    "| OEM | Installations 2024 (GW) | Share of global installations | Revenue 2024 |\n|---|---|---|---|\n"
    "| Goldwind | 18.9 | 15.6% | CNY 56.2 billion |\n| Envision | 16.5 | 13.6% | not disclosed |\n"
    "| Nordex | 6.9 | 5.7% | – |\n| Vestas | 11.6 | 9.6% | EUR 17.3 billion |",
    title="Global Wind Turbine Market Report 2025",
    section="Competitive Landscape",
)
VENDORS = hit(
    "| 厂商 | 2024年出货量（万台） | 2024年营收（亿元） |\n|---|---|---|\n| 汇川技术 | 5.2 | 41.3 |\n| 埃斯顿 | 2.3 | |",
    lang="zh",
    title="中国工业机器人市场年度报告",
)


@pytest.mark.parametrize(
    "question",
    [
        "What was Envision's revenue in 2024?",
        "What was Nordex's revenue in 2024?",
        "2024年埃斯顿的营收是多少？",
    ],
)
def test_a_row_whose_asked_cell_is_blank_supports_nothing(question):
    verdict = judge(question, [OEMS, VENDORS])
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


@pytest.mark.parametrize(
    "question",
    [
        "What was Goldwind's revenue in 2024?",
        "What share of global installations did Envision have in 2024?",
        "2024年埃斯顿的出货量是多少？",
        "2024年汇川技术的营收是多少？",
    ],
)
def test_the_same_rows_answer_what_their_cells_state(question):
    assert judge(question, [OEMS, VENDORS]).answerable


def test_a_sentence_opening_on_a_pronoun_is_about_the_one_before():
    passage = hit(
        "The International Committee of the Red Cross (ICRC) is based in Geneva. It was founded in 1863. "
        "Today it employs about 18,000 people in more than 100 countries."
    )
    assert judge("How many people does the ICRC employ?", [passage]).answerable
    other = hit("The ICRC is based in Geneva. Oxfam is based in Nairobi. Today it employs about 9,000 people.")
    assert not judge("How many people does the ICRC employ?", [other]).answerable


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "What compound annual growth rate does the electrolyser market imply from 2023 to 2030?",
            "The electrolyser market, USD 2.4 billion in 2023, is forecast to grow at a CAGR of 27.7% to 2030.",
        ),
        ("Which disease did the WHO eradicate?", "Its best-known success is the eradication of smallpox in 1980."),
        ("Which vaccine did the WHO approve in 2021?", "In 2021 the WHO approved RTS,S, the first malaria shot."),
    ],
)
def test_words_a_passage_writes_in_another_form_or_answers_are_not_unwritten(question, passage):
    assert judge(question, [hit(passage)]).answerable


def test_a_kind_asked_for_does_not_excuse_the_rest_of_the_question():
    verdict = judge("Which vaccine did the WHO approve for malaria in 2021?", [hit(EDUCATION.chunk.text, lang="zh")])
    assert not verdict.answerable
    passage = hit("Its best-known success is the eradication of smallpox in 1980.")
    assert not judge("Which vaccine did the hospital network approve for clinical trials?", [passage]).answerable


def test_a_table_is_about_what_its_lead_in_says():
    # The lead-in (its own passage) names the subject, the table after it states the figures.
    lead = hit("Net sales by segment and industry end market(1) were as follows:", doc="r.md")
    table = hit(
        "| | 2019 | 2018 |\n|---|---|---|\n| Automotive | $ 5,686 | $ 6,092 |\n| Industrial | 1,221 | 1,280 |",
        doc="r.md",
    )
    table = replace(table, chunk=replace(table.chunk, start=100, end=100 + len(table.chunk.text)))
    text = compose(
        "In which years was the net sales by segment and industry end market calculated?", [lead, table]
    ).text
    assert "as follows:" in text
    assert "5,686" in text


def test_a_report_title_names_the_subject_of_every_sentence_in_it():
    # Over two reports, the one titled with the asked subject is quoted, though its sentence
    # says "the museum" and the other report's writes as many of the question's words.
    louvre = hit(
        "The Louvre in Paris is the world's most-visited art museum. In 2023 the museum received 8.9 million visitors.",
        doc="louvre.md",
        title="The Louvre",
        dense=0.55,
    )
    army = hit(
        "The site was listed in 1987 and the museum receives several million visitors a year.",
        doc="army.md",
        title="The Terracotta Army",
        dense=0.6,
    )
    assert "8.9 million" in compose("How many visitors did the Louvre receive in 2023?", [army, louvre]).text


def test_english_words_are_not_asked_of_passages_mostly_chinese_though_english_ones_run_longer():
    # Six Chinese passages and two long English ones about something else: the English question's
    # words are matched across languages by names only, however many letters the English ones have.
    question = "How much can predictive AI cut average handling time?"
    answer = hit(
        "采用预测 AI 诊断。机器学习模型对问题进行分类，从而减少停机时间并将平均处理时间缩短高达 75%。", lang="zh"
    )
    chinese = [answer] + [
        hit(f"人工智能聊天机器人现在可以处理{n}%的工单，提高了客户满意度。", lang="zh") for n in (30, 31, 32, 33, 34)
    ]
    english = [
        hit("The contact centre landscape has shifted as operators adopt cloud platforms. " * 6) for _ in range(2)
    ]
    assert judge(question, chinese + english).answerable
    assert not judge(question, english + [answer]).answerable


def test_a_pronoun_sentence_that_names_its_own_company_is_not_the_one_before():
    rival = hit(
        "Goldwind installed 18.9 GW of wind turbines in 2024. "
        "Its closest rival, Envision, reported revenue of CNY 30.2 billion in 2024."
    )
    assert not judge("What was Goldwind's revenue in 2024?", [rival]).answerable
    own = hit("Goldwind installed 18.9 GW of wind turbines in 2024. Its revenue reached CNY 56.2 billion in 2024.")
    assert judge("What was Goldwind's revenue in 2024?", [own]).answerable
    in_china = hit(
        "Goldwind installed 18.9 GW of wind turbines in 2024. Its revenue in China reached CNY 50.1 billion in 2024."
    )
    assert judge("What was Goldwind's revenue in China in 2024?", [in_china]).answerable
