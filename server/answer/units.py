"""The quotable units of retrieved passages, and what each one stands under.

An answer quotes units: a sentence, a list item, a whole table (its rows mean nothing
without its header), or a line ending in a colon together with the list or table it
announces ("Shipments by chemistry:" says nothing alone). Headings, the report's title, a
table's caption and header rows are not quoted, but they name what a unit is about (its
subject, period, unit of measure), so their words count for it as its ``scope``; and a
sentence goes on about the period of the sentence before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reportqa.index.retriever import Hit
from reportqa.ingest.chunker import line_kinds, split_sentences
from reportqa.ingest.numbers import states_figure

_LEAD_IN_END = (":", "：")
_BLOCKS = {"row": "table", "list": "list"}
_BULLET = re.compile(r"([-*+•]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Unit:
    """A verbatim slice of a hit's passage that may be quoted, and the text it stands under.

    ``kind`` is "sentence", "item" (of a list), "list" (a whole list) or "table".
    ``block`` is the span of the list an item belongs to; ``lead_in``: the unit ends in a
    colon and what it announces is not in its passage.
    """

    hit: Hit
    start: int  # offset of ``text`` in the passage
    text: str
    scope: str
    kind: str
    block: tuple[int, int] | None = None
    lead_in: bool = False
    before: str = ""  # the sentence before, in the same paragraph: the period it goes on about
    header: str = ""  # a table's caption and header rows carried from its first passage: its own words
    lead: Unit | None = None  # the lead-in of another passage that announces this list or table


def _blocks(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of runs of lines of one kind: heading, paragraph, list, row.

    A blank line ends a paragraph, and so does a line ending in a colon (what it announces
    follows); paragraph lines in between are one run, as a hard-wrapped sentence is.
    """
    blocks: list[tuple[str, int, int]] = []
    for start, end, kind in line_kinds(text):
        last = blocks[-1] if blocks else None
        joins = last is not None and last[0] == kind != "heading"
        if joins and last is not None and kind == "paragraph":
            joins = "\n\n" not in text[last[2] : start] and not _is_lead_in(text[last[1] : last[2]])
        if joins and last is not None:
            blocks[-1] = (kind, last[1], end)
        else:
            blocks.append((kind, start, end))
    return blocks


def passage_units(hit: Hit) -> list[Unit]:
    """The units of ``hit``'s passage in reading order."""
    chunk = hit.chunk
    text = chunk.text
    above = [chunk.title, chunk.section, chunk.context]
    units: list[Unit] = []
    for kind, start, end in _blocks(text):
        scope = "\n".join(above)
        if kind == "heading":
            above.append(text[start:end])
            continue
        lead = units[-1] if units and units[-1].lead_in and units[-1].kind == "sentence" else None
        if kind in _BLOCKS and lead is not None:
            # The line that announces this list or table is quoted with it.
            units[-1] = Unit(hit, lead.start, text[lead.start : end], lead.scope, _BLOCKS[kind])
        elif kind == "row":
            units.append(Unit(hit, start, text[start:end], scope, "table", header=chunk.context))
        if kind == "list":
            units += [
                Unit(hit, s, text[s:e], scope, "item", block=(start, end))
                for line_start, line_end, _ in line_kinds(text[start:end])
                for s, e in _item_sentences(text, start + line_start, start + line_end)
            ]
        if kind == "paragraph":
            # Lines after a lead-in are what it announces: they go on about its subject and period.
            previous = units[-1].text if units and units[-1].lead_in else ""
            for s, e in split_sentences(text[start:end], start):
                sentence = text[s:e]
                units.append(Unit(hit, s, sentence, scope, "sentence", lead_in=_is_lead_in(sentence), before=previous))
                previous = sentence
    return units


def _item_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the list item at ``text[start:end]``, after its bullet or number."""
    bullet = _BULLET.match(text, start, end)
    return split_sentences(text[bullet.end() if bullet else start : end], bullet.end() if bullet else start)


def _is_lead_in(sentence: str) -> bool:
    return sentence.rstrip().endswith(_LEAD_IN_END)


def _place(unit: Unit) -> tuple[int, int]:
    """Where ``unit`` stands in its report: page, offset on the page."""
    return unit.hit.chunk.page or 0, unit.hit.chunk.start + unit.start


def introduced(units: list[Unit]) -> list[Unit]:
    """``units`` with each lead-in whose passage ends before its list or table joined to the
    first list or table that follows it in its report among ``units``: the lead-in's words
    count as that unit's own (it is the table's caption) and it becomes its ``lead``. A
    lead-in that states no figure itself says nothing alone, and is not quoted alone."""
    out = list(units)
    for lead in [u for u in units if u.lead_in]:
        following = [
            u
            for u in out
            if u.kind in ("table", "list", "item")
            and u.hit.chunk.doc_id == lead.hit.chunk.doc_id
            and _place(u) > _place(lead)
        ]
        if not states_figure(lead.text):
            out.remove(lead)
        if not following:
            continue
        target = min(following, key=lambda u: (_place(u), u.kind != "list"))
        if target.kind == "item" and target.block is not None:
            start, end = target.block  # the whole list is what the lead-in announces
            target = Unit(target.hit, start, target.hit.chunk.text[start:end], target.scope, "list")
            out.append(target)
        out[out.index(target)] = replace(target, header=f"{target.header}\n{lead.text}", lead=lead)
    return out
