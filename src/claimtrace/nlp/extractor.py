"""Rules over the dependency parse that find each attribution's cue, source and content.

For every reporting verb (or ``according to``) the extractor looks, in order, for content that is
(1) a quotation next to the verb's clause (direct speech, also split around the cue and over
several paragraphs), (2) a clausal complement (indirect, or mixed when it holds a quote), (3) the
clause the verb interrupts (``The talks, he said, will fail``), (4) the clause around a raising
verb (``the plant is expected to employ 400 people``: no source), (5) an infinitive, prepositional
or object complement. Clausal and phrasal content runs on over the rest of the verb phrase, as
PolNeAR marks it (``compared abortion to the Holocaust``), up to an adjunct of the telling itself
(``at a press conference``). The source is the verb's subject (or the agent of a passive),
inherited from the governing verb for ``..., saying``/``and added``. Who each source is, how many people, and through
which outlets is worked out afterwards in ``claimtrace.nlp.sources``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

import numpy
from spacy import symbols as spacy_symbols
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..model import Attribution, TextSpan
from .hedging import find_hedges
from .name_kinds import names_a_person, names_people, rare_word, set_side_by_side
from .lexicon import (ACT_VERBS, ADDRESSEE_VERBS, ANONYMITY_PARTICIPLES, ANONYMITY_VERBS, ANONYMOUS_NOUNS,
                      ANSWERING_VERBS, AUDIENCE_NOUNS, BROADCAST_MEDIA, BY_MEANS_NOUNS, CLAIMED_PAYMENTS,
                      CLAUSE_JOINERS, COGNITION_VERBS, COLLECTIVE_PEOPLE_NOUNS, CUE_NOUNS, CUE_PP_NOUNS,
                      CUE_PP_NOUNS_WITH_DET, CURRENCY_NOUNS, DEAL_VERBS, DIRECTIVE_VERBS, DOCUMENT_NOUNS,
                      DOCUMENT_PARTICIPLES, EVIDENCE_NOUNS, EVIDENCE_VERBS, FINDING_VERBS, HEADLINE_SPEECH_VERBS,
                      INFORMATION_NOUNS, LINKING_VERBS, NEEDS_CLAUSE, ONLINE_PLACES, ORGANIZATION_NOUNS, OUTLET_NOUNS,
                      OUTLET_REPORT_NOUNS, PERCEPTION_VERBS, QUOTE_ONLY_VERBS, RAISING_ACTIVE, RAISING_PASSIVE,
                      REACHING_VERBS, REFUSING_VERBS, REPORTED_FIGURES, RULE_NOUNS, SOCIAL_PLATFORMS, SPEECH_VERBS,
                      STANCE_VERBS, TELLING_PARTICIPLES, TELLING_VERBS, TIME_AND_PURPOSE_MARKS, UNNAMED_TAG_NOUNS)
from .cue_decision import CueDecision, candidate_features, shipped_decision
from .span_model import SpanDecisions, column, doc_scores, refine_content, refine_source, shipped_decisions
from ..ingest.dateline import find_datelines
from ..ingest.title import guess_title, is_headline
from .quotes import OPEN_CURLY, STRAIGHT, Quote, find_quotes
from .sources import MISREAD_DOCUMENT_PATH, clause_read_as_relative, is_outlet_name, resolve_sources

CUE_LEMMAS = SPEECH_VERBS | COGNITION_VERBS | QUOTE_ONLY_VERBS
#: verbs that make a speaker's next statement when coordinated with a reported clause: "said the
#: talks were progressing but declined to give a timetable", "... but said they were routine"
NEXT_STATEMENT_LEMMAS = CUE_LEMMAS | REFUSING_VERBS

_VERB, _AUX = spacy_symbols.VERB, spacy_symbols.AUX
PUNCT_EDGES = " \t\n\r\u00a0,;:.!?—–-"
#: adverbs after a speaker's name that comment on the telling, not on who speaks ("Mr. Ross also")
COMMENT_ADVERBS = ("also", "too", "however", "though")


@dataclass
class Found:
    """An attribution as found over tokens, before sources are resolved."""

    cue: list[Token]
    content_spans: list[tuple[int, int]]
    kind: str
    source: Optional[list[Token]] = None  # the source mention's tokens (contiguous)
    source_head: Optional[Token] = None
    cited: Optional[list[Token]] = None  # a group cited by an outlet: "citing three officials"
    content_tokens: list[Token] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)  # indexes of quotes used as content
    head: Optional[Token] = None  # the cue's head word
    path: str = ""  # which rule found the content


class _Context:
    def __init__(self, doc: Doc, boilerplate: list[tuple[int, int]], text: Optional[str] = None,
                 outlets: frozenset[str] = frozenset()):
        self.doc = doc
        self.outlets = outlets  # lower-cased names known to be news outlets
        # Doc.text is rebuilt from the tokens on every access: read it once
        self.text = doc.text if text is None else text
        self.quotes: list[Quote] = find_quotes(self.text)
        self.piece_starts: list[int] = []
        self.piece_index: list[tuple[int, int, int]] = []  # (start, end, quote id)
        for qi, q in enumerate(self.quotes):
            for s, e in q.pieces:
                self.piece_index.append((s, e, qi))
        self.piece_index.sort()
        self.piece_starts = [p[0] for p in self.piece_index]
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]  # quotes do not nest, so ends are sorted too
        self.bp = sorted(boilerplate)
        self.bp_starts = [s for s, _ in self.bp]
        self.datelines = {s: e for s, e, _ in find_datelines(self.text)}
        first_break = self.text.find("\n")
        #: the first line, when it stands alone like a headline (the parser reads headlines badly);
        #: below a site banner ("THE CORRIDOR POST"), the line the title guess takes for the headline
        self.headline_start = 0
        # (not a first paragraph that opens with a dateline: "TARLOW (Quarnby Wire) - ..." is the story)
        # (nor a first line that is a paragraph, or the whole text: "Officials said X. One of them said Y.\n")
        self.headline_end = first_break if 0 < first_break <= 250 and 0 not in self.datelines and \
            self.text[first_break:].strip() and is_headline(self.text[:first_break].strip()) else 0
        below_banner = guess_title(self.text) if self.headline_end else None
        if below_banner is not None and below_banner[0] > 0:
            self.headline_start, self.headline_end = below_banner
        # "Headline — Agency": the tag is not part of anything said in the headline
        tag = _TAG_LINE.match(self.text, self.headline_start, self.headline_end) if self.headline_end else None
        self.tag_starts = [tag.start(2)] if tag and tag.group(3)[:1].isupper() else []

    def before_tag(self, start: int, end: int) -> int:
        """Cut a span at an agency tag (" — Meridian") that ends its line."""
        k = bisect.bisect_left(self.tag_starts, start)
        return self.tag_starts[k] if k < len(self.tag_starts) and self.tag_starts[k] < end else end

    def skip_dateline(self, start: int, end: int) -> int:
        """Move a content start past a dateline ("GENEVA, March 4 (Agency) - ") it begins with."""
        for ds, de in self.datelines.items():
            if ds <= start < de <= end:
                return de
        return start

    def quote_at(self, char: int) -> Optional[int]:
        k = bisect.bisect_right(self.piece_starts, char) - 1
        if k >= 0:
            s, e, qi = self.piece_index[k]
            if s <= char < e:
                return qi
        return None

    def in_boilerplate(self, char: int) -> bool:
        k = bisect.bisect_right(self.bp_starts, char) - 1
        return k >= 0 and self.bp[k][0] <= char < self.bp[k][1]

    def gap_is_punct(self, a: int, b: int) -> bool:
        """True when text[a:b] holds only punctuation and spaces (no words)."""
        if a > b:
            return False
        return all(not ch.isalnum() for ch in self.text[a:b]) and b - a <= 6


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in PUNCT_EDGES:
        start += 1
    while end > start and text[end - 1] in PUNCT_EDGES:
        if text[end - 1] == "." and _ABBREVIATION_END.search(text, start, end):
            break  # "went off at 10:02 a.m.": the abbreviation keeps its dot
        end -= 1
    tail = _CONJUNCTION_END.search(text, start, end)  # "their complaints had gone unanswered, and" (one of them said)
    return _trim(text, start, tail.start()) if tail else (start, end)


#: a comma and a coordinating word that close a span: what follows them was cut off as something else
_CONJUNCTION_END = re.compile(r",\s+(?:and|but|or)$")

#: a text ending in an abbreviation of single letters and dots: "a.m.", "U.S."
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")


def _paired_refusal(v: Token) -> bool:
    """"deny" in "would neither confirm nor deny" / "would not confirm or deny": the second of a
    negated pair of verbs, which together refuse to answer."""
    doc = v.doc
    if v.dep_ != "conj" or v.head.i >= v.i or \
            not all(doc[i].dep_ in ("cc", "preconj") for i in range(v.head.i + 1, v.i)):
        return False
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in v.head.children) or \
        any(c.dep_ == "neg" for c in v.head.children) and doc[v.i - 1].lower_ == "or"


def cue_tokens(v: Token) -> list[Token]:
    """The cue: the verb with its auxiliaries, negation and adverbs right before it, a particle,
    and a ``in a statement``-style phrase right after it."""
    doc = v.doc
    lo = _left_of_verb(v)
    # "refused to say", "went on to say", "declined to comment": the governing verb joins the cue
    if v.dep_ == "xcomp" and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX") and \
            all(doc[i].dep_ in ("aux", "prt", "neg", "advmod") or doc[i].i == v.head.i
                for i in range(v.head.i, v.i)):
        lo = _left_of_verb(v.head)
    if _paired_refusal(v):
        # "would neither confirm nor deny", "would not confirm or deny": the pair is the cue (a refusal, not a denial)
        left = {c.i for c in v.head.children if c.dep_ in ("aux", "neg", "preconj", "advmod")}
        lo = v.head.i
        while lo - 1 in left:
            lo -= 1
    hi = v.i
    for c in v.children:
        if c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    for c in v.children:  # "was quoted as saying"
        if c.dep_ == "prep" and c.lower_ == "as" and c.i == hi + 1 and any(
                g.dep_ == "pcomp" and g.i == c.i + 1 and g.lemma_.lower() == "say" for g in c.children):
            hi = c.i + 1
    verb_hi = hi
    # "told analysts on a call": the phrase after the one told joins the cue, the addressee does not
    told = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.left_edge.i == hi + 1 and
                 v.lemma_.lower() in ADDRESSEE_VERBS), None)
    for c in v.children:
        if (c.dep_ == "prep" or _by_means(c)) and (c.i == hi + 1 or told is not None and c.i == told.right_edge.i + 1) \
                and c.lower_ in ("in", "on", "during", "via", "through", "by"):
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]  # "in writing": a gerund
            if pobj and _cue_pp_noun(pobj[0], c.lower_):
                # not a clause hung on the noun, nor the day ("in a statement on Tuesday")
                # ("in an interview with the broadcaster VKR": who heard it is the via, not the cue)
                # (nor the time after it: "said in a statement an hour later", "... late on Wednesday")
                clause = {t.i for g in c.subtree if g.dep_ in ("acl", "relcl", "ccomp") or g.i > pobj[0].i and (
                          g.dep_ in ("advmod", "npadvmod") and
                          any(x.ent_type_ in ("DATE", "TIME") for x in g.subtree) and
                          g.head.i in {pobj[0].i, v.i} | {x.i for x in pobj[0].children} or
                          g.dep_ == "prep" and (_telling_adjunct(g) or g.lower_ in ("with", "to") and
                                                g.head.i == pobj[0].i and _names_an_outlet_or_person(g)))
                          for t in g.subtree}
                stop = min(clause, default=len(v.doc))  # the cue ends where the first of them starts
                if c.lower_ == "by":
                    stop = min(stop, pobj[0].i + 1)  # "by telephone from Ostrel": where from is no part of it
                if pobj[0].lower_ == "broadcast" and any(x.dep_ == "compound" and _cue_pp_noun(x, c.lower_)
                                                         for x in pobj[0].children):
                    stop = min(stop, pobj[0].i)  # "in an interview broadcast by RTC": a participle read as a noun
                hi = max([t.i for t in c.subtree if t.i < stop] + [hi])
                if c.i > verb_hi + 1:  # past the one told: "told ... on a call"
                    return [doc[i] for i in range(lo, verb_hi + 1)] + [doc[i] for i in range(c.i, hi + 1)]
    return [doc[i] for i in range(lo, hi + 1)]


def _by_means(c: Token) -> bool:
    """"said by satellite phone": a "by" the parser made a passive's agent names how it was said, not who."""
    return c.dep_ == "agent" and c.head.lemma_.lower() in SPEECH_VERBS and any(
        g.dep_ == "pobj" and _cue_pp_noun(g, "by") for g in c.children)


def _cue_pp_noun(noun: Token, preposition: str) -> bool:
    """The object of "in a statement", "in a written reply": a noun naming how it was said (not what
    a refusal was about: "declined to comment on the verdict")."""
    if preposition == "by":
        return noun.lower_ in BY_MEANS_NOUNS and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if noun.lemma_.lower() in CUE_PP_NOUNS or noun.lower_ in CUE_PP_NOUNS:
        return True
    if preposition == "on" and (noun.text.lower() in SOCIAL_PLATFORMS and noun.text[:1].isupper() or
                                noun.lower_ == "media" and any(c.lower_ == "social" for c in noun.children)):
        return True  # "said on X", "wrote on Telegram", "wrote on social media"
    if preposition == "on" and noun.lower_ in BROADCAST_MEDIA:
        return True  # "said on local radio", "told state television"
    words = CUE_PP_NOUNS_WITH_DET if preposition == "in" else ONLINE_PLACES if preposition == "on" else ()
    return noun.lemma_.lower() in words and any(c.dep_ in ("det", "poss") for c in noun.children)


def _names_an_outlet_or_person(prep: Token) -> bool:
    """"with the broadcaster VKR", "to Reuters": the phrase names who heard it (not "with analysts")."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    # (a capitalised name the tagger read as a common noun: "with the Sounding")
    return obj is not None and (obj.pos_ == "PROPN" or obj.text[:1].isupper() or obj.lemma_.lower() in OUTLET_NOUNS)


def _left_of_verb(v: Token) -> int:
    """Index of the first of the auxiliaries, negation and adverbs right before a verb."""
    left = {c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg")
            or (c.dep_ == "advmod" and c.i < v.i and c.pos_ != "PROPN" and c.lower_ not in ("when", "where", "how", "why"))}
    lo = v.i
    while lo - 1 in left:
        lo -= 1
    return lo


def _shared_passive(c: Token) -> bool:
    """"would be presented to the board on Nov. 20 and announced the same week": a participle that
    shares the passive before it (whatever tag the tagger gave it) goes on with it."""
    if not any(g.dep_ == "auxpass" for g in c.head.children) or \
            any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
        return False
    # (a past tense with an object or a clause of its own is the speaker's next act: "... had been
    # traced abroad, but gave no details", "... and warned that ...")
    # ("... had been sent home and told to come back later": a verb of telling with an infinitive but no one
    # told is the passive's participle, whatever the tagger said)
    return c.tag_ == "VBN" or c.tag_ == "VBD" and not any(
        g.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "advcl") for g in c.children) or \
        c.tag_ == "VBD" and c.lemma_.lower() in ADDRESSEE_VERBS and any(g.dep_ == "xcomp" for g in c.children) and \
        not any(g.dep_ in ("dobj", "dative", "prep") for g in c.children)


def _next_statement(c: Token) -> bool:
    """A coordinated verb that is the speaker's next statement, not more of the content: an active
    verb of speech or refusal, or a cognition verb with a clause of its own ("... and would consider
    "all legal options"" and "... and would be released" go on with what was said)."""
    lemma = c.lemma_.lower()
    if _shared_passive(c):
        return False
    if any(g.dep_ == "auxpass" or g.dep_ == "aux" and (g.tag_ == "MD" or g.lower_ == "had") for g in c.children):
        # "... and would be released", "... and would explain everything", "... and had asked
        # officials to ...": a future or a past perfect is more of what was said, not the next telling
        return False
    if lemma in ACT_VERBS and not any(g.dep_ == "ccomp" for g in c.children):
        return False  # "... and agreed to a release clause": an act, "agreed that ..." a statement
    if any(g.dep_ == "dobj" and any(n.dep_ == "nummod" for n in g.children) and
           (g.lemma_.lower() in ANONYMOUS_NOUNS | COLLECTIVE_PEOPLE_NOUNS or names_people(g)) for g in c.children):
        return False  # "... had searched fields and questioned two people": what was done to a number of people
    clause = any(g.dep_ == "ccomp" for g in c.children)
    if lemma in FINDING_VERBS:  # "... before the sale and found no warning": what was found goes on with it
        return clause
    return lemma in SPEECH_VERBS or lemma in REFUSING_VERBS or lemma in NEXT_STATEMENT_LEMMAS and clause


def _backshifted_conjunct(c: Token) -> bool:
    """"The bank said that it had no evidence of a leak but had asked the authority to review
    trading": a verb coordinated with a past-tense cue after its clause, with no subject of its own
    and in the past perfect, the past progressive or with a modal (the tenses of reported speech:
    "said it was "devastated" and was cooperating with prosecutors"), goes on with what was
    said; it is neither the speaker's next act nor an attribution of its own (a refusal is: "... but
    would not say why"). So is one coordinated with the clause itself ("said he had never seen the
    request and had asked officials to ...")."""
    v = c.head
    if v.dep_ == "ccomp" and v.head.i < v.i:
        v = v.head
    # (or with the clause of a reporting participle before it: "confirmed the breach, saying it had reset every
    # password and had "no evidence" that ...", the parser coordinating "had" with "confirmed")
    saying = any(a.dep_ == "advcl" and a.tag_ == "VBG" and a.lemma_.lower() in SPEECH_VERBS and a.i < c.i and
                 any(g.dep_ == "ccomp" and g.i < c.i for g in a.children) for a in v.children)
    # (a that-clause the parser read as a relative clause on the telling's adjunct counts: "told analysts on a call
    # that the board had "no interest" in a deal and would keep paying its dividend")
    return c.dep_ == "conj" and c.i > v.i and v.tag_ == "VBD" and (saying or v.lemma_.lower() in SPEECH_VERBS and (
        any(g.dep_ == "ccomp" and g.i < c.i for g in v.children) or
        any(g.dep_ in ("relcl", "acl") and g.i < c.i and
            any(m.dep_ == "mark" and m.lower_ == "that" and m.i == g.left_edge.i for m in g.children)
            for g in v.subtree))) and \
        not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "neg") for g in c.children) and \
        (any(g.dep_ in ("aux", "auxpass") and (g.lower_ == "had" or g.tag_ == "MD") or
             g.dep_ == "aux" and g.lower_ in ("was", "were") and c.tag_ == "VBG" for g in c.children) or
         _not_the_speakers_number(c, v) or
         c.lemma_.lower() in ("have", "be") and c.tag_ == "VBD")  # "... but had no plans to order them back"


def _reported_in_a_state(v: Token) -> bool:
    """"A refrigerated van was reported stolen", "Two fishermen were reported missing": a passive "reported" with the
    state it names right after it (a participle or an adjective, no "to"), and no clause of its own."""
    # (also on a relative's object: "a van that the firm reported stolen")
    return v.lemma_.lower() == "report" and \
        any(c.dep_ == "auxpass" or c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in v.children) and \
        any(c.dep_ in ("xcomp", "oprd", "acomp") and c.i == v.i + 1 and c.tag_ in ("VBN", "JJ") for c in v.children) \
        and not any(c.dep_ == "ccomp" for c in v.children)


def _marks_its_own_source(c: Token) -> bool:
    """A clause that says whose word it rests on: "dozens more are believed to be missing", "the toll
    is expected to rise", "the port was reported closed", "it seems to have failed"."""
    lemma = c.lemma_.lower()
    return lemma in CUE_LEMMAS and any(g.dep_ == "auxpass" for g in c.children) or lemma in ("seem", "appear")


