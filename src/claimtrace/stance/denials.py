"""Denials paired with what they answer, and contradictions between sources, over story records.

Pure functions of :class:`~claimtrace.model.Article` and :mod:`claimtrace.link.records` records, so
the linker can call them as it builds a story:

* :func:`find_denials` — the denials, rebuttals and dismissals in one article ("denied the report",
  "not true", "rejected the reports as baseless", "does not correspond to reality"), each with who
  makes it: a named person or organisation on the record, an anonymous source, an outlet, or the
  article's own voice.
* :func:`pair_denials` — links every on-record denial in a story to the claim group it answers (the
  one whose words it shares, spoken by someone else; a statement negating a claim group, "we will not
  withdraw" against "will withdraw", is a refusal of it), else to the report it names.
  :func:`with_denials` returns the story with ``ClaimGroup.denied_by`` filled from those links.
* :func:`find_contradictions` — pairs of claim groups from different sources on the same matter that
  say opposite things (one negates the other), plus every paired denial.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping, Optional, Sequence

from ..link.claims import is_refusal, says_no_comment
from ..link.provenance import reports
from ..link.recalled import recalled_from_before, recalls_an_earlier_time
from ..link.records import ClaimGroup, Story, StoryArticle
from ..model import Article, Attribution
from ..nlp.lexicon import PERSON_TITLES
from ..nlp.name_kinds import holds_an_office, reads_as_a_persons_name
from . import lexicon
from .features import is_denial_attribution, speaker_kind
from .text import sentences, terms

#: Share of a claim group's terms a denial's context must carry to answer it.
MIN_OVERLAP = 0.3
#: Share of the smaller statement's terms two claim groups must share to be about the same matter.
SAME_MATTER = 0.6
#: An on-record answer that nothing has been decided ("No decision has been taken on the branch
#: network"): it denies a report that something will happen, though it calls nothing false.
_UNDECIDED = re.compile(r"\bno (?:final |formal )?decisions? (?:has|have|had|was) (?:yet )?been "
                        r"(?:taken|made|reached)\b|\bnothing (?:has|had) (?:yet )?been decided\b|"
                        # "said no such order had ever been given": it denies the order reported
                        r"\bno such \w+ (?:has|had|was|were|is|exists?)\b", re.IGNORECASE)
_REPORT_WORDS = re.compile(r"\b(?:report|reports|story|article|claims?|allegations?|rumou?rs?|"
                           r"speculation|suggestions?)\b|"
                           # "called the newspaper's account untrue" (not a bank account)
                           r"(?:['\u2019]s|\bthe|\bthat|\bthis|\bits|\btheir)\s+account\b|"
                           # "There is no such plan": the matter named just before, in the context
                           r"\b(?:such|this|these|that|those)\s+(?:plans?|moves?|deals?|decisions?|proposals?)\b",
                           re.IGNORECASE)


@dataclass
class Denial:
    """One denial in one article: who denies, with which words, and what the sentence says."""

    article: str                       # the article's revision id (or input)
    sentence: str
    start: int
    end: int
    cues: list[str]                    # the denial words ("denied", "baseless")
    voice: str                         # named | anonymous | outlet | own | unknown
    speaker: Optional[str] = None      # who denies (the speaker's resolved name, else the source text)
    speaker_kind: Optional[str] = None
    target: str = ""                   # what is denied (the attribution's content, else the sentence)
    context: str = ""                  # the sentence and the one before: what the denial refers to
    negates: bool = False              # a negated statement ("we will not withdraw") rather than a denial cue

    @property
    def on_record(self) -> bool:
        """Said by a named person or organisation (not anonymously, not by the article itself)."""
        return self.voice == "named"


@dataclass
class DenialLink:
    """A denial paired with the claim group it answers (``claim_id``) or the report it names."""

    story_id: str
    denier: str
    claim_id: Optional[str]
    report: Optional[str]              # the outlet whose report it answers, when named
    overlap: float
    evidence: Denial


@dataclass
class Contradiction:
    """Two statements on the same matter that cannot both hold."""

    story_id: str
    kind: str                          # "negation" (X vs not-X) | "denial" (X, and a denial of X)
    claim_a: str                       # claim group id
    claim_b: Optional[str]             # claim group id (None for a denial not itself a claim group)
    sources_a: list[str] = field(default_factory=list)
    sources_b: list[str] = field(default_factory=list)
    text_a: str = ""
    text_b: str = ""

#: a report's evidence disowned: "the draft quoted by the newspaper had not been written by his team", "the rota quoted
#: by the newspaper was not one of its documents", "the words the newspaper quoted from the minutes were not his"; or
#: the negation first: "he had never signed the memo described by the broadcaster"; "the recommendation quoted by the
#: newspaper appeared in no report it had written" (not "had not read the report
#: published by the paper": what the speaker has not seen is no denial)
_REPORTERS = r"(?:newspaper|paper|daily|weekly|report|broadcaster|station|channel|site|article|story|programme|program)"
_EVIDENCE_OF_A_REPORT = (r"(?:(?:quoted|cited|described|published|shown|reported)\s+(?:by|in)\s+(?:the|a|that|this)\s+"
                         r"(?:[\w'-]+\s+){0,2}?" + _REPORTERS + r"|(?:the|that|this)\s+" + _REPORTERS +
                         r"\s+(?:quoted|cited|described|published))\b")
_DISOWNED = re.compile(
    r"\b" + _EVIDENCE_OF_A_REPORT + r"[^.;]{0,80}?\b(?:(?:was|were|is|are|had|has|have)\s+(?:not|never)|"
    r"(?:appeared|appears|was|were|is|are|figured|featured)\s+(?:in\s+no|nowhere))\b"
    r"|\b(?:had|has|have|was|were|did|does|do)\s+(?:not|never)\b"
    r"(?!\s+(?:yet\s+)?(?:been\s+)?(?:read|seen|see|studied|study|reviewed|review|received|shown)\b)"
    r"[^.;,]{0,60}?\b(?:the|that|this|any)\s+[^.;,]{0,40}?"
    + _EVIDENCE_OF_A_REPORT, re.IGNORECASE)


def _disowns_the_reports_evidence(said: str) -> bool:
    """What the speaker says disowns something a report quoted as evidence ("said the memo cited in the report was
    not his"): a denial of the report in other words."""
    return _DISOWNED.search(said) is not None


def _name_key(name: Optional[str]) -> set[str]:
    """The capitalised words of a name, without a possessive ("Hallendar's fisheries directorate": "hallendar")."""
    words = re.findall(r"[A-Za-z][\w'\u2019-]+", name or "")
    return {re.sub(r"['\u2019]s$", "", w.lower()) for w in words if w[0].isupper()}


def _same_speaker(name: Optional[str], sources: Iterable[str]) -> bool:
    """Same entity by name: "Berg" is "Anna Berg"; "Foreign Ministry spokeswoman Anna Berg" too."""
    key = _name_key(name)
    if not key:
        return False
    for s in sources:
        other = _name_key(s)
        if other and (key <= other or other <= key):
            return True
    return False


def _negations(text: str) -> int:
    return len(lexicon.NEGATION_RE.findall(text))


def _denial_matches(text: str) -> list["re.Match[str]"]:
    """The words of ``text`` that deny or call something false, unnegated ("did not deny" is none) and not
    a passive with a second object ("was denied bail")."""
    return [m for pattern in (lexicon.DENIAL_VERB_RE, lexicon.FALSITY_RE) for m in pattern.finditer(text)
            if not lexicon.negated_before(text, m.start()) and not _denied_something(text, m) and
            not _IN_DENIAL.search(text[:m.start()])]


#: "the board had been "in denial for years"": a state of mind, nobody's denial of a claim
_IN_DENIAL = re.compile(r"\bin\s+$", re.IGNORECASE)


def _in_denial_only(a: Attribution) -> bool:
    """What denies only in the words "in denial": the content's one denial word names a state of mind."""
    if lexicon.is_denial_cue(a.cue.text):
        return False
    words = list(lexicon.DENIAL_VERB_RE.finditer(a.content.text)) + list(lexicon.FALSITY_RE.finditer(a.content.text))
    return bool(words) and all(_IN_DENIAL.search(a.content.text[:m.start()]) for m in words)


def _denial_cues(text: str) -> list[str]:
    return [m.group(0).lower() for m in _denial_matches(text)]


#: denial verbs with another sense too: "voted to dismiss the coach", "rejected the bid", "quashed the conviction",
#: "the journal retracted three papers" (a publisher withdrawing its own publications)
_TWO_SENSE_DENIAL = re.compile(r"^(?:dismiss|reject|quash|slam|disput|contradict|rubbish|retract)", re.IGNORECASE)
#: what such a verb denies when it denies: a statement ("the report", "the claims", "it", "... as baseless", "his
#: confession")
_DENIED_THING = re.compile(r"^\W*(?:\S+\s+){0,5}?(?:as\b|(?:it|them|this|that|criticism|accusations?|charges?|"
                           r"concerns?|findings?|account|version|view|statements?|remarks?|comments?|confession|"
                           r"testimony)\b|" + _REPORT_WORDS.pattern + r")", re.IGNORECASE)


def _denies_no_statement(m: "re.Match[str]", after: str) -> bool:
    """A two-sense denial verb (``m``) whose object (``after`` it) is no statement: "dismiss national coach X"."""
    return _TWO_SENSE_DENIAL.match(m.group(0)) is not None and _DENIED_THING.match(after) is None


def _tells_of_a_denial(text: str) -> bool:
    """A claim group that reports a denial ("... after the minister ruled out ...", "X dismissed the report"),
    which no denial answers; a two-sense verb counts only with what is denied after it ("dismissed the claims",
    "rejected it as baseless"; not "voted to dismiss national coach X")."""
    return any(not _denies_no_statement(m, text[m.end():]) for m in _denial_matches(text))


#: a passive "denied" with a second object: "Passengers were denied boarding", "he was denied bail"
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?!(?:by|that|in|on|at|as|after|before|when|for|to)\b)[A-Za-z]")


