"""RSS/Atom feeds (feedgen): one of past digests, and one per story (its articles as they came).

Feed readers get the same escaped HTML the e-mail uses; entry ids are stable (``tag:`` URIs built
from digest and revision ids), so a reader does not show an entry twice.
"""
from __future__ import annotations

from typing import Literal, Optional

from feedgen.feed import FeedGenerator

from ..link.records import Story
from ..store.times import parse_moment
from .history import PastDigest

FeedFormat = Literal["rss", "atom"]
TAG = "tag:claimtrace,2026:"


def _generator(feed_id: str, title: str, link: str, description: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(feed_id)
    fg.title(title)
    fg.link(href=link, rel="alternate")
    fg.description(description)
    fg.language("en")
    fg.generator("claimtrace")
    return fg


def _out(fg: FeedGenerator, fmt: FeedFormat) -> bytes:
    if fmt == "atom":
        return fg.atom_str(pretty=True)
    if fmt == "rss":
        return fg.rss_str(pretty=True)
    raise ValueError(f"unknown feed format {fmt!r}: rss or atom")


def digests_feed(digests: list[PastDigest], *, base_url: str = "http://127.0.0.1:8000",
                 fmt: FeedFormat = "rss") -> bytes:
    """A feed of past digests (newest first), each entry the digest's story list."""
    base = base_url.rstrip("/")
    fg = _generator(TAG + "digests", "claimtrace digests", base + "/",
                    "Daily digests of news stories ranked by independent corroboration")
    for d in reversed(digests):  # feedgen prepends: add oldest first so the newest leads
        entry = fg.add_entry()
        entry.id(f"{TAG}digest:{d.id}")
        entry.title(f"claimtrace digest — {d.generated_at.replace('T', ' ').replace('Z', ' UTC')}")
        entry.link(href=f"{base}/?digest={d.id}")
        if fmt == "atom":
            entry.content(d.body_html, type="html")
        else:
            entry.description(d.body_html)
        moment = parse_moment(d.generated_at)
        entry.published(moment)
        entry.updated(moment)
    return _out(fg, fmt)


def story_feed(story: Story, *, base_url: str = "http://127.0.0.1:8000", fmt: FeedFormat = "rss",
               sourcing: Optional[str] = None) -> bytes:
    """A feed of one story: each article an entry (outlet, role, link), newest first."""
    base = base_url.rstrip("/")
    fg = _generator(f"{TAG}story:{story.id}", f"Story: {story.title or story.id}",
                    f"{base}/stories/{story.id}",
                    sourcing or f"{len(story.articles)} articles, {story.independent_reports} independent reports")
    dated = sorted(story.articles, key=lambda a: (a.published or "", a.revision_id))
    for a in dated:
        entry = fg.add_entry()
        entry.id(f"{TAG}article:{a.revision_id}")
        entry.title(f"{a.outlet or 'unknown outlet'} ({a.role}): {a.title or a.input}")
        entry.link(href=a.url or f"{base}/stories/{story.id}")
        summary = f"{a.role} — " + (f"relays {', '.join(a.relays)}" if a.relays else "own report")
        if fmt == "atom":
            entry.summary(summary)
        else:
            entry.description(summary)
        moment = parse_moment(a.published) if a.published else None
        if moment:
            entry.published(moment)
            entry.updated(moment)
        elif fmt == "atom":
            entry.updated(parse_moment(story.last_seen or story.first_seen or "1970-01-01T00:00:00Z"))
    return _out(fg, fmt)
