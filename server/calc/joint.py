"""A figure several things share: "A与B合计占14.7%", "Latin America and the Middle East & Africa are
reported together as Rest of World, worth USD 16.2 billion". It is the group's, none of its members'.
"""

from __future__ import annotations

import re

from reportqa.ingest.numbers import states_figure

# What a clause says a figure is shared by: a total of two or more members.
_JOINT = re.compile(r"合计|共计|总计|加起来|together|combined|jointly|between them", re.IGNORECASE)
_JOINED = re.compile(r"[与和及、&]|\b(?:and|plus)\b", re.IGNORECASE)
# A group whose figures are each member's own.
EACH = re.compile(r"\brespectively\b|分别|各自", re.IGNORECASE)


def shares_figure(clause: str, text: str) -> bool:
    """Whether ``clause`` of ``text`` joins members ("与", "and") and says they share the figure
    that follows ("合计占14.7%", "together took 27.4%"); "the Company combined X and Y with Z"
    states no figure after it and is no such group, nor is one whose figures are given member by
    member ("A and B combined … $1.2 million and $0.8 million, respectively", "合计分别为…")."""
    joint = _JOINT.search(clause)
    if joint and _JOINED.search(clause[: joint.start()]):
        after = text[text.find(clause) + joint.end() :]
    else:
        # The group in one clause and its total in the next, which opens on the total and has no subject of
        # its own: "内蒙古、新疆、山东新增装机居全国前三位，合计占全国新增装机的38.2%".
        end = text.find(clause) + len(clause)
        opening = _OPENS_ON_JOINT.match(text, end)
        if not (opening and _JOINED.search(clause)):
            return False
        after = text[opening.end() :]
    return states_figure(after) and not EACH.search(after)


_OPENS_ON_JOINT = re.compile(rf"[，,]\s*(?:{_JOINT.pattern})", re.IGNORECASE)
