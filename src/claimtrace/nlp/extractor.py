"""Rules over the dependency parse that find each attribution's cue, source and content.

For every reporting verb (or ``according to``) the extractor looks, in order, for content that is
(1) a quotation next to the verb's clause (direct speech, also split around the cue and over
several paragraphs), (2) a clausal complement (indirect, or mixed when it holds a quote), (3) the
clause the verb interrupts (``The talks, he said, will fail``), (4) an infinitive or object
complement. The source is the verb's subject (or the agent of a passive), inherited from the
governing verb for ``..., saying``/``and added``. Who each source is, how many people, and through
which outlets is worked out afterwards in ``claimtrace.nlp.sources``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..model import Attribution, TextSpan
from .hedging import find_hedges
from .lexicon import (COGNITION_VERBS, CUE_PP_NOUNS, NEEDS_CLAUSE, SPEECH_VERBS)
from .quotes import Quote, find_quotes

CUE_LEMMAS = SPEECH_VERBS | COGNITION_VERBS
#: verbs whose object is the addressee, not the content ("told Reuters", "asked him")
RECIPIENT_OBJECT = frozenset("tell ask inform brief advise assure remind warn urge call".split())
#: verbs whose infinitive complement is the content ("vowed to fight", "urged them to leave")
XCOMP_CONTENT = frozenset("""promise vow pledge threaten urge ask call demand order instruct plead
appeal want wish plan intend seek expect hope decide agree refuse decline offer propose
recommend advise warn tell""".split())
#: verbs whose direct object can be the content ("denied the report", "announced a ceasefire")
OBJECT_CONTENT = frozenset("""announce deny confirm reject dismiss criticize criticise praise endorse
propose predict demand question acknowledge admit blame dispute welcome condemn denounce decry
reveal disclose defend support oppose accuse quote cite repeat reiterate estimate""".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
PUNCT_EDGES = " \t\n\r\u00a0,;:.!?—–-"


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


class _Context:
    def __init__(self, doc: Doc, boilerplate: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc.text
        self.quotes: list[Quote] = find_quotes(doc.text)
        self.piece_starts: list[int] = []
        self.piece_index: list[tuple[int, int, int]] = []  # (start, end, quote id)
        for qi, q in enumerate(self.quotes):
            for s, e in q.pieces:
                self.piece_index.append((s, e, qi))
        self.piece_index.sort()
        self.piece_starts = [p[0] for p in self.piece_index]
        self.bp = sorted(boilerplate)
        self.bp_starts = [s for s, _ in self.bp]

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
        end -= 1
    return start, end


def _subtree_span(tok: Token, exclude: set[int] = frozenset()) -> tuple[int, int]:
    toks = [t for t in tok.subtree if t.i not in exclude]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _contiguous_tokens(tokens: list[Token], anchor: Token) -> list[Token]:
    """The longest run of consecutive token indexes in ``tokens`` that contains ``anchor``."""
    idx = sorted({t.i for t in tokens})
    doc = anchor.doc
    lo = hi = anchor.i
    s = set(idx)
    while lo - 1 in s:
        lo -= 1
    while hi + 1 in s:
        hi += 1
    return [doc[i] for i in range(lo, hi + 1)]


def cue_tokens(v: Token) -> list[Token]:
    """The cue: the verb with its auxiliaries, negation and adverbs right before it, a particle,
    and a ``in a statement``-style phrase right after it."""
    doc = v.doc
    left = {c.i for c in v.children if c.dep_ in ("aux", "auxpass", "neg")
            or (c.dep_ == "advmod" and c.i < v.i and c.lower_ not in ("when", "where", "how", "why"))}
    lo = v.i
    while lo - 1 in left:
        lo -= 1
    hi = v.i
    for c in v.children:
        if c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    for c in v.children:
        if c.dep_ == "prep" and c.i == hi + 1 and c.lower_ in ("in", "on", "during", "via", "through"):
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj and pobj[0].lemma_.lower() in CUE_PP_NOUNS:
                hi = max(t.i for t in c.subtree if not (t.dep_ in ("acl", "relcl", "ccomp")
                                                        or any(a.dep_ in ("acl", "relcl", "ccomp") for a in t.ancestors if a.i > c.i)))
    return [doc[i] for i in range(lo, hi + 1)]


def _subject(v: Token, depth: int = 0) -> Optional[Token]:
    """The verb's speaker: its subject, a passive's agent, or the subject of the verb it hangs on."""
    agent = [c for c in v.children if c.dep_ == "agent"]
    if agent:
        pobj = [g for g in agent[0].children if g.dep_ == "pobj"]
        if pobj:
            return pobj[0]
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
        if c.dep_ == "nsubjpass":
            return None if c.lower_ == "it" else c
        if c.dep_ == "expl":
            return None
    if depth < 3 and v.dep_ in ("advcl", "conj", "xcomp") and v.head.i != v.i:
        if v.dep_ == "advcl" and not v.tag_ in ("VBG", "VBN"):
            return None
        return _subject(v.head, depth + 1)
    return None


def _source_tokens(subj: Token) -> list[Token]:
    toks = [t for t in subj.subtree]
    # drop edge punctuation
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def _frame(v: Token, subj: Optional[Token]) -> tuple[int, int]:
    """Character extent of the cue's own clause: verb, subject, auxiliaries, adjuncts."""
    toks = [v]
    if subj is not None and subj.head.i == v.i:
        toks.extend(subj.subtree)
    for c in v.children:
        if c.dep_ in ("aux", "auxpass", "neg", "advmod", "prt", "npadvmod", "dative", "agent") or \
                (c.dep_ in ("prep", "dobj") and not any(g.dep_ in ("ccomp",) for g in c.subtree)):
            toks.extend(c.subtree)
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def _adjacent_quotes(ctx: _Context, v: Token, subj: Optional[Token]) -> list[int]:
    """Quotes that end just before or start just after the cue's clause."""
    fs, fe = _frame(v, subj)
    if ctx.quote_at(v.idx) is not None:
        return []
    found = []
    for qi, q in enumerate(ctx.quotes):
        if q.end <= fs and ctx.gap_is_punct(q.end, fs) and ctx.text[q.end:fs].strip() in ("", ",", "—", "–", "-"):
            found.append(qi)
        elif q.start >= fe and ctx.gap_is_punct(fe, q.start) and ctx.text[fe:q.start].strip() in (
                ":", ",", "", "—", "–", ", ", ":\n"):
            # a quote after the cue only counts when the cue introduces it (colon or sentence end)
            between = ctx.text[fe:q.start]
            if ":" in between or between.strip() == "" and v.sent.end_char <= q.start + 1 or "," in between:
                found.append(qi)
        if q.start > fe + 8:
            break
    return found


