"""index/names.py: a name jieba guesses with the conjunction before it glued on (和药明 in
药明康德和药明生物) is asked without it, so a question about two companies a table states is
not refused for a word no report writes (tables23). Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.names import specific_terms

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "glued"),
    [
        ("药明康德和药明生物2024年CDMO收入一共多少亿元？", "和药明"),
        ("罗氏诊断（Roche Diagnostics）和雅培（Abbott）在2024年的中国IVD收入总和是多少？", "和雅培"),
    ],
)
def test_a_conjunction_glued_to_a_guessed_name_is_not_asked(question, glued):
    assert not any(term.startswith(glued[0]) and glued[1:] in term for term in specific_terms(question))


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("公有云在2024年中国云计算市场中占比多少？", ["2024", "中国"]),
        ("华东地区中占比多少？", ["华东地区"]),
    ],
)
def test_a_character_glued_to_a_glossary_term_is_no_name(question, names):
    """中占比 (中 "in" + 占比 "share") was asked as a name, so the share was refused."""
    assert specific_terms(question) == names
