"""Versioned schema migrations, applied once each and recorded in ``schema_migrations``.

Migrations are the files ``migrations/NNNN_name.sql`` (portable SQL, see ``db.TYPES``) or
``migrations/NNNN_name.py`` (a module with ``upgrade(conn)``, for steps that must compute values,
such as content-derived ids for rows already stored), applied in version order. Each one runs in its own transaction together with its ``schema_migrations`` row, so
a crash leaves the schema at a whole version. Concurrent openers are serialised (SQLite write lock,
PostgreSQL advisory lock) and re-check the applied set inside the lock: applying is idempotent.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from .db import Connection

_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(sql|py)$")
_STATEMENT_END = re.compile(r";[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = ""
    module: str = ""                    # dotted name of a Python migration (``upgrade(conn)``)

    def apply(self, conn: Connection) -> None:
        if self.module:
            importlib.import_module(self.module).upgrade(conn)
            return
        for statement in self.statements(conn):
            conn.execute(statement)

    def statements(self, conn: Connection) -> list[str]:
        out = []
        for chunk in _STATEMENT_END.split(conn.ddl(self.sql)):
            code = "\n".join(line for line in chunk.splitlines() if not line.strip().startswith("--"))
            if code.strip():
                out.append(chunk.strip())
        return out


def load_migrations() -> list[Migration]:
    found = []
    for entry in resources.files("claimtrace.store.migrations").iterdir():
        m = _FILE.match(entry.name)
        if m and m.group(3) == "sql":
            found.append(Migration(int(m.group(1)), m.group(2), sql=entry.read_text(encoding="utf-8")))
        elif m:
            found.append(Migration(int(m.group(1)), m.group(2),
                                   module=f"claimtrace.store.migrations.{entry.name[:-3]}"))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found


def applied_versions(conn: Connection) -> set[int]:
    return {r["version"] for r in conn.all("SELECT version FROM schema_migrations")}


def migrate(conn: Connection, upto: "int | None" = None) -> list[int]:
    """Bring the schema up to date (or up to version ``upto``); returns the versions applied now
    (empty when already current)."""
    done: list[int] = []
    conn.begin()
    try:
        conn.lock("claimtrace.schema_migrations")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    for migration in load_migrations():
        if upto is not None and migration.version > upto:
            break
        conn.begin()
        try:
            conn.lock("claimtrace.schema_migrations")
            if migration.version in applied_versions(conn):
                conn.rollback()
                continue
            migration.apply(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name,
                 datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")),
            )
            conn.commit()
            done.append(migration.version)
        except BaseException:
            conn.rollback()
            raise
    return done