def _not_the_speakers_number(c: Token, v: Token) -> bool:
    """"A cook ... told the agency that staff had complained but were told to keep cooking": a plural
    "were" cannot go with one speaker, so the conjunct's subject is the reported clause's."""
    subj = next((g for g in v.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ in ("NN", "NNP") and \
        any(g.dep_ in ("aux", "auxpass") and g.lower_ == "were" and g.i < c.i for g in c.children)


def _refusing(c: Token) -> bool:
    """A negated verb of speech: "... but would not say why it had closed" (not a passive: "... and
    could not be explained by ..." goes on with what was said)."""
    return c.lemma_.lower() in SPEECH_VERBS and any(g.dep_ == "neg" for g in c.children) and \
        not any(g.dep_ == "auxpass" for g in c.children)


def _narrated(c: Token) -> bool:
    """", but he did not rule out ...": after a comma, a conjunct whose subject is "he" or "she" tells
    what the speaker did; it does not go on with what was said (nor ", but it leaves the timing open"
    after "The draft says ...")."""
    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("he", "she") and not (
            subj.lower_ == "it" and c.tag_ == c.head.tag_ in ("VBZ", "VBD") and c.lemma_.lower() not in LINKING_VERBS
            and c.head.lemma_.lower() in CUE_LEMMAS and not any(g.dep_ == "aux" for g in c.children)):
        return False  # "The draft says ..., but it leaves the timing open": "it" in the cue's own tense
    i = c.left_edge.i - 1
    while i > 0 and (c.doc[i].dep_ == "cc" or c.doc[i].is_quote):  # '..., " but he'
        i -= 1
    return i < c.left_edge.i - 1 and c.doc[i].text == ","


def _main_verb_read_as_participle(v: Token) -> bool:
    """"The cathedral chapter, which owns the library, rejected as "baseless" suggestions that ...": the sentence's
    only verb after its subject and a relative clause, which the tagger read as a participle on the subject (the
    subject left as the root): the finite verb of the sentence."""
    head = v.head
    if not (v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and head.i < v.i and v.i >= 2 and head.left_edge.i == head.sent.start):
        return False
    # (or a past tense right after the subject's own words: "The public broadcaster NRV reported on Monday, citing
    # four people ..., that ...", the that-clause hung on the subject too)
    return v.doc[v.i - 1].text == "," and any(c.dep_ == "relcl" and c.i < v.i for c in head.children) or \
        v.tag_ == "VBD" and v.lemma_.lower() in SPEECH_VERBS and all(
            t.i in {x.i for x in head.subtree} for t in v.doc[head.i:v.i])


def _subject(v: Token, depth: int = 0) -> Optional[Token]:
    """The verb's speaker: its subject, a passive's agent, or the subject of the verb it hangs on."""
    if _main_verb_read_as_participle(v):
        return v.head
    agent = [c for c in v.children if c.dep_ == "agent" and not _by_means(c)]
    if agent and v.lemma_.lower() in ("quote", "cite") and any(c.dep_ == "nsubjpass" for c in v.children):
        agent = []  # "was quoted by the paper as saying": the paper quoted; the one quoted speaks
    if agent:
        pobj = [g for g in agent[0].children if g.dep_ == "pobj"]
        if pobj:
            return pobj[0]
    after = next((c for c in v.children if c.dep_ == "nsubj" and c.i > v.i), None)
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj") and _fronted_question(c):
            continue  # "Asked whether ..., the head of the mission, Gudrun Teppich, said": not the subject
        if c.dep_ == "nsubj" and c.i < v.i and after is not None and any(t.is_quote for t in v.doc[c.i:v.i]):
            continue  # '"... Nobody from the airline," said Eskander Marrowvane': a word of the quote is not it
        if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i:
            # "Speaking for the president, Haskeby's spokeswoman, Liss Varnworth, told reporters": the parser made the
            # fronted participle the subject and hung the speaker's phrase inside it; the phrase after its comma speaks
            inner = next((t for t in c.subtree if t.dep_ == "appos" and t.left_edge.i > c.i + 1 and
                          v.doc[t.left_edge.i - 1].text == "," and (t.right_edge.i == v.i - 1 or
                          t.right_edge.i == v.i - 2 and v.doc[v.i - 1].text == ",")), None)
            if inner is not None:
                return inner
        if c.dep_ == "nsubj" and c.i < v.i and v.dep_ == "advcl" and \
                any(m.dep_ == "mark" and m.i < c.left_edge.i for m in v.children) and \
                not any(g.dep_ in ("ccomp", "xcomp", "dobj") and g.i > v.i for g in v.children):
            # "... on Saturday after medical checks, Clearspring Relief, which has worked there since 2009, said": the
            # parser made the closing clause a subordinate one, the noun before the comma its subject; the phrase set
            # off after that noun speaks
            closing = next((t for t in c.children if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") and
                            v.doc[t.left_edge.i - 1].text == "," and (t.right_edge.i == v.i - 1 or (
                                t.right_edge.i == v.i - 2 and v.doc[v.i - 1].text == ","))), None)
            if closing is not None:
                return closing
        if c.dep_ in ("nsubj", "csubj"):
            last = max((g for g in v.children if g.dep_ == "nsubj" and g.i < v.i), key=lambda g: g.i, default=c)
            if last.i != c.i and last.right_edge.i == v.i - 1 and v.doc[last.left_edge.i - 1].text == ",":
                # "... that the company underpaid royalties, the Durnhollow Lamp's sources said": the parser
                # gave the closing clause the reported clause's subject too; the speaker is the last
                return last
            # "state news agency SNA reported": the parser split the phrase into two subjects; the
            # name is the head (the source span takes both, ``_source_tokens``)
            split = next((g for g in v.children if g.dep_ == "nsubj" and g.left_edge.i == c.right_edge.i + 1
                          and g.pos_ == "PROPN"), None)
            # (or a name it made an adverb of the verb: "The local news site Dravello Today reported", "The
            # news site Oskary Now reported")
            split = split or next((g for g in v.children if g.dep_ in ("npadvmod", "advmod") and g.pos_ == "PROPN" and
                                   g.left_edge.i == c.right_edge.i + 1 and g.i < v.i and
                                   c.lemma_.lower() in OUTLET_NOUNS), None)
            if split is not None:
                return split
            # "The co-chair said", "The non-profit said": the tokenizer split a word and the parser
            # made each piece a subject; the word's last piece is its head
            word = _glued_run(c)
            head = next((g for g in reversed(word) if g.dep_ in ("nsubj", "csubj") and g.head.i == v.i), c)
            return _outlet_hung_on_subject(v, head) or _comma_conjunct_before(head, v) or head
        if c.dep_ == "nsubjpass":
            # "the national news agency CNA reported": the parser split the phrase into two subjects
            split = next((g for g in v.children if g.dep_ == "nsubj" and g.left_edge.i == c.right_edge.i + 1), None)
            if split is not None:
                return split
            return None if c.lower_ == "it" else c
        if c.dep_ == "expl":
            return None
    if v.dep_ == "parataxis" and v.head.i > v.i and v.i >= 2 and v.doc[v.i - 1].text == ",":
        # "The commission's final report, published alongside the decision, says dairies received ...": the parser gave
        # the clause after the verb two subjects; the one before the verb, ending at its comma, is the verb's
        first = [g for g in v.head.children if g.dep_ in ("nsubj", "nsubjpass")]
        if len(first) == 2 and first[0].i < v.i < first[1].i and first[0].right_edge.i == v.i - 2 and \
                first[0].left_edge.i == v.sent.start:
            return first[0]
    answer = _question_read_as_the_verb(v.head)
    if _answer_after_a_question(v) or answer is not None and answer.i == v.i:
        return _subject(v.head, depth + 1)  # "Baranov, asked whether ..., said:": Baranov said
    asked = next((c for c in v.children if c.dep_ in ("advcl", "nsubj", "csubj") and c.i < v.i and
                  _fronted_question(c)), None)
    if asked is not None and v.i >= 2 and v.doc[v.i - 1].text == ",":
        # "Asked whether ..., the head of the mission, Gudrun Teppich, said": the parser hung the
        # speaker on the question as an apposition; it is the phrase right before the comma
        last = v.doc[v.i - 2]
        while last.dep_ == "appos" and last.head.dep_ == "appos" and last.head.i < last.i:
            last = last.head  # "the head of the mission, Gudrun Teppich": the first of the two
        if last.dep_ == "appos" and last.i > asked.i and last.head.i < last.i:
            return last
    fronted = next((c for c in v.children if c.dep_ == "prep" and c.i < v.i and c.i == v.sent.start), None)
    if fronted is not None and v.i >= 2 and v.doc[v.i - 1].text == "," and v.tag_ in ("VBD", "VBZ") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children):
        # "In a post on Telegram, the group, which calls itself the X, said": the parser set the speaker beside the
        # fronted phrase's last noun; it is the phrase closing right before the cue's comma
        speaker = next((t for t in fronted.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and
                        t.right_edge.i == v.i - 2 and v.doc[t.left_edge.i - 1].text == ","), None)
        while speaker is not None and speaker.head.dep_ == "appos" and speaker.head.i < speaker.i and \
                speaker.head.pos_ != "PROPN":  # (not up to the name of the one spoken to: "In an interview with the
            speaker = speaker.head  # broadcaster Radio X, the unit's director, Y, said"; "In a statement, its
            # director, X, said": the first of the two)
        if speaker is not None:
            return speaker
    if v.i >= 2 and v.doc[v.i - 1].text == "," and v.lemma_.lower() in SPEECH_VERBS and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children) and \
            any(c.dep_ == "ccomp" and c.i < v.i and c.right_edge.i == v.i - 2 for c in v.children) and \
            not any(c.dep_ in ("ccomp", "xcomp") and c.i > v.i for c in v.children):
        # "Children are likely to start dying of hunger within weeks, warned Olwyneth Treddinick, head of nutrition at
        # ...": after what was said, the name the parser made the verb's object is who said it
        inverted = next((c for c in v.children if c.dep_ == "dobj" and c.left_edge.i == v.i + 1 and
                         c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
        if inverted is not None:
            return inverted
    if v.dep_ == "conj" and _speakers_refusal(v):
        # "The police said in a statement that the officer had been suspended, but did not say what ...": the parser
        # coordinated the refusal inside what was said; whoever said it refuses
        outer = v.head
        while outer.dep_ == "conj" and outer.head.i < outer.i:
            outer = outer.head
        if outer.dep_ == "ccomp" and outer.head.i < outer.i and outer.head.lemma_.lower() in SPEECH_VERBS:
            return _subject(outer.head, depth + 1)
    if v.dep_ == "conj" and v.i >= 3 and v.doc[v.i - 1].text == ",":
        # "... was built by the firm X, whose spokesman, Ilya Dorvash, said ...": the parser coordinated "said" with
        # the clause before and hung the relative clause's subject on its last noun
        doc = v.doc
        whose = next((t for t in doc[max(0, v.i - 15):v.i] if t.lower_ == "whose" and t.dep_ == "poss"), None)
        if whose is not None and whose.head.dep_ == "appos" and whose.head.right_edge.i == v.i - 2 and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return whose.head
    if v.dep_ == "conj":  # (also for a participle hung on it: "..., X told reporters, adding that ...")
        closing = _closing_speaker(v)
        if closing is not None:
            return closing
    if depth == 0 and v.tag_ == "VBD" and v.lemma_.lower() in SPEECH_VERBS and (
            v.dep_ == "advcl" or v.dep_ == "conj" and v.doc[v.i - 1].text == "," and
            not any(c.dep_ == "cc" and c.i < v.i for c in v.head.children if c.i > v.head.i)):
        # (or a conjunct with no "and" of its own: "... unless the company improves its offer, the union's chairman,
        # X, told a rally")
        hung = _phrase_hung_before(v)
        if hung is not None:  # "..., the sports daily Gazzetta Ruvesca reported": hung on the clause before
            return hung
    if v.dep_ == "conj" and v.i > v.head.i:
        ante = _antecedent_of_relative_root(v.head)
        if ante is not None:
            return ante
    if v.dep_ == "dobj" and v.tag_ in ("VBZ", "VBD") and v.head.i < v.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        # "A filing with the national companies register shows that ...": the parser made the last word of the
        # speaker's phrase its verb and the verb its object; the phrase's subject speaks
        phrase = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.head.i), None)
        if phrase is not None:
            return phrase
    misread = next((c for c in v.children if c.dep_ == "advmod" and c.i < v.i and c.i == c.sent.start and c.is_title
                    and c.i + 1 < len(c.doc) and c.nbor(1).text == "," and rare_word(c.text)), None)
    if misread is not None:
        return misread  # "Stromgard, through her lawyer, denied ...": a name the tagger made an adverb of the verb
    read_as_clause = next((sp for c in v.children for sp in [_speaker_read_as_clause(v, c)] if sp is not None), None)
    if read_as_clause is not None:  # "The permit, a copy of which was published by the city, says ...", "A
        return read_as_clause  # safety review ... carried out last year, seen by X, says ...": who speaks
    if depth < 3 and v.dep_ in ("advcl", "conj", "xcomp") and v.head.i != v.i:
        if v.dep_ == "advcl" and v.tag_ != "VBG":
            return None  # "Asked about the report, the minister said": a passive participle's
            # subject is what it was done to, not a speaker
        inherited = _subject(v.head, depth + 1)
        outer = v.head.head
        if v.dep_ == "advcl" and v.head.dep_ == "ccomp" and outer.lemma_.lower() in CUE_LEMMAS and \
                v.lemma_.lower() in CUE_LEMMAS and v.doc[v.left_edge.i - 1].text == ",":
            # "demanded that rich countries pay, warning that ...": who demanded warns
            return _subject(outer, depth + 1)
        if v.dep_ == "advcl" and v.head.dep_ in ("acl", "ccomp") and outer.lemma_.lower() in CUE_NOUNS and \
                outer.head.lemma_.lower() in CUE_LEMMAS and v.lemma_.lower() in CUE_LEMMAS and \
                v.doc[v.left_edge.i - 1].text == ",":
            # "rejected suggestions that skiing had weakened the ice, saying ...": who rejected says it
            return _subject(outer.head, depth + 1)
        # (or any verb after the quote that holds the clause: 'said the tram "may have left the rails," but warned
        # against guessing')
        quoted_clause = any(t.is_quote for t in v.doc[outer.i + 1:v.head.i]) and \
            any(t.is_quote for t in v.doc[v.head.i + 1:v.i]) and outer.i < v.head.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and outer.lemma_.lower() in CUE_LEMMAS and \
                (_next_statement(v) or _refusing(v) or quoted_clause):
            # "acknowledged that the meetings had taken place but said they were routine": the
            # parser hung "said" on the reported clause; who acknowledged said it (also over a pronoun
            # that stands for the speaker: "The office said it would not oppose ... but denied that ...")
            speaker = _subject(outer, depth + 1)
            # (nor can it go on with a progressive: "said its members had been working 16-hour shifts ... and warned
            # that ...": the union warned)
            progressive = v.head.tag_ == "VBG" and v.tag_ in ("VBD", "VBN") and outer.tag_ == "VBD" and \
                v.lemma_.lower() in SPEECH_VERBS and any(g.dep_ == "ccomp" for g in v.children)
            # (not over a name the clause gives its verb: 'said Prime Minister X had "listened" and proposed ...')
            named = inherited is not None and (inherited.pos_ == "PROPN" and inherited.text[:1].isupper() or
                                               inherited.ent_type_ == "PERSON")
            if not _plausible_speaker(inherited) or progressive or quoted_clause and not named or \
                    inherited.pos_ == "PRON" and \
                    speaker is not None and speaker.pos_ != "PRON" and v.lemma_.lower() in SPEECH_VERBS:
                return speaker
        return inherited
    if depth <= 1 and v.dep_ == "ROOT":  # (also for the participle hung on it: "..., X told reporters, adding")
        named = next((c for c in v.children if c.dep_ == "advmod" and c.pos_ == "PROPN" and c.i == v.i - 1), None)
        if named is not None:  # "Aviation safety consultant Sidony Dunhaverly warned": a name read as an adverb
            return named
        noun = next((c for c in v.children if c.dep_ == "compound" and c.i == v.i - 1 and c.pos_ == "NOUN"), None)
        if noun is not None and v.tag_ in ("VBP", "VBZ", "VBD"):
            return noun  # "..., court records show.": the parser read "court records show" as one noun
        # (or with a relative clause of its own: "..., a member of the committee, who asked not to be named, said")
        return _phrase_hung_before(v) or _closing_speaker(v)
    if depth == 0 and _closing_reduced_relative(v):
        return v.head
    if depth == 0 and v.dep_ == "acl" and v.head.dep_ in ("dobj", "pobj") and _is_citing(v.head.head):
        # "The daily X, citing two diplomats, reported ...": the parser hung "reported" on "diplomats";
        # who reported is what "citing" hangs on, or the subject the parser gave it
        citing = v.head.head
        outlet = next((c for c in citing.children if c.dep_ == "nsubj"), None) if citing.dep_ == "ROOT" \
            else citing.head if citing.head.pos_ in ("NOUN", "PROPN") and citing.head.i < citing.i else None
        if outlet is not None:
            return outlet
    if depth == 0 and v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and v.head.i < v.i and \
            v.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "ccomp" for c in v.children):
        return v.head  # "A local newspaper, the Trellisburg Courier, reported on Sunday that ...": a misparsed main verb
    return None


def _closing_reduced_relative(v: Token) -> bool:
    """"The government has approved a wind farm ..., the Lodestar agency reported on Wednesday, quoting
    ...": the parser read the closing reporting clause as a reduced relative on the speaker's noun."""
    doc, head, after = v.doc, v.head, v.right_edge.i + 1
    # (the noun's phrase ends right before the verb: "the news site Pollenby Sounding reported")
    before = doc[v.i - 1]
    ends_before = head.i == v.i - 1 or \
        before.dep_ == "appos" and before.head.i == head.i and before.right_edge.i == v.i - 1
    # (or the name set beside the word for the outlet: ", the investigative site Kettlebright reported in March")
    phrase = head.head if head.dep_ == "appos" and head.head.i < head.i and \
        head.head.lemma_.lower() in OUTLET_NOUNS and head.left_edge.i == head.i else head
    return v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and ends_before and phrase.left_edge.i > 0 and \
        doc[phrase.left_edge.i - 1].text == "," and (after >= len(doc) or doc[after].is_punct) and \
        (head.pos_ == "PROPN" or head.lemma_.lower() in OUTLET_NOUNS | ANONYMOUS_NOUNS | ORGANIZATION_NOUNS)


def _phrase_hung_before(v: Token) -> Optional[Token]:
    """"..., cannot be found in the storerooms of the National Museum, an internal audit seen by
    Corvane Press said.": a closing reporting verb without a subject, its speaker hung by the parser
    on the clause before (as an apposition); the noun phrase between the comma and the verb."""
    doc = v.doc
    # (also closed by the apposition's own comma: "..., the museum's director, Theobrand Weltervoort, said")
    end = v.i - 2 if v.i >= 3 and doc[v.i - 1].text == "," and doc[v.i - 2].pos_ == "PROPN" else v.i - 1
    if v.i < 2 or doc[end].is_punct:
        return None
    t = doc[end]
    while t.head.i != t.i and t.head.i < v.i and t.head.right_edge.i in (end, v.i - 1) and \
            (t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ","):
        t = t.head
    if t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.right_edge.i in (end, v.i - 1) and t.head.i < t.i and \
            t.head.left_edge.i > 0 and doc[t.head.left_edge.i - 1].text == ",":
        t = t.head  # "the museum's director, Theobrand Weltervoort": the role with its name
    if t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and t.pos_ in ("NOUN", "PROPN") and \
            t.dep_ in ("appos", "conj", "npadvmod", "dobj", "pobj"):
        return t
    # (hung deeper, on a word of the clause before: "... the results of his medical, the sports daily
    # Gazzetta Ruvesca reported": a plain noun phrase naming an outlet between the comma and the verb)
    if doc[end].pos_ == "PROPN" and _outlet_phrase_start(doc, end + 1, v.sent.start) is not None:
        return doc[end]
    return None


def _outlet_hung_on_subject(v: Token, subj: Token) -> Optional[Token]:
    """"The operator's head of security, X, offered to resign on Sunday, the news radio station Radio
    Veldpost reported": the parser made the whole sentence the verb's subject, with the outlet as an
    apposition right before the verb; the outlet speaks (its phrase's head), the rest is what it said."""
    doc = v.doc
    if v.lemma_.lower() not in SPEECH_VERBS or subj.i > v.i or subj.right_edge.i != v.i - 1 or \
            not any(t.pos_ == "VERB" and t.i < v.i for t in subj.subtree if t.i != subj.i):
        return None
    start = _outlet_phrase_start(doc, v.i, subj.i)
    if start is None:
        return None
    return next((t for t in doc[start:v.i] if not start <= t.head.i < v.i), None)


def _outlet_phrase_start(doc: Doc, end: int, floor: int) -> Optional[int]:
    """Where a plain noun phrase with a word for an outlet ("the sports daily Gazzetta Ruvesca") starts,
    right after a comma, when it runs up to ``end`` (exclusive); None if there is none after ``floor``."""
    k = end
    while k > floor + 1 and doc[k - 1].text != "," and \
            doc[k - 1].pos_ in ("DET", "ADJ", "NOUN", "ADV", "PROPN", "PART"):
        k -= 1
    return k if doc[k - 1].text == "," and any(_outlet_word(t) for t in doc[k:end]) else None


def _complementiser_that(clause: Token) -> bool:
    """"... at a news conference that the jet had been through maintenance": a clause the parser took
    for a relative one, with "that" as the object of a verb that takes none ("had been"; a passive:
    "in a written reply to questions that the man appeared to have been supervised by ..."; one whose
    preposition right after it has its object: "... that the hospital had relied on the ministry"; not
    "the report that it published on Monday"), while the clause has a subject of its own; the "that"
    opens what was said (also as an adverb of "been": "in a video posted on his page that every stay had been
    ...")."""
    that = clause.left_edge
    if that.lower_ == "that" and that.dep_ == "pobj" and that.head.head.i == clause.i and \
            any(g.dep_ == "pobj" and g.i != that.i for g in that.head.children) and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True  # "in a letter that the bank had always complied with the laws": a preposition with two objects
    if not (that.lower_ == "that" and that.dep_ in ("dobj", "nsubj", "advmod") and
            (that.head.i == clause.i or that.head.dep_ == "xcomp" and that.head.head.i == clause.i) and
            any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children)):
        return False
    host = that.head
    if that.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in host.children):
        return True
    if that.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i > that.i for c in host.children):
        return True  # "in a filing published with the decision that Tervody had used forged certificates": a verb
        # takes one object, and this one has its own
    return host.i == clause.i and (clause.lemma_.lower() == "be" or that.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.i == clause.i + 1 and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                                         for g in c.children) for c in clause.children))


def _zero_that_clause(clause: Token) -> bool:
    """"said in a statement it had suspended the coach": a clause the parser hung on the noun as a relative
    one, without a relative word, right after a noun naming how it was said, with a subject and an object
    of its own (not "the statement it issued on Monday", whose object is the noun)."""
    noun = clause.head
    return clause.dep_ == "relcl" and noun.head.dep_ == "prep" and _cue_pp_noun(noun, noun.head.lower_) and \
        clause.left_edge.i == noun.i + 1 and clause.left_edge.tag_ not in ("WDT", "WP", "WP$", "WRB", "IN") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and \
        any(c.dep_ in ("dobj", "attr", "acomp") for c in clause.children)


def _quote_continued(v: Token, comp: Token) -> Optional[Token]:
    """"reported that the clip was posted on a forum, quoting a moderator as saying it had been removed
    within minutes but copied thousands of times": the parser hung the last conjunct on the reported
    clause; right after what was quoted, with no subject of its own, it goes on with it."""
    if v.dep_ != "advcl" or v.tag_ != "VBG":
        return None
    return next((c for c in v.head.children if c.dep_ == "conj" and c.i > comp.right_edge.i and
                 all(t.dep_ == "cc" or t.is_punct for t in v.doc[comp.right_edge.i + 1:c.left_edge.i]) and
                 not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)


def _quoted_as_saying(v: Token) -> Optional[tuple[Token, Token, Token]]:
    """"X quoted Y as saying Z" (or "Z, X quoted Y as saying"): Y speaks, through X (the via, ``sources``); (Y's
    head, "saying", Z's head)."""
    if v.lemma_.lower() not in ("quote", "cite"):
        return None
    passive = any(c.dep_ == "auxpass" for c in v.children)  # "Y was quoted by X as saying Z"
    obj = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    saying = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                   if g.dep_ == "pcomp" and g.lemma_.lower() == "say"), None)
    comp = next((g for g in saying.children if g.dep_ == "ccomp"), None) if saying is not None else None
    if comp is None and saying is not None:  # "Z, Radio X quoted Y as saying.": what was said comes first
        # (unquoted: a quotation before it is found as one)
        comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i and
                     not any(t.is_quote for t in v.doc[c.left_edge.i:v.i])), None)
    return (obj, saying, comp) if obj is not None and comp is not None else None


def _inverted_speaker(v: Token) -> Optional[Token]:
    """", writes the newspaper.": an inverted closing reporting clause whose speaker the parser read as
    the verb's object (it reads "said the minister" right); the speaker, else None."""
    doc = v.doc
    if v.lemma_.lower() not in SPEECH_VERBS or v.lemma_.lower() in ADDRESSEE_VERBS or v.i < 3 or \
            doc[v.i - 1].text != ",":
        return None  # (the object of "told" is who was told: "One of them, X, told the station she ...")
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or any(c.dep_ in ("ccomp", "xcomp", "dative", "nsubj") for c in v.children) or \
            not (obj.lemma_.lower() in OUTLET_NOUNS or obj.pos_ == "PROPN"):
        return None
    after = obj.right_edge.i + 1
    return obj if after >= v.sent.end or doc[after].is_punct else None


def _closing_speaker(v: Token) -> Optional[Token]:
    """"... spread towards Kelsbury, regional fire chief Aldwin Stobbart told reporters on Saturday.":
    a reporting verb that closes its sentence, with no subject of its own, right after a comma and a
    noun phrase the parser hung on the clause before; the phrase's last word is the speaker."""
    doc = v.doc
    if v.lemma_.lower() not in SPEECH_VERBS or v.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    last = doc[v.i - 1]
    top = doc[v.i - 2] if v.i >= 3 else last
    while top.dep_ == "appos" and top.head.i < top.i and top.head.dep_ == "appos" and top.head.head.i < top.head.i:
        top = top.head
    if last.text == "," and top.dep_ in ("appos", "conj") and top.pos_ == "PROPN" and top.right_edge.i == v.i - 2 and \
            doc[top.left_edge.i - 1].text == "," and top.head.i < top.i and top.head.left_edge.i > 1 and \
            doc[top.head.left_edge.i - 1].is_quote and doc[top.head.left_edge.i - 2].text == ",":
        # '"We pushed and pushed," one of them, student X, told the paper': the parser hung the phrase after the
        # quote on the quoted clause, the name as its apposition or conjunct; all of the phrase speaks
        last = top.head
    elif last.text == "," and top.dep_ == "appos" and top.right_edge.i == v.i - 2 and top.left_edge.i > 0 and \
            doc[top.left_edge.i - 1].text == "," and top.pos_ in ("NOUN", "PROPN"):
        # "..., the ship's manager, Gullwing Maritime, said on Sunday.": the parser hung the speaker's phrase
        # (with its own apposition) on the clause before as one more apposition
        last = top
        head = top.head
        if head.i < top.i and head.pos_ == "NOUN" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == "," \
                and max(t.i for t in head.subtree if t.i < top.left_edge.i and not t.is_punct) == top.left_edge.i - 2:
            # "..., one remains in intensive care, the hospital's director, Eudoxia Pillingsworth, told a news
            # conference": the role before the name, which the parser made a part of the clause before, speaks too
            last = head
    elif last.text == "," and v.i >= 3:
        # "..., Hendrika Solvanger, who leads the rescue unit, told reporters": the name before the clause
        rel = doc[v.i - 2]
        while rel.dep_ != "relcl" and rel.head.i != rel.i and rel.head.i < v.i:
            rel = rel.head
        if rel.dep_ != "relcl" or rel.right_edge.i != v.i - 2 or doc[rel.left_edge.i - 1].text != ",":
            return None
        last = rel.head
    else:
        # "..., which was found to be flat, an engineer who examined the machine on Sunday told the broadcaster X":
        # a restrictive relative clause closes the speaker's phrase, right before the verb
        rel = last
        while rel.dep_ != "relcl" and rel.head.i != rel.i and rel.head.i < v.i:
            rel = rel.head
        if rel.dep_ == "relcl" and rel.right_edge.i == v.i - 1 and rel.head.pos_ == "NOUN" and \
                rel.head.left_edge.i > 0 and doc[rel.head.left_edge.i - 1].text == ",":
            last = rel.head
    if last.pos_ not in ("PROPN", "NOUN") and last.lower_ != "one":
        return None
    # only adjuncts after the verb: "told reporters on Saturday" (and ", adding that ...")
    telling = {t.i for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG" for t in c.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in telling for t in doc[v.i + 1:v.sent.end]):
        return None
    i = last.i
    while i > v.sent.start and doc[i - 1].text != "," and not doc[i - 1].is_quote:
        if doc[i - 1].pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") and doc[i - 1].tag_ != "HYPH":
            return None
        i -= 1
    return last if i > v.sent.start + 1 else None


def _after_a_comma_joined(subj: Token, start: int) -> int:
    """Where the speaker's phrase starts: "Kelsbury, regional fire chief Aldwin Stobbart told" (a
    speaker found by ``_closing_speaker``, not the verb's subject) leaves the words the parser joined
    from the clause before, up to the last comma, out."""
    if subj.dep_ in ("nsubj", "nsubjpass"):
        return start
    return max([start] + [i + 1 for i in range(start, subj.i) if subj.doc[i].text == ","])


def _comma_conjunct_before(subj: Token, v: Token) -> Optional[Token]:
    """"... used it against six journalists and two lawmakers, the daily Orlen Gazette reported": the
    parser coordinated the outlet with the last words of what it reported; the speaker is the
    conjunct after the comma, right before the verb, with no "and" of its own."""
    last = subj
    while True:
        # (the last conjunct: "women and children ..., the health ministry" coordinates all three with "women")
        nxt = max((c for c in last.children if c.dep_ == "conj" and c.i > last.i), key=lambda c: c.i, default=None)
        if nxt is None:
            break
        last = nxt
    doc = v.doc
    if last is subj or last.right_edge.i != v.i - 1 or doc[last.left_edge.i - 1].text != "," or \
            not (last.pos_ == "PROPN" or last.lemma_.lower() in OUTLET_NOUNS | ANONYMOUS_NOUNS | ORGANIZATION_NOUNS):
        return None  # (also "..., many of them women and children ..., the health ministry ... said")
    return last


def _said_phrase_hung_as_subject(comp: Token, v: Token, subj: Optional[Token]) -> list[Token]:
    """The words between what was said (``comp``, before the cue ``v``) and a speaker found as the last conjunct of the
    verb's subject (``_comma_conjunct_before``): the phrase the parser coordinated with the speaker, which closes what
    was said ("..., many of them women and children who had queued for bread, the health ministry said")."""
    if subj is None or subj.dep_ != "conj" or not comp.i < subj.i < v.i:
        return []
    first = subj
    while first.dep_ == "conj":
        first = first.head
    doc = v.doc
    if first.dep_ != "nsubj" or first.head.i != v.i or doc[first.left_edge.i - 1].text != "," or \
            first.left_edge.i - 1 != comp.right_edge.i + 1:
        return []
    return [t for t in doc[first.left_edge.i:subj.left_edge.i - 1] if not t.is_space]


def _gloss_hung_on_the_verb(comp: Token, v: Token, subj: Optional[Token]) -> list[Token]:
    """A noun phrase set off by commas between what was said (``comp``, before the cue ``v``) and the speaker, which
    the parser hung on the cue: a gloss that closes what was said ("... at its meeting on Sept. 24, its first cut in
    three years, the business daily X reported")."""
    if subj is None or not comp.i < v.i or subj.i > v.i:
        return []
    doc = v.doc
    gloss = next((c for c in v.children if c.dep_ in ("dep", "appos", "npadvmod") and c.pos_ == "NOUN" and
                  c.ent_type_ not in ("DATE", "TIME") and c.left_edge.i == comp.right_edge.i + 2 and
                  doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 2 == subj.left_edge.i and
                  doc[c.right_edge.i + 1].text == ","), None)
    return [t for t in gloss.subtree if not t.is_space] if gloss is not None else []


def _reporting_clause_inside_the_subject(v: Token) -> Optional[tuple[Token, Token, list[Token]]]:
    """"The marrasco, analysts at X wrote in a note to clients, is likely to find a floor ...": a reporting clause set
    between what was said's subject and its verb, which the parser made the sentence's verb, with two subjects (what
    was said's, before the comma, and the speaker) and the rest of what was said as a conjunct after a comma: (the
    first subject, the speaker, the words of the rest), else None."""
    if v.dep_ != "ROOT" or v.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc = v.doc
    subjects = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    rest = next((c for c in v.children if c.dep_ == "conj" and c.i > v.i and doc[c.left_edge.i - 1].text == "," and
                 c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)),
                None)
    if len(subjects) != 2 or rest is None:
        return None
    said_subject, speaker = subjects
    if doc[said_subject.right_edge.i + 1].text != "," or said_subject.right_edge.i + 2 != speaker.left_edge.i or \
            speaker.right_edge.i + 1 != v.i or said_subject.left_edge.i != v.sent.start:
        return None
    return said_subject, speaker, [t for t in rest.subtree if not t.is_space]


