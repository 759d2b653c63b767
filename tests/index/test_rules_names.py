"""index/names.py and index/pinyin.py: a name written in the other script (its pinyin, or
the form a report gives in brackets), a name with a capitalised function word inside, and a
Chinese question's possessor. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.names import (
    dotted_names,
    mentions,
    mentions_measure,
    possessors,
    specific_terms,
    transliterated,
    with_aliases,
)
from reportqa.index.pinyin import spelled_in, transliterations
from reportqa.ingest.aliases import bracket_aliases

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name", ["Qi An Xin", "Qianxin", "QIANXIN"])
def test_a_latin_name_is_found_as_the_pinyin_of_chinese_text(name):
    assert mentions("2024年,奇安信实现营业收入48.7亿元", name)


@pytest.mark.parametrize("text", ["qi an xin reported revenue", "qianxin reported revenue"])
def test_a_chinese_name_is_found_as_its_pinyin_in_latin_text(text):
    assert mentions(text, "奇安信")


def test_pinyin_matches_whole_syllables_of_one_name_not_fragments():
    text = "2024年,奇安信实现营业收入48.7亿元"
    assert not mentions(text, "Xin")  # one syllable: too many characters spell it
    assert not mentions(text, "Qi Xin")  # 奇 and 信 are not consecutive
    assert not spelled_in(text, "Qi An")  # five letters at least: two syllables alone match by chance
    assert not mentions("shenxinfu", "奇安信")


def test_a_word_that_is_no_pinyin_of_the_text_is_not_found():
    assert not mentions("2024年组件出货量排名中,晶科能源出货92.9 gw", "Panasonic")


def test_a_capitalised_function_word_inside_a_name_stays_in_it():
    assert specific_terms("What was Qi An Xin's revenue in 2024?") == ["2024", "Qi An Xin"]
    assert specific_terms("What did Bank Of America earn?") == ["Bank Of America"]
    assert specific_terms("Compare CATL And BYD") == ["BYD", "CATL"]  # "And" joins two names
    assert specific_terms("What Is The Size?") == ["Size"]


def test_bracketed_other_script_forms_are_aliases():
    text = "前三的厂商分别为纷享销客（Fxiaoke）、销售易（Xiaoshouyi，10.9%）；Mars Petcare (玛氏宠物护理) leads."
    assert set(bracket_aliases(text)) == {
        ("fxiaoke", "纷享销客"),
        ("xiaoshouyi", "销售易"),
        ("mars petcare", "玛氏宠物护理"),
    }
    assert with_aliases("Fxiaoke", bracket_aliases(text)) == ["Fxiaoke", "纷享销客"]
    assert with_aliases("玛氏宠物护理", bracket_aliases(text)) == ["玛氏宠物护理", "mars petcare"]


def test_a_unit_or_a_figure_in_brackets_is_no_alias():
    assert bracket_aliases("2024年新增装机（GW）为277.6，纷享销客（11.8%）") == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2024年汇川技术的SCARA机器人销量是多少？", ["汇川技术"]),
        ("2024财年美敦力的心血管业务收入是多少？", ["美敦力"]),
        ("2024年中国新增光伏装机占全球新增装机的比例是多少？", []),  # no short run before 的
        ("What were Hill's Pet Nutrition's sales in 2024?", []),
    ],
)
def test_a_chinese_questions_possessor_is_its_subject(question, expected):
    assert possessors(question) == expected


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("美敦力", "Medtronic reported cardiovascular revenue; Abbott and Boston Scientific followed.", ["Medtronic"]),
        ("发那科", "Fanuc, ABB and Yaskawa lead.", ["Fanuc"]),
        ("普瑞纳", "Nestlé Purina PetCare grew.", ["Purina"]),
        ("爱德华", "Edwards Lifesciences leads in TAVR.", ["Edwards"]),
        ("雅培", "Abbott grew.", ["Abbott"]),  # two syllables, one consonant left over
        ("沃森", "James Watson and Francis Crick wrote it.", ["Watson"]),  # the t of "ts" dropped
        ("爱丁顿", "A British expedition led by Arthur Eddington confirmed it.", ["Eddington"]),  # the g skipped
        ("维斯塔斯", "Goldwind, Envision, Vestas and Nordex lead.", ["Vestas"]),  # v heard as w (wei)
        ("沃尔沃", "Volvo and Scania sell trucks.", ["Volvo"]),
        ("维斯塔斯", "Goldwind, Envision and Nordex lead.", []),
        ("沃尔沃", "Vivo and Oppo sell phones.", []),
        # A consonant repeated across a vowel is heard twice (d-d of Adidas, k-k of Kuka); "tt" once.
        ("阿迪达斯", "Nike, Adidas and Puma lead.", ["Adidas"]),
        ("库卡", "Fanuc, Kuka and ABB lead.", ["Kuka"]),
        ("阿迪达斯", "Nike, Adams and Puma lead.", []),  # a-d-m-s: one d
        ("库卡", "Fanuc, Kuhn and ABB lead.", []),
    ],
)
def test_a_transliterated_chinese_name_finds_the_latin_name_it_sounds_like(name, text, words):
    assert transliterations(name, text) == words


def test_transliteration_needs_a_capitalised_name_and_holds_two_syllables_tight():
    assert transliterations("雅培", "Albright grew.") == []  # two syllables: one consonant left over at most
    assert transliterations("英特尔", "Ultra and Aldrin") == []  # only a stop (t, k) may be skipped
    assert transliterations("美敦力", "the medtronic unit") == []  # not written as a name
    assert transliterations("天合光能", "Medtronic, Abbott and Boston Scientific lead.") == []
    assert transliterations("宁德时代", "CATL and BYD lead.") == []  # a translation, not a transliteration


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("During which play did the Globe Theatre burn down?", ["Globe Theatre"]),  # an opening preposition
        ("Near which city was the Terracotta Army found?", ["Terracotta Army"]),
        ("Who is the current Secretary-General of the United Nations?", ["Secretary-General", "United Nations"]),
        ("莱纳斯·鲍林何时发表了他的DNA模型？", ["DNA", "莱纳斯·鲍林"]),  # a dotted foreign name, whole
        ("哈萨克斯坦何时加入联合国？", ["哈萨克斯坦", "联合国"]),  # jieba's nrt
        ("红十字国际委员会总部位于哪座城市？", ["红十字国际委员会"]),  # 城市 is a common noun
    ],
)
def test_names_of_encyclopedic_questions(question, expected):
    assert specific_terms(question) == expected


def test_dotted_names_reach_over_name_words_only():
    assert dotted_names("瑞士商人亨利·杜南在索尔费里诺战役中") == ("亨利·杜南",)
    assert dotted_names("由詹姆斯·沃森和弗朗西斯·克里克发表") == ("詹姆斯·沃森", "弗朗西斯·克里克")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the international committee of the red cross is based in geneva", "红十字国际委员会"),  # word by word
        ("1864年由12个国家签署的第一部《日内瓦公约》", "Geneva Convention"),  # "Geneva, Switzerland"
        ("荷兰的郁金香", "Netherlands"),  # "the Netherlands"
    ],
)
def test_names_found_across_scripts_by_the_dictionary(text, name):
    assert mentions(text, name)


def test_a_chinese_name_is_not_found_by_some_of_its_words():
    assert not mentions("the rose was red", "玫瑰剧院")
    assert not mentions("germany's market", "德国客服中心市场")


@pytest.mark.parametrize(
    ("name", "text", "forms"),
    [
        ("Watson", "1953年，詹姆斯·沃森和弗朗西斯·克里克在《自然》杂志上发表", ["沃森"]),
        ("Crick", "1953年，詹姆斯·沃森和弗朗西斯·克里克在《自然》杂志上发表", ["克里克"]),
        ("Dunant", "瑞士商人亨利·杜南在索尔费里诺战役中目睹了伤兵的苦难", ["杜南"]),
        ("Linus Pauling", "1953年，詹姆斯·沃森和弗朗西斯·克里克在《自然》杂志上发表", []),
        ("莱纳斯·鲍林", "James Watson and Francis Crick described it in Nature.", []),
        ("亨利·杜南", "It was founded by Henry Dunant, a Swiss businessman.", ["Dunant"]),
        ("英特尔", "Under the system, currencies were pegged.", []),  # "Under" opens a sentence
        ("卢浮宫", "The Louvre in Paris is the world's most-visited art museum.", ["Louvre"]),  # 宫, palace
        ("红十字国际委员会", "The ICRC is based in Geneva.", ["ICRC"]),  # initials: test_rules_romanised
        ("Estun", "埃斯顿2024年工业机器人出货量约为2.3万台，位居国产品牌首位", ["埃斯顿"]),  # jieba: 埃斯 | 顿
        # A list's item is one name whole: jieba cuts 发那科 into 发 | 那科, tagged no name (lead50).
        ("Fanuc", "位居首位；发那科、ABB、安川与库卡四大外资品牌合计份额约为35%", ["发那科"]),
        ("Kuka", "位居首位；发那科、ABB、安川与库卡四大外资品牌合计份额约为35%", ["库卡"]),
        ("Fanuc", "位居首位；发货量、ABB、安川与库卡四大外资品牌合计份额约为35%", []),
    ],
)
def test_a_name_is_found_by_its_transliteration_in_either_direction(name, text, forms):
    assert transliterated(name, text) == forms


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the headquarters of the united nations is in new york city", True),  # 总部: "general headquarters"
        ("the headquarters of the company is in new york city", False),  # 联合国 unwritten
        ("the united nations met in new york city", False),  # 总部 unwritten
    ],
)
def test_a_chinese_name_read_word_by_word_takes_a_senses_head_noun(text, named):
    assert mentions(text, "联合国总部") is named


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("2024年中国工业机器人销量为29.5万台", "sales"),  # 销量 "sales volume"
        ("2024年中国工业机器人销量为29.5万台", "sale"),  # the stem a question's tokens give
        ("长三角地区集中了全国约58.6%的cdmo产能", "capacity"),  # 产能 "production capacity"
        ("纷享销客的市占率为11.8%", "share"),  # 市占率 "market share"
        ("2024年洗衣机销售额为1,071.5亿元", "sales"),  # 销售额 "sales figure"
    ],
)
def test_an_english_measure_is_named_by_a_chinese_word_it_is_a_short_sense_of(text, measure):
    assert mentions_measure(text, measure)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("门店柜台数量达到1,200个", "sales"),  # 柜台 "sales counter": a thing, not a quantity of sales
        ("2024年营业税收入为35亿元", "sales"),  # 营业税 "sales tax"
        ("公司股价上涨12.5%", "share"),  # 股价 "share price"
        ("2024年出货量为86.4GWh", "revenue"),  # another measure
    ],
)
def test_a_chinese_word_named_after_a_measure_is_not_that_measure(text, measure):
    assert not mentions_measure(text, measure)


def test_a_latin_name_is_found_as_one_chinese_name_translated_and_spelled_part_by_part():
    """NetEase Youdao is 网易 (the dictionary's NetEase) and 有道 (youdao) side by side."""
    assert mentions("网易有道2024年营收为56.1亿元", "NetEase Youdao")
    assert mentions("网易有道2024年营收为56.1亿元", "NetEase Youdao's")
    assert not mentions("网易2024年营收为56.1亿元，有道", "NetEase Youdao")  # not side by side
    assert not mentions("天翼云2024年营收", "Red Dragon Cloud")  # one part alone


def test_a_place_a_listing_word_lists_is_named_by_that_word():
    """港澳台 is CC-CEDICT's "Hong Kong, Macao and Taiwan": a text writing it names each."""
    text = "国际及港澳台快递业务量为35.9亿件"
    assert mentions(text, "Taiwan") and mentions(text, "Macao")
    assert not mentions("汇丰银行2024年", "Shanghai")  # "Hong Kong and Shanghai Banking Corporation": no list


def test_an_initialisms_plural_is_named_as_the_initialism():
    assert mentions("智能电视零售额为1,803.2亿元", "TVs")


def test_a_name_jieba_cuts_into_two_name_pieces_is_asked_whole():
    # 阿斯 | 麦 | 出货: both pieces tagged as a person's or a transliteration's, though a verb follows (lead50).
    assert "阿斯麦" in specific_terms("2024年阿斯麦出货了多少台EUV光刻机？")
    assert specific_terms("2024年中国云计算市场规模是多少？") == ["2024", "中国"]  # 云 is a noun, not glued to 中国


@pytest.mark.parametrize(
    ("name", "text", "forms"),
    [
        ("阿斯麦", "ASML shipped 44 EUV systems in 2024.", ["ASML"]),
        ("阿斯麦", "The CAGR of EUV and ARPU rose in 2024.", []),
        ("安川", "ANCH shipped 44 systems in 2024.", []),  # two syllables hear no word of capitals
    ],
)
def test_a_three_syllable_name_hears_a_word_written_in_capitals(name, text, forms):
    assert transliterated(name, text) == forms


def test_a_table_cells_name_of_dictionary_words_is_a_candidate_for_a_brands_spelling():
    # 远途 ("long-distance") and 速递 ("express delivery") are dictionary words, so no candidate span kept
    # 远途速递; a company table's cells are its names (lead, thirty-fourth session). Newlines may be gone.
    table = "| 企业 | 2024年业务量（亿件） | | 通达快递 | 339.8 | | 远途速递 | 264.3 | | 鸿运快运 | 237.5 |"
    assert transliterated("Yuantu", table) == ["远途速递"]
    assert transliterated("Zhongtong", table) == []
