"""A Chinese place whose CC-CEDICT sense goes on to say where it lies ("Guangdong province in
south China, abbr. 粵|粤, capital Guangzhou") is translated by the name the sense opens on, so an
English question about Guangdong finds 广东省's figure (issue 16). Model-free: CC-CEDICT and
invented texts."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import _leading_name, translations
from reportqa.server.answer.compose import compose
from tests.support.passages import hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("sense", "name"),
    [
        ("Guangdong province (Kwangtung) in south China, abbr. 粵|粤, capital Guangzhou 廣州|广州", "guangdong"),
        ("Hubei Province in central China, abbr. 鄂, capital Wuhan 武漢|武汉", "hubei"),
        ("Lake Tai near Wuxi City 無錫|无锡, bordering on Jiangsu and Zhejiang", "lake tai"),
        # Not a name followed by where it lies: a phrase, or a name given two ways.
        ("Major Historical and Cultural Site Protected at the National Level", ""),
        ("Yellow River or Huang He", ""),
        ("capital of the province, in the north", ""),
    ],
)
def test_a_long_sense_gives_the_name_it_opens_on(sense, name):
    assert _leading_name(sense) == name


def test_provinces_are_translated_both_ways():
    assert "广东" in translations("Guangdong") and "浙江" in translations("zhejiang")
    assert "hubei" in translations("湖北")


def test_an_english_question_quotes_the_provinces_own_sentence():
    passage = hit(
        "2024年全国快递业务量完成1,745.8亿件，同比增长21.4%。"
        "东部地区业务量占全国的75.2%，其中广东省业务量为385.6亿件，连续多年居全国首位。",
        doc="parcels-zh.md",
    )
    rural = hit("2024年农村地区收投快递量为468.2亿件，同比增长24.6%。", doc="parcels-zh.md")
    draft = compose("How many parcels did Guangdong handle in 2024?", [rural, passage])
    assert "385.6亿件" in draft.text.split("\n")[0]