def _question_read_as_the_verb(v: Token) -> Optional[Token]:
    """"Transport Minister X, asked about the case at a news conference, said only that ...": the tagger made "asked"
    the sentence's verb (with X its subject) and the answer a dependent of it; the answer, else None."""
    doc = v.doc
    if v.lemma_.lower() != "ask" or v.i < 2 or doc[v.i - 1].text != "," or \
            not any(c.dep_ == "nsubj" and c.i < v.i for c in v.children):
        return None
    return next((c for c in v.children if c.dep_ in ("dep", "conj", "ccomp") and c.i > v.i and
                 c.lemma_.lower() in SPEECH_VERBS and doc[c.i - 1].text == "," and
                 not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


def _closing_telling_read_as_conjunct(v: Token, subj: Optional[Token]) -> Optional[tuple[list[Token], Token]]:
    """"The tram appears to have been travelling too fast, the commissioner, X, told the station Y.": the parser
    coordinated the closing telling with the clause before it and hung its speaker on that clause's last words; what
    was told is that clause, up to the comma before the speaker's phrase (not the outlet told, nor a name after it).
    Returns (what was told, the speaker's head: the role a name is set beside, when there is one)."""
    doc = v.doc
    if v.dep_ != "conj" or v.head.i > v.i or v.lemma_.lower() not in SPEECH_VERBS or subj is None or \
            subj.i > v.i or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != "," or \
            not (subj.right_edge.i == v.i - 1 or subj.right_edge.i == v.i - 2 and doc[v.i - 1].text == ",") or \
            subj.i not in {t.i for t in v.head.subtree} or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or \
            any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in v.children):
        return None
    speaker = subj
    before = subj.head.left_edge.i - 1
    if subj.dep_ == "appos" and subj.head.dep_ == "appos" and subj.head.pos_ == "NOUN" and subj.head.i < subj.i and \
            (doc[before].text == "," or doc[before].is_quote and doc[before - 1].text == ","):
        speaker = subj.head  # "..., Fennelby's director, Quirin Dewitt, wrote": the role with the name set beside it
    start = min(speaker.left_edge.i, _source_tokens(speaker)[0].i)
    inner = {t.i for t in v.subtree}
    toks = [t for t in v.head.subtree
            if t.i < start - 1 and t.i not in inner and not t.is_space and t.i >= v.sent.start]
    return (toks, speaker) if toks else None


def _inverted_clause_inside_the_subject(v: Token) -> Optional[tuple[Token, Token, list[Token]]]:
    """"The talks, said Deputy Minister X, will resume on Monday": an inverted reporting clause between what was
    said's subject and its verb; (that subject, the speaker's name after the verb, the rest of what was said after
    the name's phrase), else None. The parser makes the first noun the verb's subject and the name the clause's."""
    doc = v.doc
    if v.lemma_.lower() not in SPEECH_VERBS or v.tag_ not in ("VBD", "VBZ") or v.i < 3 or doc[v.i - 1].text != ",":
        return None
    said_subject = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i and c.left_edge.i == v.sent.start
                         and _last_word(c) == v.i - 2), None)
    clause = v.head if v.dep_ == "parataxis" and v.head.i > v.i else \
        next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    speaker = next((c for h in ([v, clause] if clause is not None else [v]) for c in h.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == v.i + 1 and c.pos_ == "PROPN" and
                    c.text[:1].isupper()), None)  # (a name: not "said the tram, one of 22 ..." the tagger made one)
    if said_subject is None or speaker is None or doc[_last_word(speaker) + 1].text != ",":
        return None
    if said_subject.lemma_.lower() in ANONYMOUS_NOUNS or said_subject.like_num or \
            said_subject.ent_type_ == "PERSON" or \
            any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in said_subject.subtree):
        return None  # "One of them, who asked not to be named, said X, the group's largest producer, was ...": people
        # speak, and the name after "said" begins what they said
    rest = [t for t in doc[_last_word(speaker) + 2:v.sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and not rest[-1].is_quote:
        rest.pop()
    return (said_subject, speaker, rest) if len(rest) >= 2 else None


def _fronted_question(tok: Token) -> bool:
    """"Asked whether ..." opening the sentence, whatever the parser made of it (an adverbial
    clause, or the subject of the answer's verb)."""
    return tok.lemma_.lower() == "ask" and tok.tag_ in ("VBN", "VBD") and tok.i == tok.sent.start and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _answer_after_a_question(v: Token) -> bool:
    """"X, asked whether ..., said: ...", which the parser reads as "X asked [whether ..., said ...]":
    ``v`` is the "said" hung on "asked" after a comma, without a subject of its own."""
    return v.dep_ == "ccomp" and v.head.lemma_.lower() == "ask" and v.i > v.head.i and \
        v.lemma_.lower() in ("say", "tell", "reply", "respond", "answer") and \
        v.doc[v.left_edge.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _last_word(tok: Token) -> int:
    """The index of the last word of the token's phrase (the parser may hang the comma after it on the phrase)."""
    return max(t.i for t in tok.subtree if not t.is_punct)


def _role_set_before(name: Token) -> Optional[Token]:
    """The speaker's role the parser hung beside a closing name (``name_kinds.set_side_by_side``), or on the last word
    of what was said ("... after a guard was stabbed in August, the prison's governor, Supt. X, said")."""
    if name.dep_ == "appos":
        return next((r for r in name.head.children if set_side_by_side(r, name)), None)
    doc = name.doc
    k = name.left_edge.i - 2
    if name.dep_ not in ("nsubj", "npadvmod") or name.pos_ != "PROPN" or k < 2 or doc[k + 1].text != ",":
        return None
    role = doc[k]
    while role.head.i != role.i and role.head.i < name.i and _last_word(role.head) == k and \
            doc[role.left_edge.i - 1].text != ",":
        role = role.head
    if role.dep_ == "appos" and role.pos_ == "NOUN" and role.head.i < role.i and _last_word(role) == k and \
            doc[role.left_edge.i - 1].text == "," and names_a_person(role):
        return role
    return None


def _source_tokens(subj: Token) -> list[Token]:
    """The source span: the subject's noun phrase without what only comments on the speaker
    (", who has served since 2010", ", also campaigning in Ohio", "in an interview", "on Tuesday"),
    as the PolNeAR guidelines mark sources."""
    doc = subj.doc
    cut = subj.right_edge.i + 1
    start = subj.left_edge.i
    for c in subj.head.children if subj.head.i != subj.i else ():  # the first half of a split subject
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i and c.right_edge.i == start - 1 and \
                not c.right_edge.is_punct:  # (not a phrase closing the content: "..., a move X opposed, Y said")
            start = c.left_edge.i
    start = _after_a_comma_joined(subj, start)
    if subj.dep_ == "appos" and subj.head.i < subj.i and subj.head.lemma_.lower() in OUTLET_NOUNS and \
            subj.head.left_edge.i < start and doc[subj.head.left_edge.i:start].text.count(",") == 0:
        start = subj.head.left_edge.i  # ("the investigative site Kettlebright reported": the site's name and its word)
    role = _role_set_before(subj)
    if role is not None:  # "..., the chairman of the committee that runs the camp, Ilyas Aldemarov, told X"
        start = role.left_edge.i
    heads = [subj]
    named = next((c for c in subj.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and subj.head.i < subj.i and
                  c.left_edge.i == subj.right_edge.i + 2 and doc[subj.right_edge.i + 1].text == ","), None) \
        if subj.head.i != subj.i else None
    if named is not None:  # 'said Kavelmark's envoy to the talks, Ambassador Tamira Quorrendahl, who ...': the name the
        # parser made a second subject is the speaker's
        cut, heads = named.right_edge.i + 1, [subj, named]
    for h in heads:
        for c in h.children:
            if c.i < subj.i:
                continue
            # (the parser may hang the comma on the clause itself: ", citing two diplomats")
            comma = doc[c.left_edge.i - 1].text in (",", "--", "—", "–") or c.left_edge.text == ","
            # a restrictive relative clause ("the judges who ruled") is part of who speaks, and so is
            # a non-restrictive one after the verb ("said Ms. Epstein, who teaches law"); before
            # the verb the annotators leave it out ("Ms. Epstein, who teaches law, said")
            drop = comma and (c.dep_ in ("acl", "advcl") or (c.dep_ == "relcl" and subj.i < subj.head.i))
            # (a "relative clause" opened by a complementiser after a comma is what a cue said: "citing five
            # rangers, that senior officials had known ...")
            drop = drop or (comma and c.dep_ == "relcl" and c.left_edge.dep_ == "mark")
            drop = drop or (c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "at") and any(
                g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in CUE_PP_NOUNS for g in c.children))
            # "Scot Ross, executive director of One Wisconsin Now": only a comment adverb is dropped
            drop = drop or (c.dep_ in ("npadvmod", "advmod") and c.i > h.i and (
                c.ent_type_ in ("DATE", "TIME") or (c.dep_ == "advmod" and c.lower_ in COMMENT_ADVERBS)))
            if drop:
                cut = min(cut, c.left_edge.i)
    cut = min(cut, _speech_clause_start(named if named is not None else subj))
    toks = [doc[i] for i in range(start, max(cut, subj.i + 1))]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    # "16:40 - Police said": a live page's time stamp before the dash is not part of who speaks
    dash = next((k for k, t in enumerate(toks[:4]) if t.text in ("-", "--", "—", "–")), None)
    if dash is not None and dash + 1 < len(toks) and \
            all(re.fullmatch(r"\d{1,2}[:.]\d{2}|[AaPp]\.?[Mm]\.?|GMT|UTC|CET|ET", t.text) for t in toks[:dash]):
        toks = toks[dash + 1:]
    if toks:  # never a piece of a word: "co" of "co-chair", "profit" of "non-profit"
        first = _glued_run(toks[0])[0]
        if first.i < toks[0].i and first.i > 0 and doc[first.i - 1].lower_ in ("the", "a", "an") \
                and doc[first.i - 1].whitespace_:
            first = doc[first.i - 1]
        last = _glued_run(toks[-1])[-1]
        toks = [doc[i] for i in range(first.i, max(last.i, toks[-1].i) + 1)]
    return toks


def _speech_clause_start(subj: Token) -> int:
    """Where a relative clause that reports speech starts in the subject's phrase ("according to
    Lukas Brandl, a political scientist, who said ..."): that is the next attribution, never part
    of this source (the end of the phrase without one)."""
    doc = subj.doc
    for c in subj.subtree:
        if c.dep_ == "relcl" and c.lemma_.lower() in SPEECH_VERBS and any(g.dep_ == "ccomp" for g in c.children) \
                and c.left_edge.i > subj.i and doc[c.left_edge.i - 1].text in (",", "--", "—", "–"):
            return c.left_edge.i - 1
    return subj.right_edge.i + 1


def _glued_run(tok: Token) -> list[Token]:
    """The tokens of the whitespace-delimited word ``tok`` is in, held together by hyphens or
    letters (not by a possessive, a comma or a quote mark)."""
    doc = tok.doc

    def glued(a: Token, b: Token) -> bool:  # b follows a with no space between
        return not a.whitespace_ and (a.text in "-‐–" or b.text in "-‐–" or (a.is_alpha and b.is_alpha))

    lo = hi = tok.i
    while lo > 0 and glued(doc[lo - 1], doc[lo]):
        lo -= 1
    while hi + 1 < len(doc) and glued(doc[hi], doc[hi + 1]):
        hi += 1
    return [doc[i] for i in range(lo, hi + 1)]


def _frame(ctx: "_Context", v: Token, subj: Optional[Token]) -> tuple[int, int]:
    """Character extent of the cue's own clause (verb, subject, auxiliaries, adjuncts), leaving out
    words inside quotation marks that the parser hung on the verb."""
    toks = [v]
    # (also a speaker the parser hung on the clause before, whose phrase ends at the verb's comma: '"...," one
    # of them, student X, told the paper')
    if subj is not None and (subj.head.i == v.i or subj.i < v.i and v.i - 2 <= subj.right_edge.i < v.i and
                             all(t.is_punct for t in v.doc[subj.right_edge.i + 1:v.i])):
        toks.extend(subj.subtree)
    for c in v.children:
        if c.dep_ in ("aux", "auxpass", "neg", "advmod", "prt", "npadvmod", "dative", "agent") or \
                (c.dep_ in ("prep", "dobj") and not any(g.dep_ in ("ccomp",) for g in c.subtree)):
            toks.extend(c.subtree)
    toks = [t for t in toks if t.i == v.i or ctx.quote_at(t.idx) is None]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def _closes_sentence(text: str, q: Quote) -> bool:
    """A quote ending in a full stop (`..."`) ends its sentence: the clause after it is not its cue
    (wire copy writes `"...," she said`, `"...?" she asked`)."""
    inner = text[q.pieces[-1][0]:q.end].rstrip("\"”»'’ ")
    return inner.endswith(".") and not inner.endswith("...")


def _adjacent_quotes(ctx: _Context, v: Token, subj: Optional[Token]) -> list[int]:
    """Quotes that end just before or start just after the cue's clause."""
    if not ctx.quotes or ctx.quote_at(v.idx) is not None:
        return []
    sent = v.sent
    # only quotes that touch the cue's sentence (or its paragraph's next line) can be adjacent
    first = bisect.bisect_left(ctx.quote_ends, sent.start_char - 8)
    if first >= len(ctx.quotes) or ctx.quotes[first].start > sent.end_char + 8:
        return []
    fs, fe = _frame(ctx, v, subj)
    text, found = ctx.text, []
    # (a cue in a "when", "if" ... clause on a word of a quote: 'told its staff to "fill the gaps" when too few people
    # answered'; not '"We will win," he said', which the parser may hang on the quote's verb too)
    governing = [a.idx for a in v.ancestors] if v.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS for c in v.children) else []
    for qi in range(first, len(ctx.quotes)):
        q = ctx.quotes[qi]
        if q.start > fe + 8:
            break
        if any(q.start <= at < q.end for at in governing):
            continue  # (the quote holds the verb the cue's clause hangs on; it is not what the cue's subject said)
        if q.end <= fs and ctx.gap_is_punct(q.end, fs) and "\n" not in text[q.end:fs] and \
                text[q.end:fs].strip() in ("", ",", "—", "–", "-") and not _closes_sentence(text, q):
            found.append(qi)
        elif q.start >= fe and ctx.gap_is_punct(fe, q.start) and text[fe:q.start].strip() in (":", ",", "", "—", "–"):
            # a quote after the cue only counts when the cue introduces it (colon or sentence end)
            # (in a quote split around the speaker the frame may end with the comma itself: '"...," said X, a
            # former judge, "..."')
            between = text[fe - 1:q.start] if found and fe and text[fe - 1] in ",:" else text[fe:q.start]
            if ":" in between or "," in between or (between.strip() == "" and sent.end_char <= q.start + 1):
                found.append(qi)
    return found


#: words opening a condition or a time: "if the wind turns west", "unless talks resume", "once the dam is full"
CONDITION_MARKS = frozenset("if unless once until when whether before after because although though".split())


def _ends_before(head: Token, appos: Token) -> bool:
    """The phrase of ``head`` (without ``appos``) ends right before the comma that opens ``appos``."""
    return max((t.i for t in head.subtree if t.i < appos.left_edge.i - 1), default=head.i) == appos.left_edge.i - 2


def _phrase_hung_on_cue(v: Token, last: Token) -> list[Token]:
    """"..., injuring more than 80, most of them in a crush at the door, the fire brigade said", "Ash may fall on
    the capital, if the wind turns west, the office warned", "... to Velidra in 2016, a move pushed through over
    the staff's objections, opposition lawmaker X said": a phrase the parser hung on the closing cue ``v`` (on a
    comma of it, as an adverbial or a second subject) between what was said (ending at ``last``) and the comma
    before the speaker belongs to what was said (not a day: "..., on Friday, the police said")."""
    doc = v.doc
    start = last.i + 1
    if start >= v.i:
        return []
    lead: list[Token] = []
    comma = doc[start]
    if comma.text == "," and comma.dep_ == "punct" and comma.head.i == v.i:
        lead = [comma]
        phrase = sorted((t for t in comma.subtree if t.i != comma.i), key=lambda t: t.i)
        start += 1
    if not lead or not phrase:
        first = next((c for c in v.children if c.left_edge.i == start and c.i < v.i and (
            c.dep_ in ("prep", "advcl") or doc[start - 1].text == "," and c.dep_ == "nsubj")), None)
        if first is None or any(g.ent_type_ in ("DATE", "TIME") for g in first.children):
            return []
        phrase = sorted(first.subtree, key=lambda t: t.i)
    if phrase and phrase[-1].text == ",":
        phrase = phrase[:-1]  # (the phrase's own closing comma, before the speaker)
    if not phrase or phrase[0].i != start or phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return []
    after = doc[phrase[-1].i + 1]
    if after.text != "," or not any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == after.i + 1
                                    for c in v.children):
        return []
    return [*lead, *phrase]


def _content_of_clause(ctx: _Context, comp: Token, exclude: set[int] = frozenset()) -> tuple[list[tuple[int, int]], list[Token]]:
    # (in text order: a non-projective parse lists a crossing phrase out of it)
    toks = sorted((t for t in comp.subtree if t.i not in exclude), key=lambda t: t.i)
    opened = bool(toks) and (toks[0].is_quote or toks[0].i > 0 and toks[0].doc[toks[0].i - 1].is_quote)
    if opened and comp.head.i > comp.i:
        # '"We left with nothing," one of them, farmer X, said': the parser hung the words between the
        # closing quote mark and the cue on the quoted clause; they name the speaker
        close = next((t for t in toks[1:] if t.is_quote), None)
        # (a quote closed by its comma: '... wearing," one of them'; not '"... jail time" for criminal behavior')
        if close is not None and close.doc[close.i - 1].text == "," and \
                any(not t.is_punct and t.i > close.i for t in toks) and all(t.i < comp.head.i for t in toks):
            toks = [t for t in toks if t.i <= close.i]
    if toks and comp.head.i > toks[-1].i:
        toks += _phrase_hung_on_cue(comp.head, toks[-1])
    lead = toks[0] if toks else None
    if lead is not None and lead.tag_ == "VBN" and lead.dep_ in ("advcl", "acl") and comp.head.i < lead.i and \
            lead.doc[lead.i - 1].text == "," and lead.left_edge.i == lead.i:
        # "told the consumer programme X, broadcast on Tuesday, that ...": the participle set off after whom it was
        # told describes that, the clause after its comma is what was told
        after = max(t.i for t in lead.subtree) + 1
        if after + 1 < len(lead.doc) and lead.doc[after].text == "," and any(t.i > after for t in toks):
            toks = [t for t in toks if t.i > after]
    if len(toks) > 1 and toks[0].lower_ in ("only", "simply", "merely", "just") and toks[0].head.i == comp.i and \
            (toks[1].lower_ in ("that", "whether") or toks[1].is_quote):
        toks = toks[1:]  # "saying only that ...": a word on how much was said, not part of it
    if not toks:
        return [], []
    # a trailing ", a former nominee who ..." apposition is the reporter's gloss, not the speech
    last = toks[-1]
    # (also one the parser hung on the verb, glossed by a speaker of its own: "..., a process she said could take two
    # days": her statement, a record of its own)
    # (one before a closing reporting clause is inside what that clause reports: "... a cheese made by X Dairy, a
    # family-owned producer whose cheeses are sold nationwide, the agency said")
    # (but not the speaker's role with the speaker's name set beside it: "..., the union's foreign policy chief, X,
    # said")
    closing = comp.head.i > last.i
    for a in (t for t in toks if t.dep_ == "appos" and not (closing and not _names_the_closing_speaker(t, comp.head))
              or _glossed_by_a_speaker(t)):
        # (not a phrase on the whole clause the parser hung on its subject: "The shortfall is likely to revive
        # questions about the transfer ..., a move pushed through by the then government")
        if a.right_edge.i == last.i and a.left_edge.i > toks[0].i and _ends_before(a.head, a) and \
                a.doc[a.left_edge.i - 1].text == "," and ctx.quote_at(a.idx) is None:
            toks = [t for t in toks if t.i < a.left_edge.i - 1]
            break
    if len(toks) > 1 and toks[-1].i - toks[0].i + 1 > len(toks) and any(
            toks[0].i < i < toks[-1].i for i in exclude):
        # the cue inside its own clause: "aircraft, which he said were committed elsewhere"
        spans = [_trim(ctx.text, r[0].idx, r[-1].idx + len(r[-1])) for r in _runs(toks)]
        return [sp for sp in spans if sp[1] > sp[0]], toks
    s, e = _trim(ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1]))  # quote marks: _balance_quotes
    return ([(s, e)] if e > s else []), toks


def _names_the_closing_speaker(a: Token, v: Token) -> bool:
    """An apposition closing what was said that holds the name of the speaker of the closing cue ``v``:
    "..., Fennelby's director, Quirin Dewitt, wrote": the speaker's role, not more of what was written."""
    # (or a title glued to the name with no comma between: "..., Karsovo port civil defence chief Burkhard X said")
    after = a.doc[a.right_edge.i + 1] if a.right_edge.i + 1 < len(a.doc) else None
    glued = after is not None and after.pos_ == "PROPN" and (
        after.head.i == v.i or after.head.pos_ == "PROPN" and after.head.i < v.i and after.head.head.i == v.i)
    return glued or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > a.i and c.right_edge.i >= v.i - 2
                        for c in a.children)


def _glossed_by_a_speaker(t: Token) -> bool:
    """", a process she said could take two days": a noun the parser hung on the verb after a comma, whose relative
    clause has a speaker and a verb of telling of its own (a statement of its own, not more of the one before)."""
    # (or its object, after the clause of what was told: "told reporters that X, a move she said could ...")
    after_clause = t.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.right_edge.i < t.left_edge.i
                                            for c in t.head.children)
    return (t.dep_ == "npadvmod" or after_clause) and t.pos_ == "NOUN" and t.i > 0 and \
        t.doc[t.left_edge.i - 1].text == "," and any(
        r.dep_ == "relcl" and r.lemma_.lower() in SPEECH_VERBS and any(g.dep_ == "nsubj" for g in r.children)
        for r in t.children)


def _cc_before(comp: Token, c: Token) -> set[int]:
    """The conjunction that joins ``c`` to the clause ``comp`` (the last before it, with at most a comma between):
    not an "and" inside the clause ('had "believed his life was in danger" and had been suspended, but did not
    say')."""
    cc = max((g for g in comp.children if g.dep_ == "cc" and comp.i < g.i < c.left_edge.i), key=lambda g: g.i,
             default=None)
    return {cc.i} if cc is not None and c.left_edge.i - cc.i <= 2 else set()


def _speakers_refusal(c: Token) -> bool:
    """A refusal to tell the parser coordinated with the clause of what was said: the speaker's, unless that clause
    is of the speaker ("said he had heard the rumours and would not comment on them": what was said); but a plain
    past after a past perfect is the speaker's own ("said they had opened an inquiry but declined to name them")."""
    backshifted = c.tag_ == "VBD" and not any(g.dep_ == "aux" for g in c.children) and \
        any(g.dep_ == "aux" and g.lower_ == "had" for g in c.head.children)
    return _refusal_to_tell(c) and (backshifted or not any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PRON"
                                                           for g in c.head.children))