#: what is refused to someone, after "denied <them>": "denied the families entry", "denied rescuers access"
_REFUSED_THING = re.compile(r"^\s+(?:[\w'\u2019-]+\s+){1,4}?(?:access|entry|permission|bail|visas?|passage|"
                            r"treatment|relief|(?:a\s+)?berth|boarding|leave|care|(?:an\s+)?injunction|"
                            r"(?:a\s+)?licence|(?:a\s+)?license|parole|asylum)\b", re.IGNORECASE)


def _denied_something(text: str, m: "re.Match[str]") -> bool:
    """"were denied boarding", "was denied bail", "Police denied the families entry": someone was refused something,
    nobody denied a claim."""
    return m.group(0).lower() in ("denied", "deny", "denies", "denying") and (
        _BE_BEFORE.search(text[:m.start()]) is not None and _OBJECT_AFTER.match(text[m.end():]) is not None or
        _REFUSED_THING.match(text[m.end():]) is not None)


#: what is rejected is a demand, not a claim: "dismissed calls for an inquiry", "rejected an offer"
_DEMAND = re.compile(r"^\W*(?:(?:the|a|an|any|all|their|its|his|her|fresh|new|renewed|growing|repeated)\s+|"
                     r"[\w\-]+(?:['\u2019]s|s['\u2019])\s+)*"  # (also someone's: "the farmers' union's call for")
                     r"(?:calls?|demands?|appeals?|requests?|pleas?|offers?|proposals?|invitations?|ultimatums?)\b",
                     re.IGNORECASE)


