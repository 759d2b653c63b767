"""Answers written by a language model, held to the guarantees of the extractive ones.

The model gets the passages numbered and the computed figures, and writes an answer
that cites ``[n]``. Its text is checked sentence by sentence as it streams: a marker
pointing at no passage is removed, a sentence stating a number that neither the
passages it cites nor a computed figure states is dropped, and markers are renumbered
in order of first use. What the model may not decide it does not decide: whether a
question is answerable (retrieval), and the figures (code). A model that times out,
fails, refuses or leaves nothing cited yields an empty result; the caller then answers
extractively.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel

from reportqa.ingest.claims import states_number
from reportqa.ingest.normalize import normalize
from reportqa.prompts import load
from reportqa.server.answer.gate import AllowedNumbers
from reportqa.server.answer.markers import MARKER, Renumbering, cited, drop_dangling
from reportqa.server.answer.segment import Segment, SentenceStream
from reportqa.server.answer.types import MAX_QUESTION_CHARS, Citation, Figure, Turn
from reportqa.server.llm import ModelTimeout, PromptBudget, stream_text
from reportqa.server.reasons import Reason, worded

log = logging.getLogger(__name__)
NO_ANSWER = "NOT_IN_REPORTS"  # what the answer prompt tells the model to reply when the passages do not answer
MAX_NOTE_CHARS = 300  # a refusal note is one sentence; anything longer is the model answering anyway
HISTORY_CHARS = 400  # per turn in the rewrite prompt: enough for a question, a long answer's gist
_NOTES = {
    "timeout": {
        "en": "(The language model did not answer in time; this is the extractive answer.)",
        "zh": "（语言模型未能及时回答，以下为摘录式答案。）",
    },
    "error": {
        "en": "(The language model failed; this is the extractive answer.)",
        "zh": "（语言模型出错，以下为摘录式答案。）",
    },
}
_NONE = {"en": "none", "zh": "无"}


@dataclass(frozen=True)
class Material:
    """What the model may draw on: ``passages[0]`` is [1] in the prompt; figures are computed by code."""

    question: str
    lang: str
    passages: list[Citation]
    figures: list[Figure]
    excerpts: list[str] = field(default_factory=list)  # what the prompt shows of each passage; empty: all of it


@dataclass(frozen=True)
class Generated:
    """The checked answer, or an empty text when the model's answer cannot be used.

    ``cited`` are indexes into the passages, in the answer's marker order ([1] is
    ``cited[0]``); ``note`` says in the answer's language why the model was not used,
    when it failed rather than declined.
    """

    text: str
    cited: list[int] = field(default_factory=list)
    note: str = ""


class _SentenceGate:
    """Checks, renumbers and releases the model's sentences one at a time."""

    def __init__(self, material: Material) -> None:
        self.material = material
        self.renumbering = Renumbering()
        self.released: list[str] = []
        self.held: list[Segment] = []  # sentences without a citation wait until one with a citation comes
        self.declined = False

    def take(self, segment: Segment) -> Iterator[str]:
        """The pieces of text ``segment`` releases (none when it is dropped or held)."""
        if NO_ANSWER in segment.text:
            self.declined = True
            return
        sentence = drop_dangling(segment.text, len(self.material.passages))
        if not MARKER.sub("", sentence).strip(" .。"):
            return
        numbers = cited(sentence)
        allowed = AllowedNumbers([self.material.passages[n - 1] for n in numbers], self.material.figures)
        if not allowed.backs(sentence):
            log.info("dropped a model sentence with an unbacked number: %r", sentence)
            return
        if not numbers:
            self.held.append(Segment(sentence, segment.gap))
            return
        yield from self._release(self.held + [Segment(sentence, segment.gap)])
        self.held = []

    def _release(self, segments: list[Segment]) -> Iterator[str]:
        for segment in segments:
            piece = (segment.gap if self.released else "") + self.renumbering.apply(segment.text)
            self.released.append(piece)
            yield piece

    def finish(self) -> Iterator[str | Generated]:
        """The held sentences, if the answer cites anything, then the result."""
        if self.declined or not self.renumbering.order:
            log.info("the model declined or cited nothing; answering extractively")
            yield Generated("")
            return
        yield from self._release(self.held)
        yield Generated("".join(self.released), [n - 1 for n in self.renumbering.order])


