"""The property every answer must have: no number that no cited passage or figure backs."""

from __future__ import annotations

import re

from reportqa.ingest.normalize import normalize

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(normalize(text))}


def ungrounded_numbers(body: dict) -> set[str]:
    """Numbers in ``body['answer']`` found neither in a citation nor among the figures."""
    cited = set()
    for citation in body["citations"]:
        cited |= _numbers(citation["text"])
    for figure in body.get("figures", []):
        cited |= _numbers(figure["display"]) | _numbers(figure["formula"])
        cited |= {format(figure["value"], "g")}
    # Citation markers like [1] are references, not figures.
    answer = re.sub(r"\[\d+\]", "", body["answer"])
    return _numbers(answer) - cited


def assert_grounded(body: dict) -> None:
    missing = ungrounded_numbers(body)
    assert not missing, f"ungrounded numbers {sorted(missing)} in answer: {body['answer']!r}"
