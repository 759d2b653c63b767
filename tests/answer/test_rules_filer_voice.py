"""A company's report on itself is its own subject, and a group whose figures are given member by
member shares none: facts21's rules (another company's figure goes last, a figure shared by a
group is no member's) kept to market reports. Own passages in the style of annual reports
(TAT-QA's kind) and of market reports, both languages. Model-free."""

from __future__ import annotations

import pytest

from reportqa.server.answer.answerability import judge
from reportqa.server.answer.compose import compose
from reportqa.server.answer.sentences import in_filer_voice, of_another, rank_sentences
from tests.support.passages import hit

pytestmark = pytest.mark.unit

# Annual-report passages: the capitalised names before a figure are the filer's own plans,
# standards and programmes, not other companies.
PLANS = hit(
    "We recognise stock-based compensation over the vesting period. The total unrecognized compensation "
    "expense related to stock options and ESPP was $41.2 million as of December 31, 2019. Our cash "
    "dividends were $12.0 million in 2019.",
    title="Annual report extract 1a2b",
)
STANDARD = hit(
    "In accordance with ASC 606, the Company recognizes revenue of $318.4 million when control of goods "
    "passes to customers. Sales taxes collected from customers are excluded from revenue.",
    title="Annual report extract 3c4d",
)
AWARDS = hit(
    "The weighted average market value per ordinary share for PSP options exercised in 2019 was 445.0p. "
    "The Group granted 452,695 options in the year.",
    title="Annual report extract 5e6f",
)


@pytest.mark.parametrize(
    ("question", "passage", "figure"),
    [
        ("What was the total unrecognized compensation expense in 2019?", PLANS, "41.2"),
        ("How much revenue does the company recognize when control passes?", STANDARD, "318.4"),
        ("What was the weighted average market value per share of options exercised in 2019?", AWARDS, "445.0p"),
    ],
)
def test_a_filers_own_terms_are_not_another_company(question, passage, figure):
    ranked = [s for s in rank_sentences(question, [passage]) if figure in s.text]
    assert ranked and not of_another(ranked[0], question)
    assert figure in compose(question, [passage]).text


@pytest.mark.parametrize(
    ("text", "filer"),
    [
        ("During fiscal 2018, we recorded $108 million of tax expense.", True),
        ("The Company’s revenue rose 4% to $1.2 billion.", True),
        ("Our revenue from the Americas segment was $310 million.", True),
        # An analyst writes 'we' only to forecast; 'US' is a place.
        ("We expect the market to reach USD 9.1 billion by 2029.", False),
        ("Our base case puts US shipments at 12 GW; we forecast 15 GW in 2030.", False),
        ("Skincare took 27.8% of a beauty market which we value at USD 570 billion. We\nexpect prices to hold.", False),
        ("Goldwind, the biggest turbine maker, shipped 18.9 GW of wind turbines in 2024.", False),
    ],
)
def test_filer_voice(text, filer):
    assert in_filer_voice(text) is filer


def test_a_market_report_still_puts_another_companys_figure_last():
    passage = hit(
        "We expect demand to keep rising. Vestas shipped 16.2 GW of turbines in 2024. Turbine makers shipped "
        "121.3 GW in 2024 worldwide.",
        title="Global Wind Turbine Market Report 2025",
    )
    text = compose("How many GW of wind turbines were shipped in 2024?", [passage]).text
    assert "121.3" in text
    assert "16.2" not in text


# Each group twice: sharing one figure (refused, facts21's rule 5) and giving each member's own.
GROUPS = [
    (
        "What share of veterinary drug demand did pet pharmacies take in 2024?",
        "Hospitals accounted for 58.2% of veterinary drug demand in 2024; clinics and pet pharmacies together "
        "took {figures}. The veterinary drug market reached USD 38.6 billion in 2024.",
        ("27.4%", "13.0% and 14.4% respectively"),
        "en",
    ),
    (
        "2024年体检中心占IVD终端需求的比重是多少？",
        "从终端看，三级医院占IVD终端需求的63.8%，基层医疗机构与体检中心合计{figures}。2024年中国体外诊断市场规模为1,327.5亿元。",
        ("占14.7%", "分别占9.1%和5.6%"),
        "zh",
    ),
    (
        "What was the revenue of the EMEA segment in 2019?",
        "Revenue from the Americas and EMEA segments combined was {figures} in 2019. Cost of revenue was "
        "$301.2 million in 2019.",
        ("$610.5 million", "$412.0 million and $198.5 million, respectively,"),
        "en",
    ),
]


@pytest.mark.parametrize(("question", "text", "figures", "lang"), GROUPS)
def test_a_group_stating_each_members_figure_is_no_shared_figure(question, text, figures, lang):
    shared, each = figures
    assert not judge(question, [hit(text.format(figures=shared), lang=lang, title="Report 2025")]).answerable
    assert judge(question, [hit(text.format(figures=each), lang=lang, title="Report 2025")]).answerable
