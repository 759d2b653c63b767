"""index/names.py, index/asked_names.py: what jieba tags as a name in a question but is no name
the reports must write (names28). Each refused an answerable question ("报告没有提到同比增加",
"…比比") or dropped every figure of its calculation. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names
from reportqa.index.names import asks_across, specific_terms

pytestmark = pytest.mark.unit


def test_a_phrase_of_common_words_tagged_as_a_person_is_no_name():
    """jieba's dictionary tags 同比增加 ("year on year" + "increase") nr."""
    assert specific_terms("2024年快递业务收入同比增加了多少亿元？") == ["2024"]


def test_a_word_cut_across_a_glossary_term_is_no_name():
    """比比 of 占比比 (占比 "share" + 比 "than")."""
    assert "比比" not in specific_terms("2024年电网侧新增装机占比比电源侧高多少个百分点？")
    assert asks_across("装机占比比电源侧", (3, 5))


def test_a_word_holding_a_comparative_adjective_is_no_name():
    """基多 (CC-CEDICT's Quito) of 比隆基多多少: 多 "more" before 多少 is how it asks."""
    assert "基多" not in asked_names("2024年晶科的组件出货量比隆基多多少GW？")


def test_a_name_inside_a_glossary_term_or_holding_one_is_still_asked():
    """Only a word that shares part of a term is cut across it: 华东 stands beside 占比."""
    assert "华东" in specific_terms("2024年华东在全国网络安全市场中的占比是多少？")


def test_the_comparative_than_glued_to_a_name_is_cut_off():
    """比迈瑞 is 迈瑞, which the report writes in 迈瑞医疗."""
    terms = specific_terms("2024年罗氏诊断的中国IVD收入比迈瑞医疗多多少亿元？")
    assert "迈瑞" in terms and "比迈瑞" not in terms


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("2024年金山云的IaaS市场份额是多少？", "金山云"),  # 金山 | 云 | 的
        ("2024年阿特斯的组件出货量是多少GW？", "阿特斯"),  # 阿 | 特斯 | 的
    ],
)
def test_a_character_cut_off_a_name_is_the_names(question, name):
    """The question writes 金山云; 金山 alone is another name, 特斯 none."""
    assert name in specific_terms(question)


def test_a_places_generic_head_is_not_glued():
    """东南亚 | 区 | 的: a report writes 东南亚, not 东南亚区."""
    assert specific_terms("2024年东南亚区的销售额是多少？") == ["2024", "东南亚"]


def test_a_character_opening_the_next_word_is_not_glued():
    """中国 | 云 | 计算: 云 opens 云计算, not a name 中国云."""
    assert specific_terms("在中国云计算市场中占比多少") == ["中国"]
