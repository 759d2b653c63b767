"""Embedders for tests: wrappers around the real model that let a test see what a build
embeds, and a model-free one for the rule tests."""

from __future__ import annotations

import hashlib

import numpy as np

from reportqa.index.embeddings import ArrayEmbeddings


class CountingEmbeddings:
    """The real model, recording every passage it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.embedded: list[str] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        self.embedded.extend(texts)
        return self.inner.encode_documents(texts, titles)


class HashVectors(ArrayEmbeddings):
    """A unit vector per text, the same for the same text: rebuilds can be compared row for row."""

    model_name = "hash-vectors"
    dimension = 16

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        rows = [np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)) for t in texts]
        vectors = np.array([r.standard_normal(self.dimension) for r in rows], dtype=np.float32).reshape(-1, 16)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class Likeness:
    """A model-free embedder for the rules that weigh texts against others by meaning (rows, names,
    markets): a text given likenesses (``likeness[(text, other)]``, a cosine) is a unit vector that
    far from each other text it names, 0 from the rest; every other text of a call is a unit vector
    of its own, orthogonal to the others."""

    def __init__(self, likeness: dict[tuple[str, str], float]) -> None:
        self.likeness = likeness

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        weighed = {text for text, _ in self.likeness}
        anchors = list(dict.fromkeys(t for t in texts if t not in weighed))
        vectors = []
        for text in texts:
            if text in weighed:
                v = np.array([self.likeness.get((text, anchor), 0.0) for anchor in anchors] + [0.0])
                v[-1] = np.sqrt(max(0.0, 1 - float(v @ v)))
            else:
                v = np.eye(len(anchors) + 1)[anchors.index(text)]
            vectors.append(v)
        return np.array(vectors, dtype=np.float32)
