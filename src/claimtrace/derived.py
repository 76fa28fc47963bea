"""Data derived from stored articles, kept in step as ingest saves them: story links
(``claimtrace.link``) and the claim index that ``track`` searches (``claimtrace.stance.index``).

Both are rebuilt from the articles alone (``claimtrace link --rebuild``, ``track --reindex``), so
a failure here never loses an article: it is reported, and the next ``link`` / index run catches
up on what is missing.
"""
from __future__ import annotations

from typing import Callable, Optional

from .store import Store


def update_derived(store: Store, revision_ids: list[str],
                   on_error: Optional[Callable[[str], None]] = None) -> None:
    """Link and index these newly saved revisions (each step in its own transactions)."""
    if not revision_ids:
        return
    from .link import link_articles
    from .stance.index import index_articles

    for step, name in ((link_articles, "link"), (index_articles, "claim index")):
        try:
            step(store, revision_ids)
        except Exception as exc:  # the articles are saved; `claimtrace link` / reindex catch up
            if on_error is None:
                raise
            on_error(f"{name}: {type(exc).__name__}: {' '.join(str(exc).split())}")