def _refusal_to_tell(c: Token) -> bool:
    """"but would not discuss what ...", "but did not say", "but declined to say": a refusal to tell, with no subject
    of its own."""
    if any(g.dep_ in ("nsubj", "nsubjpass", "expl", "auxpass") for g in c.children):
        return False  # (nor a passive: "asked for the gate to be reopened and were refused")
    lemma = c.lemma_.lower()
    # (also giving no information: "but would not give a new figure")
    telling = lemma in TELLING_VERBS or lemma in ("give", "provide") and any(
        g.dep_ == "dobj" and g.lemma_.lower() in INFORMATION_NOUNS for g in c.children)
    return lemma in REFUSING_VERBS or telling and \
        any(g.dep_ == "neg" for g in c.children) and \
        any(g.dep_ == "aux" and (g.tag_ == "MD" or g.lemma_ == "do") for g in c.children)


def _outside(start: int, end: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) that no piece (sorted) covers."""
    out, at = [], start
    for ps, pe in pieces:
        if pe <= at or ps >= end:
            continue
        if ps > at:
            out.append((at, ps))
        at = max(at, pe)
    if at < end:
        out.append((at, end))
    return out


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _kind_for(ctx: _Context, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """direct if the content is one quotation, mixed if it holds one, else indirect."""
    qs = set()
    for s, e in spans:
        for ps, pe, qi in ctx.piece_index:
            if ps >= s - 1 and pe <= e + 1:
                qs.add(qi)
            elif ps < e and pe > s:
                qs.add(qi)
    if not qs:
        return "indirect", []
    covered = sum(pe - ps for ps, pe, qi in ctx.piece_index if qi in qs)
    total = sum(e - s for s, e in spans)
    if covered >= 0.9 * total:
        # a word of the reporter's outside the quotation ('that "no one will be called up"') makes it mixed
        pieces = sorted((ps, pe) for ps, pe, qi in ctx.piece_index if qi in qs)
        if not any(_has_letters(ctx.text[a:b]) for s, e in spans for a, b in _outside(s, e, pieces)):
            return "direct", sorted(qs)
    return "mixed", sorted(qs)


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Give a trimmed content back the quotation mark it leaves unmatched: a partial quote that ends
    the content keeps its closing mark (`remained "unusually tight."`, not `"unusually tight`), one
    that starts it keeps its opening mark."""
    piece = text[start:end]
    opened = piece.count("\u201c") - piece.count("\u201d")
    if piece.count('"') % 2:
        first, last = piece.index('"'), piece.rindex('"')
        if last + 1 < len(piece) and not piece[last + 1].isspace():
            opened = 1   # the last mark opens a quote the span does not close
        elif first > 0 and not piece[first - 1].isspace():
            opened = -1  # the first mark closes a quote the span does not open
    if opened > 0:
        m = re.match(r'[.,;:!?]{0,2}["\u201d]', text[end:end + 3])
        if m:
            return start, end + m.end()
    elif opened < 0 and start > 0 and text[start - 1] in '"\u201c':
        return start - 1, end
    return start, end


def _to_the_quotes_end(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """A content that opens a quotation the parser cut short ('that the leaders "want a deal, but they
    want it on their own calendar."': the second clause hung on the cue) runs on to the quote's end,
    when that is in the same paragraph."""
    # the last quotation opened in it, or right after it ('reopened on Saturday "after all checks
    # had been completed."': the parser hung the quoted clause on the cue)
    # (also the quotation whose opening mark is right before it: 'describes "a longitudinal crack, 4.2 m, left
    # spillway wall"', the object's phrase cut short at a comma of the quote)
    qi = ctx.quote_at(start)
    around = ctx.quotes[qi].pieces[0] if qi is not None else None
    if around is not None and around[0] < start < around[1] and around[1] > end and \
            not ctx.text[around[0]:start].strip(OPEN_CURLY + STRAIGHT + " ") and "\n" not in ctx.text[end:around[1]]:
        return around
    # (the quotes that start from here on: the first at or after ``start``, by the quotes' order)
    first = bisect.bisect_left(ctx.quote_starts, start)
    opened = []
    for q in ctx.quotes[first:]:
        if start <= q.start < end or end <= q.start and not ctx.text[end:q.start].strip():
            opened.append(q.pieces[0])
        elif q.start >= end:
            break
    if opened and opened[-1][1] > end and "\n" not in ctx.text[end:opened[-1][1]]:
        return start, opened[-1][1]
    return start, end


#: a quotation closed by its comma and a relative clause after it, or closed before a semicolon and a new clause
_NARRATOR_AFTER_QUOTE = re.compile(r",[\"\u201d]\s+which\b|"
                                   r"(?<=[\w.,!?])[\"\u201d](?=;\s+(?:the|a|an|it|he|she|they)\s)")


def _after_what_the_document_was(cue: list[Token], spans: list[tuple[int, int]], toks: list[Token]):
    """"said in a letter to the council, dated Sept. 30 and seen by X, that ...": what the letter was, set off right
    after the cue, is no part of what it said; (spans, tokens) from the clause after it."""
    first = toks[0] if toks else None
    if first is None or first.tag_ != "VBN" or first.dep_ not in ("acl", "advcl") or first.i != cue[-1].i + 2:
        return spans, toks
    after = first.right_edge.i + 1
    if first.doc[after - 1].text == ",":
        after -= 1  # (the comma that closes the participle's phrase may be its own)
    if first.head.i in {t.i for t in cue} or after + 1 < len(first.doc) and first.doc[after].text == "," and \
            first.doc[after + 1].lower_ == "that":
        rest = [t for t in toks if t.i > after]
        if rest and spans[0][0] <= first.idx < rest[0].idx < spans[0][1]:
            return [(rest[0].idx, spans[0][1])] + spans[1:], rest
    return spans, toks


def _before_the_narrators_gloss(ctx: _Context, spans: list[tuple[int, int]], toks: list[Token]):
    """What was said ends where quoted words that close it are followed by the narrator's words: a relative clause on
    them ('"as soon as the rules allow," which under the constitution means in six months') or a clause after the
    semicolon that closes them ('"at the request of the big producers"; the weekly did not name the lawmaker')."""
    narrator = _NARRATOR_AFTER_QUOTE.search(ctx.text, spans[-1][0], spans[-1][1]) if spans and toks else None
    if narrator is None or ctx.quote_at(narrator.start()) is None:
        return spans, toks
    if narrator.group().startswith(","):
        if ctx.quote_at(narrator.end()) is not None:
            return spans, toks
        end = narrator.start() + 2
    else:
        end = narrator.end()
    return spans[:-1] + [(spans[-1][0], end)], [t for t in toks if t.idx < end]


def _make(ctx: _Context, v: Token, cue: list[Token], spans: list[tuple[int, int]], toks: list[Token],
          subj: Optional[Token], path: str) -> Optional[Found]:
    if path.split(":")[0] in PHRASE_PATHS and len(spans) == 1 and toks:
        # (a phrase runs on, but not into ", according to the agency": through whom it was told, "has called the
        # newspaper's report false, according to the agency Stormline")
        spans, toks = _rest_of_verb_phrase(ctx, v, cue, spans, toks, subj, _according_to_phrase(v))
    spans, toks = _after_what_the_document_was(cue, spans, toks)
    spans, toks = _before_the_narrators_gloss(ctx, spans, toks)
    framed = _report_it_answers(toks)
    if framed is not None and spans and toks and framed.idx > spans[-1][0]:
        # "said he intended to stay, after a report in the financial press that ...": what the telling answers
        spans[-1] = (spans[-1][0], framed.idx)
        toks = [t for t in toks if t.i < framed.i]
    spans = [(ctx.skip_dateline(s, e), ctx.before_tag(s, e)) for s, e in spans if e > s]
    spans = [_to_the_quotes_end(ctx, s, e) for s, e in spans]
    spans = [_balance_quotes(ctx.text, *_trim(ctx.text, s, e)) for s, e in spans if e > s]
    spans = [(s, e) for s, e in spans if e > s]
    if not spans:
        return None
    opener = v.sent[0]
    if v.lemma_.lower() != "ask" and _fronted_question(opener) and spans[0][0] <= opener.idx < spans[0][1]:
        # 'Asked whether she would concede, X told supporters: "..."' (however the parser hung "told"):
        # the question is no part of the answer; the quote after the cue is, else nothing found here is
        after = [q for q in ctx.quotes if cue[-1].idx < q.start < v.sent.end_char]
        if not after:
            return None
        spans = [p for p in after[0].pieces]
        toks = [t for t in v.sent if any(s <= t.idx < e for s, e in spans)]
        path = "quote"
    if v.idx < ctx.headline_end and not _plausible_speaker(subj) and not (
            subj is not None and subj.pos_ == "NOUN" and v.tag_ == "VBZ" and v.lemma_.lower() in HEADLINE_SPEECH_VERBS):
        return None  # "Ceasefire talks stall": in a headline, a verb needs someone who can speak
    kind, qs = _kind_for(ctx, spans)
    source = _src(subj)
    if source and source[0].i < cue[0].i <= source[-1].i:  # a cue inside its own subject phrase
        source = [t for t in source if t.i < cue[0].i]
        while source and (source[-1].is_punct or source[-1].is_space):
            source.pop()
    if source:  # "CLEVELAND - Donald Trump said": the dateline is not part of the source
        start = ctx.skip_dateline(source[0].idx, source[-1].idx + len(source[-1]))
        source = [t for t in source if t.idx >= start] or source
    return Found(cue, spans, kind, source, subj, content_tokens=toks, quotes=qs, head=v, path=path)


def _according_to_phrase(v: Token) -> set[int]:
    """The words of an "according to" phrase hung on the cue: through whom it was told, never part of what was ("has
    called the newspaper's report false, according to the agency Stormline")."""
    return {t.i for c in v.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.subtree}


def _report_it_answers(toks: list[Token]) -> Optional[Token]:
    """The comma before ", after a report in the financial press that ..." closing a content: a report named after what
    was said is what the telling answers (the news of the day it came after), not part of the statement."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.lower_ not in ("after", "following") or t.i - 1 not in ids or t.doc[t.i - 1].text != ",":
            continue
        # the report as a thing ("after a report in ... that"), or its telling ("after a newspaper report said ...")
        frame = t if t.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in OUTLET_REPORT_NOUNS
                                              for o in t.children) else \
            t.head if t.dep_ == "mark" and t.head.lemma_.lower() in SPEECH_VERBS and any(
                g.dep_ == "nsubj" and g.lemma_.lower() in OUTLET_REPORT_NOUNS for g in t.head.children) else None
        framed = {x.i for x in frame.subtree} if frame is not None else set()
        if frame is not None and all(u.i in framed for u in toks if u.i > t.i and not u.is_punct):
            return t.doc[t.i - 1]
    return None


#: the paths whose content is a phrase, not a clause (see ``_rest_of_verb_phrase``)
PHRASE_PATHS = ("dobj", "xcomp", "xcomp_obj", "prep")


def _rest_of_verb_phrase(ctx: _Context, v: Token, cue: list[Token], spans, toks, subj,
                         left_out: "set[int] | frozenset[int]" = frozenset()):
    """PolNeAR's content runs on over the rest of the cue's verb phrase, not only over the object or
    clause the parser hung on the verb ("compared abortion to the Holocaust", "named five people to
    the committee", "said it did not count them because ...", "..., leaving that choice to the next
    president"). It stops at the sentence end and at what is not said: an adjunct of the telling
    ("at a press conference", "when he took office"), a coordinated verb, another cue ("adding ...")."""
    doc = v.doc
    end = max(t.i for t in toks)
    if end < v.i:
        return spans, toks
    stop = {t.i for c in v.children if c.dep_ in ("conj", "cc") or _telling_adjunct(c) or _answered_gloss(c) or
            (c.dep_ == "advcl" and c.lemma_.lower() in CUE_LEMMAS) or
            # ("... to resign, the Ledger reported": a closing reporting clause the parser hung on the verb,
            # also as a reduced relative on its speaker: "..., the broadcaster Ostwell TV reported on Wednesday")
            c.i > end and (_closing_report(c) or any(g.dep_ == "acl" and _closing_reduced_relative(g)
                                                      for g in c.children)) for t in c.subtree}
    if subj is not None:
        stop |= {t.i for t in subj.subtree}
    stop |= {x.i for t in v.subtree if _glossed_by_a_speaker(t) for x in [t.doc[t.left_edge.i - 1], *t.subtree]}
    stop |= {t.i for t in cue} | set(left_out)
    added = []
    for i in range(end + 1, min(v.right_edge.i, v.sent.end - 1) + 1):
        t = doc[i]
        if i in stop or t.is_space or "\n" in t.text:
            break
        added.append(t)
    while added and (added[-1].is_punct or added[-1].is_space):
        added.pop()
    if not added:
        return spans, toks
    return [(spans[0][0], added[-1].idx + len(added[-1]))], list(toks) + added


def _closing_report(c: Token) -> bool:
    """", the Ledger reported on Monday.": a reporting verb the parser hung on the clause before it,
    after a comma, with a subject and nothing said of its own, closing the sentence."""
    comma = c.left_edge.i if c.left_edge.text == "," else c.left_edge.i - 1
    subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
    return _report_over_the_statement_before(c) is not None or \
        c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SPEECH_VERBS and c.doc[comma].text == "," and \
        subj is not None and subj.left_edge.i == comma + 1 and subj.i < c.i and \
        not any(g.dep_ in ("ccomp", "dobj", "xcomp", "mark") for g in c.children) and \
        all(t.is_punct or t.is_space for t in c.doc[c.right_edge.i + 1:c.sent.end])


def _report_over_the_statement_before(c: Token) -> Optional[Token]:
    """"Rival ministers said on Friday the plan was dead, Radio Skaldmere reported.": the parser made the closing
    reporting clause what the first verb said and hung that verb's own clause on it, before the comma. The
    closing clause reports the whole sentence; the clause it holds (returned) is what the first verb said."""
    head = c.head
    if not (c.dep_ == "ccomp" and head.i < c.i and head.lemma_.lower() in SPEECH_VERBS and
            c.lemma_.lower() in SPEECH_VERBS):
        return None
    subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
    if subj is None or subj.i > c.i or c.doc[subj.left_edge.i - 1].text != "," or \
            any(g.dep_ in ("dobj", "xcomp", "mark") for g in c.children) or \
            not all(t.is_punct or t.is_space for t in c.doc[c.right_edge.i + 1:c.sent.end]):
        return None
    return next((g for g in c.children if g.dep_ == "ccomp" and head.i < g.left_edge.i and
                 g.right_edge.i == subj.left_edge.i - 2), None)


def _misread_name(t: Token) -> bool:
    """A capitalised word the tagger took for an adverb or kept as a name, right before a that-clause ("on the social
    network Chatterly that ...")."""
    return t.is_title and t.pos_ in ("ADV", "PROPN")


def _statement_read_as_adverbial(c: Token, v: Token, subj: Token) -> bool:
    """"A triathlete drowned and four others were pulled from the water, and two of them may have suffered lung
    damage, doctors said": the parser made the statement before a closing cue an adverbial clause of it (or an
    unlabelled dependent: "A polling company whose surveys ... made up hundreds of interviews and told its staff
    to ..., five former employees told X"), though nothing makes it one (no "when", "if", "as" ...; not a
    participle: "Asked about it, she said"). It opens the sentence, holds a finite verb and ends at the comma
    before the speaker."""
    doc = c.doc
    return c.dep_ in ("advcl", "dep") and c.i < subj.i < v.i and c.tag_ not in ("VBG", "TO") and \
        c.right_edge.i + 2 == subj.left_edge.i and doc[c.right_edge.i + 1].text == "," and \
        all(t.is_punct or t.is_space for t in doc[v.sent.start:c.left_edge.i]) and \
        not any(g.dep_ in ("mark", "advmod") and g.i < c.i and g.tag_ in ("IN", "WRB") for g in c.children) and \
        any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in c.subtree) and len(list(c.subtree)) >= 6


def _telling_adjunct(c: Token) -> bool:
    """An adjunct of the cue that says when, where or how the telling happened ("during the
    primaries", "at a press conference", "when he took office"), not what was said."""
    if c.dep_ == "prep":
        return c.lower_ in ("during", "after", "before", "since", "via", "through", "at", "amid") or any(
            g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in CUE_PP_NOUNS for g in c.children)
    if c.dep_ == "advcl":
        if _contrast_after_what_was_said(c):
            return False
        return any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "before", "while", "as", "since",
                                                                  "because", "although", "though", "until")
                   for m in c.children)
    if c.dep_ in ("npadvmod", "advmod"):
        return c.ent_type_ in ("DATE", "TIME") or any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
    return False


def _contrast_after_what_was_said(c: Token) -> bool:
    """"said the Kolvenian side asked for time, while the Saridani delegation walked out": a clause set against what
    was said, after a comma, with a subject and a finite verb of its own that tells nothing, goes on with it (not
    "said while visiting the port": when; not ", while another said ...": a statement of its own)."""
    v = c.head
    subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    mark = next((m for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i), None)
    # (also a concession: "said the pause could begin on Friday, though the militia had not yet agreed"; not one of
    # the speaker's own, "..., though he gave no details": the narrator's)
    return c.dep_ == "advcl" and c.i > v.i and c.left_edge.i > 0 and subject is not None and mark is not None and (
        c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass") for g in c.children)) and \
        c.doc[c.left_edge.i - 1].text == "," and (mark.lower_ in ("while", "whereas") or mark.lower_ in (
            "though", "although") and subject.pos_ != "PRON") and \
        c.lemma_.lower() not in SPEECH_VERBS | REFUSING_VERBS and \
        any(g.dep_ in ("ccomp", "dobj") and g.i < c.left_edge.i for g in v.children) and not _statement_joined_after(c)


def _without_telling(c: Token) -> bool:
    """", without giving a number", ", without saying where it had the information", ", without naming any country":
    how the telling went (and what it left unsaid), not what was said."""
    before = c.doc[c.i - 1] if c.i > 0 else c
    if before.is_quote and c.i > 1:  # ('... in all waters of the Harth Sea," without naming any country')
        before = c.doc[c.i - 2]
    return c.dep_ == "prep" and c.lower_ == "without" and before.text == "," and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and
        g.lemma_.lower() in NEXT_STATEMENT_LEMMAS | TELLING_PARTICIPLES | TELLING_VERBS for g in c.children)


def _is_citing(tok: Token) -> bool:
    """"citing three officials", "quoting sources": it qualifies a cue, it is not one or content."""
    return tok.tag_ == "VBG" and tok.lemma_.lower() in ("cite", "quote")


def _outlet_citing(tok: Token) -> bool:
    """"The paper cited four people involved in the talks, two of whom said ...": an outlet saying whom its report
    rests on, in a clause of its own; not a statement, but the group later speakers belong to."""
    return tok.lemma_.lower() in ("cite", "quote") and tok.tag_ in ("VBD", "VBZ") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OUTLET_NOUNS | OUTLET_REPORT_NOUNS for c in tok.children) and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in ANONYMOUS_NOUNS or any(g.dep_ == "nummod" for g in c.children))
        for c in tok.children) and _quoted_as_saying(tok) is None  # (not "quoted a worker as saying": the worker's)


def _clause_after_citing(citing: Token) -> Optional[Token]:
    """"reported, citing three people ..., that a screen meant to stop false alerts had been switched off":
    the that-clause the parser hung on "citing" (as its complement, or as a relative clause on whom it cites,
    its "that" opening after the comma), which is what was reported, not whom it cites."""
    doc = citing.doc
    return next((g for g in citing.children if g.dep_ == "ccomp" and g.i > citing.i and
                 any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)), None) or \
        next((g for g in citing.subtree if g.dep_ == "relcl" and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == g.left_edge.i and doc[m.i - 1].text == ","
            for m in g.children)), None)


def _citing_relative(tok: Token) -> bool:
    """"the daily X, which cited three officials": a relative clause saying whose word an outlet has."""
    return tok.dep_ == "relcl" and tok.lemma_.lower() in ("cite", "quote") and \
        any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children) and \
        any(c.dep_ == "dobj" for c in tok.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _named_person(subj: Optional[Token]) -> bool:
    """A person named by the content ("He said Rook had visited the site and promised that ..."):
    what else is told of them after "and" is theirs, still inside the content."""
    return subj is not None and subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN"


def _plausible_speaker(subj: Optional[Token]) -> bool:
    """A subject that can say something: a name, a pronoun, or a word for people or organisations."""
    if subj is None:
        return False
    if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = subj.lemma_.lower()
    return lemma in ANONYMOUS_NOUNS or lemma in ORGANIZATION_NOUNS or lemma in OUTLET_NOUNS


def _up_to_closing_quote(toks: list[Token]) -> list[Token]:
    """The tokens without the punctuation they end with, but a closing quote mark."""
    end = len(toks)
    while end and toks[end - 1].is_punct and toks[end - 1].text not in ('"', "\u201d"):
        end -= 1
    return toks[:end]


def _runs(toks: list[Token]) -> list[list[Token]]:
    """Split tokens into runs of consecutive indexes."""
    runs: list[list[Token]] = []
    for t in toks:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _labelled_by_agent(v: Token) -> "Optional[tuple[list[Token], list[Token]]]":
    """"The lining was described by a second chemist as 'the one product ...'": a passive verb of speech
    with an agent says of its subject what follows "as" (or the name it was called, an ``oprd``). The
    subject's words and the label's, or None."""
    if v.lemma_.lower() not in SPEECH_VERBS or not any(c.dep_ == "auxpass" for c in v.children) or \
            not any(c.dep_ == "agent" for c in v.children):
        return None
    subject = next((c for c in v.children if c.dep_ == "nsubjpass" and c.i < v.i), None)
    label = next((c for c in v.children if c.i > v.i and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
                                                          and any(g.dep_ == "pobj" for g in c.children))), None)
    if subject is None or label is None or subject.pos_ == "PRON":
        return None
    said = [t for t in subject.subtree if not t.is_punct]
    told = _up_to_closing_quote([t for t in label.subtree if not t.is_space][1 if label.dep_ == "prep" else 0:])
    return (said, told) if said and told else None  # (the label without "as")


