"""``Store``: articles with their sources and attributions, ingest runs and failures, in SQLite or PostgreSQL.

Guarantees, on both backends:

* one transaction per article (row, sources, attributions, via rows), so a killed process leaves
  whole articles or nothing; each article row carries ``n_sources``/``n_attributions`` so that
  completeness can be checked from the data alone;
* idempotent saves: an article's identity is its canonical URL, else its URL, else its input
  (except anonymous inputs such as ``<string>`` or ``-``), else its content hash. The same identity
  with the same content hash is ``"unchanged"`` (nothing written); a new text under the same
  identity is a new revision (``"updated"``); an article without a URL whose text is already stored
  without a URL is ``"unchanged"`` too. Queries read the latest revisions.
* writers are serialised per identity (SQLite: the write lock; PostgreSQL: advisory locks), and a
  lost race on the unique (key, revision) constraint is retried.

Date filters (``since``) use the publication time when the article had a parseable one, else the
ingest time (column ``dated_at``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import date, datetime
from typing import Any, Iterable, Literal, Optional
from urllib.parse import urlsplit, urlunsplit

from ..model import Article, Attribution, Document, Source, Speaker, TextSpan
from . import times
from .db import Connection, StoreError, connect, resolve_url
from .migrate import applied_versions, migrate

Status = Literal["ingested", "unchanged", "updated"]

#: Inputs that name no document (API strings, stdin): such articles are identified by content.
ANONYMOUS_INPUTS = frozenset({"", "-", "<string>", "<stdin>", "<html>", "<text>"})

_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """sha256 (hex) of ``text`` with runs of whitespace collapsed to one space and ends stripped."""
    return hashlib.sha256(_WS.sub(" ", text).strip().encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans(value: Iterable) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in value]


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


def _fold(text: Optional[str]) -> Optional[str]:
    return text.casefold() if text else None


def _like(value: str) -> str:
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
            (times.stamp(times.now()), _json(list(argv))),
        ))

    def finish_run(self, run_id: int, counts: dict) -> None:
        self._write(lambda: self.conn.execute(
            "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?",
            (times.stamp(times.now()), _json(counts), run_id),
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
    @staticmethod
    def identity(article: "Article | Document") -> str:
        """The key revisions hang off: canonical URL, URL, a named input, else the content hash."""
        if article.canonical_url or article.url:
            return article.canonical_url or article.url
        if article.input not in ANONYMOUS_INPUTS:
            return article.input
        return "sha256:" + content_hash(article.text)

    def is_unchanged(self, item: "Article | Document") -> bool:
        """True when saving ``item`` (an Article, or a Document before parsing) would change nothing:
        the latest revision under its identity has the same text. Lets ingest skip the parse."""
        digest = content_hash(item.text)
        if self._same_text_without_url(item, digest):
            return True
        latest = self._latest(self.identity(item))
        return bool(latest) and latest["content_hash"] == digest

    def _same_text_without_url(self, item, digest: str) -> bool:
        """An article with no URL is known by its text alone."""
        return not (item.canonical_url or item.url) and self.conn.one(
            "SELECT id FROM articles WHERE content_hash = ? AND is_latest"
            " AND url IS NULL AND canonical_url IS NULL LIMIT 1", (digest,)) is not None

    def _latest(self, key: str):
        return self.conn.one("SELECT id, revision, content_hash FROM articles WHERE key = ? AND is_latest",
                             (key,))

    def save_article(self, article: Article, *, run_id: Optional[int] = None,
                     fetched_at: "datetime | str | None" = None) -> Status:
        """Store one article with its sources and attributions, atomically.

        Returns ``"ingested"`` (new), ``"unchanged"`` (already stored; nothing written) or
        ``"updated"`` (new revision of a stored article).
        """
        digest = content_hash(article.text)
        key = self.identity(article)
        locks = ("article:" + key,)
        if not (article.canonical_url or article.url):
            locks += ("content:" + digest,)
        if isinstance(fetched_at, datetime):
            fetched_at = times.stamp(fetched_at)
        return self._write(self._save_locked, article, key, digest, run_id, fetched_at, locks=locks)

    def _save_locked(self, article: Article, key: str, digest: str, run_id: Optional[int],
                     fetched_at: Optional[str]) -> Status:
        conn = self.conn
        if self._same_text_without_url(article, digest):
            return "unchanged"
        latest = self._latest(key)
        if latest and latest["content_hash"] == digest:
            return "unchanged"
        if latest:
            conn.execute("UPDATE articles SET is_latest = FALSE WHERE id = ?", (latest["id"],))
        ingested_at = times.stamp(times.now())
        published_at = times.normalise_published(article.published)
        article_id = conn.scalar(
            "INSERT INTO articles (key, revision, is_latest, input, url, canonical_url, outlet, host,"
            " outlet_key, title, author, published, published_at, language, content_hash,"
            " boilerplate, errors, fetched_at, ingested_at, dated_at, run_id, n_sources, n_attributions)"
            " VALUES (?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id",
            (key, latest["revision"] + 1 if latest else 1, article.input, article.url,
             article.canonical_url, article.outlet, _host(article.canonical_url or article.url),
             _fold(article.outlet), article.title, article.author, article.published, published_at,
             article.language, digest, _json(_spans(article.boilerplate)),
             _json(list(article.errors)), fetched_at, ingested_at, published_at or ingested_at,
             run_id, len(article.sources), len(article.attributions)),
        )
        conn.execute("INSERT INTO article_texts (article_id, text) VALUES (?, ?)", (article_id, article.text))
        conn.executemany(
            "INSERT INTO sources (article_id, position, source_id, kind, name, role, count, parent,"
            " mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, i, s.id, s.kind, s.name, s.role, s.count, s.parent, _json(_spans(s.mentions)))
             for i, s in enumerate(article.sources)],
        )
        names = {s.id: s.name for s in article.sources}
        attribution_rows, via_rows = [], []
        for i, a in enumerate(article.attributions):
            sp = a.speaker
            via = [str(v) for v in a.via]
            via_names = [names.get(v) or v for v in via]
            attribution_rows.append((
                article_id, i, a.kind, sp.source_id if sp else None, sp.name if sp else None,
                sp.kind if sp else None, _fold(sp.name) if sp else None, a.source_count, a.modality,
                _json(list(a.hedges)), _json(via), _json(via_names),
                _json(_spans(a.source.spans)) if a.source else None, a.source.text if a.source else None,
                _json(_spans(a.cue.spans)), a.cue.text, _json(_spans(a.content.spans)), a.content.text,
            ))
            for hop, value in enumerate(via):
                name = names.get(value)
                via_rows.append((article_id, i, hop, value, name,
                                 value.casefold() + ("\t" + name.casefold() if name else "")))
        conn.executemany(
            "INSERT INTO attributions (article_id, position, kind, speaker_source_id, speaker_name,"
            " speaker_kind, speaker_key, source_count, modality, hedges, via, via_names, source_spans,"
            " source_text, cue_spans, cue_text, content_spans, content_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            attribution_rows,
        )
        speaker_keys = sorted({row[6] for row in attribution_rows if row[6]})
        conn.executemany("INSERT INTO speaker_keys (key) VALUES (?) ON CONFLICT DO NOTHING",
                         [(k,) for k in speaker_keys])
        conn.executemany(
            "INSERT INTO attribution_via (article_id, position, hop, value, name, match_key)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            via_rows,
        )
        return "updated" if latest else "ingested"

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
            where.append("a.input IN (%s)" % ", ".join("?" * len(inputs)) if inputs else "FALSE")
            params += list(inputs)
        bound = times.parse_since(since)
        if bound is not None:
            where.append("a.dated_at >= ?")
            params.append(bound)
        if outlet:
            where.append("(a.outlet_key LIKE ? ESCAPE '\\' OR a.host LIKE ? ESCAPE '\\')")
            params += [_like(outlet), _like(outlet)]
        return where, params

    def articles(self, since: "str | datetime | date | None" = None, outlet: Optional[str] = None,
                 limit: Optional[int] = None, *, include_text: bool = False,
                 all_revisions: bool = False, inputs: Optional[list[str]] = None) -> list[dict]:
        """Stored articles, newest first (by ``dated_at``), latest revisions unless ``all_revisions``;
        ``inputs`` keeps only those stored from these paths or URLs as given."""
        where, params = self._article_filters(since, outlet, all_revisions, inputs)
        cols = ("a.id, a.key, a.revision, a.is_latest, a.dated_at AS date, a.published, a.published_at,"
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
               all_revisions: bool = False) -> list[dict]:
        """Attributions joined with their article, newest article first, in text order within one.

        ``speaker`` and ``via`` are case-insensitive substrings (``via`` matches the via entry or the
        name of the source it refers to); ``min_sources`` is ``source_count >= N``; ``source_kind``
        is the speaker's kind; ``kind`` the attribution kind (direct/indirect/mixed).
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
            params.append(_like(speaker))
        if modality:
            where.append("c.modality = ?")
            params.append(modality)
        if kind:
            where.append("c.kind = ?")
            params.append(kind)
        if via:
            where.append("EXISTS (SELECT 1 FROM attribution_via v WHERE v.article_id = c.article_id"
                         " AND v.position = c.position AND v.match_key LIKE ? ESCAPE '\\')")
            params.append(_like(via))
        sql = ("SELECT a.id AS article_id, a.revision, c.position, a.dated_at AS date, a.published_at,"
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
                "article_id": r["article_id"], "revision": r["revision"], "position": r["position"],
                "date": r["date"], "published": r["published_at"], "ingested_at": r["ingested_at"],
                "outlet": r["outlet"] or r["host"], "url": r["canonical_url"] or r["url"],
                "title": r["title"],
                "speaker": r["speaker_name"] or r["source_text"], "speaker_name": r["speaker_name"],
                "speaker_id": r["speaker_source_id"], "speaker_kind": r["speaker_kind"],
                "source_count": r["source_count"], "via": via_names, "via_ids": via_ids,
                "modality": r["modality"], "hedges": hedges, "kind": r["kind"],
                "source": r["source_text"], "cue": r["cue_text"], "content": r["content_text"],
                "source_spans": source_spans, "cue_spans": cue_spans, "content_spans": content_spans,
            })
        return out

    def get_article(self, article_id: int) -> Optional[Article]:
        """Rebuild the stored ``Article`` (the JSON contract) of one revision."""
        conn = self.conn
        a = conn.one("SELECT a.*, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id"
                     " WHERE a.id = ?", (article_id,))
        if a is None:
            return None
        sources = [
            Source(id=s["source_id"], kind=s["kind"], name=s["name"], role=s["role"], count=s["count"],
                   parent=s["parent"], mentions=[tuple(m) for m in json.loads(s["mentions"])])
            for s in conn.all("SELECT * FROM sources WHERE article_id = ? ORDER BY position", (article_id,))
        ]
        attributions = []
        for c in conn.all("SELECT * FROM attributions WHERE article_id = ? ORDER BY position", (article_id,)):
            speaker = (Speaker(source_id=c["speaker_source_id"], name=c["speaker_name"], kind=c["speaker_kind"])
                       if c["speaker_kind"] is not None or c["speaker_source_id"] is not None else None)
            attributions.append(Attribution(
                cue=TextSpan([tuple(x) for x in json.loads(c["cue_spans"])], c["cue_text"]),
                content=TextSpan([tuple(x) for x in json.loads(c["content_spans"])], c["content_text"]),
                source=(TextSpan([tuple(x) for x in json.loads(c["source_spans"])], c["source_text"])
                        if c["source_spans"] is not None else None),
                kind=c["kind"], speaker=speaker, source_count=c["source_count"],
                via=json.loads(c["via"]), modality=c["modality"], hedges=json.loads(c["hedges"]),
            ))
        return Article(
            input=a["input"], text=a["text"], title=a["title"], language=a["language"],
            boilerplate=[tuple(b) for b in json.loads(a["boilerplate"])], sources=sources,
            attributions=attributions, errors=json.loads(a["errors"]), url=a["url"],
            canonical_url=a["canonical_url"], outlet=a["outlet"], author=a["author"],
            published=a["published"],
        )

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


__all__ = ["Store", "StoreError", "content_hash", "resolve_url"]
