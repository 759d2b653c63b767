"""Ingest on a Ray cluster (``reportqa ingest --engine ray``): parsing and embedding as Ray Data stages.

:func:`reportqa.index.builder.build_index` decides what to read and writes the version as
for the local engine; this engine only moves the two costly steps onto the cluster:

- parse and chunk: ``map_batches`` over the changed files, on CPU actors that each keep
  one sandboxed parser (:class:`reportqa.ingest.sandbox.IsolatedReader`), so a hostile
  file fails alone, under the same limits, with the same reason;
- embed: ``map_batches`` over the chunks' texts, on actors that each load the model once
  (:func:`reportqa.index.embeddings.load_embeddings`), one per GPU when the cluster has
  GPUs, else one per node using its cores.

The driver itself loads no model: the name and dimension the build records are read from
the model's configuration (:func:`driver_embeddings`).

Workers read the corpus by absolute path, so every node must see the corpus at the same
path and hold the model cache (``docs/scaling.md``). Rows cross the cluster as pickles of
this package's own records: both ends run the same code.
"""

from __future__ import annotations

import json
import pickle
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from reportqa.index.builder import ReadOutcome
from reportqa.index.embeddings import ArrayEmbeddings, load_embeddings, resolve_model_path
from reportqa.index.store import embedding_text, embedding_title
from reportqa.ingest.corpus import SourceFile
from reportqa.ingest.loaders import UnreadableFile
from reportqa.ingest.models import Chunk
from reportqa.ingest.sandbox import IsolatedReader, Limits

# Files per parse call: small, so a slow file holds up few others and actors share the work.
PARSE_BATCH = 4
# Chunks per embedding call: enough to keep a GPU busy, small enough to stream on CPUs.
EMBED_BATCH = 128
# Ray's own connect waits minutes for an address where nothing answers; a cluster answers at once.
CONNECT_TIMEOUT_S = 5.0

EmbeddingArgs = tuple[str, str | None, str, str]
T = TypeVar("T")


class RayNotInstalled(RuntimeError):
    """``--engine ray`` was asked for without the ``ray`` extra."""


