"""``Store``: articles with their sources and attributions, ingest runs and failures, in SQLite or PostgreSQL.

Guarantees, on both backends:

* one transaction per batch of articles (rows, sources, attributions, via hops, entities), so a
  killed process leaves whole articles or nothing; each article row carries
  ``n_sources``/``n_attributions`` so that completeness can be checked from the data alone;
* idempotent saves (``save_articles`` is an upsert): an article's key is its canonical URL, else
  its URL, else its input (except anonymous inputs such as ``<string>`` or ``-``), else its content
  hash (``ids.article_key``); a revision is identified by key and content hash
  (``ids.revision_id``), sources and attributions by their revision and spans, entities by kind
  and normalised name — ids that belong to the data, the same on any machine. The same key with
  the same text is ``"unchanged"`` (nothing written); a new text under the same key is a new
  revision (``"updated"``); an article without a URL whose text is already stored without a URL
  is ``"unchanged"`` too. Queries read the latest revisions.
* writers are serialised per key (SQLite: the write lock; PostgreSQL: advisory locks taken in
  sorted order), and a lost race on a unique constraint is retried.

Date filters (``since``) use the publication time when the article had a parseable one, else the
ingest time (column ``dated_at``).
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime
from typing import Iterable, Literal, Optional
from urllib.parse import urlsplit, urlunsplit

from ..ids import ANONYMOUS_INPUTS, article_key, content_hash, normalise_name, revision_id
from ..model import Article, Document
from . import times
from .db import Connection, StoreError, chunks, connect, in_clause, resolve_url
from .migrate import applied_versions, migrate
from .rows import ChildRows, child_rows, fold, load_article, spans_json, to_json, write_child_rows

Status = Literal["ingested", "unchanged", "updated"]


def _host(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def like_pattern(value: str) -> str:
    """A case-folded substring LIKE pattern with the user's ``%``/``_``/``\\`` taken literally."""
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