#: not knowing, which denies nothing: "had not been told of", "was not aware of", "had no knowledge of"
_NOT_TOLD = re.compile(r"\b(?:not|never)\s+(?:been\s+)?(?:told|informed|notified|made aware|aware)\b|"
                       r"\bno knowledge\b", re.IGNORECASE)


def _says_nothing_of_the_matter(a: Attribution) -> bool:
    """What answers nothing, however negative it sounds: a refusal and what it leaves open ("declined to
    comment", "would not say why the radar had not taken over"), "it would not comment", a demand turned
    down ("dismissed calls for an inquiry"), not having been told ("it had not been told of any readings")."""
    # (the demand may be in the cue, its clause the content: "rejected the union's demand | that the council take over")
    verb = lexicon.DENIAL_VERB_RE.search(a.cue.text)
    return is_refusal(a.cue.text, a.content.text) or says_no_comment(a.content.text) or _in_denial_only(a) or \
        lexicon.is_denial_cue(a.cue.text) and (_DEMAND.search(a.content.text) is not None or
                                               verb is not None and _DEMAND.search(a.cue.text[verb.end():])) or \
        _NOT_TOLD.search(a.content.text) is not None or _acts_on_something_else(a) or \
        re.search(r"\bden(?:y|ies|ied|ying)$", a.cue.text.strip(), re.IGNORECASE) is not None and \
        _REFUSED_THING.match(" " + a.content.text) is not None  # "Police | denied | the families entry"


def _acts_on_something_else(a: Attribution) -> bool:
    """"voted to dismiss national coach X", "rejected the bid": a two-sense denial verb whose object is no
    statement, and no word of falsity in what follows."""
    if lexicon.FALSITY_RE.search(a.content.text):
        return False
    m = lexicon.DENIAL_VERB_RE.search(a.cue.text)
    if m is not None:
        return _denies_no_statement(m, a.content.text)
    found = _denial_matches(a.content.text)  # ("voted to dismiss the coach")
    return bool(found) and all(_denies_no_statement(m, a.content.text[m.end():]) for m in found)


def find_denials(article: Article, article_id: Optional[str] = None) -> list[Denial]:
    """Every denial, rebuttal or dismissal in ``article``, in text order: attributions that deny
    (by their cue or their content) and unattributed sentences that call something false."""
    spans = sentences(article.text) or [(0, len(article.text))]
    name = article_id or article.input
    out: list[Denial] = []
    covered: set[int] = set()

    def sentence_of(offset: int) -> int:
        for i, (s, e) in enumerate(spans):
            if s <= offset < e:
                return i
        return len(spans) - 1

    def context(i: int, first: Optional[int] = None) -> str:
        """The sentence before (the one before ``first``, where what was said starts) through sentence ``i``."""
        s = spans[max((i if first is None else first) - 1, 0)][0]
        return article.text[s:spans[i][1]]

    denying = []
    for a in article.attributions:
        soft = _denial_voice(a) == "named" and _UNDECIDED.search(a.content.text) is not None
        # (a content's denial word must deny: not "Flooding has denied rescuers access")
        denies = lexicon.is_denial_cue(a.cue.text) or bool(_denial_matches(a.content.text))
        if not (soft or denies and not _only_as_nouns(a) or _disowns_the_reports_evidence(a.content.text)) or \
                _says_nothing_of_the_matter(a):
            continue  # "declined to comment on what she called speculation": a refusal to answer
        denying.append(a)
    for a in denying:
        if any(b is not a and b.speaker != a.speaker and a.content.start <= b.cue.start < a.content.end for b in denying):
            continue  # "Truscott told X there was no such plan, ..., Weathervane reported": X carried the denial
        i = sentence_of(a.cue.start)
        covered.add(i)
        s, e = spans[i]
        sentence = article.text[s:e]
        out.append(Denial(article=name, sentence=sentence, start=s, end=e,
                          cues=_denial_cues(a.cue.text + " " + a.content.text) or _denial_cues(sentence),
                          voice=_denial_voice(a), speaker=_speaker_name(a),
                          speaker_kind=a.speaker.kind if a.speaker else None, target=a.content.text,
                          context=context(i, min(i, sentence_of(a.content.start)))))
    for a, report in _answers_to_a_report(article, denying):
        i = sentence_of(a.cue.start)
        covered.add(i)
        s, e = spans[i]
        sentence = article.text[s:e]
        # what is denied is the report the sentence names: the sentence carries both
        out.append(Denial(article=name, sentence=sentence, start=s, end=e,
                          cues=lexicon.NEGATION_RE.findall(a.content.text), voice="named", speaker=_speaker_name(a),
                          speaker_kind=a.speaker.kind if a.speaker else None, target=sentence, context=report))
    attributed = {sentence_of(a.cue.start) for a in article.attributions}
    for i, (s, e) in enumerate(spans):
        if i in covered or i in attributed:
            continue
        sentence = article.text[s:e]
        found = _denial_cues(sentence)
        if found:
            out.append(Denial(article=name, sentence=sentence, start=s, end=e, cues=found, voice="own",
                              speaker=article.outlet, speaker_kind="outlet" if article.outlet else None,
                              target=sentence, context=context(i)))
    out.sort(key=lambda d: d.start)
    return [d for d in out if not _headline_for_a_body_denier(d, out)]


