"""Where one article's report comes from, read from its attribution chains and wording.

An article *relays* an outlet when it attributes to that outlet ("the Harbour Times reported",
"citing Reuters", "told the Courier", "according to the newspaper's report", "denied a Harbour Times
report", a ``via`` hop through an outlet), and it *adds its own sources* when someone spoke to the
article's own outlet ("told Meridian", "Meridian has learned", "confirmed to Meridian", "answering a
question from Meridian"). Whether its
headline or lead relays (``lead_relay``) tells a relay from an own report that also mentions a
rival's further down. Roles and independent-report counts per story are built from these facts
(``link/stories.py``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from ..ids import normalise_name
from ..model import ANONYMOUS_KINDS, Article, Attribution
from ..nlp.lexicon import OUTLET_NAME_WORDS, OUTLET_NOUNS
from ..stance.lexicon import DENIAL_VERB_RE, FALSITY_RE, NEGATION_RE, calls_a_report_false, is_denial_cue
from ..stance.text import sentences, terms
from .claims import is_refusal
from .recalled import recalls_an_earlier_time

_WORD = r"[A-Z][\w&'\u2019-]*(?:\.[A-Z][\w-]*)*"
_NAME = r"(" + _WORD + r"(?:[ \t]+(?:of[ \t]+)?" + _WORD + r"){0,4})"
#: a description before an outlet's name: "the Estmark newspaper Harbour Ledger", "state broadcaster TRV"
_OUTLET_NOUN = r"(?:(?:news\s+)?(?:" + "|".join(sorted(OUTLET_NOUNS, key=len, reverse=True)) + r")|radio|television)"
_DESCRIBED = r"(?:(?:[A-Z][\w-]*|[a-z]+)\s+)?" + _OUTLET_NOUN + r"\s+"
#: someone spoke to the outlet: its own source when the outlet is the article's ("told Meridian")
_SPOKE_TO = (r"told|spoke to|speaking to|confirmed to|sent to|in an interview with|(?:an?|the) questions? (?:from|by)|"
             r"asked by|in an? (?:emailed |written )?(?:statement|reply|email|response) to")
#: "on Thursday", "on Monday morning" between a report's verb and its "by"
_ON_DAY = r"(?:\s+on\s+\w+(?:\s+(?:morning|evening|night))?)?"
_BEFORE = re.compile(r"\b(?:" + _SPOKE_TO + r"|according to|citing|cited by|reported by|"
                     # "was first reported on Thursday by X", "was first shown by X", "was broadcast on Monday
                     # morning by X"
                     r"first\s+(?:reported|shown|revealed|disclosed)" + _ON_DAY + r"\s+by|"
                     r"(?:first\s+)?(?:published|broadcast|aired)" + _ON_DAY +
                     r"\s+by|"
                     r"seen by|obtained by|reviewed by|"
                     r"a report (?:by|in)|"
                     r"an? (?:exclusive|report) (?:by|in|from)|as (?:writes|reports|informs|wrote|reported)|"
                     r"writes|informs)\s+(?:the\s+)?(?:" + _DESCRIBED + r")?" + _NAME)
#: the words of an outlet's report after its name ("X reported", "X wrote")
_REPORTED = r"reported|reports|has reported|had reported|first reported|writes|wrote"
_AFTER = re.compile(_NAME + r"\s+(?:" + _REPORTED + r"|has learned|had learned|revealed|said in a report|informs|"
                    r"informed)\b")
#: a lead that relays a report without naming its outlet: "after a newspaper reported", "media reports"
_UNNAMED_REPORT = re.compile(r"\b(?:an?|one|another)\s+(?:[a-z]+\s+)?" + _OUTLET_NOUN +
                             r"\s+(?:reported|had reported|has reported|revealed|said)\b|"
                             r"\b(?:media|press|news)\s+reports?\b|"
                             # "after a report in the financial press", "reports in local newspapers"
                             r"\b(?:an?|one)?\s*reports?\s+in\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?"
                             r"(?:press|media|newspapers?)\b|"
                             # "..., according to a report on Monday": a report the article does not name
                             # (not a document an outlet or someone saw or wrote: "according to a report seen by
                             # The Quoin", "a report commissioned by the club")
                             r"\baccording to (?:a|one) (?:(?:news|media|press|radio|television|tv|wire|agency|"
                             r"newspaper)\s+){0,2}report\b(?!\s+(?:by|from|of|in|(?:\w+\s+)?(?:seen|obtained|reviewed|"
                             r"viewed|written|prepared|commissioned|compiled|drawn\s+up|sent|shared|leaked|filed)\b))|"
                             # "..., it emerged on Wednesday": known from somewhere the article does not name
                             r"\bit\s+(?:has\s+|had\s+)?(?:emerged|(?:was|has\s+been)\s+revealed)\b|"
                             # "after a television report said ...", "a radio report on Monday claimed"
                             r"\b(?:an?|one)\s+(?:news|media|press|radio|television|tv|newspaper|broadcast)\s+"
                             r"report\s+(?:[\w,]+\s+){0,4}?(?:said|says|showed|claimed|alleged|found)\b|"
                             # "the captain of the ship named in a television report ... said": the report put
                             # him in the news
                             r"\b(?:named|cited|mentioned|identified|accused)\s+in\s+(?:an?|one)\s+(?:news|media|"
                             r"press|radio|television|tv|newspaper|broadcast)\s+report\b", re.I)
#: another outlet credited with breaking the story: "was first reported by X", "X first reported"
_FIRST_REPORTED = re.compile(r"\bfirst\s+(?:reported|published|broadcast|aired|shown|revealed|disclosed)\b|"
                             r"\bbroke\s+the\s+(?:news|story)\b", re.I)
_REPORT_OF = re.compile(r"\b(?:an?|the)\s+" + _NAME + r"(?:['\u2019]s)?\s+(?:report|story|article|exclusive|"
                        r"investigation)\b")
#: "The Courier reported on Tuesday that ..." in the Courier: its own earlier report, not a new source
_OWN_EARLIER_REPORT = re.compile(r"\s+(?:" + _REPORTED + r")\b")
_REPORT_WORD = re.compile(r"\b(?:reports?|reportedly)\b", re.I)
_OWN_WORDS = re.compile(r"\b(?:" + _SPOKE_TO + r")\s+(?:the\s+)?$")


@dataclass
class ArticleProvenance:
    """The reports one article relays (outlet names) and whether it adds its own sourcing."""

    relays: list[str] = field(default_factory=list)
    own_sources: bool = False
    #: its headline or lead (first paragraph of running text) attributes the report to another
    #: outlet, named or not ("after a newspaper reported")
    lead_relay: bool = False


def looks_like_outlet(name: str, known: set[str]) -> bool:
    norm = normalise_name(name)
    return norm in known or any(w in OUTLET_NAME_WORDS for w in norm.split())


#: capitalised words that open a sentence before an outlet's name: "On Monday The Courier reported"
_LEADING_TIME = re.compile(r"^(?:(?:On|In|At|By|Since|Last|Earlier|Also|Then|But|And)\s+"
                           r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December|Week|Month|Year)\s+)*)+"
                           r"(?=[A-Z])")


def clean_outlet(name: str) -> str:
    name = re.sub(r"['\u2019]s$", "", name.strip().rstrip(".,"))
    return re.sub(r"^(?:The|the)\s+", "", _LEADING_TIME.sub("", name))


#: cue words of an outlet reporting; an outlet that "plans", "declined to comment" or "denied" is
#: a company whatever its name says ("Vardenian Post declined to comment"), or answers rather than reports
_REPORTING_CUE = re.compile(r"^(?:-|—|–|according to|\w*\s*(?:report|said|says|say|wr[io]te|writes|reveal|publish|"
                            r"learn|cite|quot|add|informs?|claim)\w*)\b", re.I)


def reports(a: Attribution) -> bool:
    """The attribution's cue reports ("reported", "said", "wrote", "according to"), as outlets do."""
    return bool(a.cue and _REPORTING_CUE.search(a.cue.text.strip()))


