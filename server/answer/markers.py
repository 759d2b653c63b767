"""Citation markers in model text: tidy them, drop those pointing at nothing, renumber by first use."""

from __future__ import annotations

import re

MARKER = re.compile(r"\[(\d+)\]")
_SPACED_MARKER = re.compile(r"(\s*)\[(\d+)\]")  # a dropped marker takes its leading space along
# "[1, 2]" and "[1，2]" are how models often cite two passages at once.
_LIST = re.compile(r"\[(\d+(?:\s*[,，、]\s*\d+)+)\]")
# A marker written after the full stop belongs to the sentence before it.
_AFTER_STOP = re.compile(r"([.!?。！？；]+)(\s*)((?:\[\d+\])+)")


def tidy(text: str) -> str:
    """``text`` with marker lists split ("[1, 2]" → "[1][2]") and markers moved before the full stop."""
    text = _LIST.sub(lambda m: "".join(f"[{n}]" for n in re.split(r"\s*[,，、]\s*", m.group(1))), text)
    return _AFTER_STOP.sub(lambda m: f"{' ' if m.group(1)[0] in '.!?' else ''}{m.group(3)}{m.group(1)}", text)


def cited(sentence: str) -> list[int]:
    """The passage numbers ``sentence`` cites, in order, without repeats."""
    return list(dict.fromkeys(int(n) for n in MARKER.findall(sentence)))


def drop_dangling(sentence: str, passages: int) -> str:
    """``sentence`` without markers that point at no passage (``[7]`` when there are 3)."""
    return _SPACED_MARKER.sub(lambda m: m.group(0) if 1 <= int(m.group(2)) <= passages else "", sentence)


class Renumbering:
    """Maps the prompt's passage numbers to the answer's, in the order the answer first cites them."""

    def __init__(self) -> None:
        self.order: list[int] = []  # prompt numbers; the answer's [k] is self.order[k - 1]

    def apply(self, sentence: str) -> str:
        """``sentence`` with its markers renumbered, registering passages it cites first."""
        for n in cited(sentence):
            if n not in self.order:
                self.order.append(n)
        return MARKER.sub(lambda m: f"[{self.order.index(int(m.group(1))) + 1}]", sentence)