def _candidate_for_verb(ctx: _Context, v: Token) -> Optional[Found]:
    """The attribution this verb would head, if its structure has a content slot; the span model
    (``claimtrace.nlp.span_model``) then decides whether the verb reports speech or a stance."""
    text = ctx.text
    if v.dep_ == "pcomp" and v.head.lower_ == "without":
        return None  # "without saying where it had obtained the information": what was not said
    subj = _subject(v)
    if (v.dep_ == "advcl" and v.tag_ in ("VBN", "VBD") and subj is None and
            not any(c.dep_ in ("aux", "auxpass") for c in v.children)) or _fronted_question(v):
        return None  # "Asked whether the deal would hold, he said ...": the question, not a statement
    if v.tag_ == "VBN" and (v.dep_ == "acl" or v.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass")
                                                                             for c in v.children)) and \
            not any(c.dep_ in ("agent", "ccomp") or c.dep_ == "nsubj" and v.doc[c.left_edge.i - 1].text == ","
                    for c in v.children) and not _closing_reduced_relative(v) and not _main_verb_read_as_participle(v):
        return None  # "the state of emergency declared after the riots": what was done to it (with a
        # subject of its own it is a past tense the tagger misread: "..., The Gullwether reported")
    if v.lemma_.lower() == "ask" and any(_answer_after_a_question(c) for c in v.children):
        return None  # "Baranov, asked whether ..., said": the question put to her
    if _question_read_as_the_verb(v) is not None:
        return None  # "Transport Minister X, asked about the case at a news conference, said only that ...": the same
    if v.lemma_.lower() == "say" and any(c.dep_ == "xcomp" and c.left_edge.lower_ == "to" and c.left_edge.i == v.i + 1
                                         and v.doc[v.i + 2].lemma_ in ("be", "have") for c in v.children):
        return None  # "Tevalink said to be selling its towers": a headline's "reportedly", no one speaking
    if _backshifted_conjunct(v):
        return None  # "... but had asked the authority to review trading": more of what was said
    if _reported_in_a_state(v):
        return None  # "A van was reported stolen": the state it was found in, nobody's statement
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in ADDRESSEE_VERBS | DIRECTIVE_VERBS and \
            any(c.dep_ in ("dobj", "dative") for c in v.head.children):
        return None  # "managers had told staff to expect weeks of short-time work": what was asked of them
    quoted = _quoted_as_saying(v)
    if quoted is not None:  # "The agency quoted two officials as saying the document had been shared"
        obj, saying, comp = quoted
        spans, toks = _content_of_clause(ctx, comp)
        more = next((c for c in v.children if c.dep_ == "conj" and c.i > comp.right_edge.i and spans and
                     c.lemma_.lower() not in CUE_LEMMAS and
                     not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None) or \
            (_quote_continued(v, comp) if spans else None)
        if more is not None:  # '... as saying the government "respects the courts" and had "no role" in it'
            end_tok = more.right_edge
            spans[-1] = (spans[-1][0], _trim(ctx.text, spans[-1][0], end_tok.idx + len(end_tok))[1])
            toks = toks + [t for t in v.doc[toks[-1].i + 1:end_tok.i + 1]]
        cue = cue_tokens(v)
        return _make(ctx, v, cue + [t for t in (saying.head, saying) if t.i not in {c.i for c in cue}], spans, toks,
                     obj, QUOTED_AS_SAYING_PATH)
    if _citing_relative(v):
        return None  # "the news site Vrakport, which cited two people close to the inquiry": whose word the
        # outlet has, as "citing" says it; no statement
    labelled = _labelled_by_agent(v)
    if labelled is not None:  # "The plan was described by the minister as a disaster"
        spans = [_trim(text, r[0].idx, r[-1].idx + len(r[-1])) for r in labelled]
        return _make(ctx, v, cue_tokens(v), spans, labelled[0] + labelled[1], subj, "passive")
    inverted = _inverted_speaker(v)
    if inverted is not None:  # "..., writes the newspaper.": the sentence before the comma is what it wrote
        toks = [t for t in v.doc[v.sent.start:v.i - 1] if not t.is_space]
        if len(toks) >= 3 and all(ctx.quote_at(t.idx) is None for t in toks):
            start = ctx.skip_dateline(toks[0].idx, toks[-1].idx + len(toks[-1]))
            toks = [t for t in toks if t.idx >= start]
            if toks:
                return _make(ctx, v, cue_tokens(v), [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks,
                             inverted, "parataxis")
    closing = _closing_telling_read_as_conjunct(v, subj)
    if closing is not None:  # "The tram appears to have been ..., the commissioner, X, told the station Y."
        toks, speaker = closing
        return _make(ctx, v, cue_tokens(v), [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks,
                     speaker, "parataxis")
    split = _reporting_clause_inside_the_subject(v) or _inverted_clause_inside_the_subject(v)
    if split is not None:  # "The marrasco, analysts wrote in a note to clients, is likely to find a floor ..."
        said_subject, speaker, rest = split  # (or "The prison, said Deputy Ombudsman X, "was built for 600 men"")
        pieces = [list(said_subject.subtree), rest]
        while pieces[1] and pieces[1][-1].is_punct and ctx.quote_at(pieces[1][-1].idx) is None:
            pieces[1].pop()
        return _make(ctx, v, cue_tokens(v), [_trim(text, p[0].idx, p[-1].idx + len(p[-1])) for p in pieces],
                     pieces[0] + pieces[1], speaker, "parataxis")
    cue = cue_tokens(v)
    cue_ids = {t.i for t in cue}
    # "reiterated his claim that ...": the noun joins the cue, its clause is the content
    # (not a gloss after what was said, which the parser made the object: '... ate "better than many pensioners," a
    # remark that opposition lawmakers called "a disgrace."')
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in CUE_NOUNS and
                not (c.left_edge.i > v.i + 2 and
                     "," in (v.doc[c.left_edge.i - 1].text, v.doc[c.left_edge.i - 2].text))), None)
    if obj is not None:
        clause = next((g for g in obj.children if g.dep_ in ("acl", "ccomp") and
                       any(m.dep_ == "mark" for m in g.children)), None)
        if clause is not None and clause.i > v.i:
            # (not a closing ", saying ..." of the speaker's own: the next statement)
            last = clause.right_edge.i
            said_next = {x.i for c in clause.subtree if c.dep_ == "advcl" and c.tag_ == "VBG" and c.right_edge.i == last
                         and c.lemma_.lower() in NEXT_STATEMENT_LEMMAS and c.doc[c.left_edge.i - 1].text == ","
                         for x in list(c.subtree) + [c.doc[c.left_edge.i - 1]]}
            spans, toks = _content_of_clause(ctx, clause, said_next)
            return _make(ctx, v, [v.doc[i] for i in range(cue[0].i, obj.i + 1)], spans, toks, subj, "noun_clause")
    comps = [c for c in v.children if c.dep_ == "ccomp" and _speaker_read_as_clause(v, c) is None]
    # ("Two of them said ...; the other two said they had been lying under their trucks": a clause before a semicolon
    # is the sentence before, not what the cue after it said)
    comps = [c for c in comps if not (c.i < v.i and c.right_edge.i + 1 < v.i and v.doc[c.right_edge.i + 1].text == ";")]
    # (nor is "The newspaper X reported, citing ..., that the inspectorate is expected to order checks" what "is
    # expected" says: a verb its own "that" introduces tells nothing of a clause before it)
    comps = [c for c in comps if not (c.i < v.i and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") and
                                                        c.right_edge.i < m.i < v.i for m in v.children))]
    # ("All three said X, and one of them, opposition lawmaker Y, said Z": the parser made the first statement a clause
    # of the second; what the second said is the clause after it)
    comps = [c for c in comps if not (c.i < v.i and c.lemma_.lower() in SPEECH_VERBS and c.tag_ == v.tag_ and
                                      ctx.quote_at(c.idx) is None and
                                      any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and
                                      any(d.i > v.i for d in comps))]
    # (nor, for ", Radio Skaldmere reported" closing "Ministers said the plan was dead", the clause the parser hung
    # on it: the whole sentence before the comma is what it reported)
    over = _report_over_the_statement_before(v)
    comps = [c for c in comps if not (over is not None and c.i == over.i)]
    comp = comps[0] if comps else None
    next_statement: set[int] = set()
    if comp is not None and comp.i > v.i:
        # "One of them said X; the other said Y": the parser made the second telling what the first said, with X
        # its clause before the semicolon; X is what was said here, the second telling a statement of its own
        before = next((c for c in comp.children if c.dep_ == "ccomp" and v.i < c.left_edge.i and c.i < comp.i and
                       c.right_edge.i + 1 < comp.i and v.doc[c.right_edge.i + 1].text == ";"), None)
        if before is not None and comp.lemma_.lower() in SPEECH_VERBS and \
                any(g.dep_ == "nsubj" and g.i > before.right_edge.i for g in comp.children):
            next_statement = {t.i for t in comp.subtree} - {t.i for t in before.subtree}
            comp = before
    said_before_the_report = _report_over_the_statement_before(comp) if comp is not None and comp.i > v.i else None
    if said_before_the_report is not None:
        comp = said_before_the_report
    elif comp is not None and comp.i > v.i and _closing_report(comp):
        # "Quell has asked her deputy to resign, the Ledger reported on Monday.": the closing clause
        # reports this one; it is not what was asked
        comp = None
    if comp is None and _main_verb_read_as_participle(v):
        # ("The public broadcaster NRV reported on Monday, citing four people ..., that the batteries had been
        # promised ...": the that-clause the parser hung on the subject)
        comp = next((g for g in v.head.children if g.dep_ in ("relcl", "acl", "ccomp") and g.i > v.i and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == g.left_edge.i for m in g.children)), None)
    if comp is None:
        # "reported, citing three officials, that ...": the parser hangs the clause on "citing"
        # (or on the last word of whom it cites: "reported, citing five current and former rangers, that ...")
        comp = next((g for c in v.children if c.dep_ == "advcl" and _is_citing(c)
                     for g in [_clause_after_citing(c)] if g is not None), None)
    quoted_comp = comp is not None and comp.i > v.i and ctx.quote_at(comp.idx) is not None and \
        ctx.quote_at(comp.left_edge.idx) is not None
    if comp is None or quoted_comp:
        # "said in a statement that ...", "said on a call that ...": the clause hangs on the noun
        # (also before a quotation the parser made the cue's clause: 'said in a statement that its members would
        # return ... but could stage further stoppages "if management keeps pretending nothing is wrong."')
        kept = comp
        # (a relative clause to the parser, but its "that" is a complementiser, not a pronoun)
        # (not a clause of another's verb inside the phrase: "..., according to the weather service, which
        # warned that ...")
        # (nor a relative clause in a phrase before the verb: "..., after spending its reserves on defending a rate
        # that most traders had stopped believing in, Gov. X told a news conference")
        comp = next((g for c in v.children if c.dep_ == "prep" and c.i > v.i for g in c.subtree
                     if g.dep_ in ("acl", "ccomp", "relcl") and (g.head.pos_ in ("NOUN", "PROPN") or
                                                                 g.head.dep_ == "pcomp" and g.head.head.i == c.i) and
                     (any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children) or _complementiser_that(g) or
                      _zero_that_clause(g))),
                    None)
        if comp is None or quoted_comp and kept.left_edge.i < comp.i:
            comp = kept
    if comp is None and v.lemma_.lower() in ADDRESSEE_VERBS:
        # "told a meeting of her party's deputies that the coalition would ...": the parser hung the that-clause
        # on who was told, as a relative clause; who was told is no part of what was said
        comp = next((g for c in v.children if c.dep_ in ("dobj", "dative") and c.i > v.i for g in c.subtree
                     if g.dep_ in ("relcl", "acl") and g.head.pos_ in ("NOUN", "PROPN") and
                     any(m.dep_ == "mark" and m.lower_ == "that" and m.i == g.left_edge.i for m in g.children)),
                    None)
    raising = any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "xcomp" for c in v.children)
    if comp is None and not raising:
        # "reported, citing two officials, that ...": the parser may coordinate the that-clause (not with a raising
        # passive: "said that the debt is expected to peak in 2027 and that a downgrade could follow")
        # (nor one after a telling participle: "set out the offer ..., saying X but that Y": Y goes on with X)
        saying = next((a.i for a in v.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > v.i and
                       a.lemma_.lower() in CUE_LEMMAS), len(v.doc))
        comp = next((c for c in v.children if c.dep_ == "conj" and v.i < c.i < saying and (any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children) or
            any(g.dep_ in ("nsubj", "nsubjpass") and g.left_edge.lower_ == "that" and
                c.doc[g.left_edge.i - 1].text == "," for g in c.children))), None)  # "that" as a determiner
    if comp is None and v.lemma_.lower() in SPEECH_VERBS:
        # "reported on Sunday, citing two people ..., that ...", "said in a post on the social network Chatterly that
        # ...": the parser made the that-clause an adverbial one (after a comma, or after a name the tagger made an
        # adverb), or hung it on that name
        comp = next((c for c in v.children if c.dep_ == "advcl" and c.i > v.i and any(
            m.dep_ == "mark" and m.lower_ == "that" and (v.doc[m.i - 1].text == "," or _misread_name(v.doc[m.i - 1]))
            for m in c.children)), None) or \
            next((g for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.i > v.i and _misread_name(c)
                  for g in c.children if g.dep_ == "ccomp" and g.i > c.i and
                  any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)), None)
        named = [t for t in v.doc[cue[-1].i + 1:comp.left_edge.i + 1] if _misread_name(t)] if comp is not None else []
        if named and named[0].i == cue[-1].i + 1 and v.doc[named[-1].i + 1].lower_ == "that":
            cue, cue_ids = cue + named, cue_ids | {t.i for t in named}  # (the network's name is where it was said)
    if comp is None and v.lemma_.lower() in SPEECH_VERBS and subj is not None:
        comp = next((c for c in v.children if _statement_read_as_adverbial(c, v, subj)), None)
    if comp is None and v.lemma_.lower() in ADDRESSEE_VERBS:
        # "The stewards told the paper they had asked ...": what they were told, read as a relative clause
        comp = next((g for c in v.children if c.dep_ in ("dobj", "dative")
                     for g in [clause_read_as_relative(c)] if g is not None), None)
    if comp is None and subj is not None and _misparsed_outlet_report(v, subj):
        # "The broadcaster QTV reported, citing ..., that ...": the parser made "QTV reported" a relative
        # clause of "broadcaster" and the that-clause the sentence's root
        that = next((t for t in v.sent if t.i > v.i and t.lower_ == "that" and t.dep_ == "mark"
                     and t.head.i == v.head.head.i), None)
        if that is not None:
            toks = [t for t in v.sent if t.i >= that.i and not t.is_space]
            cited = {x.i for t in toks if _is_citing(t) for x in t.subtree}
            toks = [t for t in toks if t.i not in cited]
            while toks and toks[-1].is_punct and ctx.quote_at(toks[-1].idx) is None:
                toks.pop()
            if toks:
                f = _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, "ccomp")
                if f is not None:
                    f.source = [v.doc[i] for i in range(v.head.left_edge.i, subj.right_edge.i + 1)]
                return f
    late = next((c for c in v.children if c.dep_ == "nsubj" and c.i > v.i), None)
    if comp is None and late is not None and late.pos_ not in ("PROPN", "PRON") and subj is not None and \
            subj.i < v.i and ctx.quote_at(subj.idx) is None and \
            v.lemma_.lower() in SPEECH_VERBS and not any(c.dep_ in ("dobj", "xcomp", "dative") for c in v.children):
        # "The report, due in December, says poor supervision "may have added months" to the schedule":
        # the parser made a word of what it says a second subject; the rest of the sentence is said
        toks = _up_to_closing_quote([t for t in v.doc[v.i + 1:v.sent.end] if not t.is_space])
        if len(toks) >= 3:
            return _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, "ccomp")
    # 1. a quotation next to the cue's clause
    adj = _adjacent_quotes(ctx, v, subj)
    if adj and (comp is None or all(ctx.quote_at(t.idx) in adj or t.is_punct for t in comp.subtree)
                or ctx.quote_at(comp.idx) in adj):
        spans = [p for qi in adj for p in ctx.quotes[qi].pieces]
        # 'Biden "has a lot of roles to play," said Doyle': the clause starts before the quote
        first, lead_in = ctx.quotes[adj[0]], False
        if comp is not None and comp.left_edge.idx < first.start and \
                comp.i < v.i and first.end <= v.idx and \
                "\n" not in ctx.text[comp.left_edge.idx:first.start] and \
                all(ctx.quote_at(t.idx) is None for t in comp.subtree if t.idx < first.start):
            spans[0], lead_in = (comp.left_edge.idx, spans[0][1]), True
        elif comp is None and v.dep_ == "advcl" and v.lemma_.lower() == "report" and v.head.i < v.i and \
                first.end <= v.idx and v.head.left_edge.idx < first.start and \
                "\n" not in ctx.text[v.head.left_edge.idx:first.start] and \
                all(ctx.quote_at(t.idx) is None for t in v.head.subtree if t.idx < first.start):
            # 'Six images had been altered "in a way that cannot be accidental," the magazine X reported': the clause
            # the parser hung the closing report on starts before the quote that ends it
            start = ctx.skip_dateline(v.head.left_edge.idx, first.start)
            if start < first.start:
                spans[0], lead_in = (start, spans[0][1]), True
        elif v.dep_ == "parataxis" and v.head.i > v.i and first.start > v.idx and subj is not None:
            # 'The attempt, one of the five people said, "was a rehearsal ..."': the subject before the
            # interrupting clause is the quoted predicate's
            np = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.left_edge.i and
                       v.doc[subj.left_edge.i - 1].text == "," and ctx.quote_at(c.idx) is None and
                       max(t.i for t in c.subtree if not t.is_punct) == subj.left_edge.i - 2), None)
            if np is not None:
                s0, e0 = _trim(text, ctx.skip_dateline(np.left_edge.idx, subj.left_edge.idx),
                               v.doc[subj.left_edge.i - 2].idx + len(v.doc[subj.left_edge.i - 2]))
                if e0 > s0:
                    spans, lead_in = [(s0, e0), *spans], True
        toks = [t for t in v.doc[v.sent.start:v.sent.end] if any(s <= t.idx < e for s, e in spans)]
        f = _make(ctx, v, cue, spans, toks, subj, "quote")
        if f is not None:
            f.kind, f.quotes = "mixed" if lead_in else "direct", adj
        return f
    # 2. a clausal complement
    if comp is not None:
        # (the subject's words, not the verb's own, where the parser hung the verb on its subject)
        # (but not the clause itself, where the parser hung it on the subject too: "The broadcaster NRV reported,
        # citing four people, that ...")
        exclude = cue_ids | ({t.i for t in subj.subtree} - {t.i for t in v.subtree} - {t.i for t in comp.subtree}
                             if subj is not None else set())
        role = _role_set_before(subj) if subj is not None else None
        if role is not None:  # (nor the speaker's role the parser hung beside the name: ", the chairman of ..., X,")
            exclude |= {t.i for t in role.subtree} | {role.left_edge.i - 1}
        quoted_away: set[int] = set()
        for t in comp.subtree:  # "citing three officials" qualifies the cue, it is not content
            if _is_citing(t):
                said = _clause_after_citing(t)
                exclude |= {x.i for x in t.subtree} - ({x.i for x in said.subtree} if said is not None else set())
                quoted = _quoted_as_saying(t)
                more = _quote_continued(t, quoted[2]) if quoted is not None else None
                if more is not None:  # (nor is what the one quoted said, however the parser hung it)
                    quoted_away = {x.i for x in t.doc[t.left_edge.i:more.right_edge.i + 1]}
                    exclude |= quoted_away
        # "... that the meetings had taken place but said they were routine": a reporting verb without
        # a subject of its own, hung on the clause by the parser, is the speaker's next statement
        conj_said: set[int] = set(next_statement)
        if v.dep_ == "ccomp" and v.head.i > comp.i > v.i and v.head.lemma_.lower() in SPEECH_VERBS:
            # "All three said X, and one of them, opposition lawmaker Y, said Z": the second statement's speaker,
            # which the parser made a conjunct inside X, and what follows are no part of X
            for c in comp.subtree:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM", "PROPN", "PRON") and c.i < v.head.i and \
                        c.right_edge.i + 2 >= v.head.i:
                    conj_said |= {x.i for x in c.subtree} | _cc_before(c.head, c)
        # ("... that Castagne supported the plan but feared that ...": what a person in the content
        # thought goes on with the content; it is an attribution of its own, nested in it)
        comp_subj = next((g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        for c in comp.children:
            if c.dep_ != "conj" or not c.i > comp.i > v.i or c.pos_ not in ("VERB", "AUX") or \
                    any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) or _shared_passive(c):
                continue  # (not a noun the parser coordinated with the verb: "pushed by X and two other states")
            # ("the berth would reopen on Monday but would not say why": the berth says nothing, so the
            # speaker refused; "the regulator would review it and would not comment" is what was said)
            if _next_statement(c) and not ((c.lemma_.lower() not in SPEECH_VERBS or _named_person(comp_subj) and
                                            c.lemma_ != v.lemma_) and _plausible_speaker(comp_subj)) \
                    or _refusing(c) and not _plausible_speaker(comp_subj) \
                    or c.tag_ == v.tag_ in ("VBZ", "VBD") and c.lemma_.lower() not in LINKING_VERBS | {"have"} and \
                    not any(g.dep_ == "aux" for g in c.children) and \
                    (any(g.dep_ == "aux" and g.tag_ == "MD" for g in comp.children) and
                     # (not what the clause's subject expects or wants: "would not interfere in its affairs but
                     # expected "complete transparency"")
                     c.lemma_.lower() not in COGNITION_VERBS or
                     c.lemma_.lower() in TELLING_PARTICIPLES and
                     any(g.dep_ == "cc" and g.lower_ == "but" and comp.i < g.i < c.i for g in comp.children) or
                     # ("says a contractor was arrested in December ..., and names the attache as his contact": the
                     # present of "says", against the past of what it says)
                     v.tag_ == "VBZ" and comp.tag_ in ("VBD", "VBN") and
                     any(g.dep_ in ("nsubj", "nsubjpass") for g in comp.children)) and \
                    any(g.dep_ == "cc" and comp.i < g.i < c.i for g in comp.children):
                # "... that the meetings took place but said they were routine"; "says the group will
                # mobilise resources but sets no figure", "said it had been traced abroad, but gave no
                # details": the cue's tense, not the content's, so the speaker's next act
                conj_said |= {x.i for x in c.subtree} | _cc_before(comp, c)
        # trailing ", saying/telling/drawing ..." hangs on the complement but comments on the telling;
        # a reporting one (", warning that ...", ", calling it ...", at any depth) is a statement of its
        # own, and not taken back as the rest of the verb phrase either
        last = max(t.i for t in comp.subtree)
        for c in comp.subtree:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > comp.i and c.doc[c.left_edge.i - 1].text == "," and \
                    c.head.i == comp.i and c.right_edge.i < last and c.lemma_.lower() in NEXT_STATEMENT_LEMMAS:
                # "denied that X, saying in a statement that Y and was Z": the parser hung the participle and what
                # it coordinated after it on X; the telling and all after it are the next statement's
                conj_said |= {t.i for t in comp.subtree if t.i >= c.left_edge.i - 1}
            elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > comp.i and c.doc[c.left_edge.i - 1].text == "," \
                    and c.right_edge.i == last:
                if c.lemma_.lower() in TELLING_PARTICIPLES or c.lemma_.lower() in NEXT_STATEMENT_LEMMAS and (
                        c.i > v.i or comp.i > v.i):
                    # "..., speaking on condition of anonymity"; a statement after the telling is the speaker's next
                    # (before it, "X expelled four diplomats, accusing them of spying, the ministry said", it is
                    # part of what was said)
                    conj_said |= {x.i for x in c.subtree}
                elif c.head.i == comp.i and comp.i > v.i:
                    # only after the telling: before it ("..., injuring four sailors, the ministry
                    # said") the participle is part of what was said
                    exclude |= {x.i for x in c.subtree}
            # "..., without giving a number": how the telling went
            if _without_telling(c) and c.right_edge.i == last:
                conj_said |= {x.i for x in c.subtree} | {c.i - 1}
        for c in comp.subtree:
            # "..., a day after Radio Venlow reported that ...": when the telling came, after whose report
            # (not a thing to be done, which what was said looks ahead to: "..., before the new bonds are issued")
            if c.dep_ == "advcl" and c.right_edge.i == last and c.lemma_.lower() in SPEECH_VERBS and \
                    not any(g.dep_ == "dobj" or g.dep_ == "auxpass" and g.tag_ in ("VBP", "VBZ", "VB")
                            for g in c.children) and \
                    c.doc[c.left_edge.i - 1].text == "," and c.left_edge.i > comp.i and \
                    any(m.dep_ == "mark" and m.lower_ in ("after", "before") for m in c.children):
                conj_said |= {x.i for x in c.subtree} | {c.left_edge.i - 1}
        for c in comp.subtree:  # "... that the paper existed when asked by Kingfisher": the asking, not what was said
            if c.dep_ == "advcl" and c.head.i == comp.i and c.lemma_.lower() == "ask" and c.tag_ == "VBN" and \
                    (c.right_edge.i == last or c.doc[c.right_edge.i + 1].text == ",") and \
                    not any(g.dep_ in ("nsubj", "nsubjpass", "xcomp", "ccomp") for g in c.children):
                conj_said |= {x.i for x in c.subtree}
        for c in comp.children:  # "..., as reported by RVN": someone else's report of it, not what was said
            if c.dep_ == "conj" and comp.i < c.i and v.i < comp.i and c.lemma_.lower() in SPEECH_VERBS and \
                    any(g.dep_ == "nsubj" for g in c.children) and any(g.dep_ == "ccomp" for g in c.children):
                # "All of them said the authorities had not published the names, and two of them said they had heard
                # gunfire": a second statement, with a speaker of its own, that the parser coordinated inside the first
                conj_said |= {t.i for t in c.subtree} | _cc_before(comp, c)
            elif c.dep_ == "conj" and comp.i < c.i and v.i < comp.i and _speakers_refusal(c):
                # 'said the mayor "does not trade libraries for votes" but would not discuss what ...': the speaker's
                # refusal, which the parser coordinated with what was said (with its "but"); not when what was said
                # is of the speaker ("said he had heard the rumours and would not comment on them")
                conj_said |= {t.i for t in c.subtree} | _cc_before(comp, c)
            elif _as_reported(c):
                conj_said |= {t.i for t in c.subtree} | {c.left_edge.i - 1}
            elif (_answered_gloss(c) or c.dep_ in ("ccomp", "advcl", "parataxis") and c.left_edge.lower_ in ("a", "an")
                  and c.doc[c.left_edge.i + 1].lemma_.lower() in CUE_NOUNS) and c.right_edge.i == last and \
                    c.doc[c.left_edge.i - 1].text == ",":
                # ", a charge he denies", ", a remark lawmakers have since replayed" (however the parser hung it)
                conj_said |= {t.i for t in c.subtree} | {c.left_edge.i - 1}
            elif c.lower_ == "according" and c.dep_ == "prep" and c.right_edge.i == last and \
                    "," in (c.doc[c.i - 1].text, c.doc[c.i - 2].text) and ctx.quote_at(c.idx) is None:
                # ", according to the newspaper" ('was "remote," according to a copy'): through whom
                conj_said |= {t.i for t in c.subtree} | ({c.i - 1} if c.doc[c.i - 1].text == "," else set())
        if subj is not None and subj.dep_ != "nsubj" and subj.left_edge.i > comp.left_edge.i and \
                subj.doc[subj.left_edge.i - 1].text == "," and \
                (subj.right_edge.i == v.i - 1 or subj.right_edge.i == v.i - 2 and v.nbor(-1).text == ","):
            # "... fired on their car, relatives and local officials said": the parser hung the speakers
            # on the last words of what they said; they and their comma are no part of it
            conj_said |= {t.i for t in subj.subtree} | {subj.left_edge.i - 1}
        described = _outlet_phrase_start(v.doc, subj.left_edge.i, comp.left_edge.i) \
            if subj is not None and comp.i < subj.i < v.i else None
        if described is not None:  # "..., the Kovrenian daily Orlova Vesti said": its description, hung on the clause
            conj_said |= set(range(described - 1, subj.left_edge.i))
        for c in comp.subtree:
            if c.i > comp.i and _statement_joined_after(c):
                # "..., while another said the mill's owner had been handing out bread": a statement of its own
                conj_said |= {x.i for x in c.subtree} | {c.left_edge.i - 1}
            elif c.dep_ == "conj" and c.tag_ == v.tag_ == "VBD" and c.lemma_.lower() in SPEECH_VERBS and \
                    c.i > comp.i > v.i and c.left_edge.i >= 2 and not _plausible_speaker(comp_subj) and \
                    c.doc[c.left_edge.i - 1].dep_ == "cc" and c.doc[c.left_edge.i - 2].text in ('"', "\u201d") and \
                    ctx.quote_at(c.doc[c.left_edge.i - 2].idx) is not None and ctx.quote_at(c.idx) is None and \
                    not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children):
                # 'said the tests were "exactly what we have warned about" and called for the plant to close': once the
                # quoted words close what was said, a verb of telling in the cue's tense, which the clause's subject
                # cannot have done, is the speaker's next statement
                conj_said |= {x.i for x in c.subtree} | {c.left_edge.i - 1}
        conj_said |= quoted_away
        exclude |= conj_said
        for c in comp.children:  # "said on Thursday he would meet ...": the day of the telling
            if c.i == cue[-1].i + 1 and c.i < comp.i and _telling_adjunct(c) and c.dep_ in ("prep", "npadvmod") \
                    and not any(m.dep_ == "mark" and m.i < c.i for m in comp.children):
                exclude |= {t.i for t in c.subtree}
        spans, toks = _content_of_clause(ctx, comp, exclude)
        hung = _said_phrase_hung_as_subject(comp, v, subj) or _gloss_hung_on_the_verb(comp, v, subj)
        if hung and spans and toks:
            # "... killed at least 26 people on Sunday, many of them women and children ..., the health ministry
            # said": the parser made the close of what was said a subject coordinated with the speaker
            spans[-1] = (spans[-1][0], _trim(ctx.text, spans[-1][0], hung[-1].idx + len(hung[-1]))[1])
            toks = toks + hung
        # (also past the comma that closes an apposition: "said the agrarians' leader, Dr. X, had turned down")
        # (or of a participle set off after it: "said a second former executive of the bank, now living in Belmarra,
        # could also face an extradition request")
        lead = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and v.lemma_.lower() == "say" and (
            c.right_edge.i + 1 == comp.left_edge.i or c.right_edge.i + 2 == comp.left_edge.i and
            v.doc[c.right_edge.i + 1].text == "," and (c.right_edge.dep_ == "appos" or any(
                g.dep_ in ("appos", "acl") and g.right_edge.i == c.right_edge.i and
                v.doc[g.left_edge.i - 1].text == "," for g in c.children)) and
            not any(g.dep_ in ("nsubj", "nsubjpass") for g in comp.children))), None)
        if lead is not None and spans and toks:
            # "said public-sector pay claims this year could add ...": the parser made the clause's subject
            # the verb's object; what was said starts with it
            first = [t for t in lead.subtree]
            spans[0] = (_trim(ctx.text, first[0].idx, spans[0][1])[0], spans[0][1])
            toks = first + toks
        # "said the war was over, and the troops would come home": the parser often hangs the second
        # clause on the cue; a conjunct with its own subject that is not itself a cue continues it
        # (a reporting participle after the clause takes what the parser coordinated after it: "denied that X,
        # saying in a statement that Y and was Z": "and was Z" goes on with Y, not with X)
        telling = next((a for a in v.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > comp.i and
                        a.lemma_.lower() in CUE_LEMMAS), None)
        conjuncts = [c for c in v.children if telling is None or c.i < telling.i]
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i < v.i:
            # (and a that-clause the parser coordinated with the verb before: "set out the offer ..., saying X but
            # that Y")
            conjuncts += [c for c in v.head.children if c.i > comp.right_edge.i and (_backshifted_conjunct(c) or (
                c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                                         for m in c.children)))]
        for c in conjuncts:
            if c.dep_ == "conj" and c.i > comp.i and spans and (c.lemma_.lower() not in CUE_LEMMAS and any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and not _narrated(c) or
                                                                 _backshifted_conjunct(c)):
                end_tok = c.right_edge
                if comp.i < v.i < c.i:
                    # "None of the children is hurt, the director told a news conference, but two were
                    # being treated ...": a clause joined after the reporting clause goes on with what was
                    # said, in a span of its own (unless it names a source of its own: "..., the coast
                    # guard said, and dozens more are believed to be missing" is the narrator's)
                    if _marks_its_own_source(c):
                        continue
                    cc = c.doc[c.left_edge.i - 1] if c.left_edge.dep_ != "cc" else c.left_edge
                    cc = next((g for g in v.children if g.dep_ == "cc" and v.i < g.i < c.left_edge.i), cc)
                    spans.append(_trim(ctx.text, cc.idx, end_tok.idx + len(end_tok)))
                    toks = toks + [t for t in c.doc[cc.i:end_tok.i + 1]]
                    continue
                s_, e_ = _trim(ctx.text, spans[-1][0], end_tok.idx + len(end_tok))
                spans[-1] = (spans[-1][0], e_)
                toks = toks + [t for t in c.doc[toks[-1].i + 1: end_tok.i + 1]]
        if len(spans) == 1 and toks:
            spans, toks = _rest_of_verb_phrase(ctx, v, cue, spans, toks, subj, conj_said)
        if spans and toks and v.dep_ == "conj" and v.head.i < comp.left_edge.i < comp.i < v.i and \
                subj is not None and subj.i > comp.i and v.head.left_edge.i == v.sent.start:
            # "Deaths were lower in the group, but the difference was not significant, the
            # researchers wrote": the parser coordinated the reporting clause with the first half
            first = [t for t in v.doc[v.head.left_edge.i:comp.left_edge.i] if not t.is_space]
            if first and any(t.pos_ in ("VERB", "AUX") for t in first) and \
                    all(ctx.quote_at(t.idx) is None for t in first):
                start = ctx.skip_dateline(first[0].idx, spans[0][1])
                spans[0] = (start, spans[0][1])
                toks = [t for t in first if t.idx >= start] + toks
        return _make(ctx, v, cue, spans, toks, subj, "ccomp")
    # "is calling for the United States to step up": the parser reads "for ... to" as a clause
    adv = next((c for c in v.children if c.dep_ == "advcl" and c.i > v.i and c.left_edge.i == cue[-1].i + 1
                and c.left_edge.dep_ == "mark" and c.left_edge.lower_ == "for"), None)
    if adv is not None:
        toks = [t for t in adv.subtree if t.i != adv.left_edge.i]
        return _make(ctx, v, cue + [adv.left_edge], [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))],
                     toks, subj, "prep:for")
    if subj is None:
        return None
    if _as_reported(v) and subj is not None:
        # "..., as reported by the broadcaster RVN": the clause it comments on is what RVN reported
        inner = {t.i for t in v.subtree}
        toks = [t for t in v.head.subtree if t.i not in inner and not (t.dep_ == "mark" and t.head.i == v.head.i)]
        while toks and toks[-1].is_punct:
            toks.pop()
        if toks:
            mark = next(m for m in v.children if m.dep_ == "mark")
            agent = next(c for c in v.children if c.dep_ == "agent")
            return _make(ctx, v, [mark, v, agent], [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks,
                         subj, "parataxis")
    # 3. the clause the cue interrupts: "The talks, he said, will fail.", or the that-clause the parser
    # made the root: "The paper reported on Monday, citing two officials, that the deal ..."
    that_root = v.dep_ in ("advcl", "ccomp") and v.i < v.head.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i > v.i for m in v.head.children)
    if v.dep_ == "parataxis" or that_root or _closing_conjoined_telling(v, subj):
        inner = {t.i for t in v.subtree} - {x.i for c in _continuing_participles(v) for x in c.subtree}
        end = _end_of_interrupted_clause(v)
        # ("Several of the dead animals, Brennskog said, had bleeding around the ears": the parser hung the
        # subject and the reporting clause on the auxiliary; the clause is the verb's)
        clause = v.head.head if v.head.dep_ in ("aux", "auxpass") and v.head.head.i > v.head.i else v.head
        # (nor the speaker's phrase the parser hung on the clause: "..., an engineer who examined it told X")
        inner |= {t.i for t in subj.subtree} if subj is not None and subj.i < v.i and subj.head.i != v.i else set()
        toks = [t for t in clause.subtree if t.i not in inner and t.i < end and not (that_root and t.i < v.i)]
        # (nor "..., VLR reported, without saying where it had obtained the information": how it was told;
        # nor "..., one of the people said, according to the newspaper": through whom)
        cited = {x.i for t in toks if _is_citing(t) or t.i > v.i and (
            _without_telling(t) or t.lower_ == "according" and t.dep_ == "prep") for x in t.subtree}
        toks = [t for t in toks if t.i not in cited]
        spans = [_trim(text, r[0].idx, r[-1].idx + len(r[-1])) for r in _runs(toks)]
        # a that-clause the parser made the head is the verb's complement: the model knows it as one
        return _make(ctx, v, cue, spans, toks, subj, "ccomp" if that_root else "parataxis")
    final = _final_clause_content(ctx, v, subj, cue)
    if final is not None:
        f = _make(ctx, v, cue, [final[0]], final[1], subj, "parataxis")
        if f is not None and f.source and f.source[0].idx < final[0][1]:
            # (what was said is no part of who said it, however the parser hung it)
            f.source = [t for t in f.source if t.idx > final[0][1]]
            while f.source and f.source[0].is_punct:
                f.source.pop(0)
        # (not ", a charge he denies": a pronoun speaks, the noun is what it answers)
        if f is not None and f.source and _described_speaker(v, subj) and v.head.left_edge.i < f.source[0].i \
                and subj.pos_ != "PRON":
            f.source = [v.doc[i] for i in range(v.head.left_edge.i, f.source[-1].i + 1)]
        return f
    # "said at the time that the report was false", "told investors at the time that ...": the
    # parser read the that-clause as a relative clause of "time"; it is what was said
    at_the_time = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
                        if g.dep_ == "pobj" and g.lower_ == "time"), None)
    clause = next((c for c in at_the_time.children if c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "that"),
                  None) if at_the_time is not None else None
    if clause is not None and v.lemma_.lower() in SPEECH_VERBS:
        toks = list(clause.subtree)
        return _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, "ccomp")
    # 4. a raising verb: "Mr. Trump seemed to overstay his welcome", "the group is expected to
    # report": no one speaks; the content is the clause around the cue, its subject included
    shown = _evidence_that_appears_to_show(v)
    if shown is not None:  # "Satellite images published by X appeared to show a fresh crack": the images speak
        x, toks = shown
        f = _make(ctx, v, [v.doc[i] for i in range(cue[0].i, x.i + 1)],
                  [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, EVIDENCE_SHOWN_PATH)
        if f is not None:
            return f
    raised = _raised_content(ctx, v, cue, subj)
    if raised is not None:
        return _make(ctx, v, cue, raised[0], raised[1], None, "raising")
    # 5. infinitive complement: "vowed to fight on", "urged both sides to return"; a gerund after a
    # verb of answering: "denied receiving any report", "admitted taking the money"
    x = next((c for c in v.children if c.dep_ == "xcomp"), None) or _stranded_infinitive(v)
    if x is not None and x.tag_ == "VBG" and x.i > v.i and v.lemma_.lower() in ANSWERING_VERBS | {"admit"} and \
            not any(c.dep_ in ("dobj", "neg") for c in v.children):  # ("did not deny meeting him": no answer)
        toks = list(x.subtree)
        return _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, "xcomp")
    if x is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
        toks = list(x.subtree)
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < x.i), None)
        if obj is not None:
            toks = list(obj.subtree) + toks
        return _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj,
                     "xcomp_obj" if obj is not None else "xcomp")
    # 6. content introduced by a preposition: "called for a ceasefire", "responding to the report"
    prep = next((c for c in v.children if c.dep_ == "prep" and c.i == cue[-1].i + 1), None)
    # ... but not a passive's or a date's: "would be announced in June", "reported on Wednesday"
    if prep is not None and not any(c.dep_ == "auxpass" for c in v.children) and \
            any(g.dep_ in ("pobj", "pcomp") and (g.ent_type_ not in ("DATE", "TIME") or prep.lower_ in ("about", "of"))
                for g in prep.children):  # "reminisced about her days as ...": a topic, not a day
        toks = [t for t in prep.subtree if t.i != prep.i]
        return _make(ctx, v, cue + [prep], [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks,
                     subj, "prep:" + prep.lower_)
    # 7. a direct object that states the content: "denied the report" (a stance noun's preposition
    # stays in the content: "dismissed criticism from ...", "found 90 percent support for ...")
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    shifted = [c for c in v.children if c.dep_ == "oprd" and c.i > v.i]
    if obj is None and (len(shifted) == 2 and shifted[0].pos_ in ("ADJ", "NOUN") and shifted[1].pos_ == "NOUN" or
                        len(shifted) == 1 and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > shifted[0].i
                                                  for c in shifted[0].children) or
                        # ("called the newspaper's account untrue": the object read as the label's compound)
                        len(shifted) == 1 and shifted[0].pos_ == "ADJ" and shifted[0].left_edge.i == v.i + 1 and
                        any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in shifted[0].children)):
        # "called false a newspaper report that ...", 'called "a fabrication" a report by ...' (the report also
        # read as an apposition of the label): the object moved after what it was called
        toks = [t for c in shifted for t in c.subtree]
        return _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, "dobj")
    # a pronoun object is content only with what is said of it: "calling him a loser", "praised
    # her for changing her position"; or when "said" has a clause the parser read as its object
    # ("said some of the files dated back to 2019")
    if obj is not None and (obj.pos_ != "PRON" or obj.tag_ not in ("WP", "WDT") and any(
            c.dep_ in ("oprd", "prep") and c.i > obj.i and not _telling_adjunct(c)
            for c in v.children) or v.lemma_.lower() in ANSWERING_VERBS and obj.lower_ in ("that", "this", "it") and
            not any(c.dep_ == "neg" for c in v.children)  # ("did not deny it" answers nothing)
            or v.lemma_.lower() == "say" and any(
            t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN", "VBZ", "VBP") for t in obj.subtree)):
        toks = list(obj.subtree)
        return _make(ctx, v, cue, [_trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))], toks, subj, "dobj")
    return None


