"""Keyword search: BM25 over jieba tokens (Chinese), word tokens (English) and whole numbers."""

from __future__ import annotations

import logging
import re
from collections.abc import KeysView
from functools import lru_cache

import numpy as np
import snowballstemmer
from scipy import sparse

from reportqa.ingest.normalize import normalize

# A number is one token with its decimals and percent sign, so "8.26%" matches "8.26%";
# a run of Chinese characters is handed to jieba whole.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[a-z][a-z\-']*|[\u3400-\u9fff]+")
STOPWORDS = frozenset(
    "the a an of in on at to for and or is are was were be by with what which how who whom does do did "
    "it its this that these those as from than into about much many per report reports".split()
    + list("的了是在和与及或吗呢么")
    + ["什么", "多少", "哪些", "哪个", "哪种", "如何", "怎样", "是否", "为何", "有", "将", "报告", "认为"]
)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def jieba_words(text: str) -> list[str]:
    """``text`` cut into jieba's words, each character once (not the overlapping pieces search uses)."""
    return _jieba().lcut(text)


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str:
    """``word``'s English Snowball stem ("installed" and "installation" are "instal"); a Chinese word is
    its own stem."""
    return _SNOWBALL.stemWord(word)


_SNOWBALL = snowballstemmer.stemmer("english")


def _stem(word: str) -> str:
    # Plural folding is enough for report prose ("services" ~ "service").
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Tokens for BM25 from already-normalised or raw text, in either language.

    A fresh list each call (callers may extend it) over :func:`_tokens`'s cached tuple."""
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """:func:`tokenize`'s tokens, cached: the answer path asks for the same sentences' and
    terms' tokens hundreds of times a question (108k calls over 153 questions, 16% of the
    answer path's time), and they depend on the text alone (jieba's dictionary is fixed)."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(normalize(text).lower()):
        token = match.group()
        if token[0].isdigit():
            tokens.append(token.replace(",", ""))
        elif token[0].isascii():
            if token not in STOPWORDS:
                tokens.append(_stem(token))
        else:
            tokens.extend(t for t in _jieba().lcut_for_search(token) if t not in STOPWORDS)
    return tuple(tokens)


def tokenize_chunks(chunks) -> list[list[str]]:
    """The keyword tokens of each chunk's normalised text, in order."""
    return [tokenize(chunk.search_text) for chunk in chunks]


class KeywordIndex:
    """BM25 over the token lists of an index version's chunks, row for row; scores come back as a dense array.

    The scores are bm25s's defaults (Lucene's variant, k1 = 1.5, b = 0.75), kept as a sparse
    term × chunk matrix, so a query costs a few column sums (0.4 ms at 10k chunks). The
    term counts are kept too: a new version reuses the rows it keeps (:meth:`extended`)
    instead of counting every chunk's tokens again, and holds no token lists, which took
    seconds to index and more memory than the matrices at 40k chunks.
    """

    K1, B = 1.5, 0.75

    def __init__(self, vocabulary: dict[str, int], counts: sparse.csr_matrix) -> None:
        self._vocabulary = vocabulary
        self._counts = counts  # chunk × term occurrences
        self._size = counts.shape[0]
        self._scores = _bm25(counts, self.K1, self.B)  # term-major: a query term's column is one slice

    @classmethod
    def from_tokens(cls, documents: list[list[str]]) -> KeywordIndex:
        """The index of ``documents``, each a chunk's token list."""
        return cls({}, sparse.csr_matrix((0, 0), dtype=np.float32)).extended(np.zeros(0, dtype=np.int64), documents)

    def extended(self, kept: np.ndarray, documents: list[list[str]]) -> KeywordIndex:
        """A new index: this one's rows at ``kept`` (in that order), then ``documents``; this one is unchanged.

        Statistics over the whole collection (document frequencies, mean length) are
        recomputed from the counts, so the scores are those of an index built from scratch.
        Terms that only removed rows held are dropped: over many rebuilds they would
        otherwise pile up in the vocabulary and in every matrix's width.
        """
        vocabulary = dict(self._vocabulary)
        ids = [vocabulary.setdefault(token, len(vocabulary)) for tokens in documents for token in tokens]
        rows = np.repeat(np.arange(len(documents)), [len(tokens) for tokens in documents])
        fresh = sparse.csr_matrix(
            (np.ones(len(ids), dtype=np.float32), (rows, np.asarray(ids, dtype=np.int64))),
            shape=(len(documents), len(vocabulary)),
        )  # repeated (row, term) pairs are summed into counts
        old = self._counts[np.asarray(kept, dtype=np.int64)]
        old.resize((old.shape[0], len(vocabulary)))
        return KeywordIndex(
            *_without_unused_terms(vocabulary, sparse.vstack([old, fresh], format="csr", dtype=np.float32))
        )

    def terms(self) -> KeysView[str]:
        """The terms the index holds (a view, not a copy)."""
        return self._vocabulary.keys()

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document for ``query_tokens`` (zeros where nothing matches)."""
        scores = np.zeros(self._size, dtype=np.float32)
        data, rows, starts = self._scores.data, self._scores.indices, self._scores.indptr
        for term in (self._vocabulary.get(token) for token in query_tokens):
            if term is not None:  # a repeated query token counts each time, as in bm25s
                np.add.at(scores, rows[starts[term] : starts[term + 1]], data[starts[term] : starts[term + 1]])
        return scores


def _without_unused_terms(
    vocabulary: dict[str, int], counts: sparse.csr_matrix
) -> tuple[dict[str, int], sparse.csr_matrix]:
    """``vocabulary`` and ``counts`` without the terms no row holds; both as given when every term is held."""
    held = np.bincount(counts.indices, minlength=counts.shape[1]) > 0
    if held.all():
        return vocabulary, counts
    new_ids = np.cumsum(held) - 1  # a held term's column once the others are gone
    # Dropping columns keeps each row's entries in order: only their column numbers change.
    pruned = sparse.csr_matrix(
        (counts.data, new_ids[counts.indices], counts.indptr), shape=(counts.shape[0], int(held.sum()))
    )
    return {term: int(new_ids[i]) for term, i in vocabulary.items() if held[i]}, pruned


def _bm25(counts: sparse.csr_matrix, k1: float, b: float) -> sparse.csc_matrix:
    """Each (chunk, term) count weighted as Lucene's BM25 does: idf × tf / (tf + k1 (1 - b + b·len/mean len))."""
    n = counts.shape[0]
    lengths = np.asarray(counts.sum(axis=1), dtype=np.float64).ravel()
    mean_length = lengths.mean() if n else 1.0
    frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(1 + (n - frequency + 0.5) / (frequency + 0.5))
    tf = counts.data.astype(np.float64)
    row_lengths = np.repeat(lengths, np.diff(counts.indptr))
    weights = idf[counts.indices] * tf / (tf + k1 * (1 - b + b * row_lengths / max(mean_length, 1e-9)))
    return sparse.csr_matrix((weights.astype(np.float32), counts.indices, counts.indptr), shape=counts.shape).tocsc()
