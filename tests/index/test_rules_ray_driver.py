"""index/ray_engine.py: the driver reads a model folder's vector size from its configuration.

Model-free: folders hold only the sentence-transformers configuration files; ray is not imported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportqa.index.ray_engine import DriverModel, declared_dimension, driver_embeddings

pytestmark = pytest.mark.unit


def _model(folder: Path, *modules: tuple[str, str, dict]) -> Path:
    """A model folder with ``modules`` (type, path, config) after the transformer."""
    folder.mkdir()
    listed = [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"}]
    for i, (kind, path, config) in enumerate(modules, start=1):
        listed.append({"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"})
        if config:
            (folder / path).mkdir()
            (folder / path / "config.json").write_text(json.dumps(config))
    (folder / "modules.json").write_text(json.dumps(listed))
    (folder / "config.json").write_text(json.dumps({"hidden_size": 999}))  # the transformer's own size is not it
    return folder


def test_the_last_dense_layer_decides_else_a_single_pooling(tmp_path):
    gemma = _model(
        tmp_path / "gemma",
        ("Pooling", "1_Pooling", {"word_embedding_dimension": 768, "pooling_mode_mean_tokens": True}),
        ("Dense", "2_Dense", {"in_features": 768, "out_features": 3072}),
        ("Dense", "3_Dense", {"in_features": 3072, "out_features": 768}),
        ("Normalize", "4_Normalize", {}),
    )
    assert declared_dimension(gemma) == 768
    pooled = _model(tmp_path / "pooled", ("Pooling", "1_Pooling", {"embedding_dimension": 384, "pooling_mode": "mean"}))
    assert declared_dimension(pooled) == 384
    model = driver_embeddings((str(gemma), None, "auto", "auto"))
    assert isinstance(model, DriverModel) and (model.model_name, model.dimension) == (str(gemma), 768)


def test_a_folder_that_does_not_say_gives_none(tmp_path):
    joined = _model(
        tmp_path / "joined",
        (
            "Pooling",
            "1_Pooling",
            {
                "word_embedding_dimension": 768,
                **dict.fromkeys(("pooling_mode_mean_tokens", "pooling_mode_max_tokens"), True),
            },
        ),
    )
    assert declared_dimension(joined) is None  # mean and max concatenated: 1536, left to the model
    assert declared_dimension(_model(tmp_path / "bare")) is None
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "modules.json").write_text("not json")
    assert declared_dimension(tmp_path / "broken") is None
    assert declared_dimension(tmp_path / "missing") is None
