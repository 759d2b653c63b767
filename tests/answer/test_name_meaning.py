"""server/answer/name_meaning.py: an English company name over Chinese passages that write the
company only by its Chinese name is asked as that name, when the embedding puts the two close and
clearly closer than any other name of the passages; a fake embedder for the rule."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.name_meaning import (
    NAME_LIKENESS,
    NAME_MARGIN,
    ROW_NAME_LIKENESS,
    ROW_NAME_MARGIN,
    with_meant_names,
    without_unwritten_owners,
)
from tests.support.embeddings import Likeness
from tests.support.passages import hit

pytestmark = pytest.mark.unit

TABLE = "2024年中国公有云PaaS市场份额：\n| 厂商 | PaaS市场份额（2024年） |\n|---|---|\n| 阿里云 | 21.4% |\n| 华为云 | 12.7% |\n| 腾讯云 | 10.6% |"
QUESTION = "What was Tencent Cloud's share of China's public cloud PaaS market in 2024?"


def test_a_name_close_to_one_chinese_name_is_asked_as_it():
    embedder = Likeness(
        {("Tencent Cloud", "腾讯云"): NAME_LIKENESS + 0.1, ("Tencent Cloud", "华为云"): NAME_LIKENESS - 0.1}
    )
    asked = with_meant_names(QUESTION, [hit(TABLE, lang="zh")], embedder)
    assert "腾讯云" in asked and "Tencent" not in asked
    assert judge(asked, [hit(TABLE, lang="zh")]).answerable


def test_a_name_as_close_to_two_chinese_names_is_left_as_asked():
    """A company the report does not name is about as close to each of its companies."""
    close = NAME_LIKENESS + 0.1
    embedder = Likeness({("Tencent Cloud", "腾讯云"): close, ("Tencent Cloud", "华为云"): close - NAME_MARGIN / 2})
    assert with_meant_names(QUESTION, [hit(TABLE, lang="zh")], embedder) == QUESTION


def test_a_name_far_from_every_chinese_name_is_left_as_asked():
    embedder = Likeness({("Tencent Cloud", "腾讯云"): NAME_LIKENESS - 0.05})
    assert with_meant_names(QUESTION, [hit(TABLE, lang="zh")], embedder) == QUESTION


def test_a_question_names_a_company_by_its_own_bracketed_chinese_name():
    """ "Snibe (新产业)": the question gives the form the passages write."""
    passages = [hit("2024年新产业营业收入为41.2亿元。", lang="zh")]
    verdict = judge("What was the 2024 revenue of Snibe (新产业)?", passages)
    assert verdict.reason is None or verdict.reason.key != "unmentioned"


IVD = (
    "| 企业 | 2024年中国IVD收入（亿元） | 同比增长 |\n|---|---|---|\n"
    "| 罗氏诊断 | 168.2 | -5.1% |\n| 迈瑞医疗 | 142.6 | 15.3% |\n| 雅培（Abbott） | 98.4 | -2.6% |\n| 安图生物 | 46.1 | 3.9% |"
)
MINDRAY = "By how much did Mindray's 2024 IVD revenue in China exceed Abbott's?"


def _table_name(likeness: float, next_row: float) -> Likeness:
    """Mindray below the likeness read across the whole text, as close as given to its row and the next."""
    return Likeness({("Mindray", "迈瑞医疗"): likeness, ("Mindray", "安图生物"): next_row})


def test_a_name_beside_a_linked_company_is_read_among_its_tables_rows():
    """Abbott is a row of the table: Mindray, too low to read across the whole text, is one of its
    other rows, the one it is clearly closest to."""
    embedder = _table_name(ROW_NAME_LIKENESS + 0.05, ROW_NAME_LIKENESS + 0.05 - ROW_NAME_MARGIN - 0.02)
    assert "迈瑞医疗" in with_meant_names(MINDRAY, [hit(IVD, lang="zh")], embedder)


def test_a_name_no_clearer_among_the_tables_rows_is_left_as_asked():
    embedder = _table_name(ROW_NAME_LIKENESS + 0.05, ROW_NAME_LIKENESS + 0.05 - ROW_NAME_MARGIN / 2)
    assert with_meant_names(MINDRAY, [hit(IVD, lang="zh")], embedder) == MINDRAY


def test_a_table_no_company_of_the_question_links_to_reads_no_name():
    """Without the second sign (Abbott's row) the margin alone reads nothing."""
    embedder = _table_name(ROW_NAME_LIKENESS + 0.05, ROW_NAME_LIKENESS - 0.2)
    question = "What was Mindray's 2024 IVD revenue in China?"
    assert with_meant_names(question, [hit(IVD, lang="zh")], embedder) == question


CLOUDS = "2024年阿里云营收为1,060.4亿元；天翼云2024年营收为1,139亿元，同比增长17.1%。"


def test_an_owner_the_passages_do_not_write_is_left_out_of_its_brand():
    """ "China Telecom's Tianyi Cloud": the report writes the brand (天翼云, its pinyin) and not the owner."""
    question = "What revenue did China Telecom's Tianyi Cloud report for 2024?"
    assert not judge(question, [hit(CLOUDS, lang="zh")]).answerable
    asked = without_unwritten_owners(question, [hit(CLOUDS, lang="zh")])
    assert "China Telecom" not in asked and "Tianyi Cloud" in asked
    assert judge(asked, [hit(CLOUDS, lang="zh")]).answerable


def test_an_owned_brand_the_passages_do_not_write_keeps_its_owner():
    question = "What revenue did China Telecom's Zhiyun Cloud report for 2024?"
    assert without_unwritten_owners(question, [hit(CLOUDS, lang="zh")]) == question


def test_an_owned_name_of_common_words_keeps_its_owner():
    """ "Hill's Pet Nutrition" is one company's name: "pet nutrition" a passage writes is a market."""
    passages = [hit("Pet nutrition sales reached USD 12.1 billion in 2024.")]
    question = "What was Hill's Pet Nutrition's revenue in 2024?"
    assert without_unwritten_owners(question, passages) == question


def test_an_owned_term_keeps_its_owner():
    """ "Sysmex's IVD": IVD is a term the passages write (体外诊断), not a brand of Sysmex's."""
    passages = [hit("2024年中国IVD市场规模为1,325.6亿元。", lang="zh")]
    question = "What was Sysmex's IVD revenue in China in 2024?"
    assert without_unwritten_owners(question, passages) == question