#: the telling came after a report it answers: "..., a day after Radio Venlow reported that ..."
_AFTER_A_REPORT = re.compile(r"^\W*(?:(?:a|one|two|three|an|several|hours?|days?|weeks?|day|hour|week|[0-9]+)\s+)*"
                             r"(?:after|since)\b", re.IGNORECASE)


#: a report named as a thing right after a statement, with what it said: ", after a report in the financial press that
#: the insurer's board was looking for his successor"
_AFTER_A_REPORT_THAT = re.compile(_AFTER_A_REPORT.pattern + r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:report|story|"
                                  r"article)s?\b[^.;]{0,60}?\bthat\s+(?P<said>[^.;]+)", re.IGNORECASE)


def _answers_to_a_report(article: Article, denying: list[Attribution]) -> list[tuple[Attribution, str]]:
    """On-record statements that say no ("said ... that he had never taken money") to the report
    their sentence goes on to name ("..., a day after Radio Venlow reported that ...", "..., after a report in the
    financial press that ..."): pairs of the statement and what the report said."""
    out = []
    for a in article.attributions:
        # (the holder of a body's office answers on the record, whatever kind the speaker was given: "The head of
        # Loftwillow Balloons said ..., after a newspaper report said ...")
        office = a.source is not None and _office_holder(a.source.text)
        if a in denying or _denial_voice(a) != "named" and not office or _says_nothing_of_the_matter(a):
            continue
        report = next((b.content.text for b in article.attributions if b is not a and a.content.end <= b.cue.start
                       and _AFTER_A_REPORT.search(article.text[a.content.end:b.source.start if b.source else
                                                               b.cue.start])
                       and "." not in article.text[a.content.end:b.cue.start] and reports(b)), None)
        if report is None:
            named = _AFTER_A_REPORT_THAT.match(article.text[a.content.end:a.content.end + 300])
            report = named.group("said") if named is not None else None
        # it says no, or says what excludes what the report said ("had passed its inspection", after a report
        # said it "had failed the check"), or says so of what the report said was not so ("the update was tested
        # for weeks", after a report said "it had not been tested at all")
        if report is not None and (lexicon.NEGATION_RE.search(a.content.text) or
                                   lexicon.opposes(a.content.text, report) or _negates(report, a.content.text) or
                                   _gives_an_account(a.content.text)):
            out.append((a, report))
    return out


#: what a reaction to a report says, rather than what happened: what will be done about it ("would answer every
#: question", "had ordered an inquiry"), that it is looked into, commented on, confirmed or regretted
_REACTION = re.compile(r"\b(?:will|would|shall|plans?|intends?|going to|expects?|hopes?|wants?|aims?|"
                       r"investigat\w*|inquir(?:y|ies)|probes?|review\w*|look(?:s|ing|ed)? into|examin\w*|"
                       r"co-?operat\w*|comment\w*|seriously|concern\w*|aware|confirm\w*|acknowledg\w*|admit\w*|"
                       r"apologi[sz]\w*|regret\w*|sorry|welcom\w*|stud(?:y|ying|ied)|assess\w*|checking|pending)\b|"
                       + _REPORT_WORDS.pattern, re.IGNORECASE)


def _gives_an_account(content: str) -> bool:
    """What someone says of what happened, answering a report their sentence names ("said the sensor had been
    replaced four days before the crash, after a newspaper report said faults there had gone unrepaired for
    weeks"): a report is answered in this frame by another account of the facts, said without a hedge; what
    will be done about the report, or that it is looked into, is a reaction, not an account."""
    return len(terms(content)) >= 3 and lexicon.HEDGE_RE.search(content) is None and \
        _REACTION.search(content) is None


def _headline_for_a_body_denier(d: Denial, found: list[Denial]) -> bool:
    """"Quessany denies plan ..." over "Quessany's Finance Ministry on Wednesday rejected ...": the
    headline names the country for the ministry that denies in the body; one denier, not two. So do
    "Ministry rejects report" over "The Finance Ministry on Wednesday denied ..." and "Greyfallow calls
    report false" over "Greyfallow Minerals said ...": short forms."""
    if d.start != 0 or not d.speaker:
        return False
    return any(e is not d and e.start > 0 and e.speaker and e.speaker != d.speaker and (re.search(
        r"\b" + re.escape(d.speaker) + r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+)*" + re.escape(e.speaker), e.sentence)
        or _full_name(e.speaker) and (e.speaker.endswith(" " + d.speaker) or e.speaker.startswith(d.speaker + " "))
        # ("Kelvaren PM's office denies ..." over "the prime minister's office said ...": one office)
        or e.speaker_kind == d.speaker_kind != "person" and e.speaker.split()[-1].lower() == d.speaker.split()[-1].lower())
        for e in found)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|any)\s+$", re.IGNORECASE)


