"""The word lists of stance: what denies, what hedges or merely relays, what confirms.

Matched on lower-cased text with word boundaries (see ``cues``). Each list is a tuple of regular
expressions so that one entry covers its inflections ("den(y|ies|ied|ying)").
"""
from __future__ import annotations

import re
from typing import Iterable

#: Verbs that, as an attribution's cue or in a sentence, deny, rebut or dismiss something.
DENIAL_VERBS = (
    r"den(?:y|ies|ied|ying|ial|ials)", r"refut(?:e|es|ed|ing)", r"debunk(?:s|ed|ing)?",
    r"dismiss(?:es|ed|ing)?", r"reject(?:s|ed|ing)?", r"rebut(?:s|ted|ting)?", r"disput(?:e|es|ed|ing)",
    r"contradict(?:s|ed|ing)?", r"retract(?:s|ed|ing|ion)?", r"disavow(?:s|ed|ing)?",
    r"dispel(?:s|led|ling)?", r"quash(?:es|ed|ing)?", r"slam(?:s|med|ming)?", r"rubbish(?:ed)?",
    r"play(?:s|ed|ing)? down", r"pour(?:s|ed|ing)? cold water", r"shot down", r"ruled? out",
)
#: "shot down" denies a report, not a drone ("said it shot down a drone"): what the denial rules match
#: (the stance model's cue features keep the entries above, the names it was fitted with)
_SHOT_DOWN_A_REPORT = (r"shot down (?:the |a |an |those |these |such )?(?:reports?|claims?|stor(?:y|ies)|"
                       r"suggestions?|ideas?|rumou?rs?|allegations?)")
#: Phrases that call a statement false, made up or unfounded.
FALSITY_PHRASES = (
    r"not true", r"untrue", r"false(?:ly|hood)?", r"fake", r"hoax(?:es)?", r"speculation",
    r"baseless", r"unfounded", r"groundless", r"without (?:any )?(?:foundation|basis)",
    r"no truth", r"nonsense", r"fabricat(?:ed|ion|ions)", r"made up", r"satir(?:e|ical)",
    r"no evidence", r"myth", r"misleading", r"incorrect", r"inaccurate", r"never happened",
    r"does not correspond to (?:the )?reality", r"not the case", r"absurd", r"ridiculous",
    r"photoshopped", r"doctored", r"prank", r"not real", r"scam", r"bogus", r"lie(?:s)?",
    r"erroneous", r"no (?:such )?plans?", r"alive and well", r"did not happen", r"has not happened",
)
#: More verdicts of falsity, found as the ones above but not features of their own (the stance model was
#: fitted with one feature per phrase of ``FALSITY_PHRASES``): '"simply wrong"', '"wrong in every detail"',
#: '"a fantasy"'.
MORE_FALSITY_PHRASES = (r"(?:simply|completely|totally|plainly|entirely|absolutely|flatly|just) wrong",
                        r"wrong (?:in|on) (?:every|all|each) (?:details?|respects?|counts?|points?)",
                        r"(?:a |pure |complete |total )?fantas(?:y|ies)", r"(?:a |pure |complete )?fiction",
                        r"(?:a )?fairy[- ]tales?", r"(?:pure|complete|total) invention",
                        r"no such [a-z]+ (?:exists?|existed|is planned|was planned)",
                        r"there (?:is|was|are|were|has been|had been) no such", r"no record of (?:any )?such",
                        r"(?:not|no) (?:a |one |a single )?(?:word|grain|shred|ounce|element) of truth")
#: Words of reporting without vouching: the claim is relayed as a claim.
HEDGE_PHRASES = (
    r"reportedly", r"allegedly", r"alleged", r"claim(?:s|ed|ing)?", r"rumou?r(?:s|ed)?", r"unconfirmed",
    r"purported(?:ly)?", r"apparently", r"according to", r"unverified", r"could not be (?:independently )?verified",
    r"(?:has|have) not been (?:independently )?(?:confirmed|verified)", r"speculat(?:e|ed|ing)",
    r"may", r"might", r"could", r"possibly", r"suggest(?:s|ed)?", r"if true", r"appears? to", r"seems? to",
)
#: Words that vouch for the claim.
CONFIRM_PHRASES = (
    r"confirm(?:s|ed|ing|ation)?", r"officially", r"announc(?:e|es|ed|ing|ement)", r"revealed?",
    r"verified", r"indeed", r"is true", r"proved?", r"proven", r"in fact", r"actually",
)
NEGATION = (r"not", r"n't", r"never", r"no", r"none", r"nobody", r"nothing", r"neither", r"nor")
#: Words that leave a matter open in a statement about it: "a possible breach", "reports that ...".
TENTATIVE_PHRASES = (r"possible", r"potential", r"suspected", r"alleged", r"reported", r"reports? (?:of|that)",
                     r"unconfirmed", r"whether", r"rumou?red", r"claims? (?:of|that)")


def compile_alternatives(patterns: Iterable[str]) -> "re.Pattern[str]":
    """One case-insensitive pattern matching any entry as whole words; group ``cue`` is the match."""
    return re.compile(r"(?<![\w'])(?P<cue>" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w'])",
                      re.IGNORECASE)