def _speaker_read_as_clause(v: Token, c: Token) -> Optional[Token]:
    """Who speaks, when ``c`` is a clause before ``v`` (which has no subject) that the parser built from the
    speaker's phrase: a phrase and its relative clause ("The permit, a copy of which was published by the city
    on Monday, says ...", "The council's chairman, Ingolf Vandrupp, whose own bill doubled, said ...": the
    phrase), or a noun and its participle read as a past tense, with what is said after ``v`` ("A safety review
    of the ship carried out last year, seen by X, says its hull was certified ...": the noun)."""
    if c.dep_ not in ("ccomp", "advcl") or c.i > v.i or \
            any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in v.children):
        return None
    antecedent = _antecedent_of_relative_root(c)
    if antecedent is not None:
        return antecedent
    if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and v.lemma_.lower() in SPEECH_VERBS and \
            not any(g.dep_ in ("aux", "auxpass") for g in c.children) and \
            any(g.dep_ == "ccomp" and g.i > v.i for g in v.children):
        return next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
    return None


def _antecedent_of_relative_root(h: Token) -> Optional[Token]:
    """"The trust's accounts, a copy of which was seen by Cobwell Wire, show that ...": the parser made
    the relative clause the root and hung the phrase before it as a loose dependent; that phrase, not
    the one who saw the copy, is the subject of the verb joined to the root."""
    rel = next((c for c in h.children if c.dep_ in ("nsubjpass", "nsubj") and
                any(t.tag_ in ("WDT", "WP", "WP$") for t in c.subtree)), None)
    if rel is None:
        return None
    comma = rel.left_edge.i - 1  # (the parser may hang that comma on the phrase before)
    return next((c for c in h.children if c.dep_ in ("dep", "nsubj", "nsubjpass") and c.i != rel.i and
                 c.right_edge.i in (comma - 1, comma) and h.doc[comma].text == "," and
                 c.pos_ in ("NOUN", "PROPN")), None)


def _stranded_infinitive(v: Token) -> Optional[Token]:
    """The infinitive of "has told public bodies since 2024 not to pay" that the parser hung on the
    date ("2024 ... pay" as a relative clause): after the verb's object and an adjunct with no verb or
    comma between, it is what the object was told or urged to do."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or v.lemma_.lower() not in ADDRESSEE_VERBS | DIRECTIVE_VERBS:
        return None  # ("gave the parties until July 15 to present ...": no telling)
    for t in v.doc[obj.right_edge.i + 1:v.right_edge.i + 1]:
        if t.lower_ in ("order", "as", "that", "whether", "if") or t.tag_ == "WDT":
            return None  # "in order to", "so as to": a purpose, not what was told
        if t.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ"):
            return t if t.pos_ == "VERB" and t.dep_ in ("relcl", "acl", "advcl") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) else None
    return None


def _continuing_participles(v: Token) -> list[Token]:
    """Participles after an interrupting reporting clause that go on with what was said: "The walkout
    grounded 212 flights, the airline said, forcing families to cancel holidays" (the walkout forced
    them). Speech ("adding that ...", "declining to ..."), citing and manner participles ("speaking
    on condition of anonymity", "referring to ...") stay with the telling."""
    return [c for c in v.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > v.i and v.doc[c.left_edge.i - 1].text == ","
            and c.left_edge.i == c.i and c.lemma_.lower() not in NEXT_STATEMENT_LEMMAS | TELLING_PARTICIPLES
            and not _is_citing(c)]


def _as_reported(v: Token) -> bool:
    """"as reported by X", "as first reported by X": a comment on the clause it hangs on, naming
    who reported it."""
    return v.dep_ == "advcl" and v.tag_ == "VBN" and v.lemma_.lower() in CUE_LEMMAS and \
        any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children) and \
        any(c.dep_ == "agent" for c in v.children)


def _misparsed_outlet_report(v: Token, subj: Token) -> bool:
    """"The broadcaster QTV reported": a reporting verb the parser hung as a relative clause on the
    outlet noun, its subject the outlet's name right after the noun."""
    return v.dep_ == "relcl" and v.head.lemma_.lower() in OUTLET_NOUNS and v.head.i < subj.i < v.i and \
        subj.pos_ == "PROPN" and subj.left_edge.i == v.head.i + 1 and subj.head.i == v.i


#: the ``Found.path`` of a document that appears to show something (``_evidence_that_appears_to_show``)
EVIDENCE_SHOWN_PATH = "evidence_shown"
#: the ``Found.path`` of "X quoted Y as saying Z" / "..., quoting Y as saying Z" (``_quoted_as_saying``)
QUOTED_AS_SAYING_PATH = "quoted_as_saying"


def _closing_conjoined_telling(v: Token, subj: Optional[Token]) -> bool:
    """"... but the flights will continue, his spokeswoman, X, told the broadcaster Radio Tarnhelm.": the
    parser coordinated the closing reporting clause with what was said; a verb of telling at the end of
    the sentence, with its own subject after a comma, whose only object is who was told, tells the
    clause before it."""
    doc = v.doc
    if v.dep_ != "conj" or v.head.i > v.i or v.lemma_.lower() not in SPEECH_VERBS or subj is None or \
            subj.head.i != v.i and getattr(_closing_speaker(v), "i", None) != subj.i or \
            subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != "," or \
            any(c.dep_ in ("ccomp", "xcomp", "dative", "cc") for c in v.children) or \
            any(c.dep_ == "cc" and subj.left_edge.i - 2 <= c.i < subj.left_edge.i for c in v.head.children):
        return False  # (not "X said A, and Y told reporters B": a second statement)
    objects = [c for c in v.children if c.dep_ == "dobj"]
    if objects and not all(_addressee(v, o) or o.lemma_.lower() in OUTLET_NOUNS for o in objects):
        return False  # ("told the broadcaster Radio Tarnhelm")
    after = [t for t in doc[v.i + 1:v.sent.end] if not t.is_punct and not t.is_space]
    return all(any(t.i in {x.i for x in o.subtree} for o in objects) or t.head.i == v.i and t.dep_ in (
        "npadvmod", "advmod") or t.ent_type_ in ("DATE", "TIME") for t in after)


def _statement_joined_after(c: Token) -> bool:
    """", though she added that ...", ", while another said ...", ", though she declined to say ...": a verb of telling
    (or a refusal) with a subject of its own, joined after a comma by "while", "whereas", "though" or "although", is a
    statement of its own (a record of its own), no part of the one before (not ", after the devices added phantom
    use to the bills": no telling)."""
    # (saying something: not ", though the militia had not yet agreed", an act with nothing said)
    return c.dep_ == "advcl" and c.lemma_.lower() in SPEECH_VERBS | REFUSING_VERBS and c.left_edge.i > 0 and \
        c.doc[c.left_edge.i - 1].text == "," and any(g.dep_ == "nsubj" for g in c.children) and \
        any(m.dep_ == "mark" and m.lower_ in ("while", "whereas", "though", "although") for m in c.children) and \
        any(g.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "prep") for g in c.children)


def _end_of_interrupted_clause(v: Token) -> int:
    """Where what was said ends, for a reporting clause ``v`` that interrupts it ("The talks, he said,
    will fail"): at a telling participle after it ("Repairs could take weeks, two of them said, speaking
    on condition of anonymity because ..."), at a statement joined after it (", though she added that ..."), or at a
    clause joined right after it that names a source
    of its own, which is the narrator's ("Twelve bodies were recovered, the coast guard said, and dozens
    more are believed to be missing"; a plain clause goes on with what was said: "..., she said, but his
    name was not on the list"); else past the sentence."""
    doc, head = v.doc, v.head
    ends = [c.left_edge.i - 1 for c in head.children if c.dep_ == "advcl" and c.i > v.i and (
        c.tag_ == "VBG" and c.lemma_.lower() in TELLING_PARTICIPLES and doc[c.left_edge.i - 1].text == "," or
        _statement_joined_after(c))]
    comma = v.right_edge.i if v.right_edge.text == "," else v.right_edge.i + 1
    # (or someone else's statement: "..., the court's press office said, and the commission's chairman X told
    # reporters ...")
    joined = [c for c in head.children if c.dep_ == "conj" and c.i > comma + 1 and
              (_marks_its_own_source(c) or c.lemma_.lower() in SPEECH_VERBS) and
              any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]  # a clause of its own
    if v.i > head.i and joined and comma + 1 < len(doc) and doc[comma].text == "," and \
            doc[comma + 1].dep_ == "cc" and doc[comma + 1].head.i == head.i:
        ends.append(comma)
    return min(ends, default=len(doc))


def _evidence_that_appears_to_show(v: Token) -> "Optional[tuple[Token, list[Token]]]":
    """"Satellite images ... appeared to show a fresh crack", "The footage seems to indicate that ...":
    a document or a piece of evidence that seems to show something states it, hedged; its subject is
    the source (not a raised subject, as in "talks appeared to stall"). The verb of evidence and what
    it shows (its object or clause), or None."""
    if v.lemma_.lower() not in RAISING_ACTIVE or any(c.dep_ == "auxpass" for c in v.children):
        return None
    head = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    x = next((c for c in v.children if c.dep_ == "xcomp" and c.i == v.i + 2 and v.doc[v.i + 1].lower_ == "to"), None)
    if head is None or x is None or x.lemma_.lower() not in EVIDENCE_VERBS or \
            head.lemma_.lower() not in DOCUMENT_NOUNS | EVIDENCE_NOUNS:
        return None
    end = x.right_edge.i
    for c in v.children:
        # "... appear to show the boat turning back about 40 minutes before it was boarded": the parser
        # hangs the time clause on "appear", but it dates what is shown (the showing is now)
        if c.dep_ == "advcl" and c.left_edge.i == end + 1 and \
                any(m.dep_ == "mark" and m.lower_ in TIME_AND_PURPOSE_MARKS for m in c.children):
            end = c.right_edge.i
    toks = _up_to_closing_quote([t for t in v.doc[x.i + 1:end + 1] if not t.is_space])
    return (x, toks) if toks and any(c.dep_ in ("dobj", "ccomp") for c in x.children) else None


def _raised_content(ctx: _Context, v: Token, cue: list[Token], subj: Optional[Token]):
    """The content of a raising verb: everything of its clause but the cue ((spans, tokens)), or None."""
    lemma = v.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in v.children)
    if not ((lemma in RAISING_ACTIVE and not passive) or (lemma in RAISING_PASSIVE and passive)):
        return None
    if any(c.dep_ in ("agent", "dobj", "ccomp") for c in v.children):
        return None
    comp = next((c for c in v.children if c.dep_ in ("xcomp", "acomp", "oprd") and c.i > v.i), None)
    # (a clause as the subject too: "Asking rents in the capital appear to have levelled off", as the parser reads it)
    head = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < v.i), None)
    if comp is None or head is None:
        return None
    doc, cue_ids = v.doc, {t.i for t in cue}
    before = [doc[i] for i in range(v.left_edge.i, cue[0].i) if i not in cue_ids]
    after = [doc[i] for i in range(cue[-1].i + 1, v.right_edge.i + 1)]
    spans = [_trim(ctx.text, r[0].idx, r[-1].idx + len(r[-1])) for r in (before, after) if r]
    return spans, before + after


def _described_speaker(v: Token, subj: Token) -> bool:
    """"..., the sports website TerraceWatch reported": the parser hung the reporting clause on the
    outlet's description, so the description and the name are one source. Not when a comma parts
    them ("... merge with Corvanth's Dremmelhaus Group, the Quelford Intelligencer reported": the
    clause hangs on the last noun of what was reported)."""
    doc, head = v.doc, v.head
    return v.dep_ == "relcl" and head.i < subj.i and \
        not any(doc[i].is_punct for i in range(head.i + 1, subj.left_edge.i)) and \
        all(doc[i].dep_ in ("det", "compound", "amod") for i in range(head.left_edge.i, head.i))


def _outlet_word(tok: Token) -> bool:
    """A word for a news outlet ("daily", "newspaper", "broadcaster"), whatever the tagger made of it."""
    return tok.lower_ in OUTLET_NOUNS or tok.lemma_.lower() in OUTLET_NOUNS


