"""index/names.py, index/dictionary.py: a name across scripts on parallel paragraphs
(tests/data/parallel, parallel24). A person CC-CEDICT gives with a lifespan is named by the
surname in the other script; an abbreviation by what it abbreviates; a dotted name does not
take in the function word or verb beside it, nor a guessed name the classifier before its noun.
Near misses stay refused: a person the text never writes is not named. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import expanded, persons_named
from reportqa.index.names import mentions, specific_terms
from reportqa.server.answer.answerability import _month_numbered

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("in 1905 albert einstein published the special theory of relativity.", "爱因斯坦"),
        ("the russian chemist dmitri mendeleev presented his table in 1869.", "门捷列夫"),
        ("1869年，德米特里·门捷列夫提交了他的周期表。", "Mendeleev"),
        ("1905年，阿尔伯特·爱因斯坦发表了狭义相对论。", "Albert Einstein"),
        ("american president ronald reagan spoke at the gate.", "罗纳德·里根"),
    ],
)
def test_a_person_is_named_by_the_dictionarys_person_in_the_other_script(text, name):
    assert mentions(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("einsteinium is element 99.", "爱因斯坦"),  # a surname is a whole word
        ("1905年，阿尔伯特·爱因斯坦发表了狭义相对论。", "Hans Einstein"),  # every word of the name
        ("the russian chemist dmitri mendeleev presented his table in 1869.", "牛顿"),
    ],
)
def test_another_person_or_a_word_holding_the_surname_is_not_named(text, name):
    assert not mentions(text, name)


def test_an_abbreviation_is_named_by_what_it_abbreviates():
    assert expanded("清华") == "清华大学"
    assert mentions("tsinghua university was founded in 1911.", "清华")
    assert not mentions("peking university was founded in 1898.", "清华")
    assert expanded("中科院") == ""  # CC-CEDICT gives it two institutions: neither


def test_persons_named_needs_every_word_of_the_english_name():
    assert persons_named("Mendeleev") == persons_named("Dmitri Mendeleev") == ("门捷列夫",)
    assert persons_named("Ivan Mendeleev") == ()


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("是谁把艾萨克·牛顿的手稿带到了剑桥？", "艾萨克·牛顿"),
        ("阿尔伯特·爱因斯坦称什么为最大的错误？", "阿尔伯特·爱因斯坦"),
        ("马可·波罗约在哪一年回到威尼斯？", "马可·波罗"),
    ],
)
def test_a_dotted_name_does_not_take_in_a_function_word_or_verb_beside_it(question, name):
    assert name in specific_terms(question)


@pytest.mark.parametrize(
    ("question", "glued"),
    [("这堵墙有多长？", "堵墙"), ("当时已知多少种元素？", "种元素"), ("这座桥是哪一年建成的？", "座桥")],
)
def test_a_classifier_after_a_demonstrative_is_not_a_name(question, glued):
    assert glued not in specific_terms(question)


@pytest.mark.parametrize(
    ("text", "month", "written"),
    [("1989年11月9日晚", "November", True), ("1989年11月9日晚", "January", False), ("2023年1月1日", "January", True)],
)
def test_a_month_is_named_by_its_number_in_chinese(text, month, written):
    assert _month_numbered(text, month) is written


def test_an_ordinal_is_no_name_unless_the_dictionary_lists_it():
    assert "第一版" not in specific_terms("他在哪里提交了第一版周期表？")
    assert "第三季度" not in specific_terms("公司第三季度的收入是多少？")
    assert "第二次世界大战" in specific_terms("第二次世界大战期间清华迁往何处？")
