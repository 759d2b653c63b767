"""HTML report pages to structured text: markdown headings, paragraphs, lists and pipe tables.

markdownify (on BeautifulSoup) writes the structure; this module only decides what is
content. Inline tags (bold figures, links) stay inside their sentence because markdownify
joins inline text instead of breaking lines at every tag, which ``get_text("\\n")`` did.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

# Tags whose text a reader never sees as report content.
_INVISIBLE_TAGS = ("script", "style", "nav", "noscript", "template", "svg", "head", "form", "button", "iframe", "aside")
# A page's header and footer are site furniture; inside an article they hold its title.
_PAGE_FURNITURE = ("header", "footer")
# Site furniture named by id/class/role: cookie banners, menus, share bars, breadcrumbs.
# Whole words only: a "market-share" table is content, a "share-bar" is not.
_BOILERPLATE = re.compile(
    r"(?<![a-z])(cookies?|consent|gdpr|navbar|menu|breadcrumbs?|share-?bar|social|subscribe"
    r"|newsletter|sidebar|popup|modal|advert|ads?)(?![a-z])",
    re.I,
)
_BOILERPLATE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog")
_HAS_BREAK = re.compile(r"[\r\n]")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Lines of only markdown markup: empty table rows, stray bullets, rules. A row of "$"
# signs under the years is content, so only these characters count as markup.
_MARKUP_LINE = re.compile(r"^[\s|#*>_=~`+-]*$")
_TABLE_SEPARATOR = re.compile(r"^\|(\s*:?-+:?\s*\|)+$")


class _ReportConverter(MarkdownConverter):
    """markdownify with links and images reduced to their visible text."""

    def convert_a(self, el, text, parent_tags):  # the URL is not report text
        return text

    def convert_img(self, el, text, parent_tags):  # alt text of decorative images is noise
        return ""


def _is_boilerplate(tag: Tag) -> bool:
    names = " ".join([str(tag.get("id") or ""), *(str(c) for c in tag.get("class") or [])])
    return bool(_BOILERPLATE.search(names)) or tag.get("role") in _BOILERPLATE_ROLES


def _content_root(soup: BeautifulSoup) -> Tag:
    """The page's main content when it says which that is, else its body."""
    for selector in ("main", "article", "[role=main]"):
        found = soup.select(selector)
        if len(found) == 1:
            return found[0]
    return soup.body or soup


def _tidy(markdown: str) -> str:
    """One block per line: drop blank lines, markup-only lines and empty table header rows."""
    lines = [line.strip() for line in _BLANK_LINES.sub("\n", markdown).splitlines()]
    out: list[str] = []
    for line in lines:
        if not line or (_MARKUP_LINE.match(line) and not _TABLE_SEPARATOR.match(line)):
            continue
        out.append(line)
    return "\n".join(out)


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def _grid(table: Tag) -> list[list[str]]:
    """The table's cell texts on a full grid: a cell spanning rows or columns is written into
    each place it covers, so every figure stands under its own column's heading."""
    grid: dict[tuple[int, int], str] = {}
    rows = _rows(table)
    for r, tr in enumerate(rows):
        c = 0
        cells = tr.find_all(["td", "th"], recursive=False)
        heading = all(cell.name == "th" for cell in cells)
        for cell in cells:
            while (r, c) in grid:
                c += 1
            text = _SPACES.sub(" ", cell.get_text(" ", strip=True))
            # A heading or a label names every place it spans; a figure is stated once, so a
            # "12.5" spanning 2023 | 2024 is no figure of either year twice.
            spread = heading or not _DIGIT.search(text)
            for dr in range(_span(cell, "rowspan")):
                for dc in range(_span(cell, "colspan")):
                    grid.setdefault((r + dr, c + dc), text if spread or (dr, dc) == (0, 0) else "")
            c += _span(cell, "colspan")
    width = max((c for _, c in grid), default=-1) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]


def _spread_spans(soup: BeautifulSoup, table: Tag) -> None:
    """Rewrite a table that spans rows or columns as a plain one with a single header row:
    "Market size (USD billion)" over "2023 | 2024" becomes "Market size (USD billion) 2023"
    and "… 2024", where markdown (one header row, no spans) would shift the years a column."""
    grid = _grid(table)
    rows = _rows(table)
    heads = 0
    while heads < len(grid) - 1 and all(c.name == "th" for c in rows[heads].find_all(["td", "th"], recursive=False)):
        heads += 1
    heads = max(heads, 1)
    header = [" ".join(dict.fromkeys(row[c] for row in grid[:heads] if row[c])) for c in range(len(grid[0]))]
    plain = soup.new_tag("table")
    for n, values in enumerate([header, *grid[heads:]]):
        tr = soup.new_tag("tr")
        for value in values:
            cell = soup.new_tag("th" if n == 0 else "td")
            cell.string = value
            tr.append(cell)
        plain.append(tr)
    table.replace_with(plain)


def _rows(table: Tag) -> list[Tag]:
    """The table's own rows (not those of a table nested in a cell)."""
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def html_to_text(html: str) -> tuple[str, str]:
    """Return ``(title, text)`` of an HTML page; ``text`` is markdown-structured, one block a line."""
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(_INVISIBLE_TAGS):
        tag.decompose()
    for tag in soup(_PAGE_FURNITURE):
        if not tag.decomposed and tag.find_parent(["main", "article"]) is None:
            tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        if not tag.decomposed:  # not already gone with a boilerplate ancestor
            tag.decompose()
    for table in soup.find_all("table"):
        if table.find(["td", "th"], attrs={"rowspan": True}) or table.find(["td", "th"], attrs={"colspan": True}):
            _spread_spans(soup, table)
    # In HTML a line break in the source is a space; markdownify would keep it and so
    # cut a sentence into two lines.
    for string in soup.find_all(string=_HAS_BREAK):
        if not string.find_parent("pre"):
            string.replace_with(_SPACES.sub(" ", string))
    converter = _ReportConverter(
        heading_style="ATX",
        bullets="-",
        escape_asterisks=False,  # a report's "*" or "_" is text, not markup to protect
        escape_underscores=False,
        escape_misc=False,
        table_infer_header=True,  # many report tables have no <th>; their first row is the header
        strip=["b", "strong", "i", "em", "u", "span", "font", "sup", "sub", "code"],
    )
    return title, _tidy(converter.convert_soup(_content_root(soup)))