def _final_clause_content(ctx: _Context, v: Token, subj: Token, cue: list[Token]):
    """A reporting clause that closes its sentence after a comma, with nothing said after it but
    adjuncts: "The ministry has agreed to suspend the tariffs, the Ledger reported on Friday, citing
    people familiar with the talks." The content is the sentence before the comma: (span, tokens)."""
    over = _report_over_the_statement_before(v)
    if subj.i > v.i or any(c.dep_ in ("ccomp", "xcomp", "dative") and (over is None or c.i != over.i) or
                           c.dep_ == "dobj" and not _addressee(v, c) for c in v.children):
        return None  # ("..., the fire chief told reporters": who was told is no content)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and subj.head.i != v.i:
        return None  # "..., the navy said, speaking on condition of anonymity": the telling's manner
    if subj.tag_ in ("WDT", "WP"):
        return None  # "... run by the Defence Council, which has not commented": a relative clause
    doc = v.doc
    start = min(subj.left_edge.i, cue[0].i)
    start = _after_a_comma_joined(subj, start)
    role = _role_set_before(subj)
    if role is not None:  # "..., the union's foreign policy chief, Armindo Pallisandre, said": the role is his
        start = min(start, role.left_edge.i)
    # ", the sports daily Gazzetta Ruvesca reported": the parser hung the outlet's description on the
    # clause before (or that clause on the name); the speaker's phrase starts after the comma
    start = _outlet_phrase_start(doc, subj.i, v.sent.start) or start
    if doc[start - 1].text != ",":
        # "... before it reached Sorne, the regional broadcaster Radio Dellmark reported": the parser took
        # the place the clause before ends with for the subject, the outlet for its apposition
        start = _outlet_phrase_start(doc, cue[0].i, start) or start
    if _described_speaker(v, subj) and v.head.left_edge.i < start:
        start = v.head.left_edge.i
    sent = v.sent
    if start - 1 == sent.start and doc[start - 1].text == "," and sent.start > 0 and \
            doc[sent.start - 1].text not in (".", "!", "?", '"', "\u201d") and not doc[sent.start - 1].is_space:
        # "The prison's director, Havlir Sollimark, offered to resign on Monday, the ministry said.": the
        # parser ended the sentence before the comma; what was said is the piece before it
        sent = doc[sent.start - 1].sent
        toks = [t for t in sent if not t.is_space]
    elif start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    else:
        toks = [t for t in doc[sent.start:start - 1] if not t.is_space]
    if len(toks) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks) or \
            any(ctx.quote_at(t.idx) is not None for t in toks):
        return None  # "In Geneva, officials said": no clause; a quote is direct speech, found before
    fronted = {x.i for c in v.children if c.i < start and (c.dep_ in ("prep", "npadvmod") or c.dep_ == "advcl" and
               not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)) for x in c.subtree}
    if all(t.i in fronted or t.is_punct for t in toks):
        return None  # "Speaking to reporters in Geneva, the minister warned ...": how the telling went
    s, e = _trim(ctx.text, ctx.skip_dateline(toks[0].idx, toks[-1].idx + len(toks[-1])),
                 toks[-1].idx + len(toks[-1]))
    return ((s, e), [t for t in toks if t.idx >= s]) if e > s else None


def _src(subj: Optional[Token]) -> Optional[list[Token]]:
    return _source_tokens(subj) if subj is not None else None


def _name_after_fronted_source(tok: Token, pobj: Token) -> list[Token]:
    """"According to the operator, Saltmarch Cruises, 312 passengers ...": the name between commas after
    a fronted "according to" phrase is the source's (the parser made it the clause's subject); its
    comma, the name and the comma after it, else nothing."""
    doc = tok.doc
    k = pobj.right_edge.i + 1
    if tok.i != tok.sent.start or k + 2 >= len(doc) or doc[k].text != ",":
        return []
    end = k + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == k + 1 and doc[end].lower_ in ("a", "an") and pobj.lemma_.lower() in ("one", "him", "her"):
        # "According to one of them, a former accountant, the payments ...": who that one is
        comma = next((t.i for t in doc[end:min(end + 7, len(doc))] if t.text == ","), None)
        if comma is not None and names_people(doc[comma - 1]):
            return list(doc[k:comma + 1])
    return list(doc[k:end + 1]) if 1 <= end - k - 1 <= 4 and end < len(doc) and doc[end].text == "," else []


def _find_according_to(ctx: _Context, tok: Token) -> Optional[Found]:
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    exclude = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
    # "According to a legal opinion ..., which Nettlewood Press has seen, a lawmaker who abstains ... could lose his
    # seat": the parser set the main clause's subject beside the source, after the comma that closes its relative
    # clause; it starts what was said
    subject = next((a for a in pobj.subtree if a.dep_ == "appos" and a.i > pobj.i and tok.i == sent.start and
                    doc[a.left_edge.i - 1].text == "," and any(r.dep_ == "relcl" and r.right_edge.i + 2 == a.left_edge.i
                                                               for r in a.head.children)), None)
    moved = {t.i for t in subject.subtree} if subject is not None else set()
    exclude -= moved
    named = _name_after_fronted_source(tok, pobj)
    exclude |= {t.i for t in named}
    toks = [t for t in sent if t.i not in exclude]
    # the content is the longest stretch of the sentence outside the "according to" phrase
    runs = [r for r in _runs(toks) if any(not t.is_punct for t in r)]
    if not runs:
        return None
    best = max(runs, key=len)
    before = [r for r in runs if r[-1].i < tok.i]
    after = [r for r in runs if r[0].i > tok.i]
    if before and after and best is after[0] and any(t.pos_ in ("VERB", "AUX") for t in before[-1]) and \
            next((t for t in after[0] if not t.is_punct), after[0][0]).lower_ in CLAUSE_JOINERS:
        # "Scrap bronze fetches about 9 euros a kilogram, according to figures from X, so a large bell can
        # be worth ...": the phrase closes the clause before it; what follows "so" is the writer's
        best = before[-1]
    k = next((j for j, t in enumerate(best[:6]) if t.tag_ in ("WDT", "WP") and t.lower_ in ("which", "whom")), None)
    comma = next((j for j in range(k, len(best) - 1) if best[j].text == ","), None) if k is not None else None
    first = next((t for t in best if not t.is_punct), best[0])
    if comma is not None and first.i >= 2 and doc[first.i - 1].text == "," and first.i - 2 in exclude:
        # "According to a letter from the office to X, a copy of which was seen by Y, the sample ...": the relative
        # on the source the parser left out of its phrase says how it was seen; what was said follows its comma
        best = best[comma + 1:]
    s, e = _trim(ctx.text, best[0].idx, best[-1].idx + len(best[-1]))
    if e <= s:
        return None
    spans, content = [(s, e)], best
    subject = runs[0] if len(runs) == 2 and runs[1] is best else None
    if subject is not None and subject[-1].text == "," and doc[max(exclude) + 1].text == "," and \
            not any(t.pos_ in ("VERB", "AUX") for t in subject) and \
            any(t.dep_ in ("nsubj", "nsubjpass") for t in subject):
        # "The B sample, according to the agency's rules, must be tested ...": the subject before the
        # phrase is part of what is said
        ss, se = _trim(ctx.text, ctx.skip_dateline(subject[0].idx, subject[-1].idx), subject[-1].idx)
        if se > ss:
            spans, content = [(ss, se), (s, e)], subject + best
    kind, qs = _kind_for(ctx, spans)
    source = [t for t in _source_tokens(pobj) if t.i not in moved and not (moved and t.i >= min(moved) - 1)] + \
        named[:-1]
    # "according to doctors at five hospitals.": the parser hung "at ..." on "according" or on the verb;
    # right after the one cited, closing the sentence, it says who they are
    after = doc[source[-1].i + 1] if source[-1].i + 1 < len(doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ in ("at", "in", "from", "with", "inside") and \
            after.head.i not in {t.i for t in source} and \
            not any(t.ent_type_ in ("DATE", "TIME") for t in after.subtree) and \
            all(t.is_punct or t.is_space for t in doc[after.right_edge.i + 1:sent.end]):
        source = source + list(after.subtree)
    return Found([tok, to], spans, kind, source, pobj, content_tokens=content, quotes=qs)


def _cited_group(v: Token) -> Optional[list[Token]]:
    """``citing three officials`` / ``quoting sources`` anywhere in the cue's sentence."""
    for t in v.sent:
        # (also "the daily X, which cited three officials, reported")
        if (_is_citing(t) or _citing_relative(t) or _outlet_citing(t)) and t.i != v.i and \
                not (t.head.i != v.i and _closing_report(t.head)):  # ("quoting X as saying ...": X speaks)
            # ("The company said ..., the Courier reported, citing two people": the Courier cited them)
            obj = next((c for c in t.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is not None:
                return _source_tokens(obj)
    return None


#: below this span-model cue probability a verb outside the word lists is not worth building a candidate for
#: (a quarter of the extractor's time went on them): the cue decision kept none under 0.08 in the 370 wire
#: articles and the 84 PolNeAR dev articles, where skipping them changes no record, and 3 of 1,757 on 120
#: PolNeAR train articles it was fitted on ("love", "look", "attack")
UNLISTED_CUE_FLOOR = 0.05


def iter_candidates(ctx: _Context, cue_floor: float = UNLISTED_CUE_FLOOR):
    """Every verb whose structure offers a content slot, as a candidate attribution (``cue_floor``: but none of a
    word no list knows whose span-model cue probability is below it; 0 for all, as the cue decision is fitted on)."""
    doc = ctx.doc
    pos = doc.to_array("POS")  # one array read instead of a Token object per word
    misread = numpy.isin(doc.to_array("LOWER"), _CLOSING_EVIDENCE_IDS)
    for i in (((pos == spacy_symbols.NOUN) | (pos == _VERB)) & misread).nonzero()[0]:
        if doc[int(i)].pos_ == "VERB" and doc[int(i)].dep_ not in NOMINAL_DEPS:
            continue  # (a verb the parser read as one, not as the end of a noun phrase: "... seen by X shows.")
        f = _noun_read_closing_evidence(ctx, doc[int(i)])
        if f is not None and not ctx.in_boilerplate(f.head.idx):
            yield f
    verbs = (pos == _VERB) | (pos == _AUX)
    scores = doc_scores(doc)
    if scores is not None and cue_floor > 0:  # a verb no word list knows, which the span model gives no chance
        verbs &= (scores[:, column("CUE", "inside")] >= cue_floor) | \
            numpy.isin(doc.to_array("LEMMA"), _LISTED_LEMMA_IDS)
    for i in verbs.nonzero()[0]:
        tok = doc[int(i)]
        if tok.pos_ != "VERB" and tok.lemma_.lower() not in CUE_LEMMAS:
            continue
        if ctx.in_boilerplate(tok.idx):
            continue
        if _is_citing(tok) and _quoted_as_saying(tok) is None or _outlet_citing(tok):
            continue  # "citing three officials" qualifies another cue ("quoting X as saying Y" reports Y)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in ("quote", "cite"):
            continue  # "was quoted by the paper as saying ...": the quoting is the attribution
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            continue  # found as "according to" below, whatever the tagger made of it
        f = _candidate_for_verb(ctx, tok)
        if f is not None and not _states_nothing(f) and not _relative_inside_a_quote(ctx, f):
            yield f


def _relative_inside_a_quote(ctx: _Context, f: Found) -> bool:
    """'... lose buyers "that took us twenty years to win" and asked the ministry for more time': a relative pronoun
    inside quoted words is no speaker; the verb the parser coordinated with its clause is the quoted speaker's act."""
    return f.source is not None and len(f.source) == 1 and f.source[0].tag_ in ("WDT", "WP") and \
        ctx.quote_at(f.source[0].idx) is not None


def _states_nothing(f: Found) -> bool:
    """A candidate whose structure reports no statement: an act or a piece of evidence, empty terms, a speaker naming
    itself or only who heard it, a telling by nobody named or inside an unanswered question, why a source was not
    named, a "speaker" that is a broken-up clause, nobody saying."""
    return _act_or_evidence(f) or _empty_or_anonymity_terms(f) or _self_naming(f) or _addressee_only(f) or \
        _told_by_nobody_named(f) or _inside_an_unanswered_question(f) or _reason_for_anonymity(f.head) or \
        _source_is_a_clause(f) or _said_by_nobody(f)


def _said_by_nobody(f: Found) -> bool:
    """"..., but none said they had been told to ...": no one said it."""
    head = f.source_head
    return head is not None and head.lower_ in ("none", "nobody") and f.head is not None and \
        f.head.lemma_.lower() in SPEECH_VERBS


def _source_is_a_clause(f: Found) -> bool:
    """'... by the country's biggest television channel made up hundreds of interviews and told its staff to ...': a
    "speaker" holding a finite verb with an object of its own, not in a relative clause, is a clause the parser
    broke up, nobody who speaks."""
    ids = {t.i for t in f.source or []}
    for t in f.source or []:
        if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children) and \
                not any(w.tag_ in ("WDT", "WP", "WP$") for w in t.subtree) and \
                not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i in ids):
            return True  # (not "a physicist who led the clean-up and now runs a staff of 300")
    return False


def _reason_for_anonymity(v: Token) -> bool:
    """'..., speaking on condition of anonymity because they feared for their jobs': why a source was not
    named, which is no statement of theirs (a verb inside a because-clause of the terms they spoke on)."""
    for a in [v, *v.ancestors]:
        if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in a.children):
            inner = {t.i for t in a.subtree}
            terms = [t for t in a.head.subtree if t.i not in inner]
            return any(t.lower_ == "anonymity" for t in terms) or \
                any(t.lower_ in ("named", "identified") for t in terms) and any(t.lower_ == "not" for t in terms)
    return False


def _act_or_evidence(f: Found) -> bool:
    """Structures that report an act or a piece of evidence, not speech, whatever other senses the
    verb has: an act verb with an infinitive or a prepositional complement ("has offered to resign",
    "could agree to a deal"; "agreed that ..." still reports), a passive with an infinitive and no
    agent ("was persuaded to stay": its subject was talked to), a verb of evidence whose subject
    is something seen or counted ("figures showed", "the footage shows"), and a check that failed
    ("could not independently confirm the report")."""
    lemma = f.head.lemma_.lower()
    if lemma in ACT_VERBS and f.path.split(":")[0] in ("xcomp", "xcomp_obj", "prep"):
        return True
    if lemma in ACT_VERBS and f.path == "ccomp" and any(c.dep_ == "ccomp" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in f.head.children):
        return True  # "wants the Supreme Court to restore the names", read as a clause: a wish, not a statement
    if lemma == "find" and f.path == "ccomp" and not any(t.pos_ in ("VERB", "AUX") for t in f.content_tokens):
        return True  # "Guards found the cells empty": what was found, not what was said
    if lemma == "rule" and f.path == "dobj" and any(
            c.dep_ == "prep" and (c.lower_ == "off" or c.lower_ == "out" and c.nbor(1).lower_ == "of") and c.i > f.head.i + 1
            for o in [f.head, *(g for g in f.head.children if g.dep_ == "dobj")] for c in o.children):
        return True  # "ruled the candidate off the ballot": a decision carried out ("ruled out a deal" is said)
    if f.path == "dobj" and any(c.dep_ == "dobj" and c.tag_ in ("VBZ", "VBD") and
                                any(g.dep_ in ("ccomp", "mark") for g in c.children) for c in f.head.children):
        return True  # "the national companies register shows that ...": a noun the parser made a verb, whose
        # "object" is the verb that tells
    shown = next((c for c in f.head.children if c.dep_ == "dobj"), None) if lemma == "show" else None
    if shown is not None and f.path == "dobj" and (f.source_head is None or f.source_head.lemma_.lower() not in
                                                   DOCUMENT_NOUNS | EVIDENCE_NOUNS | {"datum", "average"}) and (
            not any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in shown.children) or
            any(c.lower_ in ("no", "little") for c in shown.children)):
        return True  # "the referee showed four yellow cards", "Police showed no sign of moving them": a thing or a look
        # someone showed, not what a document shows ("the survey showed a fall") nor a stance ("showing support for")
    if lemma == "say" and f.path == "dobj" and any(c.dep_ == "dobj" and c.lower_ in ("little", "nothing") and
                                                   not list(c.children) for c in f.head.children):
        return True  # "The ship's owner has said little in public": how much was said, nothing of what
    if lemma in ("confirm", "verify") and any(c.dep_ == "neg" for c in f.head.children) and (
            any(c.lower_ == "independently" for c in f.head.children) or
            f.source and is_outlet_name(" ".join(t.text for t in f.source if t.pos_ == "PROPN"))):
        return True  # "Fenmarrow Wire could not (independently) confirm the report": the outlet's own check
    if f.head.dep_ == "xcomp" and f.head.head.lemma_.lower() in DEAL_VERBS and f.head.head.i in {t.i for t in f.cue}:
        return True  # "The government agreed to publish a monthly report": what it agreed to do
    if lemma in DEAL_VERBS and f.path == "dobj":
        return True  # "have agreed the outline of a ceasefire": a deal, not a statement ("offered no
        # proof" is one)
    if lemma in ("report", "post") and f.path == "dobj" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in REPORTED_FIGURES and
            any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in c.subtree) for c in f.head.children):
        return True  # "which reported sales of 1.9 billion crowns", "posted a net profit of 52 million crowns": a
        # company's accounts, not a report of its own
    if lemma == "show" and f.path == "dobj" and any(c.dep_ == "dative" for c in f.head.children):
        return True  # "Monitors showed reporters the shell of a patrol car": something shown to someone
    if lemma == "claim" and f.path == "dobj" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in CLAIMED_PAYMENTS | CURRENCY_NOUNS or c.ent_type_ == "MONEY")
            for c in f.head.children):
        return True  # "claimed housing allowances for flats they owned", "claimed about 31,000 euros in hotel
        # costs": money asked for, not a statement
    if lemma in PERCEPTION_VERBS and f.path == "dobj" and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp") for c in f.head.children) and \
            not any(t.lower_ == "as" and t.dep_ == "prep" for t in f.head.subtree):
        return True  # "he had never seen a list of targets": something seen, not said ("sees it as a threat" is)
    if f.path == "xcomp" and any(c.dep_ == "auxpass" for c in f.head.children) and \
            not any(c.dep_ == "agent" for c in f.head.children):
        return True  # "had been persuaded to stay", "was told to leave": what was done to the subject
    if f.head.dep_ == "xcomp" and f.head.head.i in {t.i for t in f.cue} and \
            any(c.dep_ == "auxpass" for c in f.head.head.children) and \
            not any(c.dep_ == "agent" for c in f.head.head.children):
        return True  # "prosecutors had been asked to consider criminal charges": what was asked of them
    if lemma == "admit" and f.path == "dobj" and any(
            c.dep_ == "dobj" and (names_people(c) or c.lemma_.lower() in ("patient", "people", "person", "child",
                                                                            "casualty")) for c in f.head.children):
        return True  # "the hospital admitted 37 people with heatstroke": patients taken in, not an admission
    # ("Trading data showed ..." tells a fact; "..., exchange data showed." closing a sentence gives its
    # source, and so does one who published the data: "Customs data published by the daily X show that")
    return lemma in EVIDENCE_VERBS and f.source_head is not None and \
        f.source_head.lemma_.lower() in EVIDENCE_NOUNS and not (
            f.content_spans and f.content_spans[-1][1] <= f.cue[0].idx) and not _published_evidence(f)


def _published_evidence(f: Found) -> bool:
    """"Customs data published by the daily X show that ...", "Preliminary results ..., shared with the agency
    by the veterinary team, show ...": a document or piece of evidence whose publisher is named states what it
    shows (not when another is said to say so, nor when it "did not show" anything)."""
    return f.head.lemma_.lower() in EVIDENCE_VERBS and f.source_head is not None and \
        f.source_head.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS and _published_by(f.source_head) and \
        f.head.dep_ in ("ROOT", "conj") and not any(c.dep_ == "neg" for c in f.head.children)


def _published_by(noun: Token) -> bool:
    """"data published by the business daily X", "figures seen by the agency", "Figures from the health ministry": a
    document with the one who made it public named."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DOCUMENT_PARTICIPLES and
               any(g.dep_ == "agent" for g in c.children) or
               c.dep_ == "prep" and c.lower_ == "from" and any(
                   g.dep_ == "pobj" and (g.lemma_.lower() in ORGANIZATION_NOUNS or g.ent_type_ == "ORG")
                   for g in c.children) for c in noun.children)


def _closing_evidence(f: Found) -> bool:
    """"The agency employs 3,400 people, its annual report shows.": a finite verb of evidence that
    closes its sentence after what it shows, with a document as its subject, is where the sentence
    comes from (fronted, "Court records show that ..." is the article's own narration)."""
    doc = f.head.doc
    end = f.head.sent.end
    if f.path == MISREAD_DOCUMENT_PATH and f.head.i + 1 < end and doc[f.head.i + 1].text == ",":
        end = f.head.i + 1  # ", bank records seen by X show, money that ...": a comment on it follows
    rest = [t for t in doc[f.head.i + 1:end] if not (t.is_punct or t.is_space)]
    # (a noun only when read as one with the document: see _noun_read_closing_evidence)
    return (f.head.lemma_.lower() in EVIDENCE_VERBS or f.head.lower_ in CLOSING_EVIDENCE_NOUNS) and \
        f.head.tag_ in ("VBZ", "VBP", "VBD", "NNS", "NN") and \
        f.source_head is not None and f.source_head.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS and \
        bool(f.content_spans) and f.content_spans[-1][1] <= f.cue[0].idx and \
        all(t.ent_type_ in ("DATE", "TIME") or t.head.ent_type_ in ("DATE", "TIME") for t in rest)


#: where the parser puts a word it read as a noun
NOMINAL_DEPS = frozenset({"pobj", "dobj", "compound", "appos", "npadvmod", "attr"})
#: verbs of what a document shows or states, as the tagger misreads them at a sentence's end
CLOSING_EVIDENCE_NOUNS = ("shows", "show", "state", "states")
#: the string ids (spaCy's hashes, the same in every vocabulary) of the words and lemmas ``iter_candidates`` looks for
_CLOSING_EVIDENCE_IDS = numpy.array([hash_string(w) for w in CLOSING_EVIDENCE_NOUNS], dtype="uint64")
_LISTED_LEMMA_IDS = numpy.array([hash_string(w) for w in CUE_LEMMAS | EVIDENCE_VERBS], dtype="uint64")


def _noun_read_closing_evidence(ctx: _Context, tok: Token) -> Optional[Found]:
    """"..., the sale catalogue shows.": the parser read "catalogue shows" as one plural noun; a
    sentence that ends in a document noun and "shows" after a comma is a closing evidence clause; so is
    one between commas before a comment on it (", bank records seen by Ombrisk Television show, money
    that ...")."""
    doc = ctx.doc
    if tok.lower_ not in CLOSING_EVIDENCE_NOUNS or tok.i + 1 >= len(doc):
        return None
    if doc[tok.i + 1].text != "," and (doc[tok.i + 1].text not in (".", "!") or tok.i + 1 != tok.sent.end - 1 and
                                       not all(t.is_space for t in doc[tok.i + 2:tok.sent.end])):
        return None
    # the noun phrase after the comma ("the sale catalogue", "a court filing by the contractor", "loading
    # records submitted to the inquiry")
    start = tok.i
    while start - 1 > tok.sent.start and doc[start - 1].text != "," and (
            doc[start - 1].pos_ in ("DET", "PRON", "NOUN", "ADJ", "PROPN", "PART", "ADP") or
            doc[start - 1].tag_ in ("VBN", "VBG")):
        start -= 1
    noun = next((t for t in doc[start:tok.i] if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS
                 and (t.i == tok.i - 1 or doc[t.i + 1].pos_ == "ADP" or doc[t.i + 1].tag_ == "VBN")), None)
    if noun is None or doc[start - 1].text != "," or doc[start].pos_ not in ("DET", "PRON", "NOUN", "VERB", "ADJ"):
        return None
    toks = [t for t in doc[tok.sent.start:start - 1] if not t.is_space]
    if len(toks) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks) or \
            any(ctx.quote_at(t.idx) is not None for t in toks):
        return None
    s, e = _trim(ctx.text, ctx.skip_dateline(toks[0].idx, toks[-1].idx + len(toks[-1])), toks[-1].idx + len(toks[-1]))
    if e <= s:
        return None
    return Found([tok], [(s, e)], "indirect", [doc[i] for i in range(start, tok.i)], noun,
                 content_tokens=[t for t in toks if t.idx >= s], head=tok, path=MISREAD_DOCUMENT_PATH)


def _self_naming(f: Found) -> bool:
    """"which calls itself the Northern Shield", "who describes himself as a centrist": a name or a
    label someone goes by, not a statement; nor is calling something off or in."""
    lemma = f.head.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ in ("off", "in", "up") for c in f.head.children):
        return True  # "to call off a planned strike"
    return lemma in ("call", "describe", "style", "name", "dub") and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in f.head.children)


def _inside_an_unanswered_question(f: Found) -> bool:
    """"declined to say when the captain first called for assistance", "would not say whether the
    minister had asked for it": what a refusal leaves open is asserted by no one, nested or not."""
    clause = f.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i:
        return False
    asks = any(t.lower_ in ("when", "whether", "why", "how", "if") and t.i < clause.i for t in clause.subtree
               if t.dep_ in ("advmod", "mark"))
    refused = clause.head
    refusing = refused.lemma_.lower() in SPEECH_VERBS and (any(c.dep_ == "neg" for c in refused.children) or
                                                            refused.head.lemma_.lower() in REFUSING_VERBS)
    return asks and refusing


def _told_by_nobody_named(f: Found) -> bool:
    """"The minister was warned in writing that ...", "staff were told to keep quiet": the subject of a
    passive verb of telling is who was told, not who told; with no "by" naming the teller there is no
    speaker, and the sentence reports what reached someone, not a statement."""
    # (also one coordinated with a passive it shares: "patients had been sent home and told to come back")
    return f.head is not None and f.head.lemma_.lower() in ADDRESSEE_VERBS and \
        (any(c.dep_ == "auxpass" for c in f.head.children) or f.head.dep_ == "conj" and _shared_passive(f.head)) and \
        not any(c.dep_ == "agent" for c in f.head.children)