def _content_of_clause(ctx: _Context, comp: Token, exclude: set[int] = frozenset()) -> tuple[list[tuple[int, int]], list[Token]]:
    toks = [t for t in comp.subtree if t.i not in exclude]
    if not toks:
        return [], []
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
    s2, e2 = _trim(ctx.text, s, e)
    # keep a closing quote mark that belongs to the content
    if e2 < e and ctx.text[e2:e].strip(" ,.").startswith(("”", '"')):
        e2 = e2 + ctx.text[e2:e].index(ctx.text[e2:e].strip(" ,.")[0]) + 1
    if ctx.text[s:s2].endswith(("“", '"')) or (s2 > s and ctx.text[s2 - 1] in '“"'):
        s2 -= 1
    return ([(s2, e2)] if e2 > s2 else []), toks


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
        return "direct", sorted(qs)
    return "mixed", sorted(qs)


def _find_for_verb(ctx: _Context, v: Token) -> Optional[Found]:
    lemma = v.lemma_.lower()
    subj = _subject(v)
    cue = cue_tokens(v)
    cue_ids = {t.i for t in cue}
    # 1. a quotation next to the cue's clause
    comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
    if comp is None:
        # "said in a statement that ...": the clause hangs on the statement noun
        for c in v.children:
            if c.dep_ == "prep":
                for g in c.subtree:
                    if g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children):
                        comp = g
                        break
    adj = _adjacent_quotes(ctx, v, subj)
    if adj and (comp is None or all(ctx.quote_at(t.idx) in adj or t.is_punct for t in comp.subtree)
                or ctx.quote_at(comp.idx) in adj):
        spans = [p for qi in adj for p in ctx.quotes[qi].pieces]
        toks = [t for t in v.doc if any(s <= t.idx < e for s, e in spans)]
        return Found(cue, spans, "direct", _src(subj), subj, content_tokens=toks, quotes=adj)
    # 2. a clausal complement
    if comp is not None:
        exclude = cue_ids | ({t.i for t in subj.subtree} if subj is not None else set())
        for t in comp.subtree:  # "citing three officials" qualifies the cue, it is not content
            if t.lemma_.lower() in ("cite", "quote") and t.tag_ == "VBG":
                exclude |= {x.i for x in t.subtree}
        spans, toks = _content_of_clause(ctx, comp, exclude)
        if spans:
            kind, qs = _kind_for(ctx, spans)
            return Found(cue, spans, kind, _src(subj), subj, content_tokens=toks, quotes=qs)
    # 3. the clause the cue interrupts: "The talks, he said, will fail."
    if v.dep_ == "parataxis" and subj is not None and lemma in SPEECH_VERBS:
        head = v.head
        exclude = {t.i for t in v.subtree}
        spans = []
        toks = [t for t in head.subtree if t.i not in exclude]
        # split around the interruption, dropping the commas that fence it
        run: list[Token] = []
        runs: list[list[Token]] = []
        for t in toks:
            if run and t.i != run[-1].i + 1:
                runs.append(run)
                run = []
            run.append(t)
        if run:
            runs.append(run)
        for r in runs:
            s, e = _trim(ctx.text, r[0].idx, r[-1].idx + len(r[-1]))
            if e > s:
                spans.append((s, e))
        if spans:
            kind, qs = _kind_for(ctx, spans)
            return Found(cue, spans, kind, _src(subj), subj, content_tokens=toks, quotes=qs)
    if lemma in NEEDS_CLAUSE and lemma not in XCOMP_CONTENT:
        return None
    # 4. infinitive complement: "vowed to fight on", "urged both sides to return"
    if lemma in XCOMP_CONTENT:
        x = next((c for c in v.children if c.dep_ == "xcomp"), None)
        if x is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            obj = next((c for c in v.children if c.dep_ in ("dobj",) and c.i < x.i), None)
            start_tok = obj if obj is not None and lemma in ("urge", "ask", "call", "tell", "order", "warn", "advise") else None
            toks = list(x.subtree)
            if start_tok is not None:
                toks = list(start_tok.subtree) + toks
            s, e = _trim(ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1]))
            if e > s and subj is not None:
                kind, qs = _kind_for(ctx, [(s, e)])
                return Found(cue, [(s, e)], kind, _src(subj), subj, content_tokens=toks, quotes=qs)
    # 5. a direct object that states the content: "denied the report"
    if lemma in OBJECT_CONTENT and subj is not None:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ not in ("PRON",):
            toks = list(obj.subtree)
            s, e = _trim(ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1]))
            if e > s:
                kind, qs = _kind_for(ctx, [(s, e)])
                return Found(cue, [(s, e)], kind, _src(subj), subj, content_tokens=toks, quotes=qs)
    return None


