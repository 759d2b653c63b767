"""index/dictionary.py: forms of a term the dictionary lists in another shape (terms31): a hyphenated
word written solid, a discipline's name for what it studies, a noun in "-ship" of its base."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import terms_in, translations
from reportqa.server.calc.subject import subject_of

pytestmark = pytest.mark.unit


def _senses(text: str) -> dict[str, tuple[str, ...]]:
    return {t.written: t.translations() for t in terms_in(text)}


def test_a_hyphenated_word_is_also_written_solid():
    # CC-CEDICT lists 电竞 as "e-sports"; a report writes "esports".
    assert "电竞" in translations("esports")
    assert "电竞" in _senses("China's esports industry revenue")["esports"]
    assert "电竞" in subject_of("What was China's esports industry revenue in 2024?")


def test_a_phrase_keeps_its_hyphen():
    # "fast-moving" joins words of a phrase: "fastmoving" is no word a report writes.
    assert not translations("fastmoving consumer goods")


def test_a_word_takes_the_discipline_that_studies_it():
    # 肿瘤学 is "oncology": a report's 肿瘤 is the therapy area an English table heads "Oncology".
    assert "oncology" in translations("肿瘤")
    assert "immunology" in translations("免疫")
    assert "oncology" in subject_of("2024年肿瘤生物类似药收入")
    assert "肿瘤" in translations("oncology")


def test_only_a_one_word_discipline_is_taken():
    # 肿瘤学's other sense, "study of tumors", is an explanation, not a name a table writes.
    assert "study of tumors" not in translations("肿瘤")
    assert not any(s.endswith("logy") for s in translations("收入"))


def test_a_noun_in_ship_is_read_as_its_base():
    # 赞助 is "sponsor"; a question asks about "sponsorship revenue".
    assert "赞助" in _senses("sponsorship revenue")["sponsorship"]
    # A word the dictionary lists keeps its own senses.
    assert "会籍" in _senses("membership")["membership"]


def test_an_activity_in_ing_is_not_read_as_its_verb():
    # "computing" would be 计算 (an operation word) and "operating" 运营商 (a company's kind).
    assert "computing" not in _senses("edge computing revenue")
    assert not _senses("operating")


def test_a_sense_giving_two_alternatives_names_each():
    # 冷藏车 is "refrigerated truck or wagon": a question asks for refrigerated trucks.
    assert "冷藏车" in translations("refrigerated truck")
    assert "refrigerated truck" in translations("冷藏车")
