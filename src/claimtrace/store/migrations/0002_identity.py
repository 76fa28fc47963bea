"""Version 2: identities that belong to the data.

* ``articles.revision_id``: the key and content hash of a revision (``ids.revision_id``);
* ``sources.uid`` / ``attributions.uid``: deterministic within a revision;
* ``entities`` (people, organisations, outlets by kind and normalised name) and ``entity_aliases``
  (every surface form seen: "Anna Berg", "Foreign Ministry spokeswoman Anna Berg", "Berg"), which
  sources, speakers and ``via`` hops point at (``entity_id`` columns).

Rows stored by version 1 are backfilled here from what they hold, with the same code that saves
new articles (``store.rows``), so an old store and a fresh one agree on every id.
"""
from __future__ import annotations

from claimtrace.ids import revision_id
from claimtrace.store.rows import child_rows, load_article, write_entities

COLUMNS = [
    "ALTER TABLE articles ADD COLUMN revision_id TEXT",
    "ALTER TABLE sources ADD COLUMN uid TEXT",
    "ALTER TABLE sources ADD COLUMN entity_id TEXT",
    "ALTER TABLE attributions ADD COLUMN uid TEXT",
    "ALTER TABLE attributions ADD COLUMN speaker_entity_id TEXT",
    "ALTER TABLE attribution_via ADD COLUMN entity_id TEXT",
    "CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,"
    " norm TEXT NOT NULL, first_seen TEXT NOT NULL)",
    "CREATE INDEX entities_norm ON entities (norm)",
    "CREATE TABLE entity_aliases (entity_id TEXT NOT NULL REFERENCES entities (id),"
    " alias TEXT NOT NULL, alias_key TEXT NOT NULL, PRIMARY KEY (entity_id, alias_key))",
    "CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)",
]

INDEXES = [
    "CREATE UNIQUE INDEX articles_revision_id ON articles (revision_id)",
    "CREATE UNIQUE INDEX attributions_uid ON attributions (uid)",
    "CREATE INDEX sources_entity ON sources (entity_id)",
    "CREATE INDEX attributions_speaker_entity ON attributions (speaker_entity_id)",
    "CREATE INDEX attribution_via_entity ON attribution_via (entity_id)",
]


def upgrade(conn) -> None:
    for statement in COLUMNS:
        conn.execute(statement)
    taken: set[str] = set()
    # newest revision first: it keeps the plain id if an old text came back under the same key
    for row in conn.all("SELECT id, key, revision, content_hash, ingested_at FROM articles"
                        " ORDER BY key, revision DESC"):
        revision = revision_id(row["key"], row["content_hash"])
        if revision in taken:
            revision = revision_id(f"{row['key']}#{row['revision']}", row["content_hash"])
        taken.add(revision)
        conn.execute("UPDATE articles SET revision_id = ? WHERE id = ?", (revision, row["id"]))
        article = load_article(conn, row["id"])
        rows = child_rows(row["id"], revision, article, row["ingested_at"])
        conn.executemany("UPDATE sources SET uid = ?, entity_id = ? WHERE article_id = ? AND position = ?",
                         [(r[9], r[10], r[0], r[1]) for r in rows.sources])
        conn.executemany("UPDATE attributions SET uid = ?, speaker_entity_id = ?"
                         " WHERE article_id = ? AND position = ?",
                         [(r[18], r[19], r[0], r[1]) for r in rows.attributions])
        conn.executemany("UPDATE attribution_via SET entity_id = ? WHERE article_id = ? AND position = ?"
                         " AND hop = ?", [(r[6], r[0], r[1], r[2]) for r in rows.via])
        write_entities(conn, rows)
    for statement in INDEXES:
        conn.execute(statement)