def _only_as_nouns(a: Attribution) -> bool:
    """The attribution's only denial words are nouns ("washed her hands of the dispute"): the
    cue itself does not deny and every denial word of the content follows a determiner."""
    if lexicon.DENIAL_VERB_RE.search(a.cue.text) or lexicon.FALSITY_RE.search(a.content.text):
        return False
    text = a.content.text
    return all(_DETERMINER_BEFORE.search(text[:m.start()]) for m in lexicon.DENIAL_VERB_RE.finditer(text))


def _negates(text: str, claim: str) -> bool:
    """A negation in ``text`` applies to the claim's words: the first content words after it, up to
    the end of its clause, are the claim's ("would not *intervene*", "no such *agreement*", "will not
    *withdraw troops*" against "will withdraw troops"); with two or more such words, two must be the
    claim's ("not asking for luxury" does not negate "asking for rest")."""
    claim_terms = set(terms(claim))
    for m in lexicon.NEGATION_RE.finditer(text):
        scope = terms(re.split(r"[,;:.!?]|\bbut\b", text[m.end():], maxsplit=1)[0])[:4]
        if scope and scope[0] in claim_terms and len(set(scope) & claim_terms) >= min(2, len(set(scope))):
            return True
    return False


#: a negated statement's words shared with the claim it denies, over all of its sentences (its negated
#: sentence shares :data:`SAME_MATTER`): not one short line of a quote about something else ("There is no
#: other road")
MIN_NEGATED_OVERLAP = 0.4


def _negating_sentence(parts: Sequence[str], claim: str) -> Optional[str]:
    """The first of a statement's sentences (``parts``) whose negation applies to the claim's words
    (:func:`_negates`): its matter is what is compared, not that of the other sentences of a longer quote
    ('"We have never bought a kilo of horse meat in forty years. Those delivery notes are not ours," the owner
    told the paper')."""
    return next((part for part in parts if _negates(part, claim) and not _CONDITIONAL.match(part)), None)


def _affirmed_where_denied(claim: str, said: str) -> bool:
    """The clause of a claim that shares most words with what a negated statement says is itself affirmative: "that
    pilots had not had a pay rise ... and that some had been rostered for seven night duties in a row" is contradicted
    by "no pilot had been rostered for more than four night duties in a row" where it says something happened."""
    clauses = re.split(r"[,;]|\band that\b|\bbut\b", claim)
    return lexicon.NEGATION_RE.search(max(clauses, key=lambda c: _shared(c, said))) is None


def _negated_clause(text: str) -> str:
    """The clause of ``text`` its first negation stands in, whose matter is what is said not to be so ("no pilot had
    been rostered for more than four night duties in a row", without ", the limit set in its agreement ...")."""
    m = lexicon.NEGATION_RE.search(text)
    if m is None:
        return text
    start = max(text.rfind(p, 0, m.start()) for p in ",;:") + 1
    clause = text[start:m.end()] + re.split(r"[,;:]", text[m.end():], maxsplit=1)[0]
    # (a clause of a few words says too little to be compared on its own: "but it is not the end of Dunsgarrow")
    return clause if len(set(terms(clause))) >= 4 else text


def _sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text) or [(0, len(text))]]


#: a sentence that opens with a condition ("If that is true, nobody should sail on her") says what would follow
_CONDITIONAL = re.compile(r"^\W*(?:if|unless|should|were)\b", re.IGNORECASE)


def _denial_voice(a: Attribution) -> str:
    """Who denies: as :func:`speaker_kind`, except that a named outlet denying speaks on the record
    for itself (an outlet, or a company whose name sounds like one, "Vardenian Post denied a
    Chronicle report", answers as an organisation; it does not report)."""
    voice = speaker_kind(a)
    if voice == "outlet" and a.speaker and a.speaker.name and lexicon.DENIAL_VERB_RE.search(a.cue.text):
        return "named"
    if voice == "unknown" and a.speaker and a.speaker.kind == "unknown" and _full_name(a.speaker.name):
        return "named"  # "Oren Castellane told The Lantern": named, whether a person or a company
    if voice == "unknown" and a.speaker and a.speaker.kind == "organization" and a.source is not None:
        return "named"  # "The prime minister's office denied the report": a body on the record, unnamed
    if a.speaker and a.speaker.kind == "anonymous_person" and a.source is not None and \
            _office_holder(a.source.text):
        return "named"  # "The director of the Druvenian Wildlife Service said": one person, known by the office
    if _body_spoken_for(a) is not None:
        return "named"  # "A spokesman for Brellano Mobility told the agency": the company on the record
    return voice



def _office_holder(source: str) -> bool:
    """"The director of the Druvenian Wildlife Service": the holder of a named body's office, on the record."""
    return source[:4].lower() == "the " and holds_an_office(source)


