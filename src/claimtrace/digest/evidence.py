"""The stored text and attributions behind a story's articles: what summaries, sourcing lines and
the story page's highlighting are made of. One query per table for a whole story."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..store import Store
from ..store.db import chunks, in_clause


@dataclass
class StoredAttribution:
    position: int
    speaker: Optional[str]          # resolved name, else the source text
    speaker_kind: Optional[str]
    source_count: Optional[int]
    source_text: Optional[str]
    cue: str
    content: str
    modality: str
    hedges: list[str]
    via: list[str]                  # names of the outlets/sources it came through
    source_spans: list[list[int]]
    cue_spans: list[list[int]]
    content_spans: list[list[int]]


@dataclass
class StoredArticle:
    """One article revision with its text and attributions, keyed by its revision id."""

    revision_id: str
    row_id: int
    title: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    date: Optional[str]
    text: str
    boilerplate: list[list[int]]
    attributions: list[StoredAttribution] = field(default_factory=list)


def load_articles(store: Store, revision_ids: Iterable[str]) -> dict[str, StoredArticle]:
    """The articles with these revision ids (missing ids are left out), with text and attributions."""
    ids = list(dict.fromkeys(revision_ids))
    by_row: dict[int, StoredArticle] = {}
    for chunk in chunks(ids):
        for r in store.conn.all(
                "SELECT a.id, a.revision_id, a.title, COALESCE(a.outlet, a.host) AS outlet,"
                " COALESCE(a.canonical_url, a.url) AS url, a.dated_at, a.boilerplate, t.text"
                " FROM articles a JOIN article_texts t ON t.article_id = a.id"
                f" WHERE a.revision_id IN ({in_clause(len(chunk))})", chunk):
            by_row[r["id"]] = StoredArticle(
                revision_id=r["revision_id"], row_id=r["id"], title=r["title"], outlet=r["outlet"],
                url=r["url"], date=r["dated_at"], text=r["text"], boilerplate=json.loads(r["boilerplate"]))
    rows = sorted(by_row)
    for chunk in chunks(rows):
        for c in store.conn.all(
                "SELECT article_id, position, speaker_name, speaker_kind, source_count, source_text,"
                " cue_text, content_text, modality, hedges, via_names, source_spans, cue_spans,"
                " content_spans FROM attributions"
                f" WHERE article_id IN ({in_clause(len(chunk))}) ORDER BY article_id, position",
                chunk):
            by_row[c["article_id"]].attributions.append(StoredAttribution(
                position=c["position"], speaker=c["speaker_name"] or c["source_text"],
                speaker_kind=c["speaker_kind"], source_count=c["source_count"],
                source_text=c["source_text"], cue=c["cue_text"], content=c["content_text"],
                modality=c["modality"], hedges=json.loads(c["hedges"]), via=json.loads(c["via_names"]),
                source_spans=json.loads(c["source_spans"]) if c["source_spans"] else [],
                cue_spans=json.loads(c["cue_spans"]), content_spans=json.loads(c["content_spans"])))
    return {a.revision_id: a for a in by_row.values()}
