"""Whether an article tells the same story as another, and as a story of several articles.

The pair score is the learned pair model's log-odds (``pair_model.py``: vocabulary, names, numbers,
near-duplicate text), adjusted for what separates look-alikes and what FNC-1 cannot teach (it has
no dates and no outlets): the days between the two, numbers that conflict across days, and the
report each one relays; copies always join. A new article joins the story whose members it
matches best *on average* (``story_match``: the mean pair probability over all of the story's
members, members that are not among its candidates counting as 0), which curbs single-link
chaining and still lets a rewrite join a large story it matches loosely through many members.
Streaming average linkage splits a story when its first articles match each other loosely; the
halves then grow side by side. So an article that matches a second story well (``MERGE_THRESHOLD``)
also merges it, if the two stories' members it matches best also match each other
(``cross_match``, ``MERGE_CROSS_THRESHOLD``): the article alone is no bridge, which keeps
single-link chaining out. Joining one article at a time still leaves stories split or impure that
average linkage over all articles would not, so after each article the linker re-clusters its
story with the candidate stories it matches (``region_stories``, capped) by average linkage from
single articles (``average_linkage``): that merges halves and splits off members that no longer fit.
The thresholds were chosen on the FNC-1 tuning groups only (bench/stories_fnc1.py --sweep and
group-wise cross-validation): the join threshold is flat between 0.2 and 0.3 there, 0.25 was best on
average; the merge thresholds are flat from 0.4 to 0.55; the re-clustering threshold is flat from
0.2 to 0.275 (0.25, mid-plateau) and the region cap from 15 to 30 articles (20 bounds the cost).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Literal, Optional, TypeVar

import numpy as np

from ..ids import normalise_name
from .features import LinkFeatures, containment, jaccard
from .pair_model import pair_logit

#: Jaccard (or containment of one text in the other) above which one text is a copy of the other.
COPY_JACCARD = 0.5
COPY_CONTAINMENT = 0.7
#: Mean pair probability over a story's members at or above which an article joins the story.
STORY_THRESHOLD = 0.25
#: Mean pair probability to a second story at or above which the article may merge it into the
#: story it joins, and mean pair probability between the two stories' members (the ``MERGE_SAMPLE``
#: best-matching candidates of each) at or above which it does.
MERGE_THRESHOLD = 0.5
MERGE_CROSS_THRESHOLD = 0.5
MERGE_SAMPLE = 8
#: Re-clustering after each article: the candidate stories it matches at least ``REGION_GATE`` on
#: average join its story's region, whole stories while the region holds at most ``REGION_CAP``
#: articles (at most REGION_CAP**2 / 2 pair scores); average linkage joins clusters whose mean pair
#: probability is at least ``RECLUSTER_THRESHOLD``.
REGION_GATE = 0.1
REGION_CAP = 20
RECLUSTER_THRESHOLD = 0.25
#: Articles further apart than this (days) are not one story, unless one copies the other.
WINDOW_DAYS = 10
COPY_WINDOW_DAYS = 30
#: Log-odds adjustments: per day apart beyond the first; both report numbers (several, or on
#: different days any) and share none; both carry reports, but not the same one (an article
#: carries the reports it relays, else its own outlet's), the more so two days or more apart (another
#: outlet's own report then is a new story; a relay of the first carries it; a rival's coverage of the
#: same event on the day or the next is only weak evidence against); one outlet filed both under
#: datelines of two places. The report penalties were chosen on the look-alike corpora (same day 1.5-2
#: and later 7-10 a plateau; the later one from the second day: docs/benchmarks.md).
DAY_PENALTY = 3.0
NUMBER_CONFLICT_PENALTY = 1.3
OTHER_REPORT_PENALTY = 1.5
OTHER_REPORT_LATER_PENALTY = 7.0
OTHER_REPORT_LATER_DAYS = 2
#: one outlet, two datelines: its bureaus in two places filed two stories
OTHER_PLACE_PENALTY = 3.0

Decision = Literal["copy", "story"]
StoryKey = TypeVar("StoryKey")


@dataclass
class LinkFacts:
    """What the decision reads about one article: features, day and provenance."""

    revision_id: str
    day: Optional[int]
    outlet: Optional[str]
    features: LinkFeatures
    relays: list[str] = field(default_factory=list)


def days_apart(a: LinkFacts, b: LinkFacts) -> int:
    if a.day is None or b.day is None:
        return 0
    return abs(a.day - b.day)


def is_copy(a: LinkFacts, b: LinkFacts) -> bool:
    fa, fb = a.features, b.features
    if days_apart(a, b) > COPY_WINDOW_DAYS:
        return False
    j = jaccard(fa.signature, fb.signature)
    if j == 0.0:
        return False
    return j >= COPY_JACCARD or max(containment(fa, fb, j), containment(fb, fa, j)) >= COPY_CONTAINMENT


def reports_carried(a: LinkFacts) -> set[str]:
    """The reports an article carries: those it relays, else its own outlet's (normalised)."""
    if a.relays:
        return set(a.relays)
    return {normalise_name(a.outlet)} if a.outlet else set()


