"""Turn report files into chunks with metadata: loading, normalisation, chunking."""

from reportqa.ingest.corpus import CorpusScan, scan_corpus
from reportqa.ingest.models import Chunk, Document, LoadFailure

__all__ = ["Chunk", "CorpusScan", "Document", "LoadFailure", "scan_corpus"]