def _addressee_only(f: Found) -> bool:
    """"had warned shipping operators", "briefed reporters": the object of a verb of telling is who
    was told; without what they were told there is no content."""
    if f.path != "dobj" or f.head.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    obj = next((c for c in f.head.children if c.dep_ == "dobj"), None)
    if obj is None or any(t.pos_ in ("VERB", "AUX") for t in obj.subtree) or \
            any(c.dep_ in ("dative", "xcomp", "ccomp", "oprd") for c in f.head.children):
        return False  # "told him the nominee ...": the one told is "him", the object is what was said
    if any(t.is_quote or t.lower_ == "to" for t in f.head.subtree if t.i > obj.right_edge.i):
        return False  # "tells his supporters to 'go and vote'": what they were told follows
    return _addressee(f.head, obj)


def _addressee(v: Token, obj: Token) -> bool:
    """The object of a verb of telling names who was told ("told reporters", "told Reuters")."""
    # (whatever is warned, alerted or reminded is who heard it: "warned ships away from the harbour", "warned the
    # company over late disclosures"; "tell" and "question" also take what was told or doubted: "told a different
    # story", "questioned the need for moderators")
    return v.lemma_.lower() in ADDRESSEE_VERBS and (  # (a name whatever NER made of it: "told Yarrowmede Wire")
        obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.pos_ == "PROPN" or obj.tag_ == "PRP" or
        obj.lemma_.lower() in ANONYMOUS_NOUNS | AUDIENCE_NOUNS | ORGANIZATION_NOUNS
        or obj.lemma_.lower() in COLLECTIVE_PEOPLE_NOUNS or names_people(obj) or
        v.lemma_.lower() not in ("tell", "question", "interview") and obj.pos_ == "NOUN")


REFLEXIVE_PRONOUNS = frozenset("itself themselves himself herself themself ourselves myself yourself".split())


def _empty_or_anonymity_terms(f: Found) -> bool:
    """Contents that say nothing: an elided infinitive ("had been questioned or expected to") and
    the terms on which a source spoke ("who asked not to be named because ...")."""
    toks = f.content_tokens
    if f.path.split(":")[0] == "xcomp" and all(t.pos_ in ("AUX", "PART", "PUNCT") for t in toks):
        return True
    if f.head.lemma_.lower() not in ANONYMITY_VERBS or not toks:
        return False
    words = [t for t in toks if not t.is_punct]
    if any(t.lower_ == "anonymity" for t in words[:6]):
        return True
    if any(t.lemma_.lower() in ("name", "identity") for t in words[:5]) and any(t.lower_ == "not" for t in words[:7]):
        return True  # "who asked that his name not be used"
    if words[0].lower_ == "that" and any(t.lower_ == "not" and k + 2 < len(words) and words[k + 1].lemma_ == "be" and
                                         words[k + 2].lemma_.lower() in ANONYMITY_PARTICIPLES
                                         for k, t in enumerate(words[:6])):
        return True  # "who asked that his family not be named"
    lead = [t.lower_ for t in words[:4]]
    n = 3 if lead[:3] == ["not", "to", "be"] else 2 if lead[:2] == ["to", "be"] and \
        f.head.lemma_.lower() in REFUSING_VERBS else 0  # "declining to be named"
    return n > 0 and len(words) > n and words[n].lemma_.lower() in ANONYMITY_PARTICIPLES


def _lexicon_accepts(f: Found) -> bool:
    """The rule-only gate, used when the span model is not in the pipeline."""
    lemma = f.head.lemma_.lower()
    if lemma not in CUE_LEMMAS:
        return False
    if lemma in QUOTE_ONLY_VERBS and lemma not in SPEECH_VERBS:
        return f.path == "quote"
    if lemma in NEEDS_CLAUSE:
        return f.path in ("quote", "ccomp", "noun_clause", "xcomp", "xcomp_obj")
    return True


def decision_features(ctx: _Context, f: Found, scores) -> dict[str, float]:
    """The cue decision's features of a candidate (``claimtrace.nlp.cue_decision``)."""
    return candidate_features(f, ctx.quote_at(f.head.idx) is not None, _lexicon_accepts(f), scores)


def _is_attribution(ctx: _Context, f: Found, scores, decision: Optional[CueDecision]) -> bool:
    """The cue decision: the trained one when the span model scored the Doc, else the lexicon's."""
    if scores is None or decision is None:
        return _lexicon_accepts(f)
    if _paired_refusal(f.head) and f.head.lemma_.lower() in SPEECH_VERBS:
        return True  # "would neither confirm nor deny that ...": always a (refusing) statement
    if f.head.lemma_.lower() in SPEECH_VERBS and _closing_reduced_relative(f.head):
        return True  # "..., the news site Pollenby Sounding reported on Thursday": a misparse the model rarely saw
    if f.head.lemma_.lower() == "report" and f.path == "parataxis" and f.source and \
            any(_outlet_word(t) for t in f.source):
        return True  # "..., the sports daily Gazzetta Ruvesca reported on Thursday": an outlet reporting
    if _closing_evidence(f) or _published_evidence(f):
        return True  # "..., its annual report shows.": a document closing the sentence is its source (and so
        # is one whose publisher is named: "Results ..., shared with the agency by the team, show ...")
    if f.path == EVIDENCE_SHOWN_PATH:
        return True  # "Satellite images ... appeared to show ...": a document stating something, hedged
    if f.path == QUOTED_AS_SAYING_PATH:
        return True  # "..., quoting a moderator as saying it had been removed": exact, whatever the model says
    if _crowd_acting(f) or _outlet_meeting_people(ctx, f):
        return False
    return decision.accepts(decision_features(ctx, f, scores))


def _outlet_meeting_people(ctx: _Context, f: Found) -> bool:
    """"Grevholt Wire spoke to five users who ...", "Pelmark interviewed six residents", "X reached seven residents by
    telephone": an outlet meeting its sources is its own reporting; what they said comes in the sentences after (whose
    "them" are those people)."""
    lemma = f.head.lemma_.lower()
    if not (lemma in ("speak", "talk") and f.path in ("prep:to", "prep:with") or
            lemma in REACHING_VERBS and f.path == "dobj") or not f.source or not f.content_tokens:
        return False
    people = min(f.content_tokens, key=lambda t: len(list(t.ancestors)))
    return is_outlet_name(" ".join(t.text for t in f.source if t.pos_ == "PROPN"), ctx.outlets) and \
        people.tag_ == "NNS" and (names_people(people) or people.lemma_.lower() in ANONYMOUS_NOUNS)



def _crowd_acting(f: Found) -> bool:
    """"Protesters blocked the mine's access road", "Drivers abandoned their cars", "Hundreds of passengers
    slept on benches": unnamed people, plural and uncounted, doing something to a thing (no speech or
    thought verb, no clause, no quote) are narration, not a statement."""
    subj = f.source_head
    if subj is None or f.path.split(":")[0] not in PHRASE_PATHS or \
            f.head.lemma_.lower() in CUE_LEMMAS | STANCE_VERBS or f.quotes or \
            any(t.pos_ in ("VERB", "AUX") for t in f.content_tokens):
        return False
    crowd = subj
    if subj.lower_ in ("hundreds", "thousands", "dozens", "scores"):  # "Hundreds of passengers"
        crowd = next((g for c in subj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subj)
    return crowd.tag_ == "NNS" and crowd.pos_ == "NOUN" and names_people(crowd) and \
        not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)


def scored_candidates(doc: Doc, text: Optional[str] = None):
    """Every candidate of a Doc the span model scored, with its cue-decision features (what
    ``claimtrace.eval.train_decision`` fits on)."""
    ctx = _Context(doc, [], text)
    scores = doc_scores(doc)
    if scores is None:
        raise ValueError("the Doc has no span scores (claimtrace_spans not in the pipeline)")
    for f in iter_candidates(ctx, cue_floor=0.0):
        yield f, decision_features(ctx, f, scores)


def find_attributions(doc: Doc, boilerplate: list[tuple[int, int]], decisions: Optional[SpanDecisions] = None,
                      text: Optional[str] = None, outlets: frozenset[str] = frozenset(),
                      cue_decision: Optional[CueDecision] = None) -> list[Found]:
    ctx = _Context(doc, boilerplate, text, outlets)
    scores = doc_scores(doc)
    decisions = decisions or shipped_decisions()
    found: list[Found] = []
    used_cues: set[int] = set()
    heads: set[int] = set()
    decision = cue_decision or shipped_decision()
    for f in iter_candidates(ctx):
        if not _is_attribution(ctx, f, scores, decision):
            continue
        if f.head.i in used_cues:
            continue
        if f.head.dep_ == "xcomp" and f.head.head.i in heads and f.head.head.lemma_.lower() not in REFUSING_VERBS \
                and (f.head.lemma_.lower() not in CUE_LEMMAS or any(t.i in used_cues for t in f.cue)):
            continue  # "has pledged to release the hostages": what was pledged, not a second statement
            # ("refused to disclose the records" stays one statement with its verb)
        if f.head.dep_ == "xcomp" and f.head.head.i in heads and f.head.head.lemma_.lower() in REFUSING_VERBS and \
                any(t.i == f.head.head.i for t in f.cue):
            # "declined to say whether ...": one refusal, "declined to say" (not also "declined" | "to say whether")
            found = [g for g in found if g.head is None or g.head.i != f.head.head.i]
        if any(t.i in used_cues for t in f.cue) and f.content_spans[0][0] < f.cue[0].idx:
            continue  # "Asked whether ..., Osei declined to comment": "declined" said it already
        if scores is not None:
            _refine_boundaries(ctx, scores, f, decisions)
        if f.head.lemma_.lower() in SPEECH_VERBS:
            f.cited = _cited_group(f.head)
        used_cues.update(t.i for t in f.cue)
        heads.add(f.head.i)
        found.append(f)
    for m in _ACCORDING_TO.finditer(ctx.text):
        span = doc.char_span(m.start(), m.start() + 9)
        if span is None or ctx.in_boilerplate(m.start()) or span[0].i + 1 >= len(doc):
            continue
        tok = span[0]
        if doc[tok.i + 1].lower_ == "to":
            f = _find_according_to(ctx, tok)
            if f is not None:
                f.cited = _cited_group(tok)  # "according to X's report, which cited two people present at the talks"
                _framed_statement(f, found)
                used_cues.update(t.i for t in f.cue)
                found.append(f)
    for f in found:  # "..., a charge he denies": he denies what was said, not the saying of it
        if f.path == "parataxis" and f.head.lemma_.lower() in ANSWERING_VERBS:
            _framed_statement(f, found)
    found.sort(key=lambda f: f.cue[0].i)
    found = [f for f in found if not _hedge_of_another(f, found) and not _narrated_inside_another(f, found)]
    _attach_continued_quotes(ctx, found)
    found.extend(_line_attributions(ctx, used_cues))
    found.sort(key=lambda f: f.cue[0].i)
    return found


def _answered_gloss(c: Token) -> bool:
    """", a charge he denies", ", an accusation the company rejects": a noun the clause after it
    answers, closing what someone else said."""
    # (also a word for what was said with any clause on it: ", a remark lawmakers have since replayed")
    # (or one the parser made the cue's object: '... ate "better than many pensioners," a remark that opposition
    # lawmakers called "a disgrace."')
    dobj = c.dep_ == "dobj" and c.left_edge.i > c.head.i + 2 and \
        "," in (c.doc[c.left_edge.i - 1].text, c.doc[c.left_edge.i - 2].text)
    return (c.dep_ in ("npadvmod", "appos") or dobj) and c.pos_ == "NOUN" and any(
        g.dep_ in ("relcl", "acl") and (g.lemma_.lower() in ANSWERING_VERBS or c.lemma_.lower() in CUE_NOUNS)
        for g in c.children)


def _framed_statement(framing: Found, found: list[Found]) -> None:
    """"The diplomats said X, according to the newspaper": one statement in two framings; what the
    newspaper gives is X, not the diplomats' saying it (whose content the "according to" left).
    Also the answer that closes a sentence: "Prosecutors say he hid the losses, a charge he denies"."""
    (s, e), = framing.content_spans if len(framing.content_spans) == 1 else ((None, None),)
    if s is None or framing.cue[0].idx < e:
        return  # only a trailing one: "According to the Post, the suspect told investigators ..." is the Post's
    # (a statement with a clause: not what someone found, "after investigators found that X, according to two
    # officials", nor "before the company recalled any product, according to ...": the source tells all of it)
    inner = next((f for f in found if f.source and s <= f.cue[0].idx < e and f.source[0].idx >= s and
                  f.head is not None and f.head.lemma_.lower() not in FINDING_VERBS and
                  # (nor a report: "Bloomberg reports that X, according to the Roper Center" is the whole of it)
                  f.head.lemma_.lower() not in ("report", "write", "publish") and
                  # (nor what someone had told or has told before: "Half a dozen managers had warned the board as
                  # early as 2023 that ..., according to two former directors": an earlier act the directors tell of)
                  not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "has", "have", "'ve") and c.tag_ != "MD"
                          for c in f.head.children) and
                  # (nor a telling to someone: "Militiamen told the drivers they had "no orders" ..., according to the
                  # convoy's leader": what the leader saw happen)
                  not (f.head.lemma_.lower() in ADDRESSEE_VERBS and
                       any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") for c in f.head.children)) and
                  f.path.split(":")[0] not in PHRASE_PATHS and
                  all(s <= cs and ce <= e for cs, ce in f.content_spans) and (
                      f.content_spans[-1][1] >= e - 2 or f.cue[-1].idx + len(f.cue[-1]) >= e - 2)),
                 None)  # a statement whose content (or, closing it, whose cue) runs up to the phrase
    if inner is not None:
        framing.content_spans = list(inner.content_spans)
        framing.content_tokens = list(inner.content_tokens)
        framing.kind = inner.kind
        framing.quotes = list(inner.quotes)


#: directives that, with a plain object or an infinitive, are acts inside what someone else says: "X ordered an inquiry
#: and suspended the director, her office said", "the government has asked allies for more air-defence systems", "the
#: minister's office had asked to be kept informed" (and a recall of goods: "X is recalling 2.3 million inhalers ...,
#: the agency said")
OBJECT_ACT_VERBS = frozenset({"order", "request", "direct", "recall", "ask", "demand", "warn"})


def _narrated_inside_another(f: Found, found: list[Found]) -> bool:
    """"Sonar operators picked up knocking sounds, the broadcaster reported": a verb that does not tell, with an
    object or an infinitive, inside what someone else says, is part of their account, not a statement of its own
    (also a verb of thinking or wanting: "X had known about the impurity since January", "the party also wants the
    post, according to the paper's report"); so is a directive with a plain object ("ordered an inquiry")."""
    lemma = f.head.lemma_.lower() if f.head is not None else ""
    # (so is evidence read inside a statement: "said satellite images appeared to show a plume")
    if f.path != EVIDENCE_SHOWN_PATH and (
            f.head is None or lemma in CUE_LEMMAS and not (lemma in OBJECT_ACT_VERBS and f.path in ("dobj", "xcomp")
                                                           or lemma in COGNITION_VERBS) or
            f.path.split(":")[0] not in PHRASE_PATHS):
        return False  # (a verb with a clause of its own may report one: "Judge X ruled that ...")
    at, end = f.cue[0].idx, f.cue[-1].idx
    return any(g is not f and g.source and any(s <= at and end < e for s, e in g.content_spans) for g in found)


def _hedge_of_another(f: Found, found: list[Found]) -> bool:
    """"The fire is believed to have been started by sparks, the fire chief told reporters": a raising
    verb without a speaker inside what someone else says hedges their content (``hedging``), it is
    no attribution of its own."""
    if f.path != "raising" or f.source:
        return False
    at = f.cue[0].idx
    return any(g is not f and g.source and any(s <= at < e for s, e in g.content_spans) for g in found)


def _refine_boundaries(ctx: _Context, scores, f: Found, decisions: SpanDecisions) -> None:
    """Source and (indirect, one-piece) content edges where the span model puts them."""
    if decisions.source_margin is not None and f.source and f.source_head is not None:
        stop = _speech_clause_start(f.source_head)
        f.source = [t for t in refine_source(scores, f.source, f.source_head, decisions.source_margin)
                    if t.i < stop] or f.source
    if decisions.content_margin is not None and f.kind == "indirect" and len(f.content_spans) == 1:
        moved = refine_content(scores, ctx.doc, ctx.text, f.content_spans[0], f.cue, decisions.content_margin)
        if moved is not None:
            f.content_spans, f.content_tokens = [(moved[0], moved[1])], moved[2]


#: words before a colon that label a paragraph, not a speaker
LABEL_WORDS = frozenset({"note", "update", "updated", "related", "editor's note", "editor’s note", "photo", "video",
                         "watch", "read more", "correction", "source", "sources", "q", "a", "see also", "more",
                         "advertisement", "tags", "share", "by", "image", "caption", "warning", "breaking",
                         "exclusive", "analysis", "explainer", "factbox", "insight", "live", "opinion"})
#: a headline's own label before its text: "Exclusive: ...", "Analysis: ..."
_HEADLINE_LABEL = re.compile(r"([A-Za-z' ]{2,20}):[ \t]+")
_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.I)
_COLON_LINE = re.compile(r"^[ \t]*([^:\n]{2,60}?)(:)[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
_TAG_LINE = re.compile(r"^([^\n]{10,300}?)[ \t]+([—–]|--?)[ \t]*([^\n—–]{2,40}?)[ \t]*$", re.M)


def _line_attributions(ctx: _Context, used_cues: set[int]) -> list[Found]:
    """Headline-style attributions with no verb: ``Berg: Talks Will Resume`` and
    ``Talks near collapse — Reuters`` (a name before a colon or an agency tag after a dash)."""
    doc, out = ctx.doc, []
    for m in _COLON_LINE.finditer(ctx.text):
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        cue = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if name is None or cue is None or ctx.in_boilerplate(m.start(1)) or cue[0].i in used_cues:
            continue
        # a name, or a short capitalised label that is not a paragraph label: "TAPPER: Do you
        # think ...", "Poll: Sanders leads" (PolNeAR annotates both)
        label = len(name) <= 3 and all(t.is_upper or t.is_title or t.is_punct for t in name) and \
            name.text.lower() not in LABEL_WORDS
        if not label and (len(name) > 5 or not all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or t.is_punct
                                                   for t in name)
                          or not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in name)):
            continue
        s, e = _trim(ctx.text, m.start(3), m.end(3))
        if e - s < 10:
            continue
        toks = list(doc.char_span(s, e, alignment_mode="expand") or [])
        kind, qs = _kind_for(ctx, [(s, e)])
        out.append(Found(list(cue), [(s, e)], kind, list(name), name.root, content_tokens=toks, quotes=qs))
    for m in _TAG_LINE.finditer(ctx.text):
        tag = doc.char_span(m.start(3), m.end(3), alignment_mode="contract")
        cue = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if tag is None or cue is None or ctx.in_boilerplate(m.start(1)) or len(tag) > 5:
            continue
        headline = m.start() == ctx.headline_start or not ctx.text[:m.start()].strip()
        capitalised = all(w[:1].isupper() for w in tag.text.split())
        # "... - sources", "... - report": a headline's tag naming no one
        unnamed = headline and tag.root.lemma_.lower() in UNNAMED_TAG_NOUNS
        if not unnamed and (not capitalised or not (
                headline or is_outlet_name(tag.text, ctx.outlets) or any(t.ent_type_ == "ORG" for t in tag))):
            continue
        start = m.start(1)
        label = _HEADLINE_LABEL.match(ctx.text, start)
        if label and label.group(1).strip().lower() in LABEL_WORDS:
            start = label.end()
        s, e = _trim(ctx.text, start, m.end(1))
        toks = list(doc.char_span(s, e, alignment_mode="expand") or [])
        kind, qs = _kind_for(ctx, [(s, e)])
        out.append(Found(list(cue), [(s, e)], kind, list(tag), tag.root, content_tokens=toks, quotes=qs,
                         path="tag"))
    return out


def _whole_paragraph(text: str, q: Quote) -> bool:
    end = text.find("\n", q.end)
    return not text[q.end:len(text) if end < 0 else end].strip(" \t\r.,")


def _quote_paragraph_next(ctx: _Context, end: int, qi: int, used: set[int]) -> bool:
    """Quote ``qi`` is the next paragraph, nothing but a quote, right after what ends at ``end``."""
    if qi >= len(ctx.quotes) or qi in used:
        return False
    between = ctx.text[end:ctx.quotes[qi].start]
    return "\n" in between and not between.strip() and _whole_paragraph(ctx.text, ctx.quotes[qi])


def _rest_of_the_speakers_sentence(ctx: _Context, start: int, end: int) -> bool:
    """'said X, who leads the opposition Civic Dawn bloc in parliament. "..."': words the parser cut off as a
    sentence of their own (no verb, no quote, ending with a full stop) before the next quote are still the
    sentence of the cue; the quote after them goes on."""
    gap = ctx.text[start:end]
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and gap.rstrip().endswith(".") and "\n" not in gap and \
        not any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in span)


def _attach_continued_quotes(ctx: _Context, found: list[Found]) -> None:
    """Quotes that follow a speaker's quoted words in the same paragraph, with no cue of their own,
    continue them: ``"We are ready," she said. "But not at any price."`` is one attribution."""
    used = {qi for f in found for qi in f.quotes}
    cue_starts = sorted(f.cue[0].idx for f in found)
    text = ctx.text
    for f in sorted(found, key=lambda f: f.cue[0].i):
        if f.kind == "indirect" or not f.quotes:
            continue
        last = max(e for _, e in f.content_spans)
        cue_end = f.cue[-1].idx + len(f.cue[-1])
        if cue_end < last and not _quote_paragraph_next(ctx, last, max(f.quotes) + 1, used):
            continue  # the cue introduced the quote; what follows is not obviously the same speaker (but a
            # paragraph of nothing but a quote right after the quote that ends the paragraph before goes on)
        resume = max(last, f.cue[-1].sent.end_char)
        # the parser may run the cue's sentence on into the next quote: a full stop right before
        # that quote ends the sentence all the same
        nxt = max(f.quotes) + 1
        if nxt < len(ctx.quotes) and max(last, cue_end) < ctx.quotes[nxt].start < resume and \
                text[max(last, cue_end):ctx.quotes[nxt].start].rstrip().endswith((".", "?", "!")):
            resume = ctx.quotes[nxt].start
        for qi in range(max(f.quotes) + 1, len(ctx.quotes)):
            q = ctx.quotes[qi]
            if qi in used or q.start < resume:
                break
            gap = text[resume:q.start]
            if gap.strip() and not _rest_of_the_speakers_sentence(ctx, resume, q.start):
                break
            if "\n" in text[last:q.start] and not _whole_paragraph(text, q):
                break  # a new paragraph continues the quote only when it is nothing but a quote
            # a cue inside the speaker's own sentence ("said an adviser, who declined to be named")
            # does not take the next quote over
            k = bisect.bisect_right(cue_starts, max(last, cue_end, resume - 1))
            if k < len(cue_starts) and cue_starts[k] < q.start:
                break
            f.content_spans.extend(q.pieces)
            f.quotes.append(qi)
            used.add(qi)
            span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
            f.content_tokens.extend(span if span is not None else [])
            last = resume = q.end


def _word_end(t: Token) -> int:
    """Where the word ends: before the full stop of the sentence that the tokenizer kept in a word it took for an
    abbreviation ("said in a post on X." before a new sentence)."""
    end = t.idx + len(t)
    if len(t) > 1 and t.text.endswith(".") and t.text[:-1].isalnum() and \
            (t.i + 1 == len(t.doc) or t.doc[t.i + 1].is_sent_start or t.doc[t.i + 1].is_space):
        return end - 1
    return end


def to_attribution(doc: Doc, text: str, f: Found) -> Attribution:
    # ("quoted ... as saying": a cue in pieces around the one quoted)
    cue_span = TextSpan.from_offsets(text, [(r[0].idx, _word_end(r[-1]))
                                            for r in _runs(sorted(f.cue, key=lambda t: t.i))])
    src = None
    if f.source:
        s, e = f.source[0].idx, f.source[-1].idx + len(f.source[-1])
        after = f.source[-1].i + 1
        if text.count("(", s, e) > text.count(")", s, e) and after < len(doc) and doc[after].text == ")":
            e = doc[after].idx + 1  # "the Office of Restrictive Measures (ORM)": the bracket it opened closes it
        src = TextSpan.from_offsets(text, [(s, e)])
    # (what rules say "may" be done is allowed, not guessed: "City rules say officials may book a hotel only when")
    rules = f.source_head is not None and f.source_head.lemma_.lower() in RULE_NOUNS
    hedges = [h for h in find_hedges(doc, f.content_tokens, f.cue) if not (rules and h == "may")]
    return Attribution(cue=cue_span, content=TextSpan.from_offsets(text, f.content_spans), source=src,
                       kind=f.kind, modality="hedged" if hedges else "asserted", hedges=hedges)


def extract_from_doc(doc: Doc, boilerplate: list[tuple[int, int]], text: Optional[str] = None,
                     decisions: Optional[SpanDecisions] = None, outlets: frozenset[str] = frozenset(),
                     cue_decision: Optional[CueDecision] = None):
    """Attributions and sources of a parsed Doc (``text``: ``doc.text``, if the caller has it;
    ``decisions``: span-model settings other than the shipped ones, e.g. while training;
    ``outlets``: lower-cased names of news outlets beyond those their words give away;
    ``cue_decision``: a cue decision other than the shipped one, likewise)."""
    text = doc.text if text is None else text
    found = find_attributions(doc, boilerplate, text=text, decisions=decisions, outlets=outlets,
                              cue_decision=cue_decision)
    attributions = [to_attribution(doc, text, f) for f in found]
    sources = resolve_sources(doc, text, found, attributions, outlets)
    return attributions, sources
