"""A sentence-transformers model run by OpenVINO: exported once into the cache, then offline.

The whole sentence-transformers pipeline (transformer, pooling, dense layers, normalisation)
is exported from the verified local weights with ``torch.export`` and converted to an
OpenVINO model. Where the CPU computes bfloat16 natively, OpenVINO runs EmbeddingGemma
about 2.5x faster than torch in bfloat16, with vectors at cosine ≥ 0.9997 to torch's
(bench/results/README.md), so an index built by either runtime serves the other.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from reportqa.index.embeddings import ArrayEmbeddings, cpu_has_native_bf16, document_inputs, vectors_name
from reportqa.index.memory import release_freed_memory

if TYPE_CHECKING:
    from tokenizers import Tokenizer

MODEL_XML = "openvino_model.xml"
META = "sentence_transformers.json"  # prompts, sequence limit and dimension the pipeline needs


def export_folder(source: Path, weights: str = "float16") -> Path:
    """Where the OpenVINO export of the model in ``source`` with ``weights`` lies: a folder beside it."""
    suffix = "" if weights == "float16" else f"-{weights}"
    return source.parent / f"{source.name}-openvino{suffix}"


def ensure_openvino_export(source: Path, weights: str = "float16") -> Path:
    """The OpenVINO export of the sentence-transformers model in ``source``, made once beside it.

    ``weights`` is ``float16`` (exported from the verified weights) or ``int8`` (that export's
    weights compressed, see :func:`_compress_int8`).
    """
    target = export_folder(source, weights)
    if (target / MODEL_XML).is_file():
        return target
    staging = target.parent / f".{target.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if weights == "int8":
        _compress_int8(ensure_openvino_export(source), staging)
    else:
        _export(source, staging)
    staging.rename(target)  # complete or absent: a crash mid-export leaves only the staging folder
    return target


def _compress_int8(export: Path, staging: Path) -> None:
    """``export`` with every MatMul's and the token embeddings' weights in int8, into ``staging``.

    NNCF's symmetric per-output-channel int8 (11 s, measured): the compiled model keeps
    them in int8 where it held a bfloat16 copy of the float16 file, ~190 MB less once
    run. Activations stay in bfloat16/float32: full int8 quantisation (``nncf.quantize``,
    calibrated on marketset chunks) moved vectors to cosine 0.96 of torch's.
    """
    import openvino as ov

    try:
        import nncf
    except ImportError as missing:
        raise RuntimeError("int8 embedding weights need NNCF: pip install 'reportqa[int8]'") from missing
    model = ov.Core().read_model(str(export / MODEL_XML))
    compressed = nncf.compress_weights(model, mode=nncf.CompressWeightsMode.INT8_SYM)
    ov.save_model(compressed, str(staging / MODEL_XML), compress_to_fp16=False)
    for path in export.iterdir():
        if not path.name.startswith(Path(MODEL_XML).stem):  # the tokenizer and the pipeline's META
            shutil.copy2(path, staging / path.name)


def _export(source: Path, staging: Path) -> None:
    import openvino as ov
    import torch
    from sentence_transformers import SentenceTransformer

    # Eager attention is plain matrix products, which torch.export traces into a graph
    # OpenVINO converts whole.
    model = SentenceTransformer(
        str(source), device="cpu", model_kwargs={"dtype": torch.float32, "attn_implementation": "eager"}
    )

    class Pipeline(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.model({"input_ids": input_ids, "attention_mask": attention_mask})["sentence_embedding"]

    example = model.tokenizer(["a short text", "a longer text, so that one row is padded"], padding=True)
    args = (torch.tensor(example["input_ids"]), torch.tensor(example["attention_mask"]))
    batch = torch.export.Dim("batch", min=1, max=4096)
    max_length = model.max_seq_length or model.tokenizer.model_max_length
    length = torch.export.Dim("length", min=2, max=max_length)
    with torch.no_grad():
        program = torch.export.export(
            Pipeline().eval(), args, dynamic_shapes=({0: batch, 1: length}, {0: batch, 1: length})
        )
        # float16 weights, read from the file as they are used: a served model then holds
        # 640 MB, where float32 weights held 1.6 GB (the file's pages plus the compiled copy).
        ov.save_model(ov.convert_model(program), str(staging / MODEL_XML), compress_to_fp16=True)
    model.tokenizer.save_pretrained(str(staging))
    dimension = model.get_embedding_dimension()
    meta = {"prompts": model.prompts, "max_seq_length": max_length, "dimension": dimension}
    (staging / META).write_text(json.dumps(meta, ensure_ascii=False, indent=2))


def load_tokenizer(folder: Path, max_length: int) -> Tokenizer:
    """The export's tokenizer, run by the ``tokenizers`` library alone, padding and truncating as transformers does.

    transformers' wrapper of the same tokenizer holds ~225 MB more, and importing it
    imports torch (~230 MB), which a server embedding through OpenVINO otherwise never needs.
    """
    from tokenizers import Tokenizer

    config = json.loads((folder / "tokenizer_config.json").read_text())
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length)
    pad = config["pad_token"]
    tokenizer.enable_padding(
        direction=config.get("padding_side", "right"), pad_id=tokenizer.token_to_id(pad), pad_token=pad
    )
    # Parsing the 33 MB tokenizer.json leaves ~180 MB of freed heap that glibc keeps unless asked.
    release_freed_memory()
    return tokenizer


class OpenVINOEmbeddings(ArrayEmbeddings):
    """The exported pipeline in ``folder``, compiled for the CPU in ``precision``.

    ``int8`` is the int8-weight export computed in bfloat16 where the CPU has it natively
    (else float32); its vectors are recorded under their own model name (:func:`vectors_name`).
    """

    # Batches of 4 embed as fast as 16 on a 2-core CPU (12-15 chunks/s either way, 97 seed
    # chunks, alternating) and hold ~136 MB less while a reindex runs in the server.
    def __init__(self, folder: Path, name: str, precision: str = "float32", batch_size: int = 4) -> None:
        import openvino as ov

        self.model_name = vectors_name(name, precision)
        meta = json.loads((folder / META).read_text())
        self._prompts: dict[str, str] = meta["prompts"]
        self._max_length = int(meta["max_seq_length"])
        self._dimension = int(meta["dimension"])
        self._batch_size = batch_size
        self._tokenizer = load_tokenizer(folder, self._max_length)
        native = precision == "bfloat16" or (precision == "int8" and cpu_has_native_bf16())
        hint = "bf16" if native else "f32"
        self._compiled = ov.Core().compile_model(str(folder / MODEL_XML), "CPU", {"INFERENCE_PRECISION_HINT": hint})

    @property
    def dimension(self) -> int:
        return self._dimension

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts``, prompts included."""
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        # Longest first, as sentence-transformers batches, so each batch pads little.
        order = np.argsort([-len(t) for t in texts], kind="stable")
        # One infer request per call: the server embeds questions while a reindex embeds passages.
        request = self._compiled.create_infer_request()
        for start in range(0, len(texts), self._batch_size):
            rows = order[start : start + self._batch_size]
            encoded = self._tokenizer.encode_batch([texts[i] for i in rows])
            request.infer(
                {
                    "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                }
            )
            out[rows] = request.get_output_tensor(0).data
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def encode_documents(self, texts: list[str], titles: list[str] | None = None) -> np.ndarray:
        return self._encode(document_inputs(self._prompts.get("document", ""), list(texts), titles))

    def encode_query(self, text: str) -> np.ndarray:
        return self._encode([self._prompts.get("query", "") + text])[0]