def cited_names(article: Article) -> set[str]:
    """Names the article attributes a report to ("X reported", "told X", "X said on its website"),
    outlets or not, as written (without a leading "the"): the linker asks the store which of them are
    known outlets."""
    return {clean_outlet(m.group(1)) for pattern in (_BEFORE, _AFTER, _REPORT_OF)
            for m in pattern.finditer(article.text)} | \
        {clean_outlet(a.speaker.name) for a in article.attributions if a.speaker and a.speaker.name and reports(a)}


def _sentence_at(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The sentence (of ``stance.text.sentences``) going on at character ``at``."""
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return spans[k] if k >= 0 else (0, 0)


def provenance_of(article: Article, own_outlet: Optional[str] = None,
                  known_outlets: frozenset = frozenset()) -> ArticleProvenance:
    """Relayed outlets (display names, first mention first) and own sourcing of one article.

    A name counts as an outlet when it has an outlet word ("Times", "News", "Agency"), is an outlet
    source of this article, or is in ``known_outlets`` (normalised names, e.g. the store's outlet
    entities)."""
    own = normalise_name(own_outlet or article.outlet or "")
    names = {s.id: s.name for s in article.sources}
    outlet_sources = {normalise_name(s.name) for s in article.sources if s.kind == "outlet" and s.name}
    outlet_sources |= set(known_outlets)
    found: dict[str, str] = {}
    first_at: dict[str, int] = {}  # normalised name -> where the article first relays it
    own_sources = False

    text = article.text
    end = lead_end(text, article.title)
    spans = sentences(text)
    lead_terms = frozenset(terms(text[:end]))  # what the lead reports: the matter an own source must answer

    def is_own(norm: str) -> bool:
        """The article's own outlet, also by the end of its name ("told the Quaysider" in the Oskavel Quaysider)."""
        return bool(own and norm and (norm == own or own.endswith(" " + norm)))

    # who denies the report in the lead ('X on Thursday called "invented from start to finish" a report by Y'): what
    # they tell the outlet further down is their side of it, whatever its words
    # (also one who says in the lead that something is not so: "Cavendel said that nobody from the club had contacted
    # him, after a newspaper report said ...")
    lead_deniers = {a.speaker.source_id for a in article.attributions if a.cue.start < end and a.speaker and (
        is_denial_cue(a.cue.text) or calls_a_report_false(a.content.text) or
        a.speaker.kind == "person" and NEGATION_RE.search(a.content.text) is not None)}

    def own_source_at(at: int, said: Optional[Attribution]) -> bool:
        """Someone spoke to the article's own outlet at ``at``: in the lead, or (``said``) answering it."""
        return at < end or said is None or said.speaker is not None and said.speaker.source_id in lead_deniers or \
            _answers_the_lead(said, lead_terms, _sentence_before(text, spans, said))

    def recalled(at: int) -> bool:
        """"Earlier this month The Quillpost reported ...": background from another story."""
        start, stop = _sentence_at(spans, at)
        return at >= end and recalls_an_earlier_time(text[start:stop], article.published, at - start)

    def add(name: Optional[str], at: int, said: Optional[Attribution] = None) -> None:
        nonlocal own_sources
        if not name or recalled(at):
            return
        name = clean_outlet(name)
        norm = normalise_name(name)
        if not norm or name.islower() or name.split()[-1] in OUTLET_NOUNS:
            return  # "agency" from "told the agency", "Ardessan newspaper": a description, not a report's name
        if is_own(norm):
            own_sources = own_sources or own_source_at(at, said)
        else:
            found.setdefault(norm, name)
            first_at[norm] = min(at, first_at.get(norm, at))

    for a in article.attributions:
        speaker = a.speaker
        at = a.cue.spans[0][0] if a.cue and a.cue.spans else 0
        # (a publisher the store knows is an outlet whatever the article's words made of it:
        # "Kestrune said on its website")
        if speaker and speaker.name and (speaker.kind == "outlet" or normalise_name(speaker.name) in outlet_sources) \
                and reports(a) and not (is_own(normalise_name(clean_outlet(speaker.name))) and
                                        _OWN_EARLIER_REPORT.match(" " + a.cue.text)):
            add(speaker.name, at)  # (not "The Courier reported on Tuesday ..." in the Courier: its earlier report)
        for hop in a.via:
            name = names.get(hop, hop)
            if speaker and speaker.kind == "outlet" and name == speaker.name:
                continue  # (an outlet that speaks is its own via: whether it reports is the test above)
            if name and looks_like_outlet(name, outlet_sources):
                add(name, at, a)
    # "Tevalink declined to comment when asked by the Spectator": a refusal to answer the outlet is no source
    # (through the end of its sentence: "would neither confirm nor deny that ... when asked by Kingfisher")
    refused = [(min(a.cue.start, a.content.start), max(a.content.end, _sentence_at(spans, a.content.end - 1)[1]))
               for a in article.attributions if is_refusal(a.cue.text, a.content.text)]
    for pattern in (_BEFORE, _AFTER, _REPORT_OF):
        for m in pattern.finditer(text):
            name = clean_outlet(m.group(1))
            mine = is_own(normalise_name(name))
            if not mine and not looks_like_outlet(name, outlet_sources | ({own} if own else set())):
                continue
            if mine:
                if (pattern is _AFTER and not _OWN_EARLIER_REPORT.match(text, m.end(1)) or
                        _OWN_WORDS.search(text[max(0, m.start(1) - 30):m.start(1)])) and \
                        not any(s <= m.start(1) < e for s, e in refused) and not recalled(m.start(1)):
                    said = None if pattern is _AFTER else _said_at(article, m.start(1), spans)
                    own_sources = own_sources or own_source_at(m.start(1), said)
                continue
            add(name, m.start(1))
    relays = without_short_names(found, own)
    # the lead names the outlet, or speaks of "a report" / "reportedly" that the article relays
    unnamed_report = any(not recalled(m.start()) for m in _UNNAMED_REPORT.finditer(text))
    lead_relay = any(first_at[norm] < end for norm in relays) or bool(_REPORT_WORD.search(text[:end]) and (
        relays or unnamed_report)) or bool(_UNNAMED_REPORT.search(text[:end]))
    if not lead_relay and not own_sources:
        # further down, the article credits another outlet with breaking it ("The gap was first reported
        # on Tuesday by Kestrine TV"), or its lead attributes nothing and its only sourcing is another's
        # report ("The agency Taverlin reported on Tuesday ..." in the fourth paragraph)
        # (anonymous people in a lead that nobody told this outlet anything are the relayed report's:
        # "..., according to engineers who worked on the inspection", then "The Lampwick reported")
        # (nor is an on-record denial: it answers the report the article relays, "X on Tuesday denied that ...")
        unsourced = not any(a.cue.start < end and not is_denial_cue(a.cue.text) and (
            a.speaker is None or a.speaker.kind not in (*ANONYMOUS_KINDS, "unknown")) for a in article.attributions)
        lead_relay = unsourced and bool(relays or unnamed_report) or any(
            _FIRST_REPORTED.search(text[max(0, first_at[norm] - 60):first_at[norm] + 60]) for norm in relays)
    return ArticleProvenance(relays=list(relays.values()), own_sources=own_sources, lead_relay=lead_relay)


#: an answer that the report is right ("The report is accurate")
_CONFIRMS = re.compile(r"\b(?:accurate|correct|true|confirm(?:s|ed)?)\b", re.IGNORECASE)


def _said_at(article: Article, at: int, spans: list) -> Optional[Attribution]:
    """The attribution whose telling names the outlet at ``at`` ("told Radio Orlesk"): the one whose
    cue ends just before it, or, when that one's content holds the name ("told reporters, answering a
    question from the Kavel Examiner"), the one told before it in the sentence: the answer, not the
    answering."""
    said = next((a for a in article.attributions if a.cue.start <= at <= a.cue.end + 40), None)
    if said is None or not any(s <= at < e for s, e in said.content.spans):
        return said
    start = _sentence_at(spans, at)[0]
    return max((a for a in article.attributions if start <= a.cue.start < said.cue.start),
               key=lambda a: a.cue.start, default=None)


def _sentence_before(text: str, spans: list, said: Optional[Attribution]) -> str:
    """The sentence before the one the attribution starts in ("" for none)."""
    if said is None:
        return ""
    at = min(said.cue.start, said.content.start)
    before = [(s, e) for s, e in spans if e <= at]
    return text[before[-1][0]:before[-1][1]] if before else ""


def _answers_the_lead(said: Attribution, lead_terms: frozenset, before: str = "") -> bool:
    """Someone who spoke to the outlet further down ("..., a shift leader told Radio Orlesk") is a
    source of its own on the story only when what they said bears on what the lead reports: a denial
    or a statement that something is not so ("I have never approved a payment"), a confirmation ("The
    report is accurate"), or two of the lead's words (not a comment on something else: "People here
    remember the closures of 2019")."""
    text = said.content.text
    shared = len(set(terms(text)) & lead_terms)
    # (a "no" about something else is none: "nobody has told us anything", a resident said; one after
    # a denial backs it: "X rejected the allegations. "Nothing was hidden," its chief executive told ...")
    backs_a_denial = DENIAL_VERB_RE.search(before) is not None or FALSITY_RE.search(before) is not None
    return is_denial_cue(said.cue.text) or FALSITY_RE.search(text) is not None or \
        NEGATION_RE.search(text) is not None and (shared >= 1 or backs_a_denial) or \
        _CONFIRMS.search(text) is not None or shared >= 2


#: a lead is running text: this many words at least, ending a sentence (not a headline or a label)
LEAD_WORDS = 12
_PARAGRAPH = re.compile(r"[^\n](?:.|\n(?![ \t]*\n))*")


def lead_end(text: str, title: Optional[str] = None) -> int:
    """Where the article's headline and lead end: the end of its first paragraph of running text
    (the title is not one)."""
    norm_title = " ".join((title or "").split()).casefold()
    for m in _PARAGRAPH.finditer(text):
        paragraph = m.group(0).strip()
        if len(paragraph.split()) >= LEAD_WORDS and paragraph[-1:] in ".!?\"'\u201d\u2019" and \
                " ".join(paragraph.split()).casefold() != norm_title:
            return m.end()
    return len(text)


def without_short_names(found: dict[str, str], own: str) -> dict[str, str]:
    """Drop a short reference to an outlet the article also names in full or publishes under
    ("told the Post" beside "the Brenholt Post reported": one outlet, not two)."""
    full = [n.split() for n in [*found, own] if n]
    return {norm: name for norm, name in found.items()
            if not any(len(other) > len(norm.split()) and other[-len(norm.split()):] == norm.split()
                       for other in full)}
