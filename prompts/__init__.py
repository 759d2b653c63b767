"""Prompt templates as files, one per task and language: ``{task}.{lang}.txt``.

A file holds the messages of one chat prompt, each introduced by a ``### system`` or
``### human`` line; ``{name}`` fields are filled when the prompt is used. Keeping them as
files lets a reviewer read and change the wording without touching code.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from langchain_core.prompts import ChatPromptTemplate

TASKS = ("answer", "refuse", "rewrite")
LANGUAGES = ("en", "zh")
_HEADER = re.compile(r"^### (system|human)[ \t]*$", re.MULTILINE)


def parse(text: str) -> ChatPromptTemplate:
    """The chat prompt a template file's text describes."""
    parts = _HEADER.split(text)
    if parts[0].strip():
        raise ValueError("a prompt file must start with a '### system' or '### human' line")
    messages = [(role, body.strip()) for role, body in zip(parts[1::2], parts[2::2])]
    if not messages:
        raise ValueError("a prompt file needs at least one message")
    return ChatPromptTemplate.from_messages(messages)


@cache
def load(task: str, lang: str) -> ChatPromptTemplate:
    """The prompt for ``task`` (answer, refuse, rewrite) in ``lang`` (en, zh)."""
    if task not in TASKS or lang not in LANGUAGES:
        raise ValueError(f"no prompt for task {task!r} in language {lang!r}")
    return parse(resources.files(__name__).joinpath(f"{task}.{lang}.txt").read_text(encoding="utf-8"))
