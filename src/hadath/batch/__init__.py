"""Batch runs: the same pipeline over many articles, locally or on Apache Spark."""

from hadath.batch.core import BatchSummary, read_documents
from hadath.batch.local import run_local

__all__ = ["BatchSummary", "read_documents", "run_local"]