def story_score(a: LinkFacts, b: LinkFacts) -> float:
    """Probability that the two tell one story: the pair model, adjusted for dates, numbers and
    the reports carried (0 beyond the date window)."""
    gap = days_apart(a, b)
    if gap > WINDOW_DAYS:
        return 0.0
    logit = pair_logit(a.features, b.features) - DAY_PENALTY * max(0, gap - 1)
    na, nb = set(a.features.numbers), set(b.features.numbers)
    enough = 1 if gap >= 1 else 2
    if len(na) >= enough and len(nb) >= enough and not na & nb:
        logit -= NUMBER_CONFLICT_PENALTY
    pa, pb = a.features.place, b.features.place
    if pa and pb and pa != pb and a.outlet and b.outlet and normalise_name(a.outlet) == normalise_name(b.outlet):
        logit -= OTHER_PLACE_PENALTY
    ra, rb = reports_carried(a), reports_carried(b)
    if ra and rb and not ra & rb:
        # a shared report is no evidence by itself (one wire agency carries hundreds of stories a
        # day), but two articles that each carry reports and none in common tell different ones,
        # almost surely so when one came two days or more after the other
        logit -= OTHER_REPORT_PENALTY + (OTHER_REPORT_LATER_PENALTY if gap >= OTHER_REPORT_LATER_DAYS else 0.0)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))


def story_match(pair_scores: list[float], members: int) -> float:
    """Average linkage of a new article to a story of ``members`` articles, from its pair scores
    with the members among its candidates (the rest count as 0)."""
    return sum(pair_scores) / max(members, len(pair_scores), 1)


def pair_probability(a: LinkFacts, b: LinkFacts) -> float:
    """The join rule's pair score: 1 for a copy, else ``story_score``."""
    return 1.0 if is_copy(a, b) else story_score(a, b)


def cross_match(a: list[tuple[float, LinkFacts]], b: list[tuple[float, LinkFacts]]) -> float:
    """Mean pair probability between two stories, from the ``MERGE_SAMPLE`` members of each that
    the new article matches best (``(its score with the member, member)``)."""
    top_a = [f for _, f in sorted(a, key=lambda sf: (-sf[0], sf[1].revision_id))[:MERGE_SAMPLE]]
    top_b = [f for _, f in sorted(b, key=lambda sf: (-sf[0], sf[1].revision_id))[:MERGE_SAMPLE]]
    if not top_a or not top_b:
        return 0.0
    return sum(pair_probability(x, y) for x in top_a for y in top_b) / (len(top_a) * len(top_b))


def stories_to_join(match: dict[StoryKey, float], copies: set[StoryKey], cross: Callable[[StoryKey, StoryKey], float],
                    threshold: float = STORY_THRESHOLD) -> list[StoryKey]:
    """The stories a new article joins, best first: the one holding a copy of it, else the one it
    matches best on average if at least ``threshold``; plus every other story (holding no
    copy) it matches at least ``MERGE_THRESHOLD`` whose members match the best one's
    (``cross(best, other) >= MERGE_CROSS_THRESHOLD``). Empty: it founds a story."""
    if not match:
        return []
    best = max(match, key=lambda s: (s in copies, match[s], s))
    if best not in copies and match[best] < threshold:
        return []
    merged = [s for s in sorted(match, key=lambda s: (-match[s], s))
              if s != best and s not in copies and match[s] >= MERGE_THRESHOLD
              and cross(best, s) >= MERGE_CROSS_THRESHOLD]
    return [best] + merged


def decide(a: LinkFacts, b: LinkFacts, threshold: float = STORY_THRESHOLD) -> Optional[Decision]:
    """``"copy"`` (near-duplicate text), ``"story"`` (as a one-article story, ``b`` would take
    ``a``), else None. Symmetric."""
    if is_copy(a, b):
        return "copy"
    return "story" if story_score(a, b) >= threshold else None


def region_stories(story: StoryKey, match: dict[StoryKey, float], sizes: dict[StoryKey, int],
                   gate: float = REGION_GATE, cap: int = REGION_CAP) -> list[StoryKey]:
    """The stories to re-cluster after an article joined ``story`` (``sizes``: articles per story,
    ``match``: the article's ``story_match`` with each candidate story): ``story`` first, then the
    others it matches at least ``gate``, best first, each only if the region stays within ``cap``
    articles. Empty when ``story`` alone exceeds ``cap``."""
    total = sizes[story]
    if total > cap:
        return []
    region = [story]
    for s in sorted((s for s in match if s != story and s in sizes and match[s] >= gate),
                    key=lambda s: (-match[s], s)):
        if total + sizes[s] <= cap:
            region.append(s)
            total += sizes[s]
    return region


def average_linkage(probabilities: np.ndarray, threshold: float = RECLUSTER_THRESHOLD) -> list[int]:
    """Cluster labels of articles under average linkage: clusters join while their mean pair
    probability is at least ``threshold`` (``probabilities``: symmetric, one row per article)."""
    n = len(probabilities)
    if n < 2:
        return [0] * n
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = 1.0 - np.asarray(probabilities, dtype=float)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(np.clip(distance, 0.0, 1.0), checks=False), method="average")
    return [int(label) for label in fcluster(tree, t=1.0 - threshold, criterion="distance")]
