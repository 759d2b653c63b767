"""index/dictionary.py ``terms_in``: phrases before their words, both ways, and index/asked_names.py:
the capitalised words of a question that are no name."""

from __future__ import annotations

import pytest

from reportqa.index.asked_names import asked_names
from reportqa.index.dictionary import terms_in, translations
from reportqa.index.query import expand_query
from reportqa.server.calc.subject import translated

pytestmark = pytest.mark.unit


def _senses(text: str) -> dict[str, tuple[str, ...]]:
    return {t.written: t.translations() for t in terms_in(text)}


def test_an_english_phrase_the_dictionary_lists_wins_over_its_words():
    senses = _senses("What was the cloud computing revenue of public cloud vendors?")
    assert senses["cloud computing"] == ("云计算",)
    assert "public cloud" in senses and "公有云" in senses["public cloud"]
    assert "cloud" not in senses  # 云彩, 云头: the senses of the word alone are not asked


@pytest.mark.parametrize(
    ("english", "written", "chinese"),
    [
        ("state-owned enterprises", "state-owned enterprises", "国有企业"),  # plural of a hyphenated phrase
        ("electric vehicles", "electric vehicles", "电动车"),
        ("localisation rates", "localisation rates", "国产化率"),  # British spelling, plural
        ("smart home appliances", "smart home appliances", "智能家电"),  # not "smart home" + "appliances"
    ],
)
def test_phrase_spellings(english, written, chinese):
    assert chinese in _senses(english)[written]


def test_a_chinese_term_jieba_cuts_apart_is_read_whole():
    assert _senses("中国云计算市场")["云计算"] == ("cloud computing",)


def test_a_chinese_compound_the_dictionary_lacks_needs_every_part():
    (compound,) = [t for t in terms_in("中国家电市场的规模") if t.written == "家电市场"]
    # 家电 + 市场, each with its own senses: either part alone is another segment's (appliance
    # sales, the smart home market).
    appliance, market = compound.parts
    assert "household appliance" in appliance and "market" not in appliance
    assert "market" in market and "household appliance" not in market


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("injectables", "注射"),  # inject, injection
        ("biochemical", "生化"),  # biochemistry
        ("facial moisturisers", "保湿"),  # moisturize; the plural, British spelling
        ("agricultural", "农业"),  # agriculture
        ("utilisation", "利用"),  # utilize
    ],
)
def test_a_word_the_dictionary_lacks_is_read_through_the_word_it_derives_from(english, chinese):
    assert chinese in {sense for senses in _senses(english).values() for sense in senses}


@pytest.mark.parametrize(
    "english",
    [
        "reported",  # only inflected: its verb's senses (汇报) would name rows
        "accounted",
        "aesthetic",  # a discipline ("aesthetics" 美学) is not its adjective's thing
        "pacific",  # "pacif" is too short a stem: not "pacifism"
        "billion",  # no ending cut: not "billionaire"
    ],
)
def test_no_derived_senses_without_a_derivational_ending_and_a_long_stem(english):
    assert not _senses(english)


def test_a_hyphenated_compound_is_the_character_of_its_modifier_before_its_heads_word():
    senses = _senses("What was China's large-molecule CDMO revenue in 2024?")["large-molecule"]
    assert senses[0] == "大分子" and "分子" in senses  # 大 "large" + 分子 "molecule"
    assert not _senses("eight-month")  # a numeral's character: not 八月份, August
    assert not _senses("fixed-rate")  # "rate" has many senses: 恒速率 is not what is meant


def test_one_character_stands_alone_only_with_one_sense():
    senses = _senses("2024年镍和钴的回收收入合计为多少")
    assert senses["镍"] == ("nickel",) and senses["钴"] == ("cobalt",)
    assert "为" not in senses and "和" not in senses


def test_translated_reads_phrases_not_words():
    words = translated("What was China's cloud computing market size in 2024?")
    assert "云计算" in words and "云彩" not in words
    assert {"nickel", "cobalt"} <= translated("镍和钴的回收收入")


