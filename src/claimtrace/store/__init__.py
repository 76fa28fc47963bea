"""The claimtrace store: articles, sources, attributions, ingest runs and failures.

One API (:class:`Store`) over SQLite (default, a file per user) and PostgreSQL (``postgresql://``
URLs), with versioned migrations shared by both. See ``store.py`` for the guarantees.
"""
from .db import StoreError, default_db_path, resolve_url
from .store import ANONYMOUS_INPUTS, Store, content_hash, like_pattern
from .times import parse_since

__all__ = ["Store", "StoreError", "content_hash", "default_db_path", "parse_since", "resolve_url",
           "ANONYMOUS_INPUTS", "like_pattern"]