def _full_name(name: Optional[str]) -> bool:
    """Two or more capitalised words: a name given in full, on the record whatever its kind."""
    words = (name or "").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def negated_statements(article: Article, article_id: Optional[str] = None) -> list[Denial]:
    """On-record attributions whose content is negated ("We will not withdraw," Berg said): refusals
    that deny a claim group when they negate its words."""
    out = []
    for a in article.attributions:
        if _denial_voice(a) != "named" or is_denial_attribution(a) or not _negations(a.content.text) or \
                _says_nothing_of_the_matter(a):
            continue
        out.append(Denial(article=article_id or article.input, sentence=a.content.text,
                          start=a.content.start, end=a.content.end, cues=lexicon.NEGATION_RE.findall(a.content.text),
                          voice="named", speaker=_speaker_name(a), speaker_kind=a.speaker.kind if a.speaker else None,
                          target=a.content.text, context=a.content.text, negates=True))
    return out


#: a denial that points back at what the sentence before told ("dismissed that report", "called it fabricated")
_BACK_REFERENCE = re.compile(r"\b(?:that|this|those|these|the) (?:report|reports|story|claim|claims|account)\b|"
                             r"\b(?:called|denied|dismissed|rejected) (?:it|them|that|this)\b", re.IGNORECASE)


_DENYING_WORDS = r"(?:denied|dismissed|rejected|refuted|disputed|called)"


#: what a denial calls earlier reports it answered before this story: "Haldraven has dismissed earlier reports of a
#: leak from the dam"
_EARLIER_REPORTS = re.compile(r"\b(?:earlier|previous|prior|past|older)\s+(?:media\s+|news\s+|press\s+)?"
                              r"(?:reports?|stories|claims|allegations)\b", re.IGNORECASE)


#: a denial told as having come before: "Grietvald had denied earlier a television report that ...", "had
#: previously dismissed" (background in a later story, not an answer to this one)
_DENIED_BEFORE = re.compile(r"\bhad\s+(?:(?:earlier|previously|already)\s+(?:\w+ly\s+)?" + _DENYING_WORDS + r"|"
                            + _DENYING_WORDS + r"\s+(?:\w+\s+){0,6}?(?:earlier|previously)\b)", re.IGNORECASE)


#: a denial in the past perfect ("had denied", "had flatly rejected"): told as before something else
_HAD_DENIED = re.compile(r"\bhad\s+(?:\w+ly\s+)?" + _DENYING_WORDS + r"\b", re.IGNORECASE)


#: a telling in the present perfect recalls what was said before: "Coverley has said it was not true that ..."
_RECALLED_TELLING = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:said|denied|insisted|maintained|rejected|"
                               r"dismissed)\b", re.IGNORECASE)


def _answers_an_earlier_story(denial: Denial, member: StoryArticle, story: Story) -> bool:
    """The denial is told as having come before the story: "Last month the ministry dismissed ... the newspaper's
    report that ..."; "had denied earlier a television report"; "Korrowen had rejected a newspaper report of the leak
    as a fabrication last month" (a past perfect with a time before the story anywhere in its sentence); "The paper
    reported last month that ... The ministry dismissed that report"."""
    # (a time inside what is denied is the claim's, not the denial's: "said it was not true that it had been warned two
    # years ago")
    told = denial.sentence.replace(denial.target, " ") if len(denial.target) < len(denial.sentence) else \
        denial.sentence
    before = recalled_from_before(told, member.published, story.first_seen) or \
        _HAD_DENIED.search(told) is not None and recalled_from_before(denial.sentence, member.published,
                                                                    story.first_seen)
    return before or _EARLIER_REPORTS.search(denial.target) is not None or _DENIED_BEFORE.search(told) is not None or \
        (_BACK_REFERENCE.search(denial.sentence) is not None or " at the time" in denial.sentence) and \
        _answers_a_recalled_report(denial, member, story)


def _answers_a_recalled_report(denial: Denial, member: StoryArticle, story: Story) -> bool:
    """The sentence before the denial recalls a report from before the story ("The paper reported last
    month that ..."), or recalls an earlier time and the denial came "at the time"."""
    before = _sentence_before(denial)
    return recalled_from_before(before, member.published, story.first_seen) or \
        " at the time" in denial.sentence and recalls_an_earlier_time(before, member.published)


def _sentence_before(denial: Denial) -> str:
    """The sentence before the denial's, from its context (empty when there is none)."""
    if denial.context.endswith(denial.sentence):
        return denial.context[:len(denial.context) - len(denial.sentence)]
    return ""


#: an unnamed spokesperson for a named body, who denies on its record: "A spokesman for Brellano Mobility"
_SPOKESPERSON_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+"
                               r"(?:the\s+)?(?P<body>[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*)\s*$")


def _body_spoken_for(a: Attribution) -> Optional[str]:
    """The named body an unnamed spokesperson speaks for ("A spokesman for Brellano Mobility"), else None."""
    if not (a.speaker and a.speaker.kind == "anonymous_person" and a.source is not None):
        return None
    m = _SPOKESPERSON_FOR.match(a.source.text)
    words = m.group("body").split() if m else []
    # (a body, not a person: "a spokesman for Deputy Prime Minister Bevis Aldmarsh" speaks for his camp)
    if not words or words[0].lower().rstrip(".") in PERSON_TITLES or reads_as_a_persons_name(words):
        return None
    return m.group("body")


