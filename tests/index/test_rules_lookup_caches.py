"""The answer path's cached look-ups give what the uncached scans gave, and a cache can't be
changed through what it hands out."""

import pytest

from reportqa.index.dictionary import glossary
from reportqa.index.keyword import tokenize
from reportqa.index.names import glossary_group

pytestmark = pytest.mark.unit


def _scanned_group(term: str) -> list[str] | None:
    """The first group holding ``term``, as the scan over the glossary found it."""
    lowered = term.lower()
    return next((group for group in glossary() if any(lowered == t.lower() for t in group)), None)


def test_glossary_group_is_the_first_group_holding_the_term_in_any_case():
    terms = {t for group in glossary() for t in group}
    for term in [*terms, *(t.upper() for t in terms), "no such term", ""]:
        assert glossary_group(term) is _scanned_group(term)


def test_tokenize_hands_out_a_fresh_list_each_call():
    first = tokenize("Revenue grew 8.26% in 2023, 市场规模")
    first.append("extra")
    assert tokenize("Revenue grew 8.26% in 2023, 市场规模") == first[:-1]
    assert "extra" not in tokenize("Revenue grew 8.26% in 2023, 市场规模")