def test_keyword_query_carries_specific_terms_not_common_words_senses():
    query = expand_query("What share of China's IVD market did immunodiagnostics account for in 2024?")
    assert "免疫诊断" in query
    assert "身处" not in query  # a sense of "in"
    assert "云彩" not in expand_query("cloud computing revenue")


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Based on the 2024 export value, how much did China export in 2023?", ["2023", "2024", "China"]),
        # A place's adjective before acronyms is a kind of company by place: the place is asked for.
        ("Given Chinese OEM makers' 2024 overseas revenue, what was it in 2023?", ["2023", "2024", "China", "OEM"]),
        ("Given Chinese IVD makers' 2024 overseas revenue, what was it in 2023?", ["2023", "2024", "China", "IVD"]),
        ("What did European EV makers sell in 2024?", ["2024", "Europe", "EV"]),
        # A post written with a hyphen is asked of a name, not one itself (总干事 in a Chinese text).
        ("Who has been Director-General of the UNESCO since 2017?", ["2017", "UNESCO"]),
        ("Who was Vice-President of Acme in 2020?", ["2020", "Acme"]),
        ("How much did Coca-Cola earn in 2024?", ["2024", "Coca-Cola"]),  # CC-CEDICT's name of 可口可乐
        ("When did Berners-Lee propose the web?", ["Berners-Lee"]),
        ("What did Chinese Academy Of Sciences spend in 2024?", ["2024", "Chinese Academy Of Sciences"]),
        ("How large would China's OEM market be in 2027?", ["2027", "China", "OEM"]),  # the acronym is a term
        ("How large would China's XYZ market be in 2027?", ["2027", "China's XYZ"]),  # one no dictionary lists
        ("Apple sold how many phones in 2024?", ["2024", "Apple"]),  # a name opens CC-CEDICT's "Apple Inc."
        ("Apple's revenue in 2024?", ["2024", "Apple"]),
        ("Solar installations grew how much in 2024?", ["2024"]),  # the word
        ("Solar's revenue in 2024?", ["2024", "Solar"]),  # the brand, as a possessive
        ("How much did Solar earn? Solar panels are cheap.", ["Solar"]),  # the brand inside a sentence
        ("What was CATL's revenue in 2024?", ["2024", "CATL"]),  # an acronym no dictionary lists: a company
        ("2024年智能家电市场规模是多少?", ["2024"]),
    ],
)
def test_question_names(question, names):
    assert asked_names(question) == names


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("小米", "xiaomi"),  # "Xiaomi, Chinese electronics company founded in 2010": a gloss after the comma
        ("百度", "baidu"),  # "Baidu, Internet portal and search engine, …"
        ("比亚迪", "byd"),  # "BYD Company (company name)": a company word after the name
        ("耐克", "nike"),  # "Nike, Inc."
        ("亚里士多德", "aristotle"),  # "Aristotle (384-322 BC), Greek philosopher": no space left by the dates
        ("日内瓦", "geneva"),  # "Geneva, Switzerland"
    ],
)
def test_a_names_dictionary_sense_gives_the_bare_name(word, name):
    assert name in translations(word)
    assert word in translations(name)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("2024年资生堂护肤品收入同比增长了多少？", "资生堂"),  # m655: jieba's common noun, CC-CEDICT's Shiseidō
        ("格力2024年家用空调出货量是多少万台？", "格力"),  # Gree, in another market
        ("网易2024年游戏收入占总收入的比重是多少？", "网易"),  # NetEase
    ],
)
def test_a_word_the_dictionary_knows_only_as_a_name_is_a_name(question, name):
    # jieba tags these common nouns, so they filtered nothing and another subject's figure answered.
    assert name in asked_names(question)


@pytest.mark.parametrize(
    "question",
    [
        "2024年护肤品市场规模同比增长了多少？",  # 护肤品: in no dictionary, a common word
        "新时代储能业务的收入是多少？",  # 时代: a name's word (Time) and the common "era"
        "2024年小米粉的产量是多少万吨？",  # 小米: Xiaomi, and millet
    ],
)
def test_a_word_with_a_common_sense_is_no_name(question):
    assert not [n for n in asked_names(question) if not n.isdigit()]


@pytest.mark.parametrize(
    ("question", "asked", "not_asked"),
    [
        ("What was Haier's 2024 smart-appliance revenue in US dollars?", "Haier", "US"),
        ("How much did Midea earn in Hong Kong dollars in 2024?", "Midea", "Hong Kong"),
        ("2024年海尔的收入折合多少Singapore dollars？", "2024", "Singapore"),
    ],
)
def test_the_country_of_a_currency_is_no_name_asked(question, asked, not_asked):
    names = asked_names(question)
    assert asked in names and not_asked not in names


def test_a_place_asked_about_and_its_currency_stays_a_name():
    # "the US market … in US dollars": the US is also what the question is about.
    assert "US" in asked_names("What was the US market worth in 2024, in US dollars?")


def test_a_region_named_by_its_compass_adjective_is_named_by_its_compass_point():
    # CC-CEDICT's 华南 is "Southern China"; a question asks "South China".
    assert "华南" in translations("south china")
    assert "华南" in translations("southern china")
