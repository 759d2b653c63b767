"""Ways of putting a chunk's title in front of its text, each measured for tokens and quality.

Usage: python -m bench.title_variants [--variants a,b] [--tatqa-limit N] [--workdir DIR]

For every variant, in one process, one after the other: the seed corpus, the marketset
(``tests/data/marketset/reports``) and the TAT-QA tune contexts are indexed with the
variant's embedding input (the model's document prompt included, so a variant may replace
it), and measured: tokens per chunk (EmbeddingGemma's tokenizer, on the seeds), embedding
chunks/s (on the TAT-QA corpus, the largest), ``reportqa eval`` right on the dev set, the
own set and both marketset halves, and the rank of the gold passage in scoped retrieval
(hit@1 and MRR over 8) on the marketset and TAT-QA tune. Writes
``bench/results/title_variants.json`` and prints a markdown table. Timings are
comparable only within one run.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.rerank import summary
from bench.run import DEV_SET, OWN_SET, RESULTS, ROOT, SEED_CORPUS
from bench.tables import markdown_table
from bench.tatqa import DATASET
from bench.tatqa_reports import split_of, write_reports
from reportqa.evaluate import evaluate, load_questions, scope
from reportqa.index import builder
from reportqa.index.embeddings import ArrayEmbeddings, load_embeddings
from reportqa.index.retriever import HybridSearcher
from reportqa.index.store import load_index, title_head
from reportqa.ingest.corpus import read_source, scan_corpus
from reportqa.ingest.models import Chunk
from reportqa.ingest.normalize import HAN
from reportqa.settings import Settings, get_settings

MARKETSET = ROOT / "tests" / "data" / "marketset"
DOC_PROMPT = "title: none | text: "  # EmbeddingGemma's document prompt
_WORD = re.compile(r"[A-Za-z]+|[\u3400-\u9fff]+|\d+")
# The title said again in the other language, as exported Chinese reports append it:
# three or more English words, or four or more Chinese characters.
_OTHER_LANGUAGE = {
    "zh": re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Za-z&]+){2,}.*"),
    "en": re.compile(r"[\u3400-\u9fff]{4,}.*"),
}


def short_title(title: str) -> str:
    """The title's head (:func:`title_head`) and, when the title says itself again in the other
    language, that head too: ``客服中心市场:2026-2032年…(按…划分)Call Centers Market by …`` is
    ``客服中心市场 Call Centers Market``."""
    head = title_head(title)
    again = _OTHER_LANGUAGE["zh" if HAN.search(head) else "en"].search(title, len(head))
    return f"{head} {title_head(again.group())}" if again else head


def new_title_words(title: str, chunk: Chunk) -> str:
    """The words of the short title (jieba's words in Chinese) that the chunk's section and text do not state."""
    from reportqa.index.keyword import _jieba

    seen = f"{chunk.section}\n{chunk.search_text}".lower()
    words = [w for run in _WORD.findall(title_head(title)) for w in (_jieba().lcut(run) if run[0] > "~" else [run])]
    return " ".join(w for w in words if w.strip() and w.lower() not in seen)


VARIANTS: dict[str, Callable[[Chunk], str]] = {
    "full title (main)": lambda c: f"{DOC_PROMPT}{c.title[:120]}\n{c.section}\n{c.search_text}",
    "no title": lambda c: f"{DOC_PROMPT}{c.section}\n{c.search_text}",
    "short title": lambda c: f"{DOC_PROMPT}{title_head(c.title)}\n{c.section}\n{c.search_text}",
    "new title words": lambda c: f"{DOC_PROMPT}{new_title_words(c.title, c)}\n{c.section}\n{c.search_text}",
    "title: short | text:": lambda c: f"title: {title_head(c.title)} | text: {c.section}\n{c.search_text}",
    "title: full | text:": lambda c: f"title: {c.title[:120]} | text: {c.section}\n{c.search_text}",
    "short title in both languages": lambda c: f"{DOC_PROMPT}{short_title(c.title)}\n{c.section}\n{c.search_text}",
    "title: short in both languages | text:": lambda c: (
        f"title: {short_title(c.title)} | text: {c.section}\n{c.search_text}"
    ),
}


class VariantEmbeddings(ArrayEmbeddings):
    """The served model, embedding passages exactly as given (the variant writes the prompt) and
    each question once: questions are the same for every variant, so their vectors are reused."""

    def __init__(self, inner: ArrayEmbeddings) -> None:
        self._inner = inner
        self.model_name = inner.model_name
        self._queries: dict[str, np.ndarray] = {}

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        return self._inner._encode(list(texts))  # type: ignore[attr-defined]  # OpenVINO's, adding no prompt

    def encode_query(self, text: str) -> np.ndarray:
        if text not in self._queries:
            self._queries[text] = self._inner.encode_query(text)
        return self._queries[text]


def _chunks(corpus: Path) -> list[Chunk]:
    return [c for source in scan_corpus(corpus).files for c in read_source(source)[1]]


def _tatqa_corpus(workdir: Path, limit: int | None) -> tuple[Path, list[dict]]:
    """The TAT-QA tune contexts as reports (md and html, as bench.tatqa writes them) and their questions."""
    contexts = [c for c in json.loads(DATASET.read_text()) if split_of(c["table"]["uid"]) == "tune"][:limit]
    corpus = workdir / "tatqa-corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    names = write_reports(contexts, corpus, ["md", "html"])
    questions = []
    for context in contexts:
        paragraphs = {p["order"]: " ".join(p["text"].split()) for p in context["paragraphs"]}
        for q in context["questions"]:
            questions.append(
                {
                    "q": q["question"],
                    "doc": names[context["table"]["uid"]],
                    "table": q["answer_from"] in ("table", "table-text"),
                    "paragraphs": [paragraphs[int(o)] for o in q["rel_paragraphs"] if int(o) in paragraphs],
                }
            )
    return corpus, questions


def _holds_tatqa_gold(chunk: Chunk, question: dict) -> bool:
    """The chunk is the question's table, or a slice of (or holds) one of its paragraphs."""
    if question["table"] and chunk.kind == "table":
        return True
    text = " ".join(chunk.text.split())
    return any(text[:60] in p or p[:60] in text for p in question["paragraphs"])


def _ranks(searcher: HybridSearcher, questions: list[dict], holds: Callable[[Chunk, dict], bool]) -> dict:
    ranks = []
    for item in questions:
        hits = searcher.search(item["q"], 8, documents=scope(item))
        ranks.append(next((i for i, h in enumerate(hits) if holds(h.chunk, item)), None))
    return summary(ranks)


def _holds_gold_string(chunk: Chunk, item: dict) -> bool:
    return any(g in chunk.text for g in item.get("gold", []))


def measure(
    name: str,
    text: Callable[[Chunk], str],
    embeddings: VariantEmbeddings,
    workdir: Path,
    tatqa: tuple[Path, list[dict]],
) -> dict:
    """Index the three corpora with ``text`` as the embedding input and score them."""
    from transformers import AutoTokenizer

    from reportqa.index.embeddings import resolve_model_path
    from reportqa.server.service import QAService

    builder.embedding_text = text  # type: ignore[assignment]  # what build_index embeds
    tokenizer = AutoTokenizer.from_pretrained(resolve_model_path("embeddinggemma-300m"))
    row: dict = {"variant": name}
    row["tokens_per_chunk"] = statistics.mean(len(tokenizer(text(c))["input_ids"]) for c in _chunks(SEED_CORPUS))
    work = workdir / re.sub(r"\W+", "-", name)
    shutil.rmtree(work, ignore_errors=True)

    seeds = QAService(Settings(corpus=SEED_CORPUS, index=work / "seeds"), embeddings)
    seeds.library.ensure_index()
    row["dev_right"] = evaluate(seeds, DEV_SET).rate("right")
    row["own_right"] = evaluate(seeds, OWN_SET).rate("right")

    market = QAService(Settings(corpus=MARKETSET / "reports", index=work / "marketset"), embeddings)
    market.library.ensure_index()
    questions = load_questions(MARKETSET / "questions.jsonl")
    for half in ("tune", "holdout"):
        path = work / f"marketset-{half}.jsonl"
        path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions if q["split"] == half))
        row[f"market_{half}_right"] = evaluate(market, path).rate("right")
    answerable = [q for q in questions if q["kind"] != "unanswerable"]
    row["market_retrieval"] = _ranks(market.library.searcher(), answerable, _holds_gold_string)

    corpus, tatqa_questions = tatqa
    started = time.perf_counter()
    report = builder.build_index(corpus, work / "tatqa", embeddings, progress=False)
    row["tatqa_chunks"] = report.stats["chunks"]
    row["chunks_per_s"] = report.stats["chunks"] / report.stats["embed_s"]
    row["tatqa_build_s"] = time.perf_counter() - started
    searcher = HybridSearcher(load_index(work / "tatqa"), embeddings)
    row["tatqa_retrieval"] = _ranks(searcher, tatqa_questions, _holds_tatqa_gold)
    print(json.dumps(row), flush=True)
    return row