class Writer:
    """Writes answers, refusal notes and standalone questions with ``model``, each call bounded by ``timeout`` seconds.

    With ``serialise``, one call runs at a time (for a model that is not thread-safe);
    ``budget`` bounds how much of the passages an answer prompt shows.
    """

    def __init__(
        self, model: BaseChatModel, timeout: float, serialise: bool = False, budget: PromptBudget | None = None
    ) -> None:
        self.model = model
        self.timeout = timeout
        self.budget = budget or PromptBudget()
        self._lock = threading.Lock() if serialise else None

    def answer(self, material: Material) -> Iterator[str | Generated]:
        """Checked pieces of the answer as the model writes them, then the ``Generated`` result (always last)."""
        messages = load("answer", material.lang).format_messages(
            question=material.question,
            no_answer=NO_ANSWER,
            passages=_numbered(material.passages, material.excerpts),
            figures=_figures(material.figures, material.lang),
        )
        sentences, gate = SentenceStream(), _SentenceGate(material)
        try:
            for piece in stream_text(self.model, messages, self.timeout, self._lock):
                for segment in sentences.feed(piece):
                    yield from gate.take(segment)
            for segment in sentences.close():
                yield from gate.take(segment)
        except ModelTimeout as error:
            log.warning("language model timed out (%s); answering extractively", error)
            yield Generated("", note=_NOTES["timeout"][material.lang])
            return
        except Exception:
            log.exception("language model failed; answering extractively")
            yield Generated("", note=_NOTES["error"][material.lang])
            return
        yield from gate.finish()

    def refusal_note(self, question: str, reason: Reason | None, lang: str, passages: list[Citation]) -> str | None:
        """One sentence on what the closest passages are about, or ``None``; the model is told
        ``reason`` in ``lang``.

        The note may not carry the answer the retrieval refused: one with a number (in
        digits or words: "three hundred billion", "百分之十二", "doubled") or a citation
        marker, or longer than a sentence, is not used.
        """
        closest = "\n".join(f"- {c.title}: {c.text[:300]}" for c in passages)
        note = self._complete(
            load("refuse", lang).format_messages(
                question=question, reason=worded(reason, lang) or "-", passages=closest or _NONE[lang]
            )
        )
        if not note or NO_ANSWER in note or len(note) > MAX_NOTE_CHARS or "[" in normalize(note) or states_number(note):
            if note:
                log.info("refusal note not used: %r", note)
            return None
        return note

    def rewrite(self, question: str, history: list[Turn], lang: str) -> str | None:
        """``question`` as a standalone question given ``history``, or ``None`` when the model gives none."""
        turns = "\n".join(f"{t.role}: {t.content[:HISTORY_CHARS]}" for t in history)
        text = self._complete(load("rewrite", lang).format_messages(question=question, history=turns))
        line = text.splitlines()[0].strip().strip("\"“”'") if text else ""
        return line if 0 < len(line) <= MAX_QUESTION_CHARS else None

    def _complete(self, messages) -> str:
        """The model's whole reply, or "" when it times out or fails (logged)."""
        try:
            return "".join(stream_text(self.model, messages, self.timeout, self._lock)).strip()
        except Exception:
            log.warning("language model call failed", exc_info=True)
            return ""


def _numbered(passages: list[Citation], excerpts: list[str]) -> str:
    texts = excerpts or [c.text for c in passages]
    return "\n\n".join(
        f"[{n}] ({c.title}, {c.location})\n{t}" for n, (c, t) in enumerate(zip(passages, texts), start=1)
    )


def _figures(figures: list[Figure], lang: str) -> str:
    return "\n".join(f"- {f.label}: {f.display} ({f.formula})" for f in figures) or _NONE[lang]
