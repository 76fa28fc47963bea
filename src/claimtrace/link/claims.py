"""Claim groups: one attributed statement as carried, paraphrased or shortened, by several articles.

Two attributions carry the same claim when their contents share most of their content words and
numbers (containment of the shorter in the longer), have the same polarity (a denial is not a
carrier) and their speakers do not contradict each other (the same name, or an unnamed source on
either side). The first carrier (by date) gives the text,
modality and via chain; later carriers that drop the hedge or the source count are flagged.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Optional

from ..ids import normalise_name
from ..nlp.lexicon import DIRECTIVE_VERBS
from .features import STOP_WORDS, salient_number
from .records import ClaimGroup

#: Share of the shorter content's words found in the longer one for two contents to be one claim.
SAME_CLAIM = 0.6
MIN_WORDS = 2

_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|neither|nor)\b|n't\b", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*\d|\d")


_REFUSING_CUE = re.compile(r"\b(?:declin\w*|refus\w*|did not|didn't|would not|wouldn't|could not|couldn't|"
                           r"has not|have not|had not|not immediately|neither)\b", re.I)
_REFUSED = re.compile(r"^(?:to\s+)?(?:confirm\s+nor\s+deny|comment|respond|reply|say|give|name|discuss|disclose|describe|confirm|"
                      r"provide|elaborate|answer|identify|specify)\b|\bfor comment\b|^(?:an?\s+)?(?:questions?|"
                      r"requests?|calls?|messages?|emails?)\b", re.I)


_NO_COMMENT_SAID = re.compile(r"\b(?:does|do|did|would|will)\s+not\s+(?:publicly\s+)?(?:comment|discuss)\b", re.I)


def is_refusal(cue: str, content: str) -> bool:
    """A refusal to answer ("declined to comment on troop movements", "did not respond to a request
    for comment", "declined to say when ..."): it says nothing, so it carries no claim."""
    if not _REFUSING_CUE.search(cue):
        return False
    if re.search(r"\b(?:declin|refus)\w*$", cue.strip(), re.I) and re.match(r"to\s+\w", content.strip(), re.I):
        return True  # "has refused | to pay for the cleanup": what someone will not do is no claim of theirs
    rest = _REFUSING_CUE.split(cue, maxsplit=1)[-1]  # "declined to comment on": what follows the refusal
    return bool(_REFUSED.search(rest.strip()) or _REFUSED.search(content.strip().strip('"\u201c')))


def says_no_comment(content: str) -> bool:
    """The content is a refusal ("it would not comment on rumours", "it did not discuss diplomatic
    contacts in public"): it claims nothing about the matter, so it is neither a claim group nor a
    denial of what it is asked about."""
    return bool(_NO_COMMENT_SAID.search(content))


_DIRECTIVE_STEMS = sorted(w.rstrip("e") for w in DIRECTIVE_VERBS | {"tell", "warn", "advise"})
_DIRECTIVE_CUE = re.compile(r"\b(?:told|(?:" + "|".join(_DIRECTIVE_STEMS) + r")\w*(?: on)?)$", re.I)
#: words that start or make a clause: a determiner, a pronoun, a possessive, a verb
_CLAUSE_WORD = (r"the|a|an|his|her|its|their|our|this|these|those|it|he|she|they|we|i|you|is|are|was|were|be|"
                r"been|being|has|have|had|will|would|could|can|might|must|should|shall|do|does|did|plans|wants|"
                r"intends|hopes|expects|needs|aims|\w+'s|\w+ed")
#: the one told, perhaps a time, then what to do: "public bodies since 2024 not to pay ..."; a clause word
#: after the first word makes it what was said ("Reuters it planned to ...", "Marisca's government is in
#: talks to sell ...")
_TO_DO = re.compile(r"^[\w'\-]+\s+(?:(?!(?:of|about|over|against|that|to|" + _CLAUSE_WORD + r")\b)[\w'\-]+\s+){0,5}"
                    r"(?:not\s+)?to\s+(?!(?:" + _CLAUSE_WORD + r")\b)[a-z]+\b", re.I)


def is_directive(cue: str, content: str) -> bool:
    """"told public bodies not to pay ransoms", "urged members to stay home": what someone was told to
    do is an instruction, not a claim that can be true or false, so it carries no claim group."""
    content = content.strip()
    return bool(_DIRECTIVE_CUE.search(cue.strip())) and not re.match(r"(?:that|whether|if)\b", content, re.I) \
        and bool(_TO_DO.match(content))


@dataclass
class Carrier:
    """One attribution of one story article (what ``group_claims`` reads)."""

    revision_id: str
    outlet: Optional[str]
    dated_at: str
    speaker: Optional[str]
    speaker_kind: Optional[str]
    source_count: Optional[int]
    modality: str
    via: list[str]
    content: str
    words: frozenset = field(default=frozenset())
    #: the article's first claim: what it leads with (its headline or first paragraph)
    lead: bool = False
    #: a denial's content ("rejected a report that X"): it carries no claim, but an article that leads with it
    #: leads with what it denies
    denies: bool = False


#: an inflection after at least three letters ("signed", "talks", "selling")
_INFLECTION = re.compile(r"(?<=\w{3})(?:ing|ed|es|s)$")


def content_words(text: str) -> frozenset:
    out = set()
    for t in _TOKEN.findall(text.lower()):
        if t[0].isdigit():
            out.add(t.replace(",", ""))
        elif len(t) > 2 and t not in STOP_WORDS:
            out.add(_INFLECTION.sub("", t)[:6])  # crude stem: "collapse"/"collapsed", "sign"/"signed" agree
    return frozenset(out)


def _negates_shared(text: str, shared: frozenset) -> bool:
    """A negation in ``text`` bears on the words two carriers share: one of the first words after it
    is one of them ("will not withdraw troops" against "will withdraw troops"), not "did nothing until a
    second letter arrived" beside a rewording that leaves the letter out."""
    for m in _NEGATION.finditer(text):
        scope = content_words(" ".join(_TOKEN.findall(text[m.end():])[:6]))
        if scope & shared or not scope:
            return True
    return False


def claim_overlap(a: Carrier, b: Carrier) -> float:
    """How much of the shorter content the longer one carries, when the two carry the same claim
    (at least ``SAME_CLAIM``, same polarity, speakers that do not contradict); else 0."""
    if len(a.words) < MIN_WORDS or len(b.words) < MIN_WORDS:
        return 0.0
    overlap = len(a.words & b.words) / min(len(a.words), len(b.words))
    if overlap < SAME_CLAIM:
        return 0.0
    shared = a.words & b.words
    if _negates_shared(a.content, shared) != _negates_shared(b.content, shared):
        return 0.0  # a denial of the claim is not a carrier of it
    numbers_a, numbers_b = _numbers(a.words), _numbers(b.words)
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return 0.0  # "it sold 34,600 tickets" against "51,870 tickets sold": another figure, another claim
    if a.speaker and b.speaker and normalise_name(a.speaker) != normalise_name(b.speaker) and \
            a.speaker_kind == b.speaker_kind == "person":
        return 0.0
    return overlap


def _numbers(words: frozenset) -> set:
    """The figures among a claim's words, as the linker counts them (``features.salient_number``)."""
    return {w for w in words if w[:1].isdigit() and salient_number(w)}


#: content words a lead claim has at least (a claim, not a fragment)
LEAD_WORDS = 4


def group_claims(carriers: list[Carrier], story_id: str) -> list[ClaimGroup]:
    """Claim groups of one story, first seen first; ``carriers`` in any order (those that deny join no group: an
    article that leads with one leads with the group it denies)."""
    denying = [c for c in carriers if c.denies]
    carriers = sorted((c for c in carriers if not c.denies), key=lambda c: (c.dated_at, c.revision_id))
    groups: list[list[Carrier]] = []  # each claim's own carriers, first seen first
    held: list[list[Carrier]] = []  # per group, the carriers that hold its claim beside their own
    for c in carriers:
        c.words = content_words(c.content)
        overlaps = [claim_overlap(g[0], c) for g in groups]
        # the group whose first carrier it matches best ("will sign ... next month" goes with "could be
        # signed next month", not with the deal it also names), the earliest of equals
        best = max(range(len(groups)), key=overlaps.__getitem__, default=None)
        if best is not None and overlaps[best] > 0:
            groups[best].append(c)
        else:
            groups.append([c])
            held.append([])
        # it also carries every other claim it holds whole: "Norland will sign a $2.4bn contract for 40 helicopters
        # next month" carries the deal and "The contract could be signed next month in the capital, Tarsk"
        # (as a carrier only: it does not lead with that claim, nor make it the story's main one)
        for n, overlap in enumerate(overlaps):
            if n != best and overlap > 0 and len(groups[n][0].words) <= len(c.words):
                held[n].append(c)
    # an article that leads with a denial that tells what it denies ("X on Thursday called "a fabrication" a report by
    # Y that ...", not just "the report") leads with the group it denies, the one it would carry were it no denial
    denied_lead: dict[int, set[str]] = {}  # group's position -> articles that lead with denying it
    for d in denying:
        d.words = d.words or content_words(d.content)
        answered = [n for n, g in enumerate(groups) if claim_overlap(g[0], d) > 0]
        if d.lead and len(d.words) > LEAD_WORDS + 1 and answered:
            best_n = max(answered, key=lambda n: claim_overlap(groups[n][0], d))
            denied_lead.setdefault(best_n, set()).add(d.revision_id)
    out = []
    leads: dict[str, int] = {}
    carrying: dict[str, int] = {}  # articles that carry the claim as theirs (not as a second one they hold)
    for n, g in enumerate(groups):
        first = g[0]
        members = sorted(g + held[n], key=lambda c: (c.dated_at, c.revision_id))  # (stable: first stays first)
        sources = list(dict.fromkeys(c.speaker for c in members if c.speaker))
        counts = [c.source_count for c in members if c.source_count]
        flags: list[str] = []
        flagged: dict[str, list[str]] = {}
        for c in members[1:]:
            if first.modality == "hedged" and c.modality == "asserted":
                flagged.setdefault("hedge_dropped", []).append(c.outlet or c.revision_id)
            if (first.source_count or 0) >= 2 and not c.source_count:
                flagged.setdefault("count_dropped", []).append(c.outlet or c.revision_id)
        flags = sorted(flagged)
        gid = "cg" + hashlib.sha256(f"{story_id}\x1f{first.revision_id}\x1f{first.content}".encode()).hexdigest()[:16]
        out.append(ClaimGroup(
            id=gid, text=first.content, sources=sources, source_count=max(counts) if counts else None,
            via=list(first.via), modality=first.modality,
            articles=list(dict.fromkeys(c.revision_id for c in members)), first_seen=first.dated_at,
            denied_by=[], flags=flags, flagged_outlets={k: list(dict.fromkeys(v)) for k, v in flagged.items()},
        ))
        # (a fragment of a headline the parser broke, "leaking valve weeks", leads with no claim)
        leaders = {c.revision_id for c in g if c.lead} | denied_lead.get(n, set())
        leads[gid] = len(leaders) if len(first.words) >= LEAD_WORDS else 0
        carrying[gid] = len({c.revision_id for c in g})
    # the story's main claim first: what most articles lead with, then what most carry (a detail
    # every copy repeats further down does not outrank the claim the reports open with)
    out.sort(key=lambda g: (-leads[g.id] - carrying[g.id], -leads[g.id], g.first_seen or ""))
    return out