def _speaker_name(a: Attribution) -> Optional[str]:
    if a.speaker and a.speaker.name:
        return a.speaker.name
    body = _body_spoken_for(a)
    if body is not None:
        return body
    return re.sub(r"^(?:the|a|an)\s+", "", a.source.text, flags=re.I) if a.source else None


def _overlap(context: str, claim_text: str) -> float:
    """The share of the shorter side's terms the two share (a headline's "X denies plan to close the
    brewery" carries most of a long claim's matter in few words)."""
    claim_terms, context_terms = set(terms(claim_text)), set(terms(context))
    if not claim_terms or not context_terms:
        return 0.0
    return len(claim_terms & context_terms) / min(len(claim_terms), len(context_terms))


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _shared(context: str, claim_text: str) -> int:
    return len(set(terms(claim_text)) & set(terms(context)))


def _named_report(denial: Denial, story: Story, articles: Mapping[str, Article]) -> Optional[str]:
    """The outlet whose report the denial names ("denied the Harbour Times report"), if any."""
    if not _REPORT_WORDS.search(denial.sentence):
        return None
    outlets = {o for o in story.origins if o}
    outlets |= {sa.outlet for sa in story.articles if sa.outlet}
    for group in story.claims:
        outlets |= set(group.via)
    text = denial.context.lower()
    for outlet in sorted(outlets, key=len, reverse=True):
        if outlet.lower() in text:
            return outlet
    return None


def pair_denials(story: Story, articles: Mapping[str, Article]) -> list[DenialLink]:
    """On-record denials in the story's articles (``articles``: revision id -> Article) paired with
    the claim group each answers: the group whose terms the denial's context carries most (at least
    :data:`MIN_OVERLAP`), not one the denier said; a negated on-record statement pairs with a group
    it shares most words with (:data:`SAME_MATTER`) and does not negate. A denial that answers no
    group but names a report is linked to that report (``claim_id`` None)."""
    links: list[DenialLink] = []
    by_article = {m.revision_id: [d for d in find_denials(articles[m.revision_id], m.revision_id)
                                  if d.on_record and d.speaker] +
                  [d for d in negated_statements(articles[m.revision_id], m.revision_id) if d.speaker]
                  for m in story.articles if m.revision_id in articles}
    # what someone denies is no claim for another denier to answer ("X denied that any decision
    # had been taken" is not denied by X's spokeswoman)
    denied_texts = {d.target.strip() for found in by_article.values() for d in found if not d.negates}
    # (a negated statement, "pilots had not had a pay rise ... and some had been rostered for seven night duties in a
    # row", is no claim for a denial to answer, but another negated statement may contradict it: "no pilot had been
    # rostered for more than four night duties in a row")
    negated_texts = denied_texts | {d.target.strip() for found in by_article.values() for d in found if d.negates}
    for member in story.articles:
        found = by_article.get(member.revision_id)
        if found is None:
            continue
        for denial in found:
            parts = _sentences_of(denial.target) if denial.negates else []  # (split once, compared with each group)
            if _answers_an_earlier_story(denial, member, story):
                continue
            best: Optional[ClaimGroup] = None
            best_key = (0, 0.0)  # (words shared, share of the group's words)
            disowned = not denial.negates and _disowns_the_reports_evidence(denial.target)
            for group in story.claims:
                if not _answerable(group, denial, denied_texts if denial.negates else negated_texts):
                    continue
                # (the claim names the denier: "Skellan Dredging ... denied making any payment to the mayor's family",
                # answering "Skellan Dredging paid £240,000 to the mayor's wife's firm")
                # (not one it "has said" before: a denial recalled from earlier copy)
                accused = bool(_name_key(denial.speaker) & _name_key(group.text)) and \
                    _RECALLED_TELLING.search(denial.sentence) is None
                if not denial.negates and len(set(terms(denial.target))) >= 2 and \
                        not _REPORT_WORDS.search(denial.target) and not _UNDECIDED.search(denial.target) and \
                        not disowned and _shared(denial.target, group.text) + accused < 2:
                    continue  # it says what it denies (not just "the report"), and that is not this group's matter
                if denial.negates:
                    said = _negating_sentence(parts, group.text)
                    if _negates(group.text, denial.target) or said is None or not (
                            _same_matter(said, group.text) or _same_matter(_negated_clause(said), group.text)) or \
                            group.text.strip() in negated_texts and not _affirmed_where_denied(group.text, said) or \
                            _shared(said, group.text) < 2 or _overlap(denial.target, group.text) < MIN_NEGATED_OVERLAP \
                            or _plain(group.text) in _plain(denial.target):
                        # it must say the group's thing is not so ("will not withdraw" against
                        # "will withdraw"; a group that says it is not so too agrees, though one with
                        # a "never" elsewhere, "paid ... over tests that were never run", does not),
                        # not be the same words quoted again
                        continue
                    overlap = _overlap(denial.target, group.text)
                else:
                    overlap = _overlap(denial.context, group.text)
                    if overlap < MIN_OVERLAP:
                        continue
                # the group sharing most words, then the largest share: not a three-word fragment
                # that happens to share its one word
                key = (_shared(denial.target if denial.negates else denial.context, group.text), overlap)
                if key > best_key:
                    best, best_key = group, key
            report = _named_report(denial, story, articles) if not denial.negates else None
            if best is None and report is None and not denial.negates and (disowned or _REPORT_WORDS.search(
                    denial.target) and len(set(terms(_REPORT_WORDS.sub(" ", denial.target)))) <= 4):
                # "dismissed the report as 'built on an old spreadsheet'", "said the memo quoted by the paper was not
                # his": the story's report, whose main claim comes first
                main = story.claims[0] if story.claims else None
                best = main if main is not None and _answerable(main, denial, negated_texts) else None
            if best is None and report is None:
                continue
            links.append(DenialLink(story_id=story.id, denier=denial.speaker, claim_id=best.id if best else None,
                                    report=report, overlap=round(best_key[1], 3), evidence=denial))
    return links


