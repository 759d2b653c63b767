"""Cut streamed model text into complete sentences, so each can be checked before it is shown."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportqa.ingest.chunker import split_sentences
from reportqa.server.answer.markers import tidy

# Text after a sentence that may still become that sentence's citation ("[", "[1", "[1]").
_MARKER_SO_FAR = re.compile(r"[\s\[\]\d,，、]*")


@dataclass(frozen=True)
class Segment:
    """One complete sentence and how it joins the text before it ("", " " or a line break)."""

    text: str
    gap: str


class SentenceStream:
    """Collects pieces of text and hands out the sentences they complete.

    A sentence is complete when a line break or the start of the next sentence follows it;
    one followed only by what may be the start of its citation marker waits for it.
    """

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, piece: str) -> list[Segment]:
        """Add ``piece``; the sentences now complete."""
        self._buffer += piece
        return self._cut(final=False)

    def close(self) -> list[Segment]:
        """The sentences left when the text has ended."""
        return self._cut(final=True)

    def _cut(self, final: bool) -> list[Segment]:
        text = tidy(self._buffer)
        lines = text.split("\n")
        spans: list[tuple[int, int]] = []
        offset = 0
        for number, line in enumerate(lines):
            line_spans = split_sentences(line, offset)
            if number == len(lines) - 1 and not final and line_spans:
                # The last sentence of the open line may go on; so may the one before it
                # when all that follows is what may be its marker.
                tail = line_spans.pop()
                if line_spans and _MARKER_SO_FAR.fullmatch(text[tail[0] :]):
                    line_spans.pop()
            spans += line_spans
            offset += len(line) + 1
        segments, consumed = [], 0
        for start, end in spans:
            between = text[consumed:start]  # the buffer keeps the space before a sentence still open
            segments.append(Segment(text[start:end], "\n" if "\n" in between else (" " if between else "")))
            consumed = end
        self._buffer = "" if final else text[consumed:]
        return segments
