"""index/dictionary.py (xen43): English compounds and inflections a question writes over a Chinese report —
a hyphenated compound read as its words, a prefix as its character, a past participle as its verb, a
glossary term the dictionary lacks read by its dictionary words where an English compound spells it."""

from __future__ import annotations

import pytest

from reportqa.index.dictionary import han_units, terms_in
from reportqa.server.calc.subject import translated

pytestmark = pytest.mark.unit


def _senses(text: str) -> dict[str, tuple[str, ...]]:
    return {t.written: t.translations() for t in terms_in(text)}


def test_a_hyphenated_compound_the_dictionary_lacks_is_read_as_its_words():
    (term,) = [t for t in terms_in("How many sodium-ion cells were made?") if t.written == "sodium-ion"]
    assert term.parts == (("钠",), ("离子", "电离"))  # 钠 is the one character "sodium" is a sense of
    assert {"钠", "离子"} <= translated("the sodium-ion cell line")


def test_a_compound_of_a_number_and_words_is_cut_into_the_phrases_it_writes():
    senses = _senses("How fast did sales grow in tier-3-and-below towns?")
    assert "三线城市" in senses["tier 3"]  # the glossary's tier-3, not the whole unlisted word
    assert not _senses("Li-Cycle")  # a capitalised compound is a name, kept whole


def test_a_cut_compound_is_read_by_its_words_only_within_a_phrase():
    # "chain" alone is 连环, 链条 …, "brand" 烙印, 牌子 …: a modifier's and a head's senses, no phrase of them
    senses = _senses("How many chain-brand stores were open?")
    assert "chain" not in senses and "brand" not in senses
    senses = _senses("Excluding hybrid-electric vehicles, which powertrains")
    assert "电动车" in senses["electric vehicles"] and "混合" in senses["hybrid"]  # a phrase holds a piece: all read


def test_a_prefix_is_its_character_before_the_rest():
    senses = _senses("the non-surgical segment")["non-surgical"]
    assert senses == ("非手术",)  # 非 "non-" + 手术 (glossary "surgical"); not 手术 alone: no surgical one


@pytest.mark.parametrize(("english", "chinese"), [("exported", "出口"), ("generated", "产生")])
def test_a_past_participle_is_read_as_its_verb_of_few_senses(english, chinese):
    assert chinese in _senses(f"How much of the output was {english}?")[english]


@pytest.mark.parametrize("english", ["reported", "handled", "delivered", "accounted"])
def test_no_participle_of_a_common_verb_or_of_no_verb(english):
    assert english not in _senses(f"the figure {english} for the region")


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("chemiluminescence", "化学发光"),
        ("tertiary hospitals", "三级医院"),
        ("intelligent computing", "智能算力"),
        ("battery-swapping", "换电"),
        ("grid-side", "电网侧"),
    ],
)
def test_trade_terms_the_dictionary_lacks(english, chinese):
    assert chinese in translated(f"What was the {english} figure?")


def test_a_glossary_term_the_dictionary_lacks_is_cut_into_dictionary_words_for_spelling():
    assert [[w for w, _ in run] for run in han_units("电网侧储能")] == [
        ["电网", "侧", "储能"]
    ]  # 储能: 储 + 能 kept whole
    assert [[w for w, _ in run] for run in han_units("智能算力")] == [["智能", "算力"]]