#: what a denied report was about: "a newspaper report on Thursday about the census in Uskerdale"
_REPORT_TOPIC = re.compile(r"\b(?:reports?|stor(?:y|ies)|articles?|claims?|allegations?)\b.*?"
                           r"\b(?:about|concerning|regarding|into)\s+(?P<topic>.+)$", re.IGNORECASE)


def _about_another_matter(target: str, claim: str) -> bool:
    """The denial names what the report it denies was about, and the claim shares none of it."""
    m = _REPORT_TOPIC.search(target)
    topic = set(terms(m.group("topic"))) if m else set()
    return len(topic) >= 2 and not topic & set(terms(claim))


def _answerable(group: ClaimGroup, denial: Denial, denied_texts: set[str]) -> bool:
    """A claim group the denial may answer: not one only the denier made (one that others also carry,
    from "X plans ..." in a headline beside the report's own sources, is still theirs to deny), nor what
    someone denies, nor one that reports a denial ("... after Finance Minister Oskar Lindqvist ruled out
    ...", "Truscott told Weathervane there was no such plan"), nor one sharing nothing of the topic the
    denied report is said to be about ("a newspaper report ... about the census")."""
    return not _said_only_by(group, [denial.speaker]) and \
        group.text.strip() not in denied_texts | {denial.target.strip()} and not _tells_of_a_denial(group.text) and \
        not _about_another_matter(denial.target, group.text)


def _said_only_by(group: ClaimGroup, speakers: Sequence[Optional[str]]) -> bool:
    """Every source of the group is one of ``speakers`` (a group with no source is nobody's)."""
    return bool(group.sources) and all(_same_speaker(s, [w for w in speakers if w]) for s in group.sources)


def _same_matter(a: str, b: str) -> bool:
    # (words that say no say whether, not what about)
    ta, tb = set(terms(a)) - set(lexicon.NEGATION_WORDS), set(terms(b)) - set(lexicon.NEGATION_WORDS)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= SAME_MATTER


def with_denials(story: Story, links: Sequence[DenialLink]) -> Story:
    """A copy of ``story`` whose claim groups list who denies them (``denied_by``, sorted, unique);
    a denial of a named report marks every claim group relayed through that outlet. Groups whose every
    source denies something in the story (the denier's own side) move after the others."""
    deniers: dict[str, set[str]] = {g.id: set(g.denied_by) for g in story.claims}
    for link in links:
        targets = [link.claim_id] if link.claim_id else [
            g.id for g in story.claims if link.report and (link.report in g.via or link.report in g.sources)]
        for claim_id in targets:
            if claim_id in deniers:
                deniers[claim_id].add(link.denier)
    claims = [replace(g, denied_by=sorted(deniers[g.id])) for g in story.claims]
    # a denier's own side ("That lift was inspected in the spring," the director told X) is no main claim:
    # groups whose every source denies something in the story go after the others, in their order
    denying = [link.denier for link in links]
    claims.sort(key=lambda g: _said_only_by(g, denying))
    return replace(story, claims=claims)


def find_contradictions(story: Story, links: Sequence[DenialLink] = ()) -> list[Contradiction]:
    """Claim groups of different sources on the same matter where one negates the other ("will
    withdraw" / "will not withdraw"), and every denial paired with a claim group."""
    out: list[Contradiction] = []
    groups = story.claims
    for i, a in enumerate(groups):
        for b in groups[i + 1:]:
            if set(a.sources) & set(b.sources) or any(_same_speaker(s, b.sources) for s in a.sources):
                continue
            if (_negations(a.text) > 0) == (_negations(b.text) > 0):
                continue
            if _same_matter(a.text, b.text):
                out.append(Contradiction(story.id, "negation", a.id, b.id, list(a.sources), list(b.sources),
                                         a.text, b.text))
    by_id = {g.id: g for g in groups}
    for link in links:
        group = by_id.get(link.claim_id or "")
        if group is None:
            continue
        already = any(c.claim_a == group.id and _same_speaker(link.denier, c.sources_b) or
                      c.claim_b == group.id and _same_speaker(link.denier, c.sources_a) for c in out)
        if not already:
            out.append(Contradiction(story.id, "denial", group.id, None, list(group.sources), [link.denier],
                                     group.text, link.evidence.sentence))
    return out


__all__ = ["Denial", "DenialLink", "Contradiction", "find_denials", "negated_statements", "pair_denials",
           "with_denials", "find_contradictions", "MIN_OVERLAP", "SAME_MATTER"]
