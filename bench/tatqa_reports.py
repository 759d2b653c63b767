"""TAT-QA contexts as report files: the paragraphs as prose and the table with its header row.

One context (a table from an annual report and the paragraphs around it) becomes one
Markdown or HTML file, so that reportqa ingests it as it would any report and a question
can be scoped to it by file name.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

FORMATS = ("md", "html")


def split_of(uid: str) -> str:
    """``tune`` or ``holdout``, fixed for a context by a hash of its uid (about half each)."""
    return "tune" if hashlib.sha256(uid.encode()).digest()[0] % 2 == 0 else "holdout"


def report_name(context: dict, fmt: str) -> str:
    """The corpus-relative file name of ``context`` in format ``fmt``."""
    return f"tatqa-{context['table']['uid'][:8]}.{fmt}"


def _header_and_body(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    # TAT-QA headers span several rows whose first cell is empty ("", "Years Ended
    # September 30," / "", "2019", "2018"); joining them per column keeps each column's
    # full heading in the one header row a pipe table has.
    width = max(len(r) for r in rows)
    rows = [[" ".join(str(c).split()) for c in r] + [""] * (width - len(r)) for r in rows]
    count = 0
    while count < len(rows) - 1 and not rows[count][0]:
        count += 1
    count = max(count, 1)
    header = [" ".join(part for part in column if part) for column in zip(*rows[:count])]
    return header, rows[count:]


def _paragraphs(context: dict) -> list[str]:
    return [p["text"].strip() for p in sorted(context["paragraphs"], key=lambda p: p["order"]) if p["text"].strip()]


def to_markdown(context: dict) -> str:
    """The context as Markdown: a title, the paragraphs, then the table as a pipe table."""
    header, body = _header_and_body(context["table"]["table"])

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    table = [row(header), "|" + "---|" * len(header)] + [row(r) for r in body]
    title = f"# Annual report extract {context['table']['uid'][:8]}"
    return "\n\n".join([title, *_paragraphs(context), "\n".join(table)]) + "\n"


def to_html(context: dict) -> str:
    """The context as an HTML page: a title, the paragraphs, then the table with a ``<thead>``."""
    header, body = _header_and_body(context["table"]["table"])
    esc = html.escape
    head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in header) + "</tr>"
    rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body)
    title = f"Annual report extract {context['table']['uid'][:8]}"
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in _paragraphs(context))
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{esc(title)}</title></head>\n'
        f"<body>\n<h1>{esc(title)}</h1>\n{paragraphs}\n<table>\n<thead>{head}</thead>\n<tbody>\n{rows}\n</tbody>\n"
        "</table>\n</body>\n</html>\n"
    )


def write_reports(contexts: list[dict], corpus: Path, formats: list[str]) -> dict[str, str]:
    """Write one file per context into ``corpus``, cycling through ``formats``; context uid -> file name."""
    corpus.mkdir(parents=True, exist_ok=True)
    names = {}
    for n, context in enumerate(contexts):
        fmt = formats[n % len(formats)]
        name = report_name(context, fmt)
        text = to_markdown(context) if fmt == "md" else to_html(context)
        (corpus / name).write_text(text, encoding="utf-8")
        names[context["table"]["uid"]] = name
    return names
