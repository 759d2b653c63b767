"""answer/answerability.py, same-language support (refuse22): a measure asked with a verb is
found under the noun reports write ("shipped" → shipments), a margin is a measure a sentence
must state, and an initialism of the report title's subject ("EV" of an electric vehicle
report) is context, not a name each sentence must repeat. Own passages over other markets than
the marketset's, each rule with the near miss it must still refuse. Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.reasons import worded
from tests.support.passages import hit

pytestmark = pytest.mark.unit

DRONES = hit(
    "Global commercial drone shipments rose to 1.9 million units in 2024. DJI held a 61% share. "
    "Industry operating margins averaged 12% in 2024.",
    title="Commercial Drone Market Report",
)
COFFEE = hit("中国现磨咖啡市场2024年规模为1,210亿元。恒啡咖啡门店数为8,400家。", lang="zh", title="中国咖啡连锁市场")
HEAT_PUMPS = [
    hit(
        "The global air source heat pump (ASHP) market was valued at USD 61.2 billion in 2024.",
        title="Global Air Source Heat Pump Market 2025",
    ),
    hit(
        "Europe was worth USD 18.7 billion in 2024, led by France and Italy.",
        title="Global Air Source Heat Pump Market 2025",
    ),
]


@pytest.mark.parametrize(
    "question",
    ["How many commercial drones were shipped by DJI in 2024?", "How many drone units were sold in Europe in 2024?"],
)
def test_a_measure_asked_with_a_verb_is_found_under_its_noun(question):
    passages = [
        hit("DJI's shipments reached 1.2 million units in 2024."),
        hit("Drone sales in Europe reached 0.4 million units in 2024."),
    ]
    assert judge(question, passages).answerable


def test_a_verb_measure_the_sentence_does_not_state_is_still_refused():
    # DJI's sentence states a share, not shipments.
    assert not judge("How many drones were shipped by DJI in 2024?", [DRONES]).answerable


@pytest.mark.parametrize(
    "question",
    ["2024年恒啡咖啡的毛利率是多少？", "What percentage operating margin did DJI earn in 2024?"],
)
def test_a_margin_no_sentence_states_is_refused(question):
    passages = [COFFEE] if "恒啡" in question else [DRONES]
    verdict = judge(question, passages)
    assert (verdict.answerable, worded(verdict.reason, "en")) == (False, "no passage about it states a figure")


def test_a_margin_the_sentence_states_answers():
    passage = hit("恒啡咖啡2024年毛利率为58.2%。", lang="zh")
    assert judge("2024年恒啡咖啡的毛利率是多少？", [passage]).answerable


@pytest.mark.parametrize(
    "question",
    ["How much was the European ASHP market worth in 2024?", "What was the ASHP market in Europe worth in 2024?"],
)
def test_an_initialism_of_the_title_subject_is_context(question):
    assert judge(question, HEAT_PUMPS).answerable


def test_an_initialism_the_title_is_not_about_is_still_a_name():
    # "GSHP" is no bracketed form of the title's words: Europe's sentence is not about it.
    passages = [
        *HEAT_PUMPS,
        hit("Ground source heat pumps (GSHP) are a niche segment.", title=HEAT_PUMPS[0].chunk.title),
    ]
    assert not judge("How much was the European GSHP market worth in 2024?", passages).answerable


# Revenue stated with a verb ("Europe generated USD 337.6 million"), 出货 ("ship goods") as
# "shipped": a Chinese question's measure over an English report's sentence.
SCANNERS = hit(
    "North America generated USD 541.3 million in 2024. Europe generated USD 337.6 million. "
    "Acme shipped 44 scanners in 2024, and Borealis reported 12% operating margins.",
    title="Global Imaging AI Market Report",
)


@pytest.mark.parametrize(
    "question",
    ["2024年欧洲的收入是多少？", "What was Europe's revenue in 2024?", "2024年Acme出货了多少台扫描仪？"],
)
def test_a_measure_written_with_a_verb_is_stated(question):
    assert judge(question, [SCANNERS]).answerable


@pytest.mark.parametrize("question", ["2024年Borealis的收入是多少？", "2024年Borealis出货了多少台？"])
def test_a_verb_of_another_measure_still_states_none(question):
    assert not judge(question, [SCANNERS]).answerable