class Store:
    """The claimtrace database. Open with :meth:`open`; use as a context manager to close it."""

    def __init__(self, conn: Connection):
        self.conn = conn

    # -- lifecycle ------------------------------------------------------------------------------
    @classmethod
    def open(cls, url_or_path: "str | os.PathLike | None" = None, *, create: bool = True) -> "Store":
        """Open (and migrate) a store.

        ``None`` -> ``$CLAIMTRACE_DB``, else ``$XDG_DATA_HOME/claimtrace/claimtrace.db`` (XDG default
        ``~/.local/share``). ``postgresql://...`` -> PostgreSQL; a path or ``sqlite:///path`` -> SQLite.
        ``create=False`` refuses to create a missing SQLite file (query commands use it).
        """
        conn = connect(url_or_path, create=create)
        try:
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    @property
    def backend(self) -> str:
        return self.conn.backend

    @property
    def location(self) -> str:
        return _redact(self.conn.target) if self.backend == "postgresql" else self.conn.target

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self, fn, *args, retries: int = 3, locks: tuple[str, ...] = ()):
        """Run ``fn(*args)`` in one write transaction; retry when a concurrent writer won a race."""
        for attempt in range(retries):
            self.conn.begin()
            try:
                for name in locks:
                    self.conn.lock(name)
                result = fn(*args)
                self.conn.commit()
                return result
            except BaseException as exc:
                self.conn.rollback()
                if attempt + 1 < retries and self.conn.is_integrity_error(exc):
                    continue
                raise

    # -- runs and failures ----------------------------------------------------------------------
    def begin_run(self, argv: list[str]) -> int:
        """Record the start of an ingest command; returns its run id."""
        return self._write(lambda: self.conn.scalar(
            "INSERT INTO runs (started_at, argv) VALUES (?, ?) RETURNING id",
            (times.stamp(times.now()), to_json(list(argv))),
        ))

    def finish_run(self, run_id: int, counts: dict) -> None:
        self._write(lambda: self.conn.execute(
            "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?",
            (times.stamp(times.now()), to_json(counts), run_id),
        ))

    def record_failure(self, run_id: Optional[int], input: str, reason: str, message: str = "") -> None:
        self._write(lambda: self.conn.execute(
            "INSERT INTO failures (run_id, input, reason, message, created_at) VALUES (?, ?, ?, ?, ?)",
            (run_id, input, reason, message, times.stamp(times.now())),
        ))

    def runs(self, limit: Optional[int] = None) -> list[dict]:
        rows = self.conn.all("SELECT * FROM runs ORDER BY id DESC" + (" LIMIT ?" if limit else ""),
                             (limit,) if limit else ())
        for r in rows:
            r["argv"] = json.loads(r["argv"])
            r["counts"] = json.loads(r["counts"]) if r["counts"] else None
        return rows

    def failures(self, run_id: Optional[int] = None) -> list[dict]:
        if run_id is None:
            return self.conn.all("SELECT * FROM failures ORDER BY id")
        return self.conn.all("SELECT * FROM failures WHERE run_id = ? ORDER BY id", (run_id,))

    # -- saving ---------------------------------------------------------------------------------
    def is_unchanged(self, item: "Article | Document") -> bool:
        """True when saving ``item`` (an Article, or a Document before parsing) would change nothing:
        the latest revision under its key has the same text. Lets ingest skip the parse."""
        digest = content_hash(item.text)
        if not (item.canonical_url or item.url) and self._urlless_known([digest]):
            return True
        latest = self._latest_rows([article_key(item)])
        return bool(latest) and next(iter(latest.values()))["content_hash"] == digest

    def _in(self, sql: str, values: list) -> list[dict]:
        """Run ``sql`` (with one ``({})`` placeholder list) over ``values`` in chunks."""
        out: list[dict] = []
        for part in chunks(values):
            out += self.conn.all(sql.format(in_clause(len(part))), part)
        return out

    def _urlless_known(self, digests: list[str]) -> set[str]:
        """Which of these texts are stored as the latest revision of an article without a URL
        (an article with no URL is known by its text alone)."""
        return {r["content_hash"] for r in self._in(
            "SELECT content_hash FROM articles WHERE is_latest AND url IS NULL"
            " AND canonical_url IS NULL AND content_hash IN ({})", sorted(set(digests)))}

    def _latest_rows(self, keys: list[str]) -> dict[str, dict]:
        return {r["key"]: r for r in self._in(
            "SELECT a.id, a.key, a.revision, a.content_hash, (SELECT MAX(b.revision) FROM articles b"
            " WHERE b.key = a.key) AS max_revision FROM articles a WHERE a.is_latest AND a.key IN ({})",
            sorted(set(keys)))}

    def save_article(self, article: Article, *, run_id: Optional[int] = None,
                     fetched_at: "datetime | str | None" = None) -> Status:
        """Store one article; see :meth:`save_articles`."""
        return self.save_articles([article], run_id=run_id, fetched_at=fetched_at)[0]

    def save_articles(self, articles: Iterable[Article], *, run_id: Optional[int] = None,
                      fetched_at: "datetime | str | None" = None,
                      return_exceptions: bool = False) -> list:
        """Store articles with their sources, attributions and entities: an idempotent batch upsert.

        One status per article, in order: ``"ingested"`` (new), ``"unchanged"`` (already stored;
        nothing written) or ``"updated"`` (a new text under a stored key; a text the key had
        before makes that revision the latest again). The batch is one transaction with a handful
        of queries; if it fails, each article is saved alone so that one bad article (e.g. a NUL
        character PostgreSQL refuses) fails alone: its exception is raised, or returned in its
        place when ``return_exceptions``.
        """
        articles = list(articles)
        if not articles:
            return []
        if isinstance(fetched_at, datetime):
            fetched_at = times.stamp(fetched_at)
        plans = [(a, article_key(a), content_hash(a.text)) for a in articles]
        locks = {"article:" + key for _, key, _ in plans}
        locks |= {"content:" + digest for a, _, digest in plans if not (a.canonical_url or a.url)}
        try:
            return self._write(self._save_batch, plans, run_id, fetched_at, locks=tuple(sorted(locks)))
        except Exception as exc:
            if len(articles) > 1:
                out: list = []
                for a in articles:
                    out += self.save_articles([a], run_id=run_id, fetched_at=fetched_at,
                                              return_exceptions=return_exceptions)
                return out
            if return_exceptions:
                return [exc]
            raise

    def _save_batch(self, plans: list, run_id: Optional[int], fetched_at: Optional[str]) -> list[Status]:
        conn = self.conn
        latest = self._latest_rows([key for _, key, _ in plans])
        known_urlless = self._urlless_known([d for a, _, d in plans if not (a.canonical_url or a.url)])
        revisions = [revision_id(key, digest) for _, key, digest in plans]
        stored = {r["revision_id"]: r for r in self._in(
            "SELECT id, key, revision, content_hash, revision_id FROM articles WHERE revision_id IN ({})",
            sorted(set(revisions)))}
        ingested_at = times.stamp(times.now())
        children = ChildRows()
        statuses: list[Status] = []
        for (article, key, digest), revision in zip(plans, revisions):
            urlless = not (article.canonical_url or article.url)
            current = latest.get(key)
            if (urlless and digest in known_urlless) or (current and current["content_hash"] == digest):
                statuses.append("unchanged")
                continue
            if current:
                conn.execute("UPDATE articles SET is_latest = FALSE WHERE id = ?", (current["id"],))
            top = current["max_revision"] if current else 0
            back = stored.get(revision)
            if back is not None:  # this text was an earlier revision of the key: latest again
                conn.execute("UPDATE articles SET is_latest = TRUE WHERE id = ?", (back["id"],))
                latest[key] = dict(back, max_revision=top)
                statuses.append("updated")
                continue
            published_at = times.normalise_published(article.published)
            article_id = conn.scalar(
                "INSERT INTO articles (key, revision, is_latest, input, url, canonical_url, outlet, host,"
                " outlet_key, title, author, published, published_at, language, content_hash,"
                " boilerplate, errors, fetched_at, ingested_at, dated_at, run_id, n_sources,"
                " n_attributions, revision_id)"
                " VALUES (?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (key, top + 1, article.input, article.url, article.canonical_url, article.outlet,
                 _host(article.canonical_url or article.url), fold(article.outlet), article.title,
                 article.author, article.published, published_at, article.language, digest,
                 spans_json(article.boilerplate), to_json(list(article.errors)), fetched_at,
                 ingested_at, published_at or ingested_at, run_id, len(article.sources),
                 len(article.attributions), revision),
            )
            conn.execute("INSERT INTO article_texts (article_id, text) VALUES (?, ?)",
                         (article_id, article.text))
            children.extend(child_rows(article_id, revision, article, published_at or ingested_at))
            latest[key] = {"id": article_id, "key": key, "revision": top + 1, "content_hash": digest,
                           "max_revision": top + 1}
            stored[revision] = {"id": article_id, "key": key, "revision": top + 1,
                                "content_hash": digest, "revision_id": revision}
            if urlless:
                known_urlless.add(digest)
            statuses.append("updated" if current else "ingested")
        write_child_rows(conn, children)
        return statuses

    def seen(self, url: Optional[str] = None, content_hash: Optional[str] = None) -> bool:
        """Whether an article with this URL (as url or canonical_url) and/or this content hash is stored.

        With both given, both must match the same article. Ingest uses it to skip refetching
        (``url``) or re-parsing (``content_hash``, see :func:`content_hash`).
        """
        if url is None and content_hash is None:
            raise TypeError("seen() needs url= or content_hash=")
        where, params = [], []
        if url is not None:
            where.append("(url = ? OR canonical_url = ?)")
            params += [url, url]
        if content_hash is not None:
            where.append("content_hash = ?")
            params.append(content_hash)
        sql = "SELECT 1 AS hit FROM articles WHERE " + " AND ".join(where) + " LIMIT 1"
        return self.conn.one(sql, params) is not None

    # -- queries --------------------------------------------------------------------------------
    @staticmethod
    def _article_filters(since, outlet, all_revisions: bool, inputs=None) -> tuple[list[str], list]:
        where: list[str] = [] if all_revisions else ["a.is_latest"]
        params: list = []
        if inputs is not None:
            where.append(f"a.input IN ({in_clause(len(inputs))})" if inputs else "FALSE")
            params += list(inputs)
        bound = times.parse_since(since)
        if bound is not None:
            where.append("a.dated_at >= ?")
            params.append(bound)
        if outlet:
            where.append("(a.outlet_key LIKE ? ESCAPE '\\' OR a.host LIKE ? ESCAPE '\\')")
            params += [like_pattern(outlet), like_pattern(outlet)]
        return where, params

    def articles(self, since: "str | datetime | date | None" = None, outlet: Optional[str] = None,
                 limit: Optional[int] = None, *, include_text: bool = False,
                 all_revisions: bool = False, inputs: Optional[list[str]] = None) -> list[dict]:
        """Stored articles, newest first (by ``dated_at``), latest revisions unless ``all_revisions``;
        ``inputs`` keeps only those stored from these paths or URLs as given."""
        where, params = self._article_filters(since, outlet, all_revisions, inputs)
        cols = ("a.id, a.revision_id, a.key, a.revision, a.is_latest, a.dated_at AS date, a.published, a.published_at,"
                " a.ingested_at, a.fetched_at, a.outlet, a.host, a.url, a.canonical_url, a.title,"
                " a.author, a.language, a.input, a.content_hash, a.errors, a.run_id, a.n_sources,"
                " a.n_attributions")
        sql = f"SELECT {cols} FROM articles a"
        if include_text:
            sql = (f"SELECT {cols}, t.text, a.boilerplate FROM articles a"
                   " JOIN article_texts t ON t.article_id = a.id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.dated_at DESC, a.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        rows = self.conn.all(sql, params)
        for r in rows:
            r["is_latest"] = bool(r["is_latest"])
            r["errors"] = json.loads(r["errors"])
            if include_text:
                r["boilerplate"] = json.loads(r["boilerplate"])
        return rows

    def claims(self, since: "str | datetime | date | None" = None, outlet: Optional[str] = None,
               source_kind: Optional[str] = None, min_sources: Optional[int] = None,
               speaker: Optional[str] = None, modality: Optional[str] = None,
               via: Optional[str] = None, limit: Optional[int] = None, *, kind: Optional[str] = None,
               entity: Optional[str] = None, all_revisions: bool = False) -> list[dict]:
        """Attributions joined with their article, newest article first, in text order within one.

        ``speaker`` and ``via`` are case-insensitive substrings (``via`` matches the via entry or the
        name of the source it refers to); ``min_sources`` is ``source_count >= N``; ``source_kind``
        is the speaker's kind; ``kind`` the attribution kind (direct/indirect/mixed); ``entity`` an
        entity id (:meth:`entities`): what that person or organisation said in any article.
        """
        where, params = self._article_filters(since, outlet, all_revisions)
        if source_kind:
            where.append("c.speaker_kind = ?")
            params.append(source_kind)
        if min_sources is not None:
            where.append("c.source_count >= ?")
            params.append(int(min_sources))
        tables = "attributions c JOIN articles a ON a.id = c.article_id"
        if speaker:
            # Match the short list of distinct speakers, then join on the speaker_key index.
            # CROSS JOIN makes SQLite keep that order (else it walks every article by date to save
            # a sort); PostgreSQL treats it as a plain join and plans it well by itself.
            tables = "speaker_keys k CROSS JOIN " + tables
            where.append("c.speaker_key = k.key AND k.key LIKE ? ESCAPE '\\'")
            params.append(like_pattern(speaker))
        if entity:
            where.append("c.speaker_entity_id = ?")
            params.append(entity)
        if modality:
            where.append("c.modality = ?")
            params.append(modality)
        if kind:
            where.append("c.kind = ?")
            params.append(kind)
        if via:
            where.append("EXISTS (SELECT 1 FROM attribution_via v WHERE v.article_id = c.article_id"
                         " AND v.position = c.position AND v.match_key LIKE ? ESCAPE '\\')")
            params.append(like_pattern(via))
        sql = ("SELECT a.id AS article_id, a.revision_id, a.revision, c.position, c.uid,"
               " c.speaker_entity_id, a.dated_at AS date, a.published_at,"
               " a.ingested_at, a.outlet, a.host, a.url, a.canonical_url, a.title,"
               " c.speaker_name, c.speaker_source_id, c.speaker_kind, c.source_count, c.modality,"
               " c.kind, c.source_text, c.cue_text, c.content_text,"
               # the JSON columns as one array: one json.loads per row instead of six
               " '[' || c.via_names || ',' || c.via || ',' || c.hedges || ','"
               " || COALESCE(c.source_spans, 'null') || ',' || c.cue_spans || ',' || c.content_spans"
               " || ']' AS packed"
               f" FROM {tables}")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.dated_at DESC, a.id DESC, c.position"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        out = []
        for r in self.conn.all(sql, params):
            via_names, via_ids, hedges, source_spans, cue_spans, content_spans = json.loads(r["packed"])
            out.append({
                "id": r["uid"], "article_id": r["article_id"], "revision_id": r["revision_id"],
                "revision": r["revision"], "position": r["position"],
                "date": r["date"], "published": r["published_at"], "ingested_at": r["ingested_at"],
                "outlet": r["outlet"] or r["host"], "url": r["canonical_url"] or r["url"],
                "title": r["title"],
                "speaker": r["speaker_name"] or r["source_text"], "speaker_name": r["speaker_name"],
                "speaker_id": r["speaker_source_id"], "speaker_kind": r["speaker_kind"],
                "speaker_entity": r["speaker_entity_id"],
                "source_count": r["source_count"], "via": via_names, "via_ids": via_ids,
                "modality": r["modality"], "hedges": hedges, "kind": r["kind"],
                "source": r["source_text"], "cue": r["cue_text"], "content": r["content_text"],
                "source_spans": source_spans, "cue_spans": cue_spans, "content_spans": content_spans,
            })
        return out

    def get_article(self, article: "int | str") -> Optional[Article]:
        """Rebuild the stored ``Article`` (the JSON contract) of one revision, by row id or
        revision id."""
        if isinstance(article, str):
            article = self.conn.scalar("SELECT id FROM articles WHERE revision_id = ?", (article,))
            if article is None:
                return None
        return load_article(self.conn, article)

    def revision_ids(self, article_ids: list[int]) -> dict[int, str]:
        """Row id -> revision id, for callers that got row ids from a query."""
        return {r["id"]: r["revision_id"] for r in self._in(
            "SELECT id, revision_id FROM articles WHERE id IN ({})", sorted(set(article_ids)))}

    def entities(self, name: Optional[str] = None, kind: Optional[str] = None,
                 limit: Optional[int] = None) -> list[dict]:
        """People, organisations and outlets, most quoted first; ``name`` matches any alias seen
        for them (case-, accent- and punctuation-folded substring: "berg" finds "Anna Berg")."""
        where, params = [], []
        if name:
            where.append("e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ? ESCAPE '\\')")
            params.append(like_pattern(normalise_name(name)))
        if kind:
            where.append("e.kind = ?")
            params.append(kind)
        sql = ("SELECT e.id, e.kind, e.name, e.norm, e.first_seen, (SELECT COUNT(*) FROM attributions c"
               " JOIN articles a ON a.id = c.article_id WHERE a.is_latest AND c.speaker_entity_id = e.id)"
               " AS attributions FROM entities e")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY attributions DESC, e.name"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self.conn.all(sql, params)

    def entity(self, entity_id: str) -> Optional[dict]:
        """One entity with every alias seen for it."""
        row = self.conn.one("SELECT id, kind, name, norm, first_seen FROM entities WHERE id = ?", (entity_id,))
        if row is not None:
            row["aliases"] = [r["alias"] for r in self.conn.all(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]
        return row

    def stats(self) -> dict:
        """Counts and ranges for a quick look at what is stored."""
        conn = self.conn
        latest = conn.one("SELECT COUNT(*) AS n, MIN(dated_at) AS first, MAX(dated_at) AS last,"
                          " MAX(ingested_at) AS last_ingest FROM articles WHERE is_latest")
        def grouped(sql: str) -> dict:
            return {r["k"] if r["k"] is not None else "(none)": r["n"] for r in conn.all(sql)}

        last_run = conn.one("SELECT * FROM runs ORDER BY id DESC LIMIT 1")
        if last_run:
            last_run["argv"] = json.loads(last_run["argv"])
            last_run["counts"] = json.loads(last_run["counts"]) if last_run["counts"] else None
        return {
            "backend": self.backend,
            "location": self.location,
            "schema_version": max(applied_versions(conn), default=0),
            "articles": latest["n"],
            "revisions": conn.scalar("SELECT COUNT(*) AS n FROM articles"),
            "sources": conn.scalar("SELECT COUNT(*) AS n FROM sources s JOIN articles a"
                                   " ON a.id = s.article_id WHERE a.is_latest"),
            "attributions": conn.scalar("SELECT COUNT(*) AS n FROM attributions c JOIN articles a"
                                        " ON a.id = c.article_id WHERE a.is_latest"),
            "entities": conn.scalar("SELECT COUNT(*) AS n FROM entities"),
            "first_date": latest["first"],
            "last_date": latest["last"],
            "last_ingest": latest["last_ingest"],
            "runs": conn.scalar("SELECT COUNT(*) AS n FROM runs"),
            "failures": conn.scalar("SELECT COUNT(*) AS n FROM failures"),
            "failures_by_reason": grouped("SELECT reason AS k, COUNT(*) AS n FROM failures"
                                          " GROUP BY reason ORDER BY n DESC, reason"),
            "top_outlets": grouped("SELECT COALESCE(outlet, host) AS k, COUNT(*) AS n FROM articles"
                                   " WHERE is_latest GROUP BY COALESCE(outlet, host)"
                                   " ORDER BY n DESC, k LIMIT 10"),
            "speaker_kinds": grouped("SELECT c.speaker_kind AS k, COUNT(*) AS n FROM attributions c"
                                     " JOIN articles a ON a.id = c.article_id WHERE a.is_latest"
                                     " GROUP BY c.speaker_kind ORDER BY n DESC, k"),
            "modalities": grouped("SELECT c.modality AS k, COUNT(*) AS n FROM attributions c"
                                  " JOIN articles a ON a.id = c.article_id WHERE a.is_latest"
                                  " GROUP BY c.modality ORDER BY n DESC, k"),
            "last_run": last_run,
        }


__all__ = ["ANONYMOUS_INPUTS", "Store", "StoreError", "content_hash", "resolve_url"]
