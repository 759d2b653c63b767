"""Turn a follow-up question ("and in 2030?", "那中国呢？") into one retrieval can answer alone.

With a language model the model rewrites it from the last turns of the conversation;
without one, or when the model gives nothing usable, rules merge it with the previous
user question: the years and names it gives replace those of the previous question;
a follow-up with other words is added to it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from reportqa.index.asked_names import asked_names
from reportqa.ingest.normalize import detect_language, normalize
from reportqa.server.answer.sentences import wants_number
from reportqa.server.answer.types import MAX_QUESTION_CHARS, Turn

log = logging.getLogger(__name__)
MAX_TURNS = 6  # the last three exchanges; older turns rarely hold what a follow-up leaves out
# Words that mark an elliptical question and carry no content of their own.
_LEAD_EN = re.compile(
    r"^(?:and\s+)?(?:what|how)\s+about\s+|^and\s+(?:for\s+|in\s+the\s+case\s+of\s+)?|^same\s+for\s+", re.IGNORECASE
)
_LEAD_ZH = re.compile(r"^(?:那么|那|还有|再问一下)(?!些|个)")
_FOLLOW_UP_LEAD = re.compile(
    r"^(?:and\b|what about\b|how about\b|same for\b)|^(?:那么|那|还有)(?!些|个)", re.IGNORECASE
)
# Trailing marks are stripped with str methods: a pattern anchored at the end ("\s*…$")
# is tried from every position and is quadratic on a long run of spaces.
_TAIL_MARKS = " \t\r\n?？。.!！"

Rewrite = Callable[[str, list[Turn], str], str | None]


def is_follow_up(question: str) -> bool:
    """Whether ``question`` reads as a continuation ("and in 2030?", "what about China?", "那2030年呢？")."""
    question = question.strip()
    return bool(_FOLLOW_UP_LEAD.search(question)) or question.rstrip(" \t\r\n?？").endswith("呢")


def _without_tail(text: str) -> str:
    """``text`` without the closing "呢", "then" and question marks of a follow-up."""
    text = text.rstrip(_TAIL_MARKS)
    for word in ("呢", "then"):
        if text.lower().endswith(word):
            return text[: -len(word)].rstrip(_TAIL_MARKS)
    return text


def merge(question: str, previous: str) -> str:
    """``previous`` with the years and names of the follow-up ``question`` in place of its own.

    A name (China, a company) takes the place of one of the previous question, but not a
    quantity word such as CAGR: it says what is asked, not about whom. A follow-up with
    anything else is added to the previous question.
    """
    # One form for both, so the terms found in ``previous`` are found again when replaced.
    question, previous = normalize(question), normalize(previous)
    fragment = _without_tail(_LEAD_ZH.sub("", _LEAD_EN.sub("", question))).strip()
    if not fragment:
        return previous
    new, old = _terms(fragment), _terms(previous)
    # Each year and name of the follow-up needs a slot of its kind in the previous question.
    if (
        not (new["years"] or new["names"])
        or any(wants_number(t) for t in new["names"])
        or len(new["years"]) > len(old["years"])
        or len(new["names"]) > len(old["names"])
    ):
        return f"{previous} {fragment}"
    merged = previous
    for kind in ("years", "names"):
        for old_term, new_term in zip(old[kind], new[kind]):
            merged = merged.replace(old_term, new_term, 1)
    return merged


def _terms(text: str) -> dict[str, list[str]]:
    """Years and names (companies, places) of normalised ``text``, in the order it writes them."""
    ordered = sorted(asked_names(text), key=text.find)
    return {"years": [t for t in ordered if t.isdigit()], "names": [t for t in ordered if not t.isdigit()]}


def standalone_question(question: str, history: list[Turn], rewrite: Rewrite | None = None) -> str:
    """The question to retrieve for: ``question`` itself, or what it asks given the last turns of ``history``.

    The result is at most :data:`MAX_QUESTION_CHARS` long, however long the turns are:
    a question asked earlier was no longer, and every rule downstream may rely on it.
    """
    recent = [Turn(t.role, t.content[:MAX_QUESTION_CHARS]) for t in history[-MAX_TURNS:]]
    if not any(turn.role == "user" for turn in recent):
        return question
    if rewrite is not None:
        rewritten = rewrite(question, recent, detect_language(question))
        if rewritten:
            if rewritten != question:
                log.info("follow-up %r rewritten by the model as %r", question, rewritten)
            return rewritten
    # Each earlier user question may itself have been a follow-up: resolve them in order.
    previous: str | None = None
    for turn in recent:
        if turn.role == "user":
            previous = merge(turn.content, previous) if previous and is_follow_up(turn.content) else turn.content
    standalone = merge(question, previous) if previous and is_follow_up(question) else question
    standalone = standalone[:MAX_QUESTION_CHARS]
    if standalone != question:
        log.info("follow-up %r merged into %r", question[:200], standalone[:200])
    return standalone
