"""Fixtures shared across test modules: store locations on both backends, a real HTTP server on
127.0.0.1, a fetcher without politeness delays, and a guard that fails any non-loopback connection
in modules marked ``loopback_only``."""
from __future__ import annotations

import pytest

from httpserver import TestServer, loopback_only
from storecheck import pg_schema


def pytest_configure(config):
    config.addinivalue_line("markers", "loopback_only: fail any connection to a non-loopback address")


@pytest.fixture(autouse=True)
def _network_guard(request, monkeypatch):
    if request.node.get_closest_marker("loopback_only"):
        return loopback_only(monkeypatch)
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty store location: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    with pg_schema() as url:
        yield url


@pytest.fixture
def pg_url():
    with pg_schema("ct_ingest") as url:
        yield url


@pytest.fixture
def server():
    with TestServer() as srv:
        yield srv


@pytest.fixture
def fetcher():
    from claimtrace.ingest.fetch import Fetcher

    with Fetcher(allow_private=True, min_delay=0.0, backoff=0.01) as f:
        yield f


@pytest.fixture
def _loopback(_network_guard):
    """The addresses connected to so far in a ``loopback_only`` module (for asserting none were)."""
    return _network_guard
