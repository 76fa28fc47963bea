"""Build a digest: rank the stories of a period, summarise the top ones, say what changed since
the previous digest, and (optionally) record it so the next digest compares with this one."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from ..link import stories as find_stories
from ..link.records import Story
from ..stance.denials import find_contradictions
from ..store import Store, times
from . import history
from .evidence import load_articles
from .facts import facts_for
from .ranking import rank_factors, score, sort_key
from .records import ArticleLink, Digest, DigestStory
from .render import html_fragment
from .summary import summarise

ROLE_ORDER = {"original": 0, "relay": 1, "copy": 2}


def rank(store: Store, candidates: list[Story], *, previous: Optional[history.PastDigest] = None,
         top: Optional[int] = None, summary_sentences: int = 3) -> list[DigestStory]:
    """``candidates`` as digest stories, best first (at most ``top``), compared with ``previous``.

    ``summary_sentences=0`` skips the summaries (the web app's story list does not show them).
    """
    scored = []
    facts = facts_for(store, candidates)
    for story in candidates:
        before = history.match(story, previous) if previous else None
        is_new = previous is not None and before is None
        changed = history.changes(story, before)
        opposed = find_contradictions(story)
        factors = rank_factors(story, facts[story.id], is_new=is_new, changes=changed,
                               first_digest=previous is None, contradictions=opposed)
        scored.append((story, factors, changed, is_new, score(factors), opposed))
    scored.sort(key=lambda item: sort_key(item[0], item[4]))
    if top is not None:
        scored = scored[:top]
    # only the stories shown with a summary need their articles' texts
    evidence = load_articles(store, [a.revision_id for item in scored for a in item[0].articles]) \
        if summary_sentences else {}
    out = []
    for n, (story, factors, changed, is_new, total, opposed) in enumerate(scored, 1):
        links = [ArticleLink(title=a.title, outlet=a.outlet, url=a.url, published=a.published, role=a.role)
                 for a in sorted(story.articles, key=lambda a: (ROLE_ORDER.get(a.role, 3), a.published or ""))]
        articles = {a.revision_id: evidence[a.revision_id] for a in story.articles if a.revision_id in evidence}
        out.append(DigestStory(
            story=story, rank=n, score=total, factors=factors,
            summary=summarise(story, articles, limit=summary_sentences) if summary_sentences else [],
            sourcing=facts[story.id].sourcing, hedges=facts[story.id].hedges,
            changes=(["new since the last digest"] if is_new else changed), is_new=is_new, links=links,
            contradictions=opposed))
    return out


def build_digest(store: Store, *, since: "str | datetime | None" = "24h", top: int = 10,
                 outlet: Optional[str] = None, actor: Optional[str] = None,
                 compare: bool = True) -> Digest:
    """The digest of stories seen ``since`` (None: all), ranked, the ``top`` best.

    ``compare`` measures novelty and changes against the last recorded digest; call
    :func:`record_digest` afterwards to make this one the reference for the next.
    """
    previous = history.last(store) if compare else None
    bound = times.parse_since(since) if since is not None else None
    candidates = find_stories(store, since=bound, outlet=outlet, actor=actor)
    return Digest(generated_at=times.stamp(times.now()), since=bound,
                  stories=rank(store, candidates, previous=previous, top=top),
                  previous_at=previous.generated_at if previous else None)


def record_digest(store: Store, digest: Digest) -> int:
    """Save ``digest`` in the store's digest history; sets and returns ``digest.id``."""
    digest.id = history.record(store, digest.generated_at, digest.since,
                               [s.story for s in digest.stories], html_fragment(digest))
    return digest.id