def markdown(rows: list[dict]) -> str:
    header = ["variant", "tokens/chunk", "chunks/s", "dev right", "own right", "marketset tune / holdout right"]
    header += ["marketset hit@1 / MRR", "TAT-QA tune hit@1 / MRR"]
    return markdown_table(
        header,
        (
            [
                r["variant"],
                f"{r['tokens_per_chunk']:.0f}",
                f"{r['chunks_per_s']:.1f}",
                f"{r['dev_right']:.1%}",
                f"{r['own_right']:.1%}",
                f"{r['market_tune_right']:.1%} / {r['market_holdout_right']:.1%}",
                f"{r['market_retrieval']['hit@1']:.3f} / {r['market_retrieval']['mrr']:.3f}",
                f"{r['tatqa_retrieval']['hit@1']:.3f} / {r['tatqa_retrieval']['mrr']:.3f}",
            ]
            for r in rows
        ),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--tatqa-limit", type=int, default=None, help="first N tune contexts (default: all)")
    parser.add_argument("--workdir", default=str(ROOT / ".reportqa" / "bench-title-variants"))
    args = parser.parse_args(argv)
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    tatqa = _tatqa_corpus(workdir, args.tatqa_limit)
    embeddings = VariantEmbeddings(load_embeddings(*get_settings().embedding_args()))
    rows = [measure(name, VARIANTS[name], embeddings, workdir, tatqa) for name in args.variants.split(",")]
    # Rows of variants not run this time are kept, so a new variant can be added to the table.
    path = RESULTS / "title_variants.json"
    earlier = json.loads(path.read_text()) if path.is_file() else []
    rows = [r for r in earlier if r["variant"] not in {row["variant"] for row in rows}] + rows
    RESULTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    print(markdown(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
