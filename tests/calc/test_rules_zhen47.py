"""Chinese questions over English reports (zhen47): a share whose part's own sentence states the
whole it is one of ("China installed 5.0 GW of the 9.0 GW offshore total"); a verb said done (处理了)
meets the report's past tense ("handled"); a brand's transliteration that leaves an r unheard (玛氏,
Mars).

Model-free: hand-built hits (tests/support/passages.py); the reports are invented.
"""

from __future__ import annotations

import pytest

from reportqa.index.pinyin import sounds_like
from reportqa.server.calc.linked import linked_question
from tests.support.passages import formula_of, hit

pytestmark = pytest.mark.unit

_TITLE = "Global Wind Turbine Market Report"
_TOTAL = "New installations rose to 120.0 GW in 2024 from 110.0 GW in 2023, of which 9.0 GW was offshore."
_CHINA_OFFSHORE = "China installed 5.0 GW of the 9.0 GW offshore total."
_BY_REGION = (
    "| Region | 2024 (GW) | Share of 2024 global |\n|---|---|---|\n"
    "| China | 80.0 | 66.7% |\n| Europe | 16.0 | 13.3% |\n| Global | 120.0 | 100.0% |"
)


@pytest.mark.parametrize(
    "question",
    ["2024年全球海上风电新增装机中，中国占了多大比例？", "2024年中国占全球海上风电新增装机的比例是多少？"],
)
def test_a_share_of_the_whole_the_parts_own_sentence_states(question):
    # China's row (80.0, 66.7% of every installation) is another whole's part: offshore, 5.0 of 9.0.
    hits = [hit(text, title=_TITLE) for text in (_CHINA_OFFSHORE, _BY_REGION, _TOTAL)]
    assert formula_of(question, *hits) == "5 / 9 = 55.56%"


def test_a_sentences_other_figure_of_another_thing_is_no_whole_of_the_part():
    # 70.0 GW is China's onshore figure: the sentence states no whole the offshore part is one of.
    said = "China installed 5.0 GW offshore, and 70.0 GW onshore."
    question = "2024年全球海上风电新增装机中，中国占了多大比例？"
    hits = [hit(text, title=_TITLE) for text in (said, _BY_REGION)]
    assert formula_of(question, *hits) is None


_BY_CARRIER = "Swiftlane Express handled 2.00 billion parcels in Southeast Asia in 2024, up 25.0% year on year."
_REGION = "Parcel volumes in Southeast Asia rose to 8.0 billion parcels in 2024 from 6.0 billion in 2023."


def test_a_chinese_verbs_sense_meets_the_reports_past_tense():
    # 处理了 says it was done: "handle", which the carrier's sentence writes "handled", unlike the region's.
    question = "根据同比增速倒推，迅道速递2023年在东南亚处理了多少亿件包裹？"
    hits = [hit(_REGION, title="Logistics Market Report"), hit(_BY_CARRIER, title="Logistics Market Report")]
    assert formula_of(question, *hits) == "2 × (1 + 25%)^(2023 - 2024) = 1.6; 1.6 billion = 16 亿"


@pytest.mark.parametrize(("name", "word"), [("玛氏", "Mars"), ("福特", "Ford"), ("科腾", "Corten")])
def test_an_r_before_a_consonant_goes_unheard_in_a_transliteration(name, word):
    assert sounds_like(name, word)


def test_an_r_before_a_vowel_is_heard():
    assert not sounds_like("玛氏", "Maris")  # ma shi has no syllable for the r of "ri"


def test_two_syllables_heard_without_an_r_leave_no_consonant_over():
    # Without its r, "Marshes" is m-sh-s: two syllables give two, and a short name is heard by chance.
    assert not sounds_like("玛氏", "Marshes")


def test_a_brand_named_like_a_planet_is_linked_by_its_transliteration():
    # "Mars" is a common sense's word only capitalised (火星 "Mars"): a name, not a common English word.
    said = "Mars Foods, with pet food net sales of USD 12.0 billion in 2024, leads the market."
    question = "2024年玛氏的宠物食品销售额是多少？"
    assert linked_question(question, [hit(said, title="Global Pet Food Market Report")]).startswith("2024年Mars的")


def test_a_brand_whose_r_goes_unheard_is_linked_by_its_transliteration():
    said = "Corten Foods, with pet food net sales of USD 12.0 billion in 2024, leads the market."
    question = "2024年科腾的宠物食品销售额是多少？"
    assert linked_question(question, [hit(said, title="Global Pet Food Market Report")]).startswith("2024年Corten的")


def test_a_place_keeps_its_own_chinese_name():
    # "Canada" is written capitalised only, as "Mars" is, but a place: 财年 (cai nian) heard as it is no link.
    said = "Orbitel reported revenue of USD 1,200.0 million in fiscal 2025, down 5.0% year on year, mostly in Canada."
    question = "根据Orbitel 2025财年的收入及其降幅，推算其2024财年收入约为多少百万美元？"
    assert "Canada" not in linked_question(question, [hit(said, title="Satellite Broadband Market Report")])
