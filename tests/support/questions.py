"""What a question set's checks read: a report's text as a reader sees it, a text's language and
a gold formula's value, and a set's floor. Shared by the marketset, freshset and wider checks."""

from __future__ import annotations

import ast
import operator
import re
from pathlib import Path

from bs4 import BeautifulSoup

from reportqa.ingest.normalize import HAN

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
}


def report_text(path: Path) -> str:
    """What a reader sees: the Markdown as written, the HTML without its tags, the PDF's printed text."""
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    else:
        raw = path.read_text(encoding="utf-8")
        text = BeautifulSoup(raw, "html.parser").get_text(" ") if path.suffix == ".html" else raw
    return re.sub(r"\s+", " ", text)


def language_of(text: str) -> str:
    """``"zh"`` when the text has more Chinese characters than English words."""
    return "zh" if len(HAN.findall(text)) > len(re.findall(r"[A-Za-z]+", text)) else "en"


def arithmetic(formula: str) -> float:
    """Evaluate a formula of numbers, + - * / ** and brackets, and nothing else."""

    def value(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](value(node.left), value(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](value(node.operand))
        raise ValueError(f"not plain arithmetic: {ast.dump(node)}")

    return value(ast.parse(formula, mode="eval").body)


def assert_floor(reports: Path, questions: Path, index: Path, floor: dict[str, float]) -> None:
    """Answer ``questions`` over ``reports`` through a fresh index at ``index`` (the real model and
    pipeline) and assert the result holds ``floor``: right, near misses refused, answerable refused
    at most, and stated computed figures right. A failure lists the questions answered wrong."""
    from reportqa.evaluate import evaluate
    from reportqa.server.service import QAService
    from reportqa.settings import Settings

    qa = QAService(Settings(corpus=reports, index=index))
    qa.library.ensure_index()
    result = evaluate(qa, questions).to_dict()
    failed = [r["id"] for r in result["results"] if not r["right"]]
    assert result["right"] >= floor["right"], failed
    assert result["refusal_accuracy"] >= floor["near_miss"], failed
    assert result["answerable_refused"] <= floor["refused"], failed
    assert result["by_kind"]["computed"]["right_among_stated"] >= floor["stated"], failed
