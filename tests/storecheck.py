"""Shared by the store and ingest tests: where the real PostgreSQL is, fresh schemas on it, and the
consistency check every crash test ends with."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import pytest

from claimtrace.store import Store

PG_URL = os.environ.get("CLAIMTRACE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


@lru_cache(maxsize=1)
def pg_problem() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when the server answers."""
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
        return None
    except Exception as exc:  # any failure means: no server for these tests
        return f"{type(exc).__name__}: {exc}".strip()


def with_search_path(url: str, schema: str) -> str:
    return url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"


@contextmanager
def pg_schema(prefix: str = "ct_test") -> Iterator[str]:
    """A store URL on a fresh PostgreSQL schema, dropped afterwards; skips when there is no server."""
    problem = pg_problem()
    if problem:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} ({problem})")
    import psycopg

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(PG_URL, schema)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as c:
            c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def consistency_problems(store: Store) -> list[str]:
    """Articles missing children, or children without a parent: must be empty after any crash."""
    q = store.conn.all
    problems = [f"article {r['id']} incomplete" for r in q(
        "SELECT a.id FROM articles a WHERE"
        " a.n_attributions <> (SELECT COUNT(*) FROM attributions c WHERE c.article_id = a.id)"
        " OR a.n_sources <> (SELECT COUNT(*) FROM sources s WHERE s.article_id = a.id)"
        " OR NOT EXISTS (SELECT 1 FROM article_texts t WHERE t.article_id = a.id)")]
    problems += [f"orphan attribution {r['article_id']}/{r['position']}" for r in q(
        "SELECT article_id, position FROM attributions c"
        " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)")]
    problems += [f"orphan source {r['article_id']}" for r in q(
        "SELECT article_id FROM sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)")]
    problems += [f"orphan via {r['article_id']}" for r in q(
        "SELECT article_id FROM attribution_via v WHERE NOT EXISTS"
        " (SELECT 1 FROM attributions c WHERE c.article_id = v.article_id AND c.position = v.position)")]
    problems += [f"article {r['id']} has no revision id" for r in q(
        "SELECT id FROM articles WHERE revision_id IS NULL")]
    problems += [f"attribution {r['article_id']}/{r['position']} has no uid" for r in q(
        "SELECT article_id, position FROM attributions WHERE uid IS NULL")]
    problems += [f"source {r['article_id']}/{r['position']} points at a missing entity" for r in q(
        "SELECT article_id, position FROM sources s WHERE s.uid IS NULL OR (s.entity_id IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = s.entity_id))")]
    problems += [f"{r['key']} has {r['n']} latest revisions" for r in q(
        "SELECT key, COUNT(*) AS n FROM articles WHERE is_latest GROUP BY key HAVING COUNT(*) <> 1")]
    return problems