class ClusterUnreachable(RuntimeError):
    """No Ray cluster answers at the address given."""


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401  (the Data library is the extra's other half)
    except ImportError as exc:
        raise RayNotInstalled("--engine ray needs the ray extra: pip install 'reportqa[ray]'") from exc
    return ray


def check_reachable(address: str, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Raise :class:`ClusterUnreachable` unless something accepts a connection at ``address``.

    ``address`` is ``host:port`` (the head's GCS) or ``ray://host:port`` (Ray Client);
    ``auto`` (a cluster started on this machine) is left to Ray, which fails fast for it.
    """
    if address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except (OSError, ValueError) as exc:
        raise ClusterUnreachable(f"no Ray cluster answers at {address}: {exc}") from exc


@contextmanager
def ray_engine(address: str | None, embedding_args: EmbeddingArgs, progress: bool = True) -> Iterator[RayEngine]:
    """A :class:`RayEngine` on the cluster at ``address`` (``None``: a Ray started on this machine).

    A Ray session the caller already started is used as it is and left running.
    """
    ray = _ray()
    if address:
        check_reachable(address)
    ray.data.DataContext.get_current().enable_progress_bars = progress
    engine = RayEngine(embedding_args, through_client=bool(address and address.startswith("ray://")))
    if ray.is_initialized():
        yield engine
        return
    # A Ray of this machine alone talks over loopback, not the machine's network address.
    local = {} if address else {"_node_ip_address": "127.0.0.1"}
    try:
        ray.init(address=address, include_dashboard=False, log_to_driver=False, **local)
    except ConnectionError as exc:
        raise ClusterUnreachable(f"no Ray cluster answers at {address}: {exc}") from exc
    try:
        yield engine
    finally:
        ray.shutdown()


@dataclass(frozen=True)
class RayEngine:
    """An :class:`reportqa.index.builder.IngestEngine` whose work runs as Ray Data stages.

    ``embedding_args`` are the :func:`load_embeddings` arguments each embedding actor
    loads its model with: the same model as the ``embeddings`` the build is given.
    ``through_client``: connected by Ray Client (``ray://``), where Ray Data cannot run
    the stages from the driver, so a task on the cluster runs them and returns the results.
    """

    embedding_args: EmbeddingArgs
    through_client: bool = False

    def read(
        self, sources: list[SourceFile], progress: bool, limits: Limits | None
    ) -> Iterator[tuple[SourceFile, ReadOutcome]]:
        if not sources:
            return
        outcomes = self._run(_parse_stage, [replace(s, path=s.path.absolute()) for s in sources], limits)
        for source in sources:
            yield source, outcomes[source.doc_id]

    def embed(
        self, batches: Iterator[list[Chunk]], embeddings: ArrayEmbeddings, progress: bool, stats: dict
    ) -> np.ndarray:
        # One Ray Data job over every chunk, once all are read: a job per batch would pay
        # the actors' start (and model load) again each time.
        chunks = [chunk for batch in batches for chunk in batch]
        started = time.perf_counter()
        vectors = (
            self._run(
                _embed_stage,
                [embedding_text(c) for c in chunks],
                [embedding_title(c) for c in chunks],
                self.embedding_args,
            )
            if chunks
            else np.zeros((0, embeddings.dimension), dtype=np.float32)
        )
        stats.update(embed_s=time.perf_counter() - started, chunks=len(chunks))
        return vectors

    def _run(self, stage: Callable[..., T], *args: Any) -> T:
        if not self.through_client:
            return stage(*args)
        ray = _ray()
        return ray.get(ray.remote(num_cpus=0)(stage).remote(*args))


class DriverModel(ArrayEmbeddings):
    """The model the embedding actors load, as the driver's build sees it: a name and a dimension.

    The build records both in the version's manifest and embeds through the engine, so
    the driver never needs the weights (1.2 GB for EmbeddingGemma) in its own memory.
    """

    def __init__(self, model_name: str, dimension: int) -> None:
        self.model_name = model_name
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        raise RuntimeError("the Ray driver embeds nothing: its embedding actors do")

    def encode_query(self, text: str) -> np.ndarray:
        raise RuntimeError("the Ray driver embeds nothing: its embedding actors do")


def declared_dimension(folder: Path) -> int | None:
    """The vector size a sentence-transformers model folder declares, or ``None`` where it does not say.

    The last Dense layer's output decides (EmbeddingGemma: 768 -> 3072 -> 768), else the
    pooling's size when it pools one way; a pooling that joins several ways is left to the model.
    """
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        for module in reversed(modules):
            kind = module["type"].rsplit(".", 1)[-1]
            if kind not in ("Dense", "Pooling"):
                continue
            config = json.loads((folder / module["path"] / "config.json").read_text(encoding="utf-8"))
            if kind == "Dense":
                return int(config["out_features"])
            modes = [key for key, on in config.items() if key.startswith("pooling_mode_") and on is True]
            size = config.get("word_embedding_dimension") or config.get("embedding_dimension")
            return int(size) if size and len(modes) <= 1 else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None


def driver_embeddings(embedding_args: EmbeddingArgs) -> ArrayEmbeddings:
    """What the driver hands the build for the model ``embedding_args`` name.

    A packaged model or a local folder: a :class:`DriverModel` from its configuration.
    Any other (a hub id, USE) is loaded as the local engine loads it, since only the
    loaded model can say its dimension.
    """
    name, cache, _, _ = embedding_args
    folder = Path(resolve_model_path(name, Path(cache) if cache else None))
    dimension = declared_dimension(folder) if folder.is_dir() else None
    return DriverModel(name, dimension) if dimension else load_embeddings(*embedding_args)


def _parse_stage(sources: list[SourceFile], limits: Limits | None) -> dict[str, ReadOutcome]:
    """Parse and chunk ``sources`` on CPU actors: each file's outcome by its name."""
    import ray

    parsed = ray.data.from_items([{"source": pickle.dumps(s)} for s in sources]).map_batches(
        _Parser,
        fn_constructor_args=(limits,),
        batch_size=PARSE_BATCH,
        batch_format="numpy",
        concurrency=(1, max(1, min(len(sources), int(ray.cluster_resources().get("CPU", 1))))),
        num_cpus=1,
    )
    return dict(pickle.loads(row["result"]) for row in parsed.iter_rows())


def _embed_stage(texts: list[str], titles: list[str], embedding_args: EmbeddingArgs) -> np.ndarray:
    """Embed ``texts`` under their ``titles`` on actors that load the model once: one per GPU, else one per node."""
    import ray

    gpus = int(ray.cluster_resources().get("GPU", 0))
    # Without GPUs, one actor per node takes all its cores, as the local path does.
    node_cpus = [int(n["Resources"].get("CPU", 1)) for n in ray.nodes() if n["Alive"]]
    embedded = ray.data.from_items(
        [{"row": i, "text": t, "title": h} for i, (t, h) in enumerate(zip(texts, titles))]
    ).map_batches(
        _Embedder,
        fn_constructor_args=(embedding_args, gpus > 0),
        batch_size=EMBED_BATCH,
        batch_format="numpy",
        concurrency=gpus or len(node_cpus),
        num_gpus=1 if gpus else 0,
        num_cpus=1 if gpus else max(1, min(node_cpus)),
    )
    parts = list(embedded.iter_batches(batch_format="numpy", batch_size=None))
    vectors = np.zeros((len(texts), parts[0]["vector"].shape[1]), dtype=np.float32)
    for batch in parts:
        vectors[batch["row"]] = batch["vector"]
    return vectors


class _Parser:
    """A Ray actor that parses files in its own sandboxed worker process, started once."""

    def __init__(self, limits: Limits | None) -> None:
        self._reader = IsolatedReader(limits)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, list[bytes]]:
        results = []
        for blob in batch["source"]:
            source: SourceFile = pickle.loads(blob)
            try:
                outcome: ReadOutcome = self._reader.read(source)
            except UnreadableFile as exc:
                outcome = str(exc)
            results.append(pickle.dumps((source.doc_id, outcome)))
        return {"result": results}


class _Embedder:
    """A Ray actor that loads the embedding model once and embeds batches of texts.

    On a GPU the model runs in torch on CUDA (bfloat16 unless a precision is set); on a
    CPU it loads exactly as the local path does, OpenVINO for the packaged models.
    """

    def __init__(self, embedding_args: EmbeddingArgs, gpu: bool) -> None:
        name, cache, precision, runtime = embedding_args
        if gpu:
            precision = "bfloat16" if precision == "auto" else precision
            self._model = load_embeddings(name, cache, precision, "torch", "cuda")
        else:
            self._model = load_embeddings(name, cache, precision, runtime)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        texts, titles = [str(t) for t in batch["text"]], [str(h) for h in batch["title"]]
        return {"row": batch["row"], "vector": self._model.encode_documents(texts, titles)}
