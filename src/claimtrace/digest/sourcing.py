"""The sourcing line: on whose word a story stands, in one sentence a reader trusts at a glance.

"five anonymous officials, via the Harbour Ledger; relayed by 14 outlets; denied on record by Anna
Berg". Built from the stored attributions of the story's original articles (who the report rests
on), the story's origins and roles (who relays it) and the claim groups' ``denied_by``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..link.records import Story
from ..model import ANONYMOUS_KINDS
from .evidence import StoredArticle, StoredAttribution

NAMED_KINDS = ("person", "organization")
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]
#: the plural noun a group of anonymous sources is described by ("officials familiar with ...")
GROUP_NOUN = re.compile(r"\b(officials|sources|people|diplomats|executives|staff|employees|analysts|"
                        r"residents|investigators|bankers|lawyers|ministers|aides|members|insiders|"
                        r"officers|traders|workers|persons|individuals)\b", re.IGNORECASE)
SINGULAR = {"people": "person", "staff": "staff member", "persons": "person", "individuals": "individual"}


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else f"{n:,}"


@dataclass
class SourceProfile:
    """Who a story's report rests on: distinct named speakers on record and anonymous groups."""

    named: list[str]
    anonymous: list[StoredAttribution]

    @property
    def largest_anonymous(self) -> Optional[StoredAttribution]:
        if not self.anonymous:
            return None
        return max(self.anonymous, key=lambda a: (a.source_count or 1, -a.position))


def source_profile(articles: list[StoredArticle]) -> SourceProfile:
    named: dict[str, None] = {}
    anonymous: list[StoredAttribution] = []
    for article in articles:
        for a in article.attributions:
            if a.speaker_kind in NAMED_KINDS and a.speaker:
                named.setdefault(a.speaker)
            elif a.speaker_kind in ANONYMOUS_KINDS:
                anonymous.append(a)
    return SourceProfile(named=list(named), anonymous=anonymous)


def describe_anonymous(a: StoredAttribution) -> str:
    """``five anonymous officials``, ``an anonymous source``, ``anonymous sources``."""
    m = GROUP_NOUN.search(a.source_text or a.speaker or "")
    noun = m.group(1).lower() if m else "sources"
    count = a.source_count
    if count == 1:
        single = SINGULAR.get(noun, noun[:-1] if noun.endswith("s") else noun)
        return f"an anonymous {single}"
    if count:
        return f"{number_word(count)} anonymous {noun}"
    return f"anonymous {noun}"


def sourcing_line(story: Story, articles: dict[str, StoredArticle]) -> str:
    """The story's sourcing in one line; see the module docstring."""
    originals = [articles[a.revision_id] for a in story.articles
                 if a.role == "original" and a.revision_id in articles]
    profile = source_profile(originals or list(articles.values()))
    backing = []
    biggest = profile.largest_anonymous
    if biggest is not None:
        backing.append(describe_anonymous(biggest))
    if profile.named:
        shown = ", ".join(profile.named[:2]) + (" and others" if len(profile.named) > 2 else "")
        backing.append(f"{shown} on record")
    first = " and ".join(backing) or "no attributed sources"
    named_origins = list(dict.fromkeys(" ".join(o.split()) for o in story.origins if o.strip()))
    if named_origins:
        first += ", via " + " and ".join(named_origins)
    parts = [first]
    origins = {o.casefold() for o in named_origins}
    relaying = {a.outlet for a in story.articles
                if a.role in ("relay", "copy") and a.outlet and a.outlet.casefold() not in origins}
    if relaying:
        parts.append(f"relayed by {number_word(len(relaying))} outlet" + ("s" if len(relaying) > 1 else ""))
    deniers = denied_by(story)
    if deniers:
        parts.append("denied on record by " + ", ".join(deniers))
    return "; ".join(parts)


def denied_by(story: Story) -> list[str]:
    """Everyone who denied one of the story's claims on record, in first-seen order."""
    return list(dict.fromkeys(name for c in story.claims for name in c.denied_by))


def story_hedges(articles: dict[str, StoredArticle]) -> list[str]:
    """The hedging words of the story's attributions, most used first."""
    counts: dict[str, int] = {}
    for article in articles.values():
        for a in article.attributions:
            for h in a.hedges:
                counts[h.lower()] = counts.get(h.lower(), 0) + 1
    return sorted(counts, key=lambda h: (-counts[h], h))