DENIAL_VERB_RE = compile_alternatives([_SHOT_DOWN_A_REPORT if p == r"shot down" else p for p in DENIAL_VERBS])
FALSITY_RE = compile_alternatives(FALSITY_PHRASES + MORE_FALSITY_PHRASES)
HEDGE_RE = compile_alternatives(HEDGE_PHRASES)
TENTATIVE_RE = compile_alternatives(TENTATIVE_PHRASES)
CONFIRM_RE = compile_alternatives(CONFIRM_PHRASES)
#: Words that say no (also the terms two statements share say nothing about their matter).
NEGATION_WORDS = ("not", "never", "no", "none", "nobody", "nothing", "neither", "nor")
NEGATION_RE = re.compile(r"(?<![\w'])(?:" + "|".join(NEGATION_WORDS) + r")(?![\w'])|n't", re.IGNORECASE)

#: Every cue word (one feature each in the stance model): name -> pattern.
CUE_FEATURES: dict[str, "re.Pattern[str]"] = {
    f"{group}:{p}": re.compile(r"(?<![\w'])(?:" + p + r")(?![\w'])", re.IGNORECASE)
    for group, patterns in (("deny", DENIAL_VERBS), ("false", FALSITY_PHRASES),
                            ("hedge", HEDGE_PHRASES), ("confirm", CONFIRM_PHRASES))
    for p in patterns
}


#: Words whose meanings exclude each other: a statement with one answers a report with the other ("said the
#: balloon had passed its inspection, after a newspaper report said its burner had failed the check"). Word
#: stems, matched at the start of a word (none that starts other common words: "pass" would match
#: "passenger", "safe" "safety", "ban" "bank", "win" "winter"); each pair both ways.
OPPOSITES = (
    ("passed", "fail"), ("passes", "fail"), ("remain", "dismiss"), ("remain", "sack"), ("remain", "fired"),
    ("remain", "oust"), ("remain", "replac"), ("remain", "resign"), ("remain", "quits"), ("remain", "quitt"),
    ("stay", "dismiss"), ("stay", "sack"), ("stay", "resign"), ("stay", "quits"), ("stay", "quitt"), ("stay", "leav"),
    ("open", "clos"), ("open", "shut"), ("valid", "invalid"), ("valid", "expired"), ("legal", "illegal"),
    ("true", "false"), ("accurate", "inaccurate"), ("approv", "reject"), ("accept", "reject"), ("accept", "refus"),
    ("rise", "fall"), ("increas", "decreas"), ("allow", "bann"), ("allow", "forbid"), ("permit", "bann"),
    ("includ", "exclud"), ("continu", "stop"), ("continu", "halt"), ("continu", "suspend"), ("continu", "cancel"),
    ("clean", "dirty"), ("clean", "contaminat"), ("paid", "unpaid"), ("innocent", "guilty"), ("working", "broken"),
)
_OPPOSITE_OF: dict[str, set[str]] = {}
for _a, _b in OPPOSITES:
    _OPPOSITE_OF.setdefault(_a, set()).add(_b)
    _OPPOSITE_OF.setdefault(_b, set()).add(_a)
_OPPOSITE_STEMS = re.compile(r"(?<![\w'])(" + "|".join(sorted(_OPPOSITE_OF, key=len, reverse=True)) + r")\w*",
                             re.IGNORECASE)


def opposes(statement: str, report: str) -> bool:
    """The statement says, unnegated, a word whose meaning excludes one the report says unnegated ("had
    passed its April inspection" against "had failed the check"; "would remain national coach" against
    "had voted to dismiss him")."""
    def said(text: str) -> set[str]:
        return {m.group(1).lower() for m in _OPPOSITE_STEMS.finditer(text) if not negated_before(text, m.start(), 15)}

    reported = said(report)
    return any(_OPPOSITE_OF[stem] & reported for stem in said(statement))


def cues(pattern: "re.Pattern[str]", text: str) -> list[str]:
    """The lower-cased matches of ``pattern`` in ``text``."""
    return [m.group(0).lower() for m in pattern.finditer(text)]


def negated_before(text: str, start: int, window: int = 25) -> bool:
    """A negation just before ``start`` ("has not been confirmed", "did not deny")."""
    return NEGATION_RE.search(text[max(0, start - window):start]) is not None


def is_denial_cue(cue: str) -> bool:
    """"denied that ...", "rejected a Standard report that ...": the speaker says the content is not
    so (and "did not deny" is no denial)."""
    m = DENIAL_VERB_RE.search(cue)
    return m is not None and not negated_before(cue, m.start())


_CALLED_FALSE = re.compile(
    r"\b(?:reports?|stor(?:y|ies)|claims?|allegations?|articles?|rumou?rs?|accounts?)\b[^.]{0,80}?"
    r"(?<![\w'])(?P<verdict>" + "|".join(f"(?:{p})" for p in FALSITY_PHRASES + MORE_FALSITY_PHRASES) + r")\W*$",
    re.IGNORECASE)

#: the verdict first: '(called) "a fabrication" a report by Vantry Television that ...'
_CALLED_FALSE_FIRST = re.compile(
    r"^\W*(?:(?:a|an|pure|complete|total|utter|absolute)\s+)*(?P<verdict>" +
    "|".join(f"(?:{p})" for p in FALSITY_PHRASES + MORE_FALSITY_PHRASES) + r")\W*\s+"
    r"(?:(?:a|an|the|this|that|its|their)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:reports?|stor(?:y|ies)|claims?|allegations?|articles?|rumou?rs?|accounts?)\b", re.IGNORECASE)


def calls_a_report_false(content: str) -> bool:
    """"(called) the Monitor's report of a planned merger false", "(said) the report was untrue", '(called)
    "a fabrication" a report by X that ...': the content is a verdict on a report, so a denial, not a claim of its
    own."""
    m = _CALLED_FALSE.search(content) or _CALLED_FALSE_FIRST.search(content)
    return m is not None and not negated_before(content, m.start("verdict"), window=12)
