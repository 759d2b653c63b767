"""server/answer/answerability.py ``as_asked``: a refusal names the Chinese words a question
asks about as the question writes them, not jieba's pieces (names28). Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import as_asked

pytestmark = pytest.mark.unit


def test_words_side_by_side_are_one():
    assert as_asked("2024年中部地区快递业务量是多少？", ["中部", "地区"]) == ("中部地区",)


def test_a_name_takes_the_word_of_a_name_jieba_cut_off_it():
    """时代, which CC-CEDICT lists as a name too, of 宁德时代 ("Ningde" + "era")."""
    assert as_asked("2024年宁德时代旗下回收企业邦普处理了多少千吨电池材料？", ["宁德"]) == ("宁德时代",)


def test_a_common_noun_beside_a_name_is_not_taken():
    assert as_asked("2024年巴西热泵市场规模是多少？", ["巴西"]) == ("巴西",)


def test_latin_and_dotted_names_are_shown_as_given_in_question_order():
    question = "2024年阿特斯和Blue Harbor的组件出货量是多少GW？"
    assert as_asked(question, ["Blue Harbor", "阿特斯"]) == ("阿特斯", "Blue Harbor")
    assert as_asked("莱纳斯·鲍林在哪一年获奖？", ["莱纳斯·鲍林"]) == ("莱纳斯·鲍林",)
