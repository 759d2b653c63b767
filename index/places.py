"""The place an adjective of place names: "Brazilian" is Brazil, "Latin American" Latin
America, "Middle Eastern" the Middle East.

A question writes the adjective ("the Brazilian market"), a table row or a Chinese report the
place (Brazil, 巴西). Cutting suffixes gets many wrong (Brazilian → Brazilia, Argentine,
Dutch, Swiss), so countries come from the demonyms ``countryinfo`` ships (MIT, 250 countries
and territories) and regions, which it lacks, from the table below.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Regions and spellings no country's demonym gives. "Nordic" is no adjective to turn: a report
# names the region by it ("the Nordic market", "Nordic countries").
_REGIONS = {
    "European": "Europe",
    "Eastern European": "Eastern Europe",
    "Western European": "Western Europe",
    "Central European": "Central Europe",
    "Asian": "Asia",
    "East Asian": "East Asia",
    "South Asian": "South Asia",
    "Southeast Asian": "Southeast Asia",
    "South-East Asian": "Southeast Asia",
    "Central Asian": "Central Asia",
    "African": "Africa",
    "North African": "North Africa",
    "Sub-Saharan African": "Sub-Saharan Africa",
    "North American": "North America",
    "South American": "South America",
    "Central American": "Central America",
    "Latin American": "Latin America",
    "Middle Eastern": "Middle East",
    "Scandinavian": "Scandinavia",
    "Oceanian": "Oceania",
    "Caribbean": "Caribbean",
    # "American" of a report may be the Americas' (an "Americas" segment) or the United States':
    # "America" is written in both ("Americas", "United States of America"), "United States" in one.
    "American": "America",
    # Spellings beside countryinfo's one ("Argentinean"); "Korean" for the country reports mean.
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Korean": "Korea",
    "Saudi": "Saudi Arabia",
}


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Adjective → place: the regions above, then every country's demonym; a demonym several
    places share (Chinese: China, Hong Kong, Macau) names the most populous."""
    from countryinfo import CountryInfo

    countries = sorted(CountryInfo.all().values(), key=lambda c: c.get("population") or 0, reverse=True)
    places: dict[str, str] = {}
    for country in countries:
        for demonym in (d.strip() for d in (country.get("demonym") or "").split(",")):
            if demonym and demonym != country["name"]:  # "Christmas Island" is its own demonym
                places.setdefault(demonym, country["name"])
    return places | _REGIONS


def place_of(adjective: str) -> str | None:
    """The place ``adjective`` names as written (capitalised: "Brazilian" → Brazil, "Latin
    American" → Latin America), or ``None`` when it is no adjective of a place ("Indiana",
    "Japan", "Nordic")."""
    return _places().get(adjective)


@lru_cache(maxsize=1)
def _adjective_before_word() -> re.Pattern[str]:
    # Longest first, so "Latin American" is read whole, not as "Latin" and "American".
    names = sorted(_places(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b(?= [a-z])")


def with_places(text: str) -> str:
    """``text`` with each adjective of place that qualifies a lower-case word written as its
    place ("the Brazilian smart meter market" → "the Brazil smart meter market"), as a table
    row names it."""
    return _adjective_before_word().sub(lambda m: _places()[m.group()], text)


def is_place(name: str) -> bool:
    """Whether ``name`` is a country or region an adjective of place names ("China", "Latin
    America"), not a company."""
    return name in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(_places().values())


def is_country_or_place(name: str) -> bool:
    """Whether ``name`` is a place :func:`is_place` knows or a country or territory by its own name:
    a demonym two places share names only one of them ("American" is the Americas'), so
    :func:`is_place` knows no United States, Hong Kong or Macau. (The rules that read
    :func:`is_place` were tuned on what it knows; this is for a rule that asks only whether a name
    is a place.)"""
    return is_place(name) or name in _country_names()


def is_country(name: str) -> bool:
    """Whether ``name`` is a country or territory by its own name ("China", "Germany"), not a region
    ("Middle East", "Europe")."""
    return name in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from countryinfo import CountryInfo

    return frozenset(c["name"] for c in CountryInfo.all().values())


def without_longer_places(text: str, place: str) -> str:
    """``text`` with every longer place that holds ``place`` as words blanked out: "America" is
    named by "the Americas" or "United States of America", never by "Latin America" or "North
    America", which are other places; "Europe" is not named by "Eastern Europe"."""
    pattern = _longer_places(place)
    return pattern.sub(" ", text) if pattern else text


@lru_cache(maxsize=256)
def _longer_places(place: str) -> re.Pattern[str] | None:
    inside = re.compile(rf"(?<![\w-]){re.escape(place)}(?![\w-])", re.IGNORECASE)
    longer = sorted((p for p in _place_names() if p != place and inside.search(p)), key=len, reverse=True)
    if not longer:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, longer)) + r")(?![\w-])", re.IGNORECASE)
