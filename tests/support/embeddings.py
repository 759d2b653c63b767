"""Wrappers around the real embedding model that let a test see what a build embeds."""

from __future__ import annotations

import numpy as np


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
