"""Identities that belong to the data, not to database rows.

Every id here is a short hash of what the record *is*, so two processes (or two machines) that
extract the same article compute the same ids, a re-run upserts instead of duplicating, and a
story or claim group can point at an article revision, an attribution or an entity without
knowing which database holds it:

* an article's **key** (what its revisions hang off): canonical URL, URL, a named input, else the
  content hash; its **revision id**: key + content hash;
* a **source uid** and an **attribution uid**: the revision id plus the record's own spans;
* an **entity id**: kind family + normalised name, the same in every article ("Anna Berg" in one
  article and "Foreign Ministry spokeswoman Anna Berg" in another are one entity).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .model import Article, Attribution, Document, Source

#: Inputs that name no document (API strings, stdin): such articles are identified by content.
ANONYMOUS_INPUTS = frozenset({"", "-", "<string>", "<stdin>", "<html>", "<text>"})

#: Source kinds that name something that exists outside one article.
ENTITY_KINDS = {"person": "person", "organization": "organization", "outlet": "outlet"}

_WS = re.compile(r"\s+")
_NOT_NAME = re.compile(r"[^\w\s&'-]+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame)\.?\s+")


def _digest(*parts: str, size: int = 20) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def content_hash(text: str) -> str:
    """sha256 (hex) of ``text`` with runs of whitespace collapsed to one space and ends stripped."""
    return hashlib.sha256(_WS.sub(" ", text).strip().encode("utf-8")).hexdigest()


def article_key(article: "Article | Document") -> str:
    """The key revisions hang off: canonical URL, URL, a named input, else the content hash."""
    if article.canonical_url or article.url:
        return article.canonical_url or article.url
    if article.input not in ANONYMOUS_INPUTS:
        return article.input
    return "sha256:" + content_hash(article.text)


def revision_id(key: str, digest: str) -> str:
    """One revision of one article: its key and the hash of its text."""
    return "r" + _digest(key, digest, size=24)


def article_revision_id(article: "Article | Document") -> str:
    return revision_id(article_key(article), content_hash(article.text))


def source_uid(revision: str, source: Source) -> str:
    return "s" + _digest(revision, source.id)


def _spans_text(spans) -> str:
    return ",".join(f"{int(s)}-{int(e)}" for s, e in spans)


def attribution_uids(revision: str, attributions: Iterable[Attribution]) -> list[str]:
    """One uid per attribution, from its cue, content and source spans (stable across re-extraction
    of the same text); the rare exact repeat gets an occurrence suffix so uids stay unique."""
    seen: dict[str, int] = {}
    out = []
    for a in attributions:
        base = "a" + _digest(revision, _spans_text(a.cue.spans), _spans_text(a.content.spans),
                             _spans_text(a.source.spans) if a.source else "")
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else f"{base}.{n}")
    return out


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-folded name without a leading "the" or honorific."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NOT_NAME.sub(" ", _POSSESSIVE.sub("", text.casefold()))
    text = _WS.sub(" ", text).strip()
    text = _LEADING_THE.sub("", text)
    return _HONORIFIC.sub("", text)


def entity_id(kind: str, name: str) -> Optional[str]:
    """The id of the entity a named source of ``kind`` is; None for kinds that are not entities
    (anonymous groups, documents, unknown) and for empty names."""
    family = ENTITY_KINDS.get(kind)
    norm = normalise_name(name) if name else ""
    if family is None or not norm:
        return None
    return "e" + _digest(family, norm, size=16)


@dataclass
class EntityRecord:
    """An entity as one article sees it: the name, its kind, and the surface forms used for it."""

    id: str
    kind: str
    name: str
    norm: str
    aliases: set[str] = field(default_factory=set)


def entities_of(article: Article) -> dict[str, EntityRecord]:
    """The entities of an article's named sources, keyed by source id.

    Aliases are the name itself, every mention that contains it ("Foreign Ministry spokeswoman
    Anna Berg") and every mention it contains ("Berg"); pronouns and descriptions are not aliases.
    """
    out: dict[str, EntityRecord] = {}
    for s in article.sources:
        eid = entity_id(s.kind, s.name or "")
        if eid is None:
            continue
        record = EntityRecord(eid, ENTITY_KINDS[s.kind], s.name, normalise_name(s.name), {s.name})
        folded = s.name.casefold()
        for start, end in s.mentions:
            surface = " ".join(article.text[start:end].split())
            low = surface.casefold()
            if surface and len(surface) <= 120 and (folded in low or (low in folded and surface[0].isupper())):
                record.aliases.add(surface)
        if s.role and s.kind == "person":
            record.aliases.add(f"{s.role} {s.name}")
        out[s.id] = record
    return out


__all__ = ["ANONYMOUS_INPUTS", "ENTITY_KINDS", "EntityRecord", "article_key", "article_revision_id",
           "attribution_uids", "content_hash", "entities_of", "entity_id", "normalise_name",
           "revision_id", "source_uid"]
