"""index/places.py: the place an adjective of place names, and the calculations and refusal
rules that read a question's adjective as a table row's place. Model-free."""

from __future__ import annotations

import pytest

from reportqa.index.places import is_place, place_of, with_places, without_longer_places
from reportqa.server.calc.program import calculate
from tests.support.passages import hit

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("adjective", "place"),
    [
        ("Japanese", "Japan"),
        ("Brazilian", "Brazil"),  # not "Brazilia", as cutting "-n" gave
        ("Argentine", "Argentina"),
        ("Argentinian", "Argentina"),
        ("Argentinean", "Argentina"),
        ("Indian", "India"),
        ("Chinese", "China"),  # not Hong Kong or Macau, which share the demonym
        ("American", "America"),  # the Americas' or the United States', as a segment table writes it
        ("Dutch", "Netherlands"),
        ("Swiss", "Switzerland"),
        ("Canadian", "Canada"),  # not "Canadia"
        ("Vietnamese", "Vietnam"),
        ("Latin American", "Latin America"),
        ("North American", "North America"),
        ("Middle Eastern", "Middle East"),
        ("Southeast Asian", "Southeast Asia"),
        ("European", "Europe"),
        ("Korean", "Korea"),
    ],
)
def test_an_adjective_of_place_names_its_place(adjective, place):
    assert place_of(adjective) == place


@pytest.mark.parametrize("word", ["Indiana", "Japan", "Nordic", "Latin", "Middle", "brazilian", "Siemens", "Vestas"])
def test_a_word_that_is_no_adjective_of_place_names_none(word):
    assert place_of(word) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the Brazilian smart meter market", "the Brazil smart meter market"),
        ("the Latin American smart meter market", "the Latin America smart meter market"),
        ("Middle Eastern and Southeast Asian demand", "Middle East and Southeast Asia demand"),
        ("the Nordic market", "the Nordic market"),
        ("Indiana sales", "Indiana sales"),
        ("Chinese OEMs", "Chinese OEMs"),  # before a name, not a lower-case word: left as written
    ],
)
def test_adjectives_before_a_word_are_written_as_places(text, named):
    assert with_places(text) == named


SEGMENTS = hit(
    "| Segment | 2019 | 2018 |\n|---|---|---|\n| Americas | 1,250 | 1,100 |\n| Europe | 800 | 760 |\n"
    "| Asia Pacific | 400 | 390 |",
    doc="segments-en.md",
    section="Revenue by segment, USD million",
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        ("How much larger was American revenue than European revenue in 2019?", "1250 - 800 = 450"),
        ("How much larger was European revenue than African revenue in 2019?", None),  # no row of Africa
    ],
)
def test_a_calculation_reads_an_adjective_as_the_row_of_its_place(question, formula):
    found = calculate(question, [SEGMENTS])
    assert (found.result.formula if found else None) == formula


def test_places_are_countries_and_regions_not_companies():
    assert is_place("China") and is_place("Latin America") and is_place("Brazil")
    assert not is_place("Envision") and not is_place("Goldwind") and not is_place("Indiana")


REGIONS = hit(
    "| Region | 2024 (USD billion) |\n|---|---|\n| North America | 52.1 |\n| Latin America | 12.6 |\n"
    "| Europe | 38.4 |\n| Eastern Europe | 6.0 |\n| Global | 142.3 |",
    doc="regions-en.md",
    section="Pet food market by region",
)


@pytest.mark.parametrize(
    ("question", "formula"),
    [
        # "American" is America: neither Latin America nor North America, which are other places.
        ("What was the American market's share of the global market in 2024?", None),
        ("How much larger was the European market than the American market in 2024?", None),
        ("How much larger was the North American market than the Latin American market in 2024?", "52.1 - 12.6 = 39.5"),
        # "Europe" is its own row, not "Eastern Europe"'s.
        ("What was the European market's share of the global market in 2024?", "38.4 / 142.3 = 26.99%"),
        ("What was the Eastern European market's share of the global market in 2024?", "6 / 142.3 = 4.22%"),
    ],
)
def test_a_place_binds_a_row_only_as_the_whole_place(question, formula):
    found = calculate(question, [REGIONS])
    assert (found.result.formula if found else None) == formula


@pytest.mark.parametrize(
    ("text", "place", "left"),
    [
        ("latin america, north america, the americas", "America", " ,  , the americas"),
        ("eastern europe and europe", "Europe", "  and europe"),
        ("southeast asia", "Asia", " "),
        ("latin america", "Latin America", "latin america"),
    ],
)
def test_longer_places_are_blanked_before_a_place_is_looked_for(text, place, left):
    assert without_longer_places(text, place) == left
