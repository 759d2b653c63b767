"""A Chinese brand's Latin name spelled loosely from its pinyin (Fxiaoke ↔ 纷享销客, JinkoSolar ↔
晶科能源) or translated character by character (Goldwind ↔ 金风科技), and an initialism from a Chinese name's words in English (ICRC ↔ 红十字国际委员会),
in both directions, and the traps a wrong link would fall into: another company of similar
pinyin, two companies of one root, an English word, a generic word of another kind, another
organisation's initials. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.names import abbreviates, romanised, sister, sisters_in, translated, transliterated
from reportqa.index.pinyin import romanises

pytestmark = pytest.mark.unit

SOLAR = "2024年组件出货量排名中，晶科能源出货92.9 GW，位居首位；隆基绿能组件出货67.5 GW。天合光能、晶澳科技与通威股份位列前五。"
CRM = "2024年市场份额前三的厂商分别为纷享销客（11.8%）、销售易（10.9%）与Salesforce（在华份额6.2%）。用友、金蝶等ERP厂商推出CRM模块。"


@pytest.mark.parametrize(
    ("latin", "name"),
    [
        ("Fxiaoke", "纷享销客"),  # 纷享 by its initial
        ("Jinko", "晶科"),  # jing as jin, ke as ko
        ("Qianxin", "奇安信"),  # whole pinyin, as before
        ("Yonyou", "用友"),
    ],
)
def test_a_brand_spells_the_pinyin_loosely(latin, name):
    assert romanises(latin, name)


@pytest.mark.parametrize(
    ("latin", "name"),
    [
        ("Xiaoke", "纷享销客"),  # a syllable neither spelled nor given by the leading initial
        ("Fxiaoke", "销售易"),  # another CRM vendor sharing a syllable
        ("Jinko", "晶澳"),  # another solar maker of the same first syllable
        ("Fxiaok", "纷享销客"),  # the whole name must be spelled
        ("Xkeji", "晶科科技"),  # an initial stands only for the first syllables
        ("Kexi", "科西"),  # too few letters: short spellings match by chance
    ],
)
def test_a_loose_spelling_still_spells_the_whole_name(latin, name):
    assert not romanises(latin, name)


@pytest.mark.parametrize(
    ("latin", "name", "linked"),
    [
        ("JinkoSolar", "晶科能源", True),  # Solar and 能源 are generic words set aside
        ("Jinko Solar", "晶科能源", True),
        ("Jinko", "晶科能源", True),
        ("Haier Group", "海尔集团", True),  # Group translates 集团
        ("Tongwei", "通威股份", True),
        ("Hengchu Technology", "恒储科技", True),  # Technology heads 科技's "science and technology"
        ("Jinko Power", "晶科能源", False),  # Power does not translate 能源: another company
        ("Hengchu Science", "恒储科技", False),  # Science only modifies 科技's sense
        ("Jianghuai Mandarin", "江淮", False),  # a Latin generic word alone names another thing
        ("Change", "嫦娥", False),  # an English word is a translation's business, not a spelling
        ("Great Wall", "长城", False),
        ("Risen Energy", "晶科能源", False),
    ],
)
def test_generic_words_and_english_words(latin, name, linked):
    assert romanised(latin, name) is linked


@pytest.mark.parametrize(
    ("name", "text", "forms"),
    [
        ("Fxiaoke", CRM, ["纷享销客"]),
        ("Xiaoshouyi", CRM, ["销售易"]),
        ("JinkoSolar", SOLAR, ["晶科能源"]),  # not 晶科 alone: Solar needs a generic word to stand for
        ("Risen Energy", SOLAR, []),  # a company the report does not name
        ("Trina Solar", SOLAR, []),  # Trina is no pinyin of 天合
        ("纷享销客", "Fxiaoke held 11.8% of the market, ahead of Xiaoshouyi.", ["Fxiaoke"]),
        ("晶科能源", "In 2024 JinkoSolar shipped 92.9 GW, ahead of LONGi.", ["JinkoSolar"]),
        ("晶澳科技", "In 2024 JinkoSolar shipped 92.9 GW, ahead of LONGi.", []),
    ],
)
def test_a_brand_is_found_in_passages_of_the_other_script(name, text, forms):
    assert transliterated(name, text) == forms


def test_two_companies_a_name_spells_alike_link_neither():
    # 晶科电力 (Jinko Power) and 晶科能源 both spell "JinkoSolar", Solar having no translation
    # to tell 能源 from 电力: guessing one gives the other's figure.
    assert transliterated("JinkoSolar", "晶科能源出货92.9 GW，晶科电力新增电站1.2 GW。") == []
    assert transliterated("JinkoSolar", "晶科能源出货92.9 GW。") == ["晶科能源"]


@pytest.mark.parametrize(
    ("initialism", "name", "linked"),
    [
        ("ICRC", "红十字国际委员会", True),  # International Committee (of the) Red Cross: turned round
        ("IOC", "国际奥林匹克委员会", False),  # three letters link a wrong name too often
        ("ICRC", "国际奥林匹克委员会", False),  # another committee
        ("CATL", "宁德时代", False),  # Contemporary Amperex is no translation of 宁德
        ("Icrc", "红十字国际委员会", False),  # capitals only
    ],
)
def test_an_initialism_gives_the_initials_of_the_names_words_in_english(initialism, name, linked):
    assert abbreviates(initialism, name) is linked


@pytest.mark.parametrize(
    ("name", "text", "forms"),
    [
        ("ICRC", "红十字国际委员会总部设在日内瓦。", ["红十字国际委员会"]),
        ("红十字国际委员会", "The ICRC is based in Geneva.", ["ICRC"]),
        ("ICRC", "国际奥林匹克委员会总部设在洛桑。", []),
    ],
)
def test_an_initialism_is_found_in_passages_of_the_other_script(name, text, forms):
    assert transliterated(name, text) == forms


WIND = "| OEM | Installations 2024 (GW) |\n| Goldwind | 18.9 |\n| Envision | 16.5 |\n| Mingyang | 12.1 |\n| Vestas | 11.6 |"


@pytest.mark.parametrize(
    ("latin", "name", "linked"),
    [
        ("Goldwind", "金风科技", True),  # 金 gold, 风 wind; 科技 a generic word set aside
        ("Gold Wind", "金风", True),
        ("Facebook", "脸书", True),
        ("Bluetooth", "蓝牙", True),
        ("Goldwind", "金峰科技", False),  # another company of the same first character
        ("Windgold", "金风", False),  # in the Chinese order only
        ("Golden", "金风", False),  # every character translated
        ("Goldwind Power", "金风科技", False),  # Power does not translate 科技: another company
        ("Mingyang", "明阳智能", False),  # pinyin, which romanised() reads
    ],
)
def test_a_brand_translates_its_characters_in_order(latin, name, linked):
    assert translated(latin, name) is linked


@pytest.mark.parametrize(
    ("name", "text", "forms"),
    [
        ("金风科技", WIND, ["Goldwind"]),
        ("Goldwind", "2024年金风科技新增装机18.9吉瓦，远景能源16.5吉瓦。", ["金风", "金风科技"]),
        ("金峰科技", WIND, []),  # a company the table does not name
        ("Goldwind", "2024年远景能源新增装机16.5吉瓦，明阳智能12.1吉瓦。", []),
    ],
)
def test_a_translated_brand_is_found_in_passages_of_the_other_script(name, text, forms):
    assert transliterated(name, text) == forms


CDMO = "药明康德（WuXi AppTec） 112.4 13.3%；药明生物 98.6 11.7%；凯莱英 58.2 6.9%；药明巨诺 3.1 0.4%。"
APPTEC = (("wuxi apptec", "药明康德"),)


@pytest.mark.parametrize(
    ("latin", "name", "pairs", "linked"),
    [
        ("WuXi Biologics", "药明生物", APPTEC, True),  # 药明 shared, 生物 "biological"
        ("Samsung Biologics", "三星生物", (("samsung electronics", "三星电子"),), True),
        ("WuXi Biologics", "药明巨诺", APPTEC, False),  # the rest does not translate Biologics
        ("WuXi Pharma", "药明生物", APPTEC, False),
        ("WuXi Biologics", "药明生物", (), False),  # no company given in both scripts
        ("WuXi Biologics", "生物", APPTEC, False),  # no shared head
        ("WuXi AppTec", "药明康德", APPTEC, False),  # the bracketed pair itself is no sister
        ("Peking University", "北京师范大学", (("peking duck", "北京烤鸭"),), False),  # more than the word
        ("WuXi Biologics Group", "药明生物", APPTEC, False),  # two words only
    ],
)
def test_a_sister_company_shares_the_head_of_a_bracketed_name(latin, name, pairs, linked):
    assert sister(latin, name, pairs) is linked


@pytest.mark.parametrize(
    ("name", "text", "forms"),
    [
        ("WuXi Biologics", CDMO, ["药明生物"]),
        ("药明生物", "WuXi AppTec (药明康德) led; WuXi Biologics followed.", ["WuXi Biologics"]),
        ("Asymchem", CDMO, []),  # 凯莱英 is neither its pinyin, sound nor translation
        ("WuXi Biologics", "药明生物 98.6 11.7%；凯莱英 58.2 6.9%。", []),  # no bracketed sister in the text
    ],
)
def test_a_sister_company_is_found_in_passages_of_the_other_script(name, text, forms):
    assert transliterated(name, text) == forms


def test_the_rows_of_a_sister_are_read_with_the_reports_bracketed_pairs():
    assert sisters_in("| 药明生物 | 98.6 | 11.7% |", "WuXi Biologics", APPTEC) == ["药明生物"]
    assert sisters_in("| 凯莱英 | 58.2 | 6.9% |", "WuXi Biologics", APPTEC) == []
    assert sisters_in("| 药明生物 | 98.6 | 11.7% |", "Samsung Biologics", APPTEC) == []  # no Samsung pair


@pytest.mark.parametrize(
    ("latin", "name", "linked"),
    [
        ("Kaiyuan Biotechnology", "开源生物", True),  # 生物 clips 生物技术, "biotechnology"
        ("Kaiyuan Semiconductor", "开源半导", True),  # 半导 clips 半导体
        ("Kaiyuan Technology", "开源生物", False),  # the English name's tail must be what the clipped word translates
        ("Kaiyuan Biotechnology", "开源科技", False),  # 科技 clips no word for "biotechnology"
    ],
)
def test_a_chinese_name_clips_the_trade_word_its_english_name_gives_whole(latin, name, linked):
    assert romanised(latin, name) is linked
