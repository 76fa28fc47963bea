"""Why one story comes before another, as named factors with reasons a reader can check.

Independent corroboration counts reports, not re-prints (``Story.independent_reports``); novelty
compares with the previous digest; a claim denied on record makes a story contested; named
sources on record weigh more than anonymous ones; a story reaching many outlets in few hours is
spreading fast. Each factor is 0..1; the score is their weighted sum.
"""
from __future__ import annotations

import math
from typing import Optional

from ..link.records import Story
from ..stance.denials import Contradiction
from ..store.times import parse_moment
from .facts import StoryFacts
from .records import RankFactor
from .sourcing import denied_by, number_word

WEIGHTS = {"corroboration": 0.35, "novelty": 0.2, "contested": 0.15, "source_weight": 0.15,
           "spread": 0.15}


def corroboration(story: Story) -> RankFactor:
    n = max(1, story.independent_reports)
    articles = len(story.articles)
    reason = (f"{number_word(n)} independent report{'s' if n > 1 else ''}"
              f" ({articles} article{'s' if articles != 1 else ''}; re-prints of one report count once)")
    return RankFactor("corroboration", (n - 1) / n, WEIGHTS["corroboration"], reason)


def novelty(is_new: bool, changes: list[str], first_digest: bool) -> RankFactor:
    if first_digest:
        return RankFactor("novelty", 1.0, WEIGHTS["novelty"], "first digest: everything is new")
    if is_new:
        return RankFactor("novelty", 1.0, WEIGHTS["novelty"], "new since the last digest")
    if changes:
        return RankFactor("novelty", 0.5, WEIGHTS["novelty"], "changed since the last digest")
    return RankFactor("novelty", 0.0, WEIGHTS["novelty"], "no change since the last digest")


def contested(story: Story, contradictions: list[Contradiction]) -> RankFactor:
    """Claims denied on record, and sources on the same matter saying opposite things."""
    denied = [c for c in story.claims if c.denied_by]
    opposed = [c for c in contradictions if c.kind == "negation"]
    if not denied and not opposed:
        return RankFactor("contested", 0.0, WEIGHTS["contested"], "no claim denied on record")
    reasons = []
    if denied:
        reasons.append(f"{len(denied)} of {len(story.claims)} claims denied on record by "
                       + ", ".join(denied_by(story)))
    if opposed:
        reasons.append(f"{len(opposed)} contradiction{'s' if len(opposed) > 1 else ''} between sources")
    value = min(1.0, 0.6 + 0.2 * (len(denied) + len(opposed) - 1))
    return RankFactor("contested", value, WEIGHTS["contested"], ", ".join(reasons))


def source_weight(facts: StoryFacts) -> RankFactor:
    """Share of the story's attributions that rest on named people or organisations on record."""
    named, anonymous = facts.named, facts.anonymous
    if not named and not anonymous:
        return RankFactor("source_weight", 0.0, WEIGHTS["source_weight"], "no identifiable sources")
    reason = (f"{named} attribution{'s' if named != 1 else ''} to named sources on record,"
              f" {anonymous} to anonymous sources")
    return RankFactor("source_weight", named / (named + anonymous), WEIGHTS["source_weight"], reason)


def spread(story: Story, facts: StoryFacts) -> RankFactor:
    """Outlets reached per hour between the first article and the last outlet to join."""
    first_by_outlet: dict[str, float] = {}
    for a in story.articles:
        when = a.published or facts.dates.get(a.revision_id)
        moment = parse_moment(when) if when else None
        if not a.outlet or moment is None:
            continue
        t = moment.timestamp()
        key = a.outlet.casefold()
        first_by_outlet[key] = min(t, first_by_outlet.get(key, t))
    n = len(first_by_outlet)
    if n < 2:
        return RankFactor("spread", 0.0, WEIGHTS["spread"], "one outlet so far" if n else "no dated articles")
    hours = max(1.0, (max(first_by_outlet.values()) - min(first_by_outlet.values())) / 3600)
    rate = (n - 1) / hours
    value = 1 - math.exp(-rate / 2)
    span = f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} days"
    return RankFactor("spread", value, WEIGHTS["spread"], f"reached {n} outlets in {span}")


def rank_factors(story: Story, facts: StoryFacts, *, is_new: bool,
                 changes: list[str], first_digest: bool,
                 contradictions: list[Contradiction]) -> list[RankFactor]:
    return [corroboration(story), novelty(is_new, changes, first_digest), contested(story, contradictions),
            source_weight(facts), spread(story, facts)]


def score(factors: list[RankFactor]) -> float:
    return round(sum(f.points for f in factors), 4)


def sort_key(story: Story, total: float) -> tuple:
    """Highest score first; ties by the latest activity, then id (a stable order)."""
    return (-total, _neg_time(story.last_seen), story.id)


def _neg_time(value: Optional[str]) -> float:
    moment = parse_moment(value) if value else None
    return -moment.timestamp() if moment else 0.0