def _src(subj: Optional[Token]) -> Optional[list[Token]]:
    return _source_tokens(subj) if subj is not None else None


def _find_according_to(ctx: _Context, tok: Token) -> Optional[Found]:
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    exclude = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
    toks = [t for t in sent if t.i not in exclude]
    # the content is the longest stretch of the sentence outside the "according to" phrase
    runs: list[list[Token]] = []
    for t in toks:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    runs = [r for r in runs if any(not t.is_punct for t in r)]
    if not runs:
        return None
    best = max(runs, key=len)
    s, e = _trim(ctx.text, best[0].idx, best[-1].idx + len(best[-1]))
    if e <= s:
        return None
    kind, qs = _kind_for(ctx, [(s, e)])
    return Found([tok, to], [(s, e)], kind, _source_tokens(pobj), pobj, content_tokens=best, quotes=qs)


def _cited_group(v: Token) -> Optional[list[Token]]:
    """``citing three officials`` / ``quoting sources`` anywhere in the cue's sentence."""
    for t in v.sent:
        if t.lemma_.lower() in ("cite", "quote") and t.tag_ == "VBG":
            obj = next((c for c in t.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is not None:
                return _source_tokens(obj)
    return None


def find_attributions(doc: Doc, boilerplate: list[tuple[int, int]]) -> list[Found]:
    ctx = _Context(doc, boilerplate)
    found: list[Found] = []
    used_cues: set[int] = set()
    for tok in doc:
        if ctx.in_boilerplate(tok.idx):
            continue
        f = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            f = _find_according_to(ctx, tok)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUE_LEMMAS:
            if tok.lemma_.lower() in ("cite", "quote") and tok.tag_ == "VBG":
                continue  # "citing three officials" qualifies another cue
            f = _find_for_verb(ctx, tok)
            if f is not None:
                f.cited = _cited_group(tok)
        if f is not None and tok.i not in used_cues:
            used_cues.update(t.i for t in f.cue)
            found.append(f)
    _attach_continued_quotes(ctx, found)
    return found


def _attach_continued_quotes(ctx: _Context, found: list[Found]) -> None:
    """A quote that opens a paragraph right after a direct quote by the same speaker continues it:
    wire copy often runs a speaker's words over several quoted paragraphs with one cue."""
    used = {qi for f in found for qi in f.quotes}
    by_last_quote = {}
    for f in found:
        if f.kind == "direct" and f.quotes:
            by_last_quote[max(f.quotes)] = f
    for qi, q in enumerate(ctx.quotes):
        if qi in used or qi - 1 not in by_last_quote:
            continue
        prev = ctx.quotes[qi - 1]
        between = ctx.text[prev.end:q.start]
        if between.strip() == "" and "\n" in between:
            f = by_last_quote.pop(qi - 1)
            f.content_spans.extend(q.pieces)
            f.quotes.append(qi)
            f.content_tokens.extend(t for t in ctx.doc if q.start <= t.idx < q.end)
            by_last_quote[qi] = f


def to_attribution(doc: Doc, f: Found) -> Attribution:
    text = doc.text
    cue_span = TextSpan.from_offsets(text, [(f.cue[0].idx, f.cue[-1].idx + len(f.cue[-1]))])
    src = None
    if f.source:
        s, e = f.source[0].idx, f.source[-1].idx + len(f.source[-1])
        src = TextSpan.from_offsets(text, [(s, e)])
    hedges = find_hedges(doc, f.content_tokens, f.cue)
    return Attribution(cue=cue_span, content=TextSpan.from_offsets(text, f.content_spans), source=src,
                       kind=f.kind, modality="hedged" if hedges else "asserted", hedges=hedges)


def extract_from_doc(doc: Doc, boilerplate: list[tuple[int, int]]):
    from .sources import resolve_sources

    found = find_attributions(doc, boilerplate)
    attributions = [to_attribution(doc, f) for f in found]
    sources = resolve_sources(doc, found, attributions)
    return attributions, sources
